import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { type DispatcherOptions, createDispatcher } from '../../src/announce/dispatcher';
import { StoreError } from '../../src/core/errors';
import type { Announcement, ChannelRelease, ClaimedDelivery, OutboxQueue } from '../../src/core/ports';
import { until } from '../support/until';
import { fakeAnnouncer } from './fake-announcer';

/**
 * The dispatcher against an in-memory OutboxQueue (no database): what it does with each
 * outcome, seen in the queue's rows. The fake keeps its own clock, so "not due yet" and
 * "due after the backoff" are read from the rows, never from wall-clock time.
 */

interface Row {
  id: number;
  statusChangeId: number;
  platform: 'slack' | 'discord';
  channelId: string;
  state: 'pending' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: number;
  leaseUntil: number | null;
  leasedBy: string | null;
  attemptStarted: boolean;
  firstAttemptAt: number | null;
  messageId: string | null;
  lastError: string | null;
  released: ChannelRelease[];
}

function fakeQueue() {
  let now = 1_000_000;
  const rows: Row[] = [];
  const retries: { id: number; delayMs: number }[] = [];
  const watchers = new Set<() => void>();
  let failNextDelivered = 0;
  const mine = (id: number, worker: string) => rows.find((r) => r.id === id && r.state === 'pending' && r.leasedBy === worker);
  const queue: OutboxQueue = {
    async claim({ worker, platforms, limit, leaseMs }) {
      const channels = new Set<string>();
      const claimed: ClaimedDelivery[] = [];
      for (const r of rows) {
        const due = r.state === 'pending' && r.nextAttemptAt <= now && (r.leaseUntil === null || r.leaseUntil < now) && platforms.includes(r.platform);
        const channel = `${r.platform}/${r.channelId}`;
        if (!due || channels.has(channel) || claimed.length >= limit) continue;
        channels.add(channel);
        Object.assign(r, { leaseUntil: now + leaseMs, leasedBy: worker, attempts: r.attempts + 1 });
        claimed.push({
          id: r.id, statusChangeId: r.statusChangeId, proposalId: null, reminderId: null, digestId: null, kind: 'post',
          platform: r.platform, workspace: 'W', channelId: r.channelId, targetMessageId: null, attempts: r.attempts,
          outcomeUnknown: r.attemptStarted, firstAttemptAt: r.firstAttemptAt === null ? null : new Date(r.firstAttemptAt),
        });
      }
      return claimed;
    },
    async startAttempt(id, worker, leaseMs) {
      const r = mine(id, worker);
      if (!r) return null;
      Object.assign(r, { attemptStarted: true, leaseUntil: now + leaseMs, firstAttemptAt: r.firstAttemptAt ?? now });
      return new Date(r.firstAttemptAt!);
    },
    async postedMessageFor(id) {
      const me = rows.find((r) => r.id === id);
      const post = rows.find((r) => r !== me && r.channelId === me?.channelId && r.statusChangeId === me?.statusChangeId);
      return { messageId: post?.messageId ?? null, postDead: !post || post.state === 'dead' };
    },
    async markDelivered(id, _worker, delivered, release) {
      if (failNextDelivered > 0) {
        failNextDelivered--;
        throw new StoreError('outbox.markDelivered failed: connection lost');
      }
      const r = rows.find((x) => x.id === id && x.state === 'pending');
      if (r) Object.assign(r, { state: 'delivered', messageId: delivered.messageId, leaseUntil: null, attemptStarted: false, released: [...r.released, release] });
    },
    async markRetry(id, worker, retry, release) {
      const r = mine(id, worker);
      if (!r) return;
      retries.push({ id, delayMs: retry.delayMs });
      Object.assign(r, {
        nextAttemptAt: now + retry.delayMs, leaseUntil: null, lastError: retry.error, attemptStarted: retry.maybeSent && r.attemptStarted,
        attempts: retry.rateLimited ? Math.max(r.attempts - 1, 0) : r.attempts, released: [...r.released, release],
      });
    },
    async markDead(id, worker, error, release) {
      const r = mine(id, worker);
      if (r) Object.assign(r, { state: 'dead', leaseUntil: null, attemptStarted: false, lastError: error, released: [...r.released, release] });
    },
    async nextDueAt(platforms) {
      const due = rows.filter((r) => r.state === 'pending' && platforms.includes(r.platform)).map((r) => Math.max(r.nextAttemptAt, r.leaseUntil ?? 0));
      return due.length ? new Date(Math.min(...due)) : null;
    },
    async watch(onWork) {
      watchers.add(onWork);
      return async () => void watchers.delete(onWork);
    },
  };
  return {
    queue,
    rows,
    retries,
    /** queues one post per channel, as a publish does, and wakes the watchers as its NOTIFY would */
    enqueue(channels: string[], platform: 'slack' | 'discord' = 'slack') {
      for (const channelId of channels) {
        rows.push({ id: rows.length + 1, statusChangeId: 7, platform, channelId, state: 'pending', attempts: 0, nextAttemptAt: now, leaseUntil: null, leasedBy: null, attemptStarted: false, firstAttemptAt: null, messageId: null, lastError: null, released: [] });
      }
      for (const w of watchers) w();
    },
    advance: (ms: number) => void (now += ms),
    failNextDelivered: (n: number) => void (failNextDelivered = n),
  };
}

const announcement: Announcement = {
  pledge: { slug: 'acme-plant', title: 'build a plant in Springvale', entityName: 'Acme', byName: null, madeOn: '2025-01-10', status: 'broken', statusOn: '2026-11-20' },
  change: {
    id: 7, status: 'broken', previousStatus: 'in_progress', effectiveOn: '2026-11-20', recordedAt: new Date('2026-11-20T10:00:00Z'), quote: null, quoteBy: null,
    reason: null, note: null, editor: 'test', approver: null, correctsId: null, source: { outlet: 'Wire', title: null, url: 'https://example.org/s', publishedOn: null },
  },
};
/** the store as the dispatcher reads it: the one announcement these rows are for */
const store: DispatcherOptions['store'] = {
  getAnnouncement: async (id) => (id === announcement.change.id ? announcement : null),
  recentChanges: async () => [announcement],
  getProposal: async () => null,
  listProposals: async () => [],
  getReminder: async () => null,
  getDigest: async () => null,
  deadlines: async () => ({ coming: [], passed: [] }),
  changesBetween: async () => [],
  lastDigestAt: async () => null,
  listFeeds: async () => [],
};
const log = pino({ level: 'silent' });
const backoff = { baseMs: 1_000, maxMs: 4_000 };
const dispatcherOn = (queue: OutboxQueue, announcers: ReturnType<typeof fakeAnnouncer>['announcer'][], extra: { maxAttempts?: number } = {}) =>
  createDispatcher({ queue, store, announcers, log, backoff, channelGapMs: 0, pollMs: 60_000, worker: 'w1', ...extra });

describe('dispatcher on an in-memory outbox queue', () => {
  it('delivers each row once, records its message id, and has nothing left to claim', async () => {
    const q = fakeQueue();
    q.enqueue(['C1', 'C2']);
    const { announcer, attempts } = fakeAnnouncer('slack');
    const d = dispatcherOn(q.queue, [announcer]);
    expect(await d.runOnce()).toBe(2);
    expect(q.rows.map((r) => [r.channelId, r.state, r.messageId])).toEqual([['C1', 'delivered', 'slack-msg-1'], ['C2', 'delivered', 'slack-msg-2']]);
    expect(attempts.map((a) => [a.channelId, a.deliveryKey])).toEqual([['C1', 'pw1'], ['C2', 'pw2']]);
    expect(attempts[0]!.reply.summary).toContain("Acme's pledge to build a plant in Springvale");
    expect(await d.runOnce()).toBe(0);
    expect(attempts).toHaveLength(2);
  });

  it('retries with growing backoff: not due before it, due after it, delivered on the third attempt', async () => {
    const q = fakeQueue();
    q.enqueue(['C1']);
    const { announcer, attempts } = fakeAnnouncer('slack', ['retry', 'retry']);
    const d = dispatcherOn(q.queue, [announcer]);
    for (const attempt of [1, 2]) {
      expect(await d.runOnce()).toBe(1);
      const delay = q.retries.at(-1)!.delayMs;
      const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempt - 1));
      expect(delay).toBeGreaterThanOrEqual(cap / 2);
      expect(delay).toBeLessThanOrEqual(cap);
      expect(q.rows[0]).toMatchObject({ state: 'pending', attempts: attempt, lastError: 'scripted 500' });
      q.advance(delay - 1);
      expect(await d.runOnce()).toBe(0);
      q.advance(1);
    }
    expect(await d.runOnce()).toBe(1);
    expect(q.rows[0]).toMatchObject({ state: 'delivered', attempts: 3, messageId: 'slack-msg-3' });
    expect(attempts).toHaveLength(3);
  });

  it('dead-letters at once what cannot succeed, and after maxAttempts what keeps failing', async () => {
    const q = fakeQueue();
    q.enqueue(['C-gone', 'C-flaky']);
    const { announcer, attempts } = fakeAnnouncer('slack', ['dead', 'retry', 'retry', 'retry']);
    const d = dispatcherOn(q.queue, [announcer], { maxAttempts: 3 });
    expect(await d.runOnce()).toBe(2);
    expect(q.rows[0]).toMatchObject({ state: 'dead', attempts: 1, lastError: 'scripted channel_not_found' });
    for (let i = 0; i < 5 && q.rows[1]!.state === 'pending'; i++) {
      q.advance(backoff.maxMs);
      await d.runOnce();
    }
    expect(q.rows[1]).toMatchObject({ state: 'dead', attempts: 3, lastError: 'gave up after 3 attempts: scripted 500' });
    expect(attempts.map((a) => a.channelId)).toEqual(['C-gone', 'C-flaky', 'C-flaky', 'C-flaky']);
  });

  it('a delivery whose record fails for a moment is recorded once it can be, and never posted again', async () => {
    const q = fakeQueue();
    q.enqueue(['C1']);
    q.failNextDelivered(2);
    const { announcer, attempts } = fakeAnnouncer('slack');
    const d = dispatcherOn(q.queue, [announcer]);
    expect(await d.runOnce()).toBe(1);
    expect(q.rows[0]).toMatchObject({ state: 'delivered', messageId: 'slack-msg-1' });
    q.advance(120_000);
    expect(await d.runOnce()).toBe(0);
    expect(attempts).toHaveLength(1);
  });

  it('claims only rows of platforms it can post to; a started dispatcher wakes when the queue says rows are queued', async () => {
    const q = fakeQueue();
    q.enqueue(['1187000000000000200'], 'discord');
    const { announcer, attempts } = fakeAnnouncer('slack');
    const d = dispatcherOn(q.queue, [announcer]);
    expect(await d.runOnce()).toBe(0);
    await d.start();
    try {
      q.enqueue(['C9']);
      await until(() => q.rows[1]!.state === 'delivered', 10_000, 'the row queued after start delivered');
    } finally {
      await d.stop();
    }
    expect(q.rows.map((r) => [r.platform, r.state])).toEqual([['discord', 'pending'], ['slack', 'delivered']]);
    expect(attempts.map((a) => a.channelId)).toEqual(['C9']);
  });
});
