import type { PledgeStatus } from '../vocabulary';
import type { PledgeDetail, PledgeMatch, PledgeSummary, StatusChange } from '../pledges/types';

export interface Page<T> {
  items: T[];
  total: number;
}

/** Reading the pledge record: search, a pledge, the list, deadlines, a pledge's history. */
export interface PledgeReads {
  /**
   * Ranked, typo-tolerant pledge search. `minSimilarity` is the trigram word-similarity
   * floor (0..1): high for answers, low for "did you mean" suggestions.
   */
  searchPledges(query: string, opts: { limit: number; minSimilarity: number }): Promise<PledgeMatch[]>;
  getPledge(slug: string): Promise<PledgeDetail | null>;
  listPledges(opts: { status?: PledgeStatus; limit: number; offset: number }): Promise<Page<PledgeSummary>>;
  /** pledges with a deadline on or after `from` (YYYY-MM-DD) and no final status, soonest first */
  comingDeadlines(opts: { from: string; limit: number }): Promise<(PledgeSummary & { deadline: string })[]>;
  /** oldest first; null when no such pledge */
  pledgeHistory(slug: string): Promise<StatusChange[] | null>;
}
