import type { Reply } from '../reply';
import type { Announcement } from './announcements';

/** What one delivery attempt came to; the outbox decides what to do next. */
export type DeliveryOutcome =
  /**
   * `recovery` after an attempt whose outcome was unknown: 'found' the message that attempt
   * posted (nothing was posted now), or 'unchecked' (the channel's history could not be read,
   * so it was posted without looking and may now be there twice)
   */
  | { kind: 'delivered'; messageId: string; recovery?: 'found' | 'unchecked' }
  /**
   * try again later: rate limit (after `retryAfterMs` when the platform said), 5xx, network.
   * `maybeSent`: the request may have reached the platform (a lost answer), so the next
   * attempt must look for its message before posting. `rateLimit`: a 429, and how far the
   * limit reaches (the channel, its workspace, or the platform): every dispatcher waits it out
   */
  | { kind: 'retry'; reason: string; retryAfterMs?: number; maybeSent?: boolean; rateLimit?: 'channel' | 'workspace' | 'platform' }
  /** will never succeed as it stands: unknown channel, no access, bad token */
  | { kind: 'dead'; reason: string };

export interface PostOptions {
  /** stable across retries of one delivery: Discord's nonce, Slack's message metadata */
  deliveryKey: string;
  /** reply under this post */
  threadOf?: string;
  /**
   * an earlier attempt, first started at `since`, may have posted: find that message and
   * record it instead of posting again (Discord's nonce does this by itself)
   */
  recheck?: { since: Date };
  /** for an announcement: the change and its pledge, which a webhook sends as JSON */
  announcement?: Announcement;
}

/**
 * Posts announcements to one platform. Implementations turn off their client's own retries:
 * the outbox owns retrying, so every attempt is one request and one outcome.
 */
export interface Announcer {
  platform: 'slack' | 'discord' | 'webhook';
  /** least time between posts to one channel, when not the dispatcher's (chat platforms allow about one a second) */
  gapMs?: number;
  post(channelId: string, reply: Reply, opts: PostOptions): Promise<DeliveryOutcome>;
  edit(channelId: string, messageId: string, reply: Reply): Promise<DeliveryOutcome>;
}
