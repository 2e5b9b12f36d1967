import type { DeliveryKind, PledgeStatus } from '../vocabulary';

/** What editors see of the outbox, and the one thing they do to it. */
export interface OutboxAdmin {
  outboxOverview(limit: number): Promise<OutboxOverview>;
  /** puts a dead delivery back in the queue */
  retryDelivery(id: number, actor: string): Promise<'queued' | 'not_dead'>;
}

/**
 * The outbox as the dispatcher works it (implemented in src/db/outbox-queue.ts): claim due
 * rows under a lease, mark an attempt started, then record its outcome and release the
 * channel. Only the lease holder (`worker`) changes a row; a stale worker changes nothing.
 */
export interface OutboxQueue {
  /** due rows, at most one per channel and only in channels whose pacing allows a post now */
  claim(opts: { worker: string; platforms: string[]; limit: number; leaseMs: number }): Promise<ClaimedDelivery[]>;
  /**
   * a request for the row is about to go out (the lease is extended): resolves to the row's
   * first attempt, or null when the lease was lost and this worker must not send
   */
  startAttempt(id: number, worker: string, leaseMs: number): Promise<Date | null>;
  /** the post an edit or thread reply acts on; null while it is still on its way */
  postedMessageFor(id: number): Promise<{ messageId: string | null; postDead: boolean }>;
  markDelivered(id: number, worker: string, delivered: { messageId: string; recovery?: 'found' | 'unchecked' }, release: ChannelRelease): Promise<void>;
  /** `maybeSent` keeps the attempt open for a recheck; a rate-limited attempt does not count */
  markRetry(id: number, worker: string, retry: { error: string; delayMs: number; maybeSent: boolean; rateLimited: boolean }, release: ChannelRelease): Promise<void>;
  markDead(id: number, worker: string, error: string, release: ChannelRelease): Promise<void>;
  /** the earliest time a pending row of these platforms falls due, for the worker's sleep */
  nextDueAt(platforms: string[]): Promise<Date | null>;
  /** calls back when rows are queued (NOTIFY at commit) until the returned stop() */
  watch(onWork: () => void): Promise<() => Promise<void>>;
}

export interface ClaimedDelivery {
  id: number;
  /** an announcement's change, or */
  statusChangeId: number | null;
  /** the proposal a review post shows */
  proposalId: number | null;
  /** a deadline reminder, or the digest, to a review channel */
  reminderId: number | null;
  digestId: number | null;
  kind: DeliveryKind;
  platform: 'slack' | 'discord' | 'webhook';
  workspace: string;
  channelId: string;
  targetMessageId: string | null;
  attempts: number;
  /** an earlier attempt was started and its outcome never recorded: it may have posted */
  outcomeUnknown: boolean;
  firstAttemptAt: Date | null;
}

/** How far a 429 reaches: the channel, its whole workspace, or every workspace of the platform. */
export type PauseScope = 'channel' | 'workspace' | 'platform';

/** What sending a row did to its channel: when the channel may take its next post. */
export interface ChannelRelease {
  /** least time before the channel's next post: the gap, or a 429's Retry-After */
  waitMs: number;
  /** a 429 that covers more than the channel pauses its workspace or platform too */
  pause?: { scope: Exclude<PauseScope, 'channel'>; ms: number };
}

export interface OutboxRow {
  id: number;
  kind: string;
  platform: string;
  channelId: string;
  state: 'pending' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  pledgeSlug: string;
  /** the announced or proposed status; null for a reminder or a digest */
  status: PledgeStatus | null;
  /** set for a review post: the proposal it shows */
  proposalId: number | null;
  /** what a deadline reminder or a digest row is, e.g. "digest of 2026-11-30 09:00 UTC" */
  about: string | null;
}

export interface OutboxOverview {
  counts: Record<'pending' | 'delivered' | 'dead', number>;
  /** retries after an unknown outcome: found their earlier message, or posted without looking */
  recovered: Record<'found' | 'unchecked', number>;
  rows: OutboxRow[];
}
