import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedReplayGuard } from '../../src/adapters/replay-guard';
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

  it('a signature is new once per window, on any instance', async () => {
    expect(await claimSignature(handle.db, 'slack:v0=abc', WINDOW)).toBe(true);
    expect(await claimSignature(handle.db, 'slack:v0=abc', WINDOW)).toBe(false);
    expect(await claimSignature(handle.db, 'discord:abc', WINDOW)).toBe(true);
    // once the row is older than the window the signature is new again (its timestamp is stale anyway)
    await handle.db.execute(sql`update seen_signatures set seen_at = now() - interval '6 minutes'`);
    expect(await claimSignature(handle.db, 'slack:v0=abc', WINDOW)).toBe(true);
    expect(await pruneSignatures(handle.db, WINDOW)).toBe(1); // discord:abc
  });

  it('two instances each with their own memory refuse a request replayed to the other', async () => {
    const ledger = signatureLedger(handle.db, WINDOW);
    const a = createSharedReplayGuard(ledger, () => {});
    const b = createSharedReplayGuard(ledger, () => {});
    expect(await a.firstSeen('slack:v0=first')).toBe(true);
    expect(await b.firstSeen('slack:v0=first')).toBe(false);
  });

  it('claims made at once go together and a signature among them is new exactly once', async () => {
    const ledger = signatureLedger(handle.db, WINDOW);
    const names = ['slack:v0=burst-1', 'slack:v0=burst-2', 'slack:v0=burst-1', 'discord:burst-3', 'slack:v0=burst-2'];
    const firsts = await Promise.all(names.map((n) => ledger(n)));
    expect(firsts.filter(Boolean)).toHaveLength(3);
    expect(firsts.slice(0, 2)).toEqual([true, true]);
    expect(await ledger('discord:burst-3')).toBe(false);
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
