/**
 * One feed item through the newswire: fetch its article, extract, detect, propose. Loaded by
 * the poller with import() the first time a feed has something new, so the NLP model and the
 * HTML parser cost nothing while no feed exists.
 */
import { plainText } from '../../core/input';
import type { Store } from '../../core/ports';
import { detect } from '../detect';
import { extractArticle } from '../extract';
import { loadProfiles } from '../profiles';
import { proposeFindings } from '../propose';
import type { MatchingProfile } from '../types';
import { articleGuard } from './address-guard';
import { describeFetchError, fetchLimited } from './http';
import type { FeedEntry } from './parse';

export { loadProfiles };
export { parseFeedText } from './parse';

export interface ReadContext {
  store: Store;
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

/** The item's own words: its title and its content or description (HTML or plain). */
function summaryText(entry: FeedEntry): string {
  const body = entry.summary ? extractArticle(entry.summary).text : '';
  return [entry.title, body].filter(Boolean).join('\n\n');
}

export async function readEntry(entry: FeedEntry, ctx: ReadContext): Promise<EntryOutcome> {
  let text = '';
  let siteName: string | null = null;
  let from: 'article' | 'summary' = 'summary';
  let note: string | undefined;
  if (entry.url) {
    let failure: string | null = null;
    let gone = false;
    try {
      const page = await fetchLimited(entry.url, {
        timeoutMs: ctx.timeoutMs,
        maxBytes: ctx.maxBytes,
        allow: articleGuard(ctx.feedUrl),
        headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5' },
      });
      if (page.status >= 200 && page.status < 300) {
        const article = extractArticle(plainText(page.body));
        text = article.text;
        siteName = article.siteName;
        from = 'article';
      } else if (page.status >= 400 && page.status < 500) {
        gone = true;
        failure = `HTTP ${page.status}`;
      } else {
        failure = `HTTP ${page.status}`;
      }
    } catch (error) {
      failure = describeFetchError(error);
      // an article over the cap will not shrink, nor a refused address move: read the summary
      gone = (error as Error).name === 'TooLargeError' || (error as Error).name === 'RefusedUrlError';
    }
    if (failure && !gone && !ctx.lastTry) return { kind: 'retry', reason: failure };
    if (failure) note = `article not read (${failure}); used the feed's summary`;
  }
  if (!text.trim()) {
    text = summaryText(entry);
    from = 'summary';
  }
  if (!text.trim()) return { kind: 'read', from: 'nothing', findings: 0, proposals: 0, ...(note ? { note } : {}) };
  const outlet = siteName ?? ctx.feedTitle ?? (entry.url ? hostOf(entry.url) : null);
  const findings = detect(text, ctx.profiles, outlet ? { outlet } : {});
  const proposals = await proposeFindings(ctx.store, findings, { sourceUrl: entry.url, outlet });
  return { kind: 'read', from, findings: findings.length, proposals: proposals.length, ...(note ? { note } : {}) };
}
