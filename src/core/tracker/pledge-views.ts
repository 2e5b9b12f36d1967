/**
 * What the public tracker shows of pledges, read once here for its HTML pages, its JSON API
 * and its charts: one pledge with its history (each change with the later one that corrects
 * it), a page of the list (filtered by status, or searched), the tally by status.
 */
import { rankedSearch } from '../commands/pledge-lookup';
import type { PledgeReads } from '../ports';
import type { PledgeDetail, PledgeMatch, PledgeSummary, StatusChange } from '../pledges/types';
import { pledgeStatuses, type PledgeStatus } from '../vocabulary';
import { notOnRecord } from './not-found';

/** Pledges a page of the tracker's list holds. */
const TRACKER_PAGE_SIZE = 50;

/** A change on the record, with the id of the later change that corrects it (null while it stands). */
export type HistoryEntry = StatusChange & { correctedById: number | null };

export interface PledgeView {
  pledge: PledgeDetail;
  /** oldest first */
  history: HistoryEntry[];
  /** the history that stands: a change an editor corrected gives way to its correction */
  standing: HistoryEntry[];
  /** the pledge's latest change, as its history entry */
  latest: HistoryEntry | null;
}

/**
 * The correction rule: a change that names an earlier one in `correctsId` corrects it; the
 * earlier one then stands corrected by the latest such change.
 */
export function withCorrections(history: StatusChange[]): HistoryEntry[] {
  const correctedBy = new Map<number, number>();
  for (const c of history) if (c.correctsId !== null) correctedBy.set(c.correctsId, c.id);
  return history.map((c) => ({ ...c, correctedById: correctedBy.get(c.id) ?? null }));
}

/** One pledge and its history; not_found (the tracker's one text) when there is none. */
export async function pledgeView(store: PledgeReads, slug: string): Promise<PledgeView> {
  const [pledge, changes] = await Promise.all([store.getPledge(slug), store.pledgeHistory(slug)]);
  if (!pledge) throw notOnRecord('pledge', slug);
  const history = withCorrections(changes ?? []);
  const last = pledge.latestChange;
  const latest = last ? { ...last, correctedById: history.find((c) => c.id === last.id)?.correctedById ?? null } : null;
  return { pledge, history, standing: history.filter((c) => c.correctedById === null), latest };
}

export interface PledgeListView {
  items: PledgeSummary[];
  total: number;
  page: number;
  perPage: number;
  pages: number;
  status: PledgeStatus | undefined;
  /** set when the reader searched: the query and the closest matches when none matched well */
  search?: { q: string; near: PledgeMatch[] };
}

/**
 * A page of pledges, the most recent status change first, optionally of one status; or, with
 * `q`, the pledges matching it (best first, one page, the status filter applied to them).
 */
export async function pledgeListView(
  store: PledgeReads,
  opts: { page: number; status?: PledgeStatus | undefined; q?: string },
): Promise<PledgeListView> {
  const { page, status } = opts;
  const q = opts.q?.trim().slice(0, 200) ?? '';
  if (q) {
    const { matches, near } = await rankedSearch(store, q, TRACKER_PAGE_SIZE);
    const items = status ? matches.filter((m) => m.status === status) : matches;
    return { items, total: items.length, page: 1, perPage: TRACKER_PAGE_SIZE, pages: 1, status, search: { q, near } };
  }
  const { items, total } = await store.listPledges({ ...(status ? { status } : {}), limit: TRACKER_PAGE_SIZE, offset: (page - 1) * TRACKER_PAGE_SIZE });
  return { items, total, page, perPage: TRACKER_PAGE_SIZE, pages: Math.max(1, Math.ceil(total / TRACKER_PAGE_SIZE)), status };
}

/** How many pledges have each status. */
export async function statusCounts(store: PledgeReads): Promise<Record<PledgeStatus, number>> {
  const totals = await Promise.all(pledgeStatuses.map((status) => store.listPledges({ status, limit: 0, offset: 0 }).then((p) => p.total)));
  return Object.fromEntries(pledgeStatuses.map((s, i) => [s, totals[i]!])) as Record<PledgeStatus, number>;
}
