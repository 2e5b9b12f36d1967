/**
 * One feed item through the newswire: fetch its article, extract, detect, propose. Loaded by
 * the poller with import() the first time a feed has something new, so the NLP model and the
 * HTML parser cost nothing while no feed exists.
 */
import { plainText } from '../../core/input';
import type { PledgeReads, ProposalIntake } from '../../core/ports';
import type { Detector } from '../detector';
import { loadProfiles } from '../profiles';
import { proposeFindings } from '../propose';
import type { MatchingProfile } from '../types';
import { articleGuard } from './address-guard';
import { describeFetchError, fetchLimited } from './http';
import type { FeedEntry } from './parse';

export { loadProfiles };
export { parseFeedText } from './parse';

export interface ReadContext {
  store: PledgeReads & ProposalIntake;
  detector: Detector;
  profiles: MatchingProfile[];
  /** the feed's title, the outlet when the article page does not name its site */
  feedTitle: string | null;
  /** the feed's own URL: its host is the only private address an article link may have */
  feedUrl: string;
  timeoutMs: number;
  maxBytes: number;
  /** this item failed before: on a network error or 5xx, read its summary instead of waiting again */
  lastTry: boolean;
}

export type EntryOutcome =
  | { kind: 'read'; from: 'article' | 'summary' | 'nothing'; findings: number; proposals: number; note?: string }
  /** the article could not be fetched for now (network error, 5xx): leave the item unread */
  | { kind: 'retry'; reason: string };

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export async function readEntry(entry: FeedEntry, ctx: ReadContext): Promise<EntryOutcome> {
  let page: string | null = null;
  let note: string | undefined;
  if (entry.url) {
    let failure: string | null = null;
    let gone = false;
    try {
      const res = await fetchLimited(entry.url, {
        timeoutMs: ctx.timeoutMs,
        maxBytes: ctx.maxBytes,
        allow: articleGuard(ctx.feedUrl),
        headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5' },
      });
      if (res.status >= 200 && res.status < 300) page = plainText(res.body);
      else {
        gone = res.status >= 400 && res.status < 500;
        failure = `HTTP ${res.status}`;
      }
    } catch (error) {
      failure = describeFetchError(error);
      // an article over the cap will not shrink, nor a refused address move: read the summary
      gone = (error as Error).name === 'TooLargeError' || (error as Error).name === 'RefusedUrlError';
    }
    if (failure && !gone && !ctx.lastTry) return { kind: 'retry', reason: failure };
    if (failure) note = `article not read (${failure}); used the feed's summary`;
  }
  // extract and detect in the worker pool: a large page never holds up this thread
  let from: 'article' | 'summary' = 'article';
  let done = page !== null ? await ctx.detector.run({ article: { html: page }, profiles: ctx.profiles }) : null;
  if (done?.kind === 'too_large') note = `article not read (${done.message}); used the feed's summary`;
  if (!done || done.kind === 'too_large' || done.chars === 0) {
    from = 'summary';
    const summary = entry.summary?.trim() ?? '';
    if (!summary && !entry.title?.trim()) return { kind: 'read', from: 'nothing', findings: 0, proposals: 0, ...(note ? { note } : {}) };
    done = await ctx.detector.run({ article: { html: summary, title: entry.title ?? null }, profiles: ctx.profiles });
    if (done.kind === 'too_large') return { kind: 'read', from: 'nothing', findings: 0, proposals: 0, note: done.message };
  }
  const outlet = done.siteName ?? ctx.feedTitle ?? (entry.url ? hostOf(entry.url) : null);
  if (outlet) for (const f of done.findings) f.outlet = outlet;
  const proposals = await proposeFindings(ctx.store, done.findings, { sourceUrl: entry.url, outlet });
  return { kind: 'read', from, findings: done.findings.length, proposals: proposals.length, ...(note ? { note } : {}) };
}
