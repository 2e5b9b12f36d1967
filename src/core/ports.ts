import type { Actor } from './commands/types';
import type { Reply } from './reply';
import type { PledgeStatus } from './vocabulary';
import type { PledgeDetail, PledgeMatch, PledgeSummary, StatusChange } from './pledges/types';
import type { TariffAction, TariffFilter } from './tariffs/types';

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * What the core needs from storage. Implemented by src/db/store.ts over drizzle (PGlite or
 * PostgreSQL); a store failure surfaces as a StoreError.
 */
export interface Store {
  /**
   * Ranked, typo-tolerant pledge search. `minSimilarity` is the trigram word-similarity
   * floor (0..1): high for answers, low for "did you mean" suggestions.
   */
  searchPledges(query: string, opts: { limit: number; minSimilarity: number }): Promise<PledgeMatch[]>;
  getPledge(slug: string): Promise<PledgeDetail | null>;
  listPledges(opts: { status?: PledgeStatus; limit: number; offset: number }): Promise<Page<PledgeSummary>>;
  /** oldest first; null when no such pledge */
  pledgeHistory(slug: string): Promise<StatusChange[] | null>;
  findTariffs(filter: TariffFilter): Promise<TariffAction[]>;
  /** an editor granted in the database and not revoked */
  isGrantedEditor(actor: Actor): Promise<boolean>;
  appendAudit(entry: AuditEntry): Promise<void>;
  ping(): Promise<void>;
}

export interface AuditEntry {
  actor: string;
  action: string;
  target: string | null;
  outcome: 'ok' | 'refused' | 'failed';
  before?: unknown;
  after?: unknown;
  detail?: string;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What one delivery attempt came to; the outbox decides what to do next. */
export type DeliveryOutcome =
  | { kind: 'delivered'; messageId: string }
  /** try again later: rate limit (after `retryAfterMs` when the platform said), 5xx, network */
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  /** will never succeed as it stands: unknown channel, no access, bad token */
  | { kind: 'dead'; reason: string };

/**
 * Posts announcements to one platform. Implementations turn off their client's own retries:
 * the outbox owns retrying, so every attempt is one request and one outcome.
 */
export interface Announcer {
  platform: 'slack' | 'discord';
  /**
   * `deliveryKey` is stable across retries of one delivery (Discord sends it as the nonce
   * with enforce_nonce, so a retried post never doubles). `threadOf` replies under a post.
   */
  post(channelId: string, reply: Reply, opts: { deliveryKey: string; threadOf?: string }): Promise<DeliveryOutcome>;
  edit(channelId: string, messageId: string, reply: Reply): Promise<DeliveryOutcome>;
}
