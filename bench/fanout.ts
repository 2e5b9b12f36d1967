/**
 * Fan-out: one published change subscribed by 1,000 channels (500 Slack, 500 Discord),
 * delivered by one and then by two instances (dispatchers with their own connection pools) on
 * one PostgreSQL database, against local Slack and Discord servers that enforce the platforms'
 * limits (test/support/rate-limits.ts). Reports the wall time from the commit to the last
 * delivery against the floor those limits imply, the ratio, the 429s, and any row posted twice
 * or lost. PostgreSQL only (DATABASE_URL): on PGlite one process holds the store.
 *
 * `runFanoutBench()` is the section `npm run bench` calls; `npx tsx bench/fanout.ts` runs it alone.
 */
import type { BenchContext } from './lib/report';
import { adminQuery, databaseUrlFor } from '../test/support/postgres';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { createDiscordAnnouncer } from '../src/adapters/discord';
import { createSlackAnnouncer } from '../src/adapters/slack';
import { createDispatcher } from '../src/announce/dispatcher';
import { createOutboxQueue } from '../src/db/outbox-queue';
import { type DbHandle, openDb, query } from '../src/db/client';
import { seed } from '../src/db/seed';
import { shippedData } from '../src/db/seed/data';
import { createStore } from '../src/db/store';
import { startFakeDiscord } from '../test/adapters/discord/support/fake-discord';
import { startFakeSlack } from '../test/adapters/slack/fake-slack';
import { DISCORD_LIMITS, SLACK_LIMITS, floorMs } from '../test/support/rate-limits';

export interface FanoutResult {
  instances: number;
  wallMs: number;
  floorMs: number;
  ratio: number;
  refused: { slack: number; discord: number };
  doubles: number;
  lost: number;
}

export interface FanoutOptions {
  databaseUrl?: string;
  channelsPerPlatform?: number;
  instances?: number[];
  print?: (line: string) => void;
}

/** Runs the fan-out for each instance count; null (and says why) without PostgreSQL. */
export async function runFanoutBench(opts: FanoutOptions = {}): Promise<FanoutResult[] | null> {
  const print = opts.print ?? ((line: string) => console.log(line));
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  const perPlatform = opts.channelsPerPlatform ?? Number(process.env.BENCH_FANOUT_CHANNELS ?? 500);
  if (!url) {
    print('fan-out: skipped; set DATABASE_URL to a PostgreSQL server (on PGlite one process holds the store, so two instances cannot share it)');
    return null;
  }
  const name = `pw_fanout_${randomBytes(5).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  const dbUrl = databaseUrlFor(url, name);
  const setup = await openDb({ databaseUrl: dbUrl });
  const results: FanoutResult[] = [];
  try {
    await setup.migrate();
    await seed(setup.db, shippedData);
    const store = createStore(setup.db);
    for (let i = 0; i < perPlatform; i++) {
      await store.subscribe({ platform: 'slack', workspace: 'T1', id: `C${100_000 + i}` }, { scope: 'all' }, 'bench');
      await store.subscribe({ platform: 'discord', workspace: 'G1', id: `${9_000_000_000 + i}` }, { scope: 'all' }, 'bench');
    }
    const floor = Math.max(floorMs(perPlatform, SLACK_LIMITS), floorMs(perPlatform, DISCORD_LIMITS));
    print(
      `fan-out: one change to ${(2 * perPlatform).toLocaleString('en-US')} channels (${perPlatform} Slack, ${perPlatform} Discord); ` +
        `limits 1 post/s per channel, Slack ${SLACK_LIMITS.perSecond}/s per workspace, Discord ${DISCORD_LIMITS.perSecond}/s per bot; floor ${(floor / 1000).toFixed(1)} s`,
    );
    for (const [run, instances] of (opts.instances ?? [1, 2]).entries()) {
      await setup.db.execute(sql`delete from outbox`);
      await setup.db.execute(sql`delete from channel_pacing`);
      const result = await fanOnce(setup, dbUrl, instances, perPlatform, run, floor);
      results.push(result);
      print(
        `  ${instances} instance${instances === 1 ? ' ' : 's'}: ${(result.wallMs / 1000).toFixed(1)} s (floor ${(floor / 1000).toFixed(1)} s, ×${result.ratio.toFixed(2)}); ` +
          `429s slack ${result.refused.slack}, discord ${result.refused.discord}; doubles ${result.doubles}, lost ${result.lost}`,
      );
    }
  } finally {
    await setup.close();
    await adminQuery(url, `drop database if exists ${name} with (force)`);
  }
  return results;
}

async function fanOnce(setup: DbHandle, dbUrl: string, instances: number, perPlatform: number, run: number, floor: number): Promise<FanoutResult> {
  const slack = await startFakeSlack({ latencyMs: 20, limits: SLACK_LIMITS });
  const discord = await startFakeDiscord({ latencyMs: 20, limits: DISCORD_LIMITS });
  const handles = await Promise.all(Array.from({ length: instances }, () => openDb({ databaseUrl: dbUrl })));
  const log = pino({ level: 'silent' });
  const dispatchers = handles.map((handle, i) =>
    createDispatcher({
      queue: createOutboxQueue(handle),
      store: createStore(handle.db),
      announcers: [
        createSlackAnnouncer({ SLACK_BOT_TOKEN: 'xoxb-bench-000000000000-fanout', SLACK_API_URL: slack.apiUrl }),
        createDiscordAnnouncer({ DISCORD_BOT_TOKEN: 'bench-token', DISCORD_API_URL: discord.apiUrl }),
      ],
      log,
      worker: `bench-${run}-${i + 1}`,
    }),
  );
  try {
    await Promise.all(dispatchers.map((d) => d.start()));
    const started = performance.now();
    await createStore(setup.db).publishStatusChange(
      { slug: 'alibaba-1m-us-jobs', status: run % 2 === 0 ? 'broken' : 'retracted', effectiveOn: '2026-11-23', sourceUrl: `https://example.org/fanout-${run}`, quote: 'q', quoteBy: null, reason: null, note: null, editor: 'bench', approver: null },
      'bench',
    );
    const left = async () => Number((await query<{ n: string }>(setup.db, sql`select count(*) as n from outbox where state = 'pending'`))[0]!.n);
    while ((await left()) > 0) await new Promise((r) => setTimeout(r, 50));
    const wallMs = performance.now() - started;
    const perChannel = [...slack.messages.values()].map((m) => m.length);
    const discordCounts = new Map<string, number>();
    for (const m of discord.created) discordCounts.set(String(m.channel_id), (discordCounts.get(String(m.channel_id)) ?? 0) + 1);
    perChannel.push(...discordCounts.values());
    const delivered = Number((await query<{ n: string }>(setup.db, sql`select count(*) as n from outbox where state = 'delivered'`))[0]!.n);
    return {
      instances,
      wallMs,
      floorMs: floor,
      ratio: wallMs / floor,
      refused: { slack: slack.limits.refused.channel + slack.limits.refused.global, discord: discord.limits.refused.channel + discord.limits.refused.global },
      doubles: perChannel.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      lost: 2 * perPlatform - delivered + (2 * perPlatform - perChannel.length),
    };
  } finally {
    await Promise.all(dispatchers.map((d) => d.stop()));
    for (const h of handles) await h.close();
    await slack.close();
    await discord.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runFanoutBench();

/** The section of `npm run bench`: one and two instances against the floor the fakes' limits imply. */
export default async function fanout(ctx: BenchContext): Promise<void> {
  const results = await runFanoutBench({ databaseUrl: `${ctx.postgresUrl}/postgres`, print: ctx.say });
  if (!results) return ctx.skip('fanout', 'no PostgreSQL server');
  for (const r of results) {
    ctx.add({
      section: 'fan-out, 1 change to 1,000 channels',
      measure: `${r.instances} instance${r.instances === 1 ? '' : 's'}: wall time (baseline: the rate-limit floor)`,
      value: r.wallMs / 1000,
      unit: 's',
      baseline: r.floorMs / 1000,
      note: `429s slack ${r.refused.slack}, discord ${r.refused.discord}; doubles ${r.doubles}, lost ${r.lost}`,
    });
  }
}
