import { randomUUID } from 'node:crypto';
import { announcementReply, correctionNoteReply, describeCorrection } from '../core/announcements/present';
import { reviewReply } from '../core/announcements/review';
import type { Announcer, DeliveryOutcome, Store } from '../core/ports';
import type { Reply } from '../core/reply';
import type { DbHandle } from '../db/client';
import { type ClaimedDelivery, claimDue, markDead, markDelivered, markRetry, nextDueAt, postedMessageFor, renewLease } from '../db/outbox-queries';
import { OUTBOX_CHANNEL } from '../db/notify';
import type { Logger } from '../logger';
import { createWorkerLoop } from '../worker-loop';
import { backoffMs } from './backoff';

export interface DispatcherOptions {
  handle: DbHandle;
  store: Store;
  announcers: Announcer[];
  log: Logger;
  publicUrl?: string;
  /** identifies this process's leases */
  worker?: string;
  leaseMs?: number;
  batch?: number;
  /** the fallback when no NOTIFY arrives */
  pollMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  maxAttempts?: number;
  /** least time between two posts to one channel (Slack allows about one a second) */
  channelGapMs?: number;
}

export interface Dispatcher {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** claims and sends one batch; resolves to how many deliveries it handled */
  runOnce(): Promise<number>;
}

/**
 * Delivers the outbox: claim due rows, render each announcement, post it through the
 * platform's announcer, record the message id, or schedule a retry, or dead-letter it.
 */
export function createDispatcher(opts: DispatcherOptions): Dispatcher {
  const worker = opts.worker ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  const leaseMs = opts.leaseMs ?? 60_000;
  const batch = opts.batch ?? 10;
  const pollMs = opts.pollMs ?? 5_000;
  const backoff = opts.backoff ?? { baseMs: 1_000, maxMs: 5 * 60_000 };
  const maxAttempts = opts.maxAttempts ?? 12;
  const channelGapMs = opts.channelGapMs ?? 1_100;
  const announcers = new Map(opts.announcers.map((a) => [a.platform, a]));
  const platforms = [...announcers.keys()];
  const lastPostAt = new Map<string, number>();
  const log = opts.log.child({ component: 'dispatcher', worker });


  async function deliver(row: ClaimedDelivery): Promise<DeliveryOutcome> {
    const announcer = announcers.get(row.platform);
    if (!announcer) return { kind: 'dead', reason: `no ${row.platform} announcer configured` };
    const reply = await renderDelivery(row);
    if (!reply) return { kind: 'dead', reason: `${row.proposalId ? `proposal ${row.proposalId}` : `status change ${row.statusChangeId}`} not found` };
    const key = `${row.platform}:${row.channelId}`;
    const wait = (lastPostAt.get(key) ?? 0) + channelGapMs - Date.now();
    if (wait > 0) await sleep(wait);
    lastPostAt.set(key, Date.now());
    if (row.kind === 'post') return announcer.post(row.channelId, reply, { deliveryKey: `pw${row.id}` });
    // An edit or thread reply acts on the channel's post, which may have been in flight when
    // the correction was made: its message id is known only once that post is recorded.
    let target = row.targetMessageId;
    if (!target) {
      const found = await postedMessageFor(opts.handle.db, row.id);
      if (!found.messageId) {
        return found.postDead ? { kind: 'dead', reason: 'the post to correct was never delivered' } : { kind: 'retry', reason: 'the post to correct is still on its way', retryAfterMs: 2_000 };
      }
      target = found.messageId;
    }
    if (row.kind === 'edit') return announcer.edit(row.channelId, target, reply);
    return announcer.post(row.channelId, reply, { deliveryKey: `pw${row.id}`, threadOf: target });
  }

  /** What the row says, rendered now: a review post shows its proposal as it stands when sent. */
  async function renderDelivery(row: ClaimedDelivery): Promise<Reply | null> {
    if (row.proposalId !== null) {
      const proposal = await opts.store.getProposal(row.proposalId);
      return proposal ? reviewReply(proposal) : null;
    }
    const announcement = await opts.store.getAnnouncement(row.statusChangeId!);
    if (!announcement) return null;
    if (row.kind === 'thread_reply' && announcement.change.correctsId !== null) {
      const before = await opts.store.getAnnouncement(announcement.change.correctsId);
      if (before) return correctionNoteReply(announcement, describeCorrection(before.change, announcement.change));
    }
    return announcementReply(announcement, { ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}), correction: row.kind === 'edit' });
  }

  async function runOnce(): Promise<number> {
    const rows = await claimDue(opts.handle.db, { worker, platforms, limit: batch, leaseMs });
    for (const row of rows) {
      // Earlier sends in this batch took time: hold the row again before posting it, or let it go.
      if (!(await renewLease(opts.handle.db, row.id, worker, leaseMs))) {
        log.warn({ delivery: row.id }, 'lease lost before sending; another dispatcher has it');
        continue;
      }
      let outcome: DeliveryOutcome;
      try {
        outcome = await deliver(row);
      } catch (error) {
        log.error({ err: error, delivery: row.id }, 'delivery failed unexpectedly');
        outcome = { kind: 'retry', reason: 'unexpected error (see the log)' };
      }
      const ctx = { delivery: row.id, platform: row.platform, channel: row.channelId, attempt: row.attempts };
      if (outcome.kind === 'delivered') {
        // The post exists now: recording it must outlast a dropped connection, or the lease
        // would expire and the row be posted again.
        const { messageId } = outcome;
        await persistently(() => markDelivered(opts.handle.db, row.id, messageId), leaseMs, log);
        log.info({ ...ctx, messageId: outcome.messageId }, 'announcement delivered');
      } else if (outcome.kind === 'retry' && row.attempts < maxAttempts) {
        const delay = Math.max(outcome.retryAfterMs ?? 0, backoffMs(row.attempts, backoff));
        await markRetry(opts.handle.db, row.id, worker, outcome.reason, delay);
        log.warn({ ...ctx, reason: outcome.reason, delayMs: delay }, 'announcement will be retried');
      } else {
        const reason = outcome.kind === 'retry' ? `gave up after ${row.attempts} attempts: ${outcome.reason}` : outcome.reason;
        await markDead(opts.handle.db, row.id, worker, reason);
        log.error({ ...ctx, reason }, 'announcement dead-lettered');
      }
    }
    return rows.length;
  }

  const loop = createWorkerLoop({
    handle: opts.handle,
    channel: OUTBOX_CHANNEL,
    log,
    pollMs,
    runOnce,
    nextDueAt: () => nextDueAt(opts.handle.db, platforms),
    name: 'dispatcher',
  });
  return {
    runOnce,
    async start() {
      if (platforms.length === 0) return;
      await loop.start();
      log.info({ platforms }, 'dispatcher started');
    },
    stop: () => loop.stop(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries a store write with backoff for up to `withinMs` (the pool reconnects between tries). */
async function persistently(write: () => Promise<void>, withinMs: number, log: Logger): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 5_000)) {
    try {
      return await write();
    } catch (error) {
      if (Date.now() + delay > deadline) throw error;
      log.warn({ err: (error as Error).message, retryInMs: delay }, 'cannot record a delivery yet; retrying');
      await sleep(delay);
    }
  }
}
