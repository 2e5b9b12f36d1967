import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDiscordAnnouncer } from '../../src/adapters/discord';
import { createSlackAnnouncer } from '../../src/adapters/slack';
import { type Dispatcher, createDispatcher } from '../../src/announce/dispatcher';
import { createOutboxQueue } from '../../src/db/outbox-queue';
import { type DbHandle, openDb, query } from '../../src/db/client';
import { createStore } from '../../src/db/store';
import { type FakeDiscord, startFakeDiscord } from '../adapters/discord/support/fake-discord';
import { type FakeSlack, startFakeSlack } from '../adapters/slack/fake-slack';
import { testDrivers } from '../support/db';
import { adminQuery, databaseUrlFor } from '../support/postgres';
import { DISCORD_LIMITS, SLACK_LIMITS, gaps } from '../support/rate-limits';

const CHANNELS = 8;
const CHANGES = 3;
const log = pino({ level: 'silent' });
const onPostgres = testDrivers().some((d) => d.name === 'postgres');

/**
 * Two dispatchers, each with its own connection pool, on one PostgreSQL database (what two bot
 * instances are) deliver three changes to 8 Slack and 8 Discord channels. The local servers
 * enforce one post a second per channel and record when each post arrived.
 */
// PGlite belongs to one process, so two instances need PostgreSQL: the suite skips without it and says so
describe.runIf(onPostgres)(`two instances on one database keep each channel to one post a second${onPostgres ? '' : ' (skipped: PGlite-only run; set DATABASE_URL to run it on PostgreSQL)'}`, () => {
  let dbName: string;
  let handles: DbHandle[] = [];
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let dispatchers: Dispatcher[] = [];

  beforeAll(async () => {
    const admin = process.env.DATABASE_URL!;
    dbName = `pw_pacing_${randomBytes(5).toString('hex')}`;
    await adminQuery(admin, `create database ${dbName} template ${inject('postgresTemplate')}`);
    handles = [await openDb({ databaseUrl: databaseUrlFor(admin, dbName) }), await openDb({ databaseUrl: databaseUrlFor(admin, dbName) })];
    slack = await startFakeSlack({ latencyMs: 5, limits: SLACK_LIMITS });
    discord = await startFakeDiscord({ latencyMs: 5, limits: DISCORD_LIMITS });
  });
  afterAll(async () => {
    await Promise.all(dispatchers.map((d) => d.stop()));
    for (const h of handles) await h.close();
    await slack?.close();
    await discord?.close();
    if (dbName) await adminQuery(process.env.DATABASE_URL!, `drop database if exists ${dbName} with (force)`);
  });

  it('never two posts to a channel within a second, a 429 waited out by both, no row twice', async () => {
    const store = createStore(handles[0]!.db);
    for (let i = 0; i < CHANNELS; i++) {
      await store.subscribe({ platform: 'slack', workspace: 'T1', id: `C${100 + i}` }, { scope: 'all' }, 'test');
      await store.subscribe({ platform: 'discord', workspace: 'G1', id: `${9_100_000_000 + i}` }, { scope: 'all' }, 'test');
    }
    for (const [n, status] of (['broken', 'retracted', 'broken'] as const).entries()) {
      await store.publishStatusChange(
        { slug: 'alibaba-1m-us-jobs', status, effectiveOn: `2026-11-2${n}`, sourceUrl: `https://example.org/p${n}`, quote: 'q', quoteBy: null, reason: null, note: null, editor: 'test', approver: null },
        'test',
      );
    }
    // the first post each platform gets is refused with a Retry-After of its own
    slack.script('chat.postMessage', { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } });
    discord.script('POST', /^\/channels\/\d+\/messages$/, {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 2, global: false },
      headers: { 'retry-after': '2', 'x-ratelimit-scope': 'user' },
    });
    dispatchers = handles.map((handle, i) =>
      createDispatcher({
        queue: createOutboxQueue(handle),
        store: createStore(handle.db),
        announcers: [
          createSlackAnnouncer({ SLACK_BOT_TOKEN: 'xoxb-test-000000000000-pacing', SLACK_API_URL: slack.apiUrl }),
          createDiscordAnnouncer({ DISCORD_BOT_TOKEN: 'test-token', DISCORD_API_URL: discord.apiUrl }),
        ],
        log,
        worker: `instance-${i + 1}`,
        pollMs: 100,
        batch: 4,
      }),
    );
    await Promise.all(dispatchers.map((d) => d.start()));
    const pending = async () => Number((await query<{ n: string }>(handles[0]!.db, sql`select count(*) as n from outbox where state <> 'delivered'`))[0]!.n);
    for (let i = 0; i < 600 && (await pending()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    await Promise.all(dispatchers.map((d) => d.stop()));

    // every row delivered once, by both instances between them
    const rows = await query<{ state: string; leased_by: string }>(handles[0]!.db, sql`select state, leased_by from outbox`);
    expect(rows.filter((r) => r.state === 'delivered')).toHaveLength(2 * CHANNELS * CHANGES);
    expect(new Set(rows.map((r) => r.leased_by))).toEqual(new Set(['instance-1', 'instance-2']));
    expect([...slack.messages.values()].map((m) => m.length)).toEqual(Array(CHANNELS).fill(CHANGES));
    const perDiscordChannel = new Map<string, number>();
    for (const m of discord.created) perDiscordChannel.set(String(m.channel_id), (perDiscordChannel.get(String(m.channel_id)) ?? 0) + 1);
    expect([...perDiscordChannel.values()]).toEqual(Array(CHANNELS).fill(CHANGES));

    // at the fakes: no two arrivals in one channel less than a second apart, and no 429 for a channel
    for (const fake of [slack, discord]) {
      expect(fake.limits.arrivals.size).toBe(CHANNELS);
      expect(Math.min(...gaps(fake.limits.arrivals))).toBeGreaterThanOrEqual(1000);
      expect(fake.limits.refused.channel).toBe(0);
    }

    // the refused channel's next post came after its Retry-After, from whichever instance sent it
    const slackPosts = slack.calls('chat.postMessage');
    const refusedSlack = slackPosts[0]!;
    const nextSlack = slackPosts.find((r) => r !== refusedSlack && r.body.channel === refusedSlack.body.channel)!;
    expect(nextSlack.at - refusedSlack.at).toBeGreaterThanOrEqual(3000);
    const discordPosts = discord.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
    const refusedDiscord = discordPosts[0]!;
    const nextDiscord = discordPosts.find((r) => r !== refusedDiscord && r.path === refusedDiscord.path)!;
    expect(nextDiscord.at - refusedDiscord.at).toBeGreaterThanOrEqual(2000);
  }, 120_000);
});
