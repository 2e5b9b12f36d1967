import { randomUUID } from 'node:crypto';
import { announcementReply, correctionNoteReply, describeCorrection } from '../core/announcements/present';
import { reviewReply } from '../core/announcements/review';
import { buildDigest, reminderReply } from '../core/announcements/desk';
import type { Announcement, Announcements, Announcer, ChannelRelease, ClaimedDelivery, DeliveryOutcome, DeskReads, FeedReads, OutboxQueue, ProposalReads } from '../core/ports';
import { localDate } from '../core/schedule';
import type { Reply } from '../core/reply';
import type { Logger } from '../logger';
import { type Worker, createWorkerLoop } from '../worker-loop';
import { backoffMs } from './backoff';

export interface DispatcherOptions {
  /** the outbox: claims, leases and outcomes (src/db/outbox-queue.ts) */
  queue: OutboxQueue;
  /** what a delivery renders: the announcement, proposal, reminder or digest as it stands when sent */
  store: Announcements & ProposalReads & DeskReads & FeedReads;
  announcers: Announcer[];
  log: Logger;
  publicUrl?: string;
  /** the newsroom's zone and reminder horizon, for the digest's deadlines */
  desk?: { timeZone: string; reminderDays: number };
  /** identifies this process's leases */
  worker?: string;
  leaseMs?: number;
  /** rows claimed (and sent side by side, one per channel) at once */
  batch?: number;
  /** the fallback when no NOTIFY arrives */
  pollMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  maxAttempts?: number;
  /**
   * least time between the end of one post to a channel and the start of the next (Slack and
   * Discord allow about one a second), kept by every dispatcher on the database together
   */
  channelGapMs?: number;
}

/** Its `runOnce` claims and sends one batch. */
export type Dispatcher = Worker;

/**
 * Delivers the outbox: claim due rows, render each announcement, post it through the
 * platform's announcer, record the message id, or schedule a retry, or dead-letter it.
 */
export function createDispatcher(opts: DispatcherOptions): Dispatcher {
  const worker = opts.worker ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  const leaseMs = opts.leaseMs ?? 60_000;
  const batch = opts.batch ?? 20;
  const pollMs = opts.pollMs ?? 5_000;
  const backoff = opts.backoff ?? { baseMs: 1_000, maxMs: 5 * 60_000 };
  const maxAttempts = opts.maxAttempts ?? 12;
  const channelGapMs = opts.channelGapMs ?? 1_100;
  const announcers = new Map(opts.announcers.map((a) => [a.platform, a]));
  const platforms = [...announcers.keys()];
  const log = opts.log.child({ component: 'dispatcher', worker });

  /** What became of the row, and whether a request went to the platform (the channel then waits its gap). */
  async function deliver(row: ClaimedDelivery): Promise<{ outcome: DeliveryOutcome; sent: boolean } | null> {
    const unsent = (outcome: DeliveryOutcome) => ({ outcome, sent: false });
    const announcer = announcers.get(row.platform);
    if (!announcer) return unsent({ kind: 'dead', reason: `no ${row.platform} announcer configured` });
    const rendered = await renderDelivery(row);
    if (!rendered) return unsent({ kind: 'dead', reason: `${subjectOf(row)} not found` });
    const { reply, announcement } = rendered;
    // An edit or thread reply acts on the channel's post, which may have been in flight when
    // the correction was made: its message id is known only once that post is recorded.
    let target = row.targetMessageId;
    if (row.kind !== 'post' && !target) {
      const found = await opts.queue.postedMessageFor(row.id);
      if (!found.messageId) {
        return unsent(found.postDead ? { kind: 'dead', reason: 'the post to correct was never delivered' } : { kind: 'retry', reason: 'the post to correct is still on its way', retryAfterMs: 2_000 });
      }
      target = found.messageId;
    }
    // From here a request goes out: a later claim must know it may have landed.
    const firstAttemptAt = await opts.queue.startAttempt(row.id, worker, leaseMs);
    if (!firstAttemptAt) {
      log.warn({ delivery: row.id }, 'lease lost before sending; another dispatcher has it');
      return null;
    }
    if (row.kind === 'edit') return { outcome: await announcer.edit(row.channelId, target!, reply), sent: true };
    const recheck = row.outcomeUnknown ? { recheck: { since: row.firstAttemptAt ?? firstAttemptAt } } : {};
    const outcome = await announcer.post(row.channelId, reply, {
      deliveryKey: `pw${row.id}`,
      ...(target ? { threadOf: target } : {}),
      ...recheck,
      ...(announcement && row.kind === 'post' ? { announcement } : {}),
    });
    return { outcome, sent: true };
  }

  /** What the row says, rendered now: a review post shows its proposal as it stands when sent. */
  async function renderDelivery(row: ClaimedDelivery): Promise<{ reply: Reply; announcement?: Announcement } | null> {
    if (row.proposalId !== null) {
      const proposal = await opts.store.getProposal(row.proposalId);
      return proposal ? { reply: reviewReply(proposal) } : null;
    }
    if (row.reminderId !== null) {
      const reminder = await opts.store.getReminder(row.reminderId);
      return reminder ? { reply: reminderReply(reminder) } : null;
    }
    if (row.digestId !== null) {
      const digest = await opts.store.getDigest(row.digestId);
      if (!digest) return null;
      const timeZone = opts.desk?.timeZone ?? 'UTC';
      const window = { since: digest.since, until: digest.createdAt, today: localDate(digest.createdAt, timeZone), reminderDays: opts.desk?.reminderDays ?? 30 };
      return { reply: await buildDigest(opts.store, window) };
    }
    const announcement = await opts.store.getAnnouncement(row.statusChangeId!);
    if (!announcement) return null;
    if (row.kind === 'thread_reply' && announcement.change.correctsId !== null) {
      const before = await opts.store.getAnnouncement(announcement.change.correctsId);
      if (before) return { reply: correctionNoteReply(announcement, describeCorrection(before.change, announcement.change)), announcement };
    }
    return { reply: announcementReply(announcement, { ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}), correction: row.kind === 'edit' }), announcement };
  }

  /** Sends one claimed row and records what became of it, releasing its channel. */
  async function handle(row: ClaimedDelivery): Promise<void> {
    let result: { outcome: DeliveryOutcome; sent: boolean } | null;
    try {
      result = await deliver(row);
    } catch (error) {
      log.error({ err: error, delivery: row.id }, 'delivery failed unexpectedly');
      result = { outcome: { kind: 'retry', reason: 'unexpected error (see the log)', maybeSent: true }, sent: true };
    }
    if (!result) return;
    const { outcome, sent } = result;
    const ctx = { delivery: row.id, platform: row.platform, channel: row.channelId, attempt: row.attempts };
    const release: ChannelRelease = { waitMs: sent ? (announcers.get(row.platform)?.gapMs ?? channelGapMs) : 0 };
    if (outcome.kind === 'delivered') {
      // The post exists now: recording it must outlast a dropped connection, or the lease
      // would expire and the row be posted again.
      const { messageId, recovery } = outcome;
      await persistently(() => opts.queue.markDelivered(row.id, worker, { messageId, ...(recovery ? { recovery } : {}) }, release), leaseMs, log);
      if (recovery === 'unchecked') log.warn({ ...ctx, messageId }, 'delivered after an unknown outcome without a history check; the channel may show it twice');
      else log.info({ ...ctx, messageId, ...(recovery ? { recovery } : {}) }, 'announcement delivered');
      return;
    }
    const rateLimited = outcome.kind === 'retry' && outcome.retryAfterMs !== undefined && outcome.rateLimit !== undefined;
    if (outcome.kind === 'retry' && (rateLimited || row.attempts < maxAttempts)) {
      // A 429 is no failure: its Retry-After is the wait, and it holds the channel (or the
      // workspace, when the limit is wider) for every dispatcher.
      const delay = rateLimited ? outcome.retryAfterMs! : Math.max(outcome.retryAfterMs ?? 0, backoffMs(row.attempts, backoff));
      if (rateLimited) {
        release.waitMs = Math.max(release.waitMs, outcome.retryAfterMs!);
        if (outcome.rateLimit !== 'channel') release.pause = { scope: outcome.rateLimit!, ms: outcome.retryAfterMs! };
      }
      await opts.queue.markRetry(row.id, worker, { error: outcome.reason, delayMs: delay, maybeSent: outcome.maybeSent === true, rateLimited }, release);
      log.warn({ ...ctx, reason: outcome.reason, delayMs: delay, ...(outcome.maybeSent ? { maybeSent: true } : {}) }, 'announcement will be retried');
      return;
    }
    const reason = outcome.kind === 'retry' ? `gave up after ${row.attempts} attempts: ${outcome.reason}` : outcome.reason;
    await opts.queue.markDead(row.id, worker, reason, release);
    log.error({ ...ctx, reason }, 'announcement dead-lettered');
  }

  async function runOnce(): Promise<number> {
    const rows = await opts.queue.claim({ worker, platforms, limit: batch, leaseMs });
    // one row per channel: they go side by side, each channel keeping its own pace; the batch
    // ends when all of them have (a store failure is reported once they have)
    const settled = await Promise.allSettled(rows.map((row) => handle(row)));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return rows.length;
  }

  const loop = createWorkerLoop({
    watch: (onWork) => opts.queue.watch(onWork),
    log,
    pollMs,
    runOnce,
    nextDueAt: () => opts.queue.nextDueAt(platforms),
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

function subjectOf(row: ClaimedDelivery): string {
  if (row.proposalId !== null) return `proposal ${row.proposalId}`;
  if (row.reminderId !== null) return `reminder ${row.reminderId}`;
  if (row.digestId !== null) return `digest ${row.digestId}`;
  return `status change ${row.statusChangeId}`;
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
