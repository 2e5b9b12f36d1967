import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/announce/dispatcher';
import { createOutboxQueue } from '../../src/db/outbox-queue';
import type { Announcer, DeliveryOutcome, PostOptions, Store } from '../../src/core/ports';
import { type DbHandle, query } from '../../src/db/client';
import { createStore } from '../../src/db/store';
import { testDrivers } from '../support/db';

const log = pino({ level: 'silent' });
const SLUG = 'alibaba-1m-us-jobs';

/** An announcer that records what each post was asked and answers from a script (then delivered). */
function scripted(platform: 'slack' | 'discord', script: DeliveryOutcome[] = []) {
  const posts: { channelId: string; opts: PostOptions; at: number }[] = [];
  let n = 0;
  const announcer: Announcer = {
    platform,
    async post(channelId, _reply, opts) {
      posts.push({ channelId, opts, at: Date.now() });
      return script.shift() ?? { kind: 'delivered', messageId: `m${++n}` };
    },
    async edit(_channelId, messageId) {
      return { kind: 'delivered', messageId };
    },
  };
  return { announcer, posts };
}

describe.each(testDrivers())('dispatcher: unknown outcomes and channel pacing on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;
  let flip = 0;
  beforeAll(async () => {
    handle = await driver.open();
    store = createStore(handle.db);
  });
  afterAll(async () => handle?.close());
  beforeEach(async () => {
    await handle.db.execute(sql`delete from outbox`);
    await handle.db.execute(sql`delete from channel_pacing`);
    await handle.db.execute(sql`delete from subscriptions`);
  });

  async function publish(channels: string[]): Promise<void> {
    for (const channelId of channels) await store.subscribe({ platform: 'slack', workspace: 'W', id: channelId }, { scope: 'all' }, 'test');
    await store.publishStatusChange(
      { slug: SLUG, status: flip++ % 2 === 0 ? 'broken' : 'retracted', effectiveOn: '2026-11-23', sourceUrl: 'https://example.org/s', quote: 'q', quoteBy: null, reason: null, note: null, editor: 'test', approver: null },
      'test',
    );
  }
  const row = async () =>
    (await query<{ state: string; attempt_started_at: unknown; first_attempt_at: unknown; recovery: string | null; attempts: number }>(
      handle.db,
      sql`select state, attempt_started_at, first_attempt_at, recovery, attempts from outbox order by id limit 1`,
    ))[0]!;
  const fast = { pollMs: 50, backoff: { baseMs: 1, maxMs: 5 } };

  it('a row whose attempt started but never ended is sent with a recheck from its first attempt', async () => {
    await publish(['C1']);
    // what a process killed mid-send leaves: the attempt marked started, the lease run out
    await handle.db.execute(sql`update outbox set attempts = 1, first_attempt_at = now() - interval '30 seconds', attempt_started_at = now() - interval '30 seconds'`);
    const { announcer, posts } = scripted('slack', [{ kind: 'delivered', messageId: 'landed', recovery: 'found' }]);
    await createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast, channelGapMs: 0 }).runOnce();
    expect(posts).toHaveLength(1);
    const since = posts[0]!.opts.recheck?.since;
    expect(since).toBeInstanceOf(Date);
    expect(Date.now() - since!.getTime()).toBeGreaterThanOrEqual(29_000);
    expect(await row()).toMatchObject({ state: 'delivered', attempt_started_at: null, recovery: 'found' });
    const overview = await store.outboxOverview(5);
    expect(overview.recovered).toEqual({ found: 1, unchecked: 0 });
  });

  it('a first attempt has no recheck; a lost answer keeps the attempt open for the next, a refusal closes it', async () => {
    await publish(['C1']);
    const { announcer, posts } = scripted('slack', [
      { kind: 'retry', reason: 'network', maybeSent: true },
      { kind: 'retry', reason: 'http_503' },
    ]);
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast, channelGapMs: 0 });
    await d.runOnce();
    expect(posts[0]!.opts.recheck).toBeUndefined();
    expect((await row()).attempt_started_at).not.toBeNull();
    await handle.db.execute(sql`update outbox set next_attempt_at = now()`);
    await d.runOnce();
    expect(posts[1]!.opts.recheck).toBeDefined();
    expect((await row()).attempt_started_at).toBeNull();
    await handle.db.execute(sql`update outbox set next_attempt_at = now()`);
    await d.runOnce();
    expect(posts[2]!.opts.recheck).toBeUndefined();
    expect(await row()).toMatchObject({ state: 'delivered', recovery: null });
  });

  it('history closed: delivered unchecked, counted in the overview', async () => {
    await publish(['C1']);
    await handle.db.execute(sql`update outbox set attempts = 1, first_attempt_at = now(), attempt_started_at = now()`);
    const { announcer } = scripted('slack', [{ kind: 'delivered', messageId: 'again', recovery: 'unchecked' }]);
    await createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast, channelGapMs: 0 }).runOnce();
    expect((await store.outboxOverview(5)).recovered).toEqual({ found: 0, unchecked: 1 });
  });

  it('one row per channel per claim, the next after the channel gap; other channels go side by side', async () => {
    await publish(['C1', 'C2']);
    await publish(['C1', 'C2']);
    const { announcer, posts } = scripted('slack');
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast, channelGapMs: 400 });
    expect(await d.runOnce()).toBe(2);
    expect(new Set(posts.map((p) => p.channelId))).toEqual(new Set(['C1', 'C2']));
    expect(await d.runOnce()).toBe(0); // both channels wait their gap
    for (let i = 0; i < 100 && posts.length < 4; i++) {
      await d.runOnce();
      await new Promise((r) => setTimeout(r, 20));
    }
    const c1 = posts.filter((p) => p.channelId === 'C1');
    expect(c1).toHaveLength(2);
    expect(c1[1]!.at - c1[0]!.at).toBeGreaterThanOrEqual(400);
  });

  it('a 429 holds its channel (or its workspace) for the Retry-After and is not a failed attempt', async () => {
    await publish(['C1', 'C2']);
    const { announcer, posts } = scripted('slack', [{ kind: 'retry', reason: 'ratelimited', retryAfterMs: 30_000, rateLimit: 'workspace' }]);
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast, channelGapMs: 0, batch: 1, maxAttempts: 1 });
    await d.runOnce();
    expect(await d.runOnce()).toBe(0); // the other channel of the workspace waits too
    expect(posts).toHaveLength(1);
    const refused = (await query<{ state: string; attempts: number }>(handle.db, sql`select state, attempts from outbox where channel_id = ${posts[0]!.channelId}`))[0]!;
    expect(refused).toEqual({ state: 'pending', attempts: 0 });
    const [wait] = await query<{ s: number | string }>(
      handle.db,
      sql`select extract(epoch from next_allowed_at - now()) as s from channel_pacing where workspace = 'W' and channel_id = '*'`,
    );
    expect(Number(wait!.s)).toBeGreaterThan(25);
    // another workspace is not held
    await store.subscribe({ platform: 'slack', workspace: 'OTHER', id: 'C9' }, { scope: 'all' }, 'test');
    await publish([]);
    expect(await d.runOnce()).toBe(1);
    expect(posts.at(-1)!.channelId).toBe('C9');
  });
});
