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
  ping(): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
