import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/announce/dispatcher';
import { createOutboxQueue } from '../../src/db/outbox-queue';
import type { Store } from '../../src/core/ports';
import { type DbHandle, query } from '../../src/db/client';
import { createStore } from '../../src/db/store';
import { testDrivers } from '../support/db';
import { fakeAnnouncer } from './fake-announcer';

const log = pino({ level: 'silent' });
const SLUG = 'alibaba-1m-us-jobs';
const fast = { pollMs: 50, backoff: { baseMs: 1, maxMs: 5 }, channelGapMs: 0 };

describe.each(testDrivers())('dispatcher on $name', (driver) => {
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
    await handle.db.execute(sql`delete from subscriptions`);
  });

  /** subscribes `channels` Slack channels and publishes one change: one delivery each */
  async function burst(channels: number, platform: 'slack' | 'discord' = 'slack'): Promise<number> {
    for (let i = 0; i < channels; i++) {
      await store.subscribe({ platform, workspace: 'W', id: `C${i}` }, { scope: 'all' }, 'test');
    }
    const status = flip++ % 2 === 0 ? 'broken' : 'retracted';
    const published = await store.publishStatusChange(
      { slug: SLUG, status, effectiveOn: '2026-11-23', sourceUrl: 'https://example.org/s', quote: 'q', quoteBy: null, reason: null, note: null, editor: 'test', approver: null },
      'test',
    );
    return published.change.id;
  }
  /** runs batches until none is due: a claim takes one row per channel, so a channel's edit and reply take two */
  const drain = async (d: { runOnce(): Promise<number> }) => {
    let n = 0;
    for (let handled = 1; handled > 0; n += handled) handled = await d.runOnce();
    return n;
  };
  const states = async () =>
    query<{ state: string; n: string | number }>(handle.db, sql`select state, count(*) as n from outbox group by state order by state`).then((r) =>
      Object.fromEntries(r.map((x) => [x.state, Number(x.n)])),
    );

  it('delivers, records the message id, and renders the announcement with its source', async () => {
    await burst(2);
    const { announcer, attempts } = fakeAnnouncer('slack');
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast });
    expect(await d.runOnce()).toBe(2);
    expect(await states()).toEqual({ delivered: 2 });
    const ids = await query<{ message_id: string }>(handle.db, sql`select message_id from outbox order by id`);
    expect(ids.map((r) => r.message_id)).toEqual(['slack-msg-1', 'slack-msg-2']);
    expect(attempts[0]!.reply.title).toMatch(/^(BROKEN|RETRACTED): Alibaba Group's pledge to create 1 million US jobs$/);
    expect(attempts[0]!.reply.summary).toContain('https://example.org/s');
    expect(await d.runOnce()).toBe(0);
  });

  it('retries what can be retried, dead-letters what cannot, and gives up after maxAttempts', async () => {
    await burst(3);
    const { announcer } = fakeAnnouncer('slack', ['retry', 'dead', 'retry', 'retry', 'retry', 'retry']);
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast, maxAttempts: 3 });
    for (let i = 0; i < 20 && (await states()).pending; i++) {
      await d.runOnce();
      await new Promise((r) => setTimeout(r, 10));
    }
    const s = await states();
    expect(s.dead).toBe(2);
    expect(s.delivered).toBe(1);
    const dead = await query<{ last_error: string }>(handle.db, sql`select last_error from outbox where state = 'dead' order by id`);
    expect(dead.map((r) => r.last_error)).toEqual(
      expect.arrayContaining(['scripted channel_not_found', 'gave up after 3 attempts: scripted 500']),
    );
    const [deadRow] = await query<{ id: number }>(handle.db, sql`select id from outbox where state = 'dead' limit 1`);
    expect(await store.retryDelivery(deadRow!.id, 'test')).toBe('queued');
    expect(await store.retryDelivery(deadRow!.id, 'test')).toBe('not_dead');
  });

  it('honours Retry-After: the row is not due before it', async () => {
    await burst(1);
    const announcer = { ...fakeAnnouncer('slack').announcer, post: async () => ({ kind: 'retry' as const, reason: '429', retryAfterMs: 30_000 }) };
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast });
    await d.runOnce();
    const [row] = await query<{ wait: string | number }>(handle.db, sql`select extract(epoch from next_attempt_at - now()) as wait from outbox`);
    expect(Number(row!.wait)).toBeGreaterThan(25);
    expect(await d.runOnce()).toBe(0);
  });

  it('claims only the platforms it can post to', async () => {
    await burst(1, 'discord');
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [fakeAnnouncer('slack').announcer], log, ...fast });
    expect(await d.runOnce()).toBe(0);
    expect(await states()).toEqual({ pending: 1 });
  });

  it('wakes on NOTIFY at commit instead of waiting for its poll', async () => {
    const { announcer, attempts } = fakeAnnouncer('slack');
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast, pollMs: 60_000 });
    await d.start();
    try {
      await new Promise((r) => setTimeout(r, 200));
      await burst(1);
      for (let i = 0; i < 100 && attempts.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(attempts).toHaveLength(1);
    } finally {
      await d.stop();
    }
  });

  it('two dispatchers on one database never deliver a row twice', async () => {
    await burst(60);
    const a = fakeAnnouncer('slack');
    const b = fakeAnnouncer('slack');
    const slow = (x: typeof a) => ({
      ...x.announcer,
      post: async (...args: Parameters<typeof x.announcer.post>) => {
        await new Promise((r) => setTimeout(r, 2));
        return x.announcer.post(...args);
      },
    });
    const d1 = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [slow(a)], log, ...fast, batch: 5, worker: 'one' });
    const d2 = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [slow(b)], log, ...fast, batch: 5, worker: 'two' });
    await Promise.all([d1.start(), d2.start()]);
    for (let i = 0; i < 200 && ((await states()).pending ?? 0) > 0; i++) await new Promise((r) => setTimeout(r, 50));
    await Promise.all([d1.stop(), d2.stop()]);
    const keys = [...a.attempts, ...b.attempts].map((x) => x.deliveryKey);
    expect(keys).toHaveLength(60);
    expect(new Set(keys).size).toBe(60);
    expect(await states()).toEqual({ delivered: 60 });
    if (driver.name === 'postgres') expect(a.attempts.length * b.attempts.length).toBeGreaterThan(0);
  });

  it.runIf(driver.name === 'postgres')('survives the database dropping every connection mid-burst, and finishes', async () => {
    await burst(40);
    const { announcer, attempts } = fakeAnnouncer('slack');
    const slowPost = { ...announcer, post: async (...a: Parameters<typeof announcer.post>) => (await new Promise((r) => setTimeout(r, 5)), announcer.post(...a)) };
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [slowPost], log, ...fast, batch: 4, pollMs: 100, leaseMs: 5_000 });
    await d.start();
    try {
      for (let i = 0; i < 100 && attempts.length < 10; i++) await new Promise((r) => setTimeout(r, 10));
      // what a server restart does to its clients: every other connection to this database is cut
      await handle.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
      for (let i = 0; i < 300 && ((await states().catch(() => ({ pending: 1 }))).pending ?? 0) > 0; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await d.stop();
    }
    expect(await states()).toEqual({ delivered: 40 });
    expect(new Set(attempts.map((a) => a.deliveryKey)).size).toBe(40);
  });

  it('a correction edits every delivered post and replies in its thread with what changed', async () => {
    await burst(2);
    const { announcer, attempts } = fakeAnnouncer('slack');
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast });
    await d.runOnce();
    const posted = await query<{ channel_id: string; message_id: string }>(handle.db, sql`select channel_id, message_id from outbox where kind = 'post' order by id`);
    const fixed = await store.correctStatusChange({ slug: SLUG, fields: { quote: 'the corrected words', sourceUrl: 'https://example.org/fixed' }, editor: 'test' }, 'test');
    expect(fixed.deliveries).toBe(4);
    expect(fixed.change.correctsId).not.toBeNull();
    expect(await drain(d)).toBe(4);
    const edits = attempts.filter((a) => a.kind === 'edit');
    expect(edits.map((e) => [e.channelId, e.messageId]).sort()).toEqual(posted.map((p) => [p.channel_id, p.message_id]).sort());
    expect(edits[0]!.reply.sections.some((s) => s.kind === 'quote' && s.text === 'the corrected words')).toBe(true);
    const replies = attempts.filter((a) => a.kind === 'post' && a.reply.summary.startsWith('Correction'));
    expect(replies).toHaveLength(2);
    expect(replies[0]!.reply.summary).toContain('quote: “q” → “the corrected words”');
    expect(replies[0]!.reply.summary).toContain('source: https://example.org/s → https://example.org/fixed');
    expect((await store.getPledge(SLUG))!.latestChange!.quote).toBe('the corrected words');
  });

  it('a correction made while the post is in flight edits it once it lands; superseded posts cannot be retried', async () => {
    await burst(2);
    // one post claimed by a dispatcher that is still sending it; the other not yet claimed
    await handle.db.execute(sql`update outbox set lease_until = now() + interval '1 minute', leased_by = 'elsewhere'
      where id = (select min(id) from outbox)`);
    const fixed = await store.correctStatusChange({ slug: SLUG, fields: { quote: 'corrected in flight' }, editor: 'test' }, 'test');
    expect(fixed.deliveries).toBe(3); // edit + thread reply for the in-flight post, a fresh post for the other
    const superseded = await query<{ id: number }>(handle.db, sql`select id from outbox where state = 'dead'`);
    expect(superseded).toHaveLength(1);
    expect(await store.retryDelivery(superseded[0]!.id, 'test')).toBe('not_dead');
    const { announcer, attempts } = fakeAnnouncer('slack');
    const d = createDispatcher({ queue: createOutboxQueue(handle), store, announcers: [announcer], log, ...fast });
    await d.runOnce();
    expect(attempts.filter((a) => a.kind === 'edit')).toHaveLength(0); // the post has not landed yet
    // the in-flight post lands
    await handle.db.execute(sql`update outbox set state = 'delivered', message_id = 'landed-1', lease_until = null
      where id = (select min(id) from outbox)`);
    await handle.db.execute(sql`update outbox set next_attempt_at = now() where state = 'pending'`);
    await drain(d);
    const edit = attempts.find((a) => a.kind === 'edit');
    expect(edit?.messageId).toBe('landed-1');
    expect(await states()).toEqual({ dead: 1, delivered: 4 });
  });
});
