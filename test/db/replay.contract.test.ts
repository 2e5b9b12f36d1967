import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedReplayGuard, signatureKey } from '../../src/adapters/replay-guard';
import type { DbHandle } from '../../src/db/client';
import { claimSignature, pruneSignatures, signatureLedger } from '../../src/db/replay-queries';
import { loadConfig } from '../../src/config';
import { createStore } from '../../src/db/store';
import { createLogger } from '../../src/logger';
import { startServer } from '../../src/main';
import { startFakeSlack } from '../adapters/slack/fake-slack';
import { SIGNING_SECRET, fixture, sendSigned, slashAnswer, slashBody } from '../adapters/slack/signed-request';
import { testDrivers } from '../support/db';

const WINDOW = 300_000;

describe.each(testDrivers())('the shared memory of signatures on $name', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await driver.open();
  });
  afterAll(async () => handle?.close());

  it('a signature is new once until it expires, on any instance', async () => {
    const until = Date.now() + WINDOW;
    expect(await claimSignature(handle.db, 'slack:abc', until)).toBe(true);
    expect(await claimSignature(handle.db, 'slack:abc', until)).toBe(false);
    expect(await claimSignature(handle.db, 'discord:abc', until)).toBe(true);
    // once the row has expired the signature is new again (its timestamp is stale anyway)
    await handle.db.execute(sql`update seen_signatures set expires_at = now() - interval '1 second'`);
    expect(await claimSignature(handle.db, 'slack:abc', until)).toBe(true);
    expect(await pruneSignatures(handle.db)).toBe(1); // discord:abc
  });

  it('a signature stamped in the future stays claimed past first sight plus the window', async () => {
    expect(await claimSignature(handle.db, 'discord:future', Date.now() + WINDOW + 295_000)).toBe(true);
    // first seen "six minutes ago": without the expiry, the window since first sight would be over
    await handle.db.execute(sql`update seen_signatures set seen_at = now() - interval '6 minutes' where expires_at > now() + interval '6 minutes'`);
    expect(await claimSignature(handle.db, 'discord:future', Date.now() + WINDOW)).toBe(false);
  });

  it('two instances each with their own memory refuse a request replayed to the other, in any hex case', async () => {
    const ledger = signatureLedger(handle.db);
    const a = createSharedReplayGuard(ledger, () => {});
    const b = createSharedReplayGuard(ledger, () => {});
    const now = Math.floor(Date.now() / 1000);
    expect(await a.firstSeen(signatureKey('discord', 'ab12cd'), now)).toBe(true);
    expect(await b.firstSeen(signatureKey('discord', 'AB12CD'), now)).toBe(false);
  });

  it('claims made at once go together and a signature among them is new exactly once', async () => {
    const ledger = signatureLedger(handle.db);
    const until = Date.now() + WINDOW;
    const names = ['slack:v0=burst-1', 'slack:v0=burst-2', 'slack:v0=burst-1', 'discord:burst-3', 'slack:v0=burst-2'];
    const firsts = await Promise.all(names.map((n) => ledger(n, until)));
    expect(firsts.filter(Boolean)).toHaveLength(3);
    expect(firsts.slice(0, 2)).toEqual([true, true]);
    expect(await ledger('discord:burst-3', until)).toBe(false);
  });

  // PGlite belongs to one process, so only PostgreSQL has several instances to share with.
  it.skipIf(driver.name !== 'postgres')('two running servers on one database: a Slack request replayed to the second is refused', async () => {
    const slack = await startFakeSlack();
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-000000000000-replay',
      SLACK_API_URL: slack.apiUrl,
    });
    const store = createStore(handle.db);
    const opened = { handle: { ...handle, close: async () => {} }, store };
    const one = await startServer(config, createLogger('silent'), opened);
    const two = await startServer(config, createLogger('silent'), opened);
    try {
      const fields = fixture('slash-pledge-alibaba', { response_url: slack.responseUrl('replay') });
      const timestamp = Math.floor(Date.now() / 1000);
      const first = await slashAnswer(one.url, slack, fields, { timestamp });
      expect(first.res.status).toBe(200);
      expect(JSON.stringify(first.body)).toContain('RETRACTED');
      expect((await sendSigned(two.url, slashBody(fields), { timestamp })).res.status).toBe(401);
    } finally {
      await one.stop();
      await two.stop();
      await slack.close();
    }
  });
});
