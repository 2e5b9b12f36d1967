import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { type DbHandle, openDb, query } from '../../src/db/client';
import { createStore } from '../../src/db/store';
import { type FakeDiscord, startFakeDiscord } from '../adapters/discord/support/fake-discord';
import { APPLICATION_ID, testKeys } from '../adapters/discord/support/signing';
import { type FakeSlack, startFakeSlack } from '../adapters/slack/fake-slack';
import { SIGNING_SECRET } from '../adapters/slack/signed-request';
import { testDrivers } from '../support/db';
import { DISCORD_LIMITS, SLACK_LIMITS } from '../support/rate-limits';
import { adminQuery, databaseUrlFor } from '../support/postgres';

const KILLS = 20;
const CHANNELS_PER_PLATFORM = 100;
const bin = join(process.cwd(), 'bin/pledgewatch.js');
const onPostgres = testDrivers().some((d) => d.name === 'postgres');

/**
 * The real `pledgewatch serve` process, SIGKILLed at random points of a burst of 200
 * announcements, 20 times, then left to finish, against local Slack and Discord servers that
 * keep the messages (Slack with their metadata, Discord with their nonce) and enforce the
 * platforms' rate limits. Runs on PostgreSQL, where several processes share one database (CI
 * runs it there).
 */
describe.runIf(onPostgres)('dispatcher killed mid-burst', () => {
  let url: string;
  let dbName: string;
  let handle: DbHandle;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const admin = process.env.DATABASE_URL!;
    dbName = `pw_kill_${randomBytes(5).toString('hex')}`;
    await adminQuery(admin, `create database ${dbName} template ${inject('postgresTemplate')}`);
    url = databaseUrlFor(admin, dbName);
    handle = await openDb({ databaseUrl: url });
    slack = await startFakeSlack({ latencyMs: 15, limits: SLACK_LIMITS });
    discord = await startFakeDiscord({ latencyMs: 15, limits: DISCORD_LIMITS });
    const store = createStore(handle.db);
    for (let i = 0; i < CHANNELS_PER_PLATFORM; i++) {
      await store.subscribe({ platform: 'slack', workspace: 'T1', id: `C${1000 + i}` }, { scope: 'all' }, 'test');
      await store.subscribe({ platform: 'discord', workspace: 'G1', id: `${9_000_000_000 + i}` }, { scope: 'all' }, 'test');
    }
    const published = await store.publishStatusChange(
      { slug: 'alibaba-1m-us-jobs', status: 'broken', effectiveOn: '2026-11-23', sourceUrl: 'https://example.org/kill', quote: 'q', quoteBy: null, reason: null, note: null, editor: 'test', approver: null },
      'test',
    );
    expect(published.deliveries).toBe(2 * CHANNELS_PER_PLATFORM);
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: url,
      PORT: '0',
      LOG_LEVEL: 'info',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-000000000000-kill',
      SLACK_API_URL: slack.apiUrl,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_PUBLIC_KEY: testKeys().publicKeyHex,
      DISCORD_BOT_TOKEN: 'test-token',
      DISCORD_API_URL: discord.apiUrl,
    };
  });

  afterAll(async () => {
    await handle?.close();
    await slack?.close();
    await discord?.close();
    if (dbName) await adminQuery(process.env.DATABASE_URL!, `drop database if exists ${dbName} with (force)`);
  });

  /** starts `pledgewatch serve` and resolves once its dispatcher runs */
  function serve(): Promise<ChildProcess> {
    const child = spawn(process.execPath, [bin, 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dispatcher did not start: ${log.slice(-2000)}`)), 120_000);
      child.stderr!.on('data', (d) => {
        log += d;
        if (log.includes('"msg":"dispatcher started"')) {
          clearTimeout(timer);
          resolve(child);
        }
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${log.slice(-2000)}`)));
    });
  }
  const kill = (child: ChildProcess, signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  const pending = async () =>
    Number((await query<{ n: string }>(handle.db, sql`select count(*) as n from outbox where state = 'pending'`))[0]!.n);

  it('loses nothing and doubles nothing, on Discord or on Slack', async () => {
    let killedDuringBurst = 0;
    for (let i = 0; i < KILLS; i++) {
      const child = await serve();
      await new Promise((r) => setTimeout(r, 40 + Math.floor(Math.random() * 400)));
      if ((await pending()) > 0) killedDuringBurst++;
      await kill(child, 'SIGKILL');
    }
    // A killed process leaves its claimed rows leased and their channels held; time passing
    // (the lease running out) frees them.
    await handle.db.execute(sql`update outbox set lease_until = now() where state = 'pending' and lease_until is not null`);
    await handle.db.execute(sql`update channel_pacing set next_allowed_at = now() where held_by is not null`);
    const last = await serve();
    // a generous cap: a busy machine is slow, and the rate limits let 100 Slack posts take 10 s at best
    for (let i = 0; i < 3000 && (await pending()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    await kill(last, 'SIGTERM');

    const states = await query<{ state: string; n: string }>(handle.db, sql`select state, count(*) as n from outbox group by state`);
    const byState = Object.fromEntries(states.map((s) => [s.state, Number(s.n)]));
    const missingIds = Number((await query<{ n: string }>(handle.db, sql`select count(*) as n from outbox where message_id is null`))[0]!.n);
    const found = Number((await query<{ n: string }>(handle.db, sql`select count(*) as n from outbox where recovery = 'found'`))[0]!.n);

    // What the channels show: Slack's kept messages and Discord's created ones, per channel.
    const slackPerChannel = [...slack.messages.entries()].map(([, list]) => list.length);
    const discordPerChannel = new Map<string, number>();
    for (const m of discord.created) discordPerChannel.set(String(m.channel_id), (discordPerChannel.get(String(m.channel_id)) ?? 0) + 1);
    const doubles = (counts: number[]) => counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const slackDoubles = doubles(slackPerChannel);
    const discordDoubles = doubles([...discordPerChannel.values()]);
    const lost = 2 * CHANNELS_PER_PLATFORM - (byState.delivered ?? 0) + (CHANNELS_PER_PLATFORM - slackPerChannel.length) + (CHANNELS_PER_PLATFORM - discordPerChannel.size);
    console.log(
      `dispatcher kill test: ${KILLS} kills (${killedDuringBurst} during the burst), ${found} Slack retries found their earlier message; ` +
        `429s slack ${slack.limits.refused.channel + slack.limits.refused.global}, discord ${discord.limits.refused.channel + discord.limits.refused.global}`,
    );
    console.log(`slack doubles: ${slackDoubles}, discord doubles: ${discordDoubles}, lost: ${lost}`);
    expect(killedDuringBurst).toBeGreaterThan(KILLS / 2);
    expect({ slackDoubles, discordDoubles, lost }).toEqual({ slackDoubles: 0, discordDoubles: 0, lost: 0 });
    expect(byState).toEqual({ delivered: 2 * CHANNELS_PER_PLATFORM });
    expect(missingIds).toBe(0);
    // every Slack message carries its delivery key, one key per channel
    const keys = [...slack.messages.values()].flat().map((m) => m.metadata?.event_payload.key);
    expect(new Set(keys).size).toBe(CHANNELS_PER_PLATFORM);
  }, 900_000);
});
