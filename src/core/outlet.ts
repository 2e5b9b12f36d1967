/**
 * Which outlet an article is credited to: the one rule every way an article comes in uses
 * (`pledgewatch ingest`, POST /api/articles, the feed poller, "Send to pledgewatch"), and the
 * store when it files a source by URL alone.
 */

/** The outlet a URL names: its host without "www." ("https://www.example.com/a" -> "example.com"); null when it is no URL. */
export function outletOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return host.replace(/^www\./i, '') || null;
}

/** What is known of an article's outlet, from the most trusted to the least. */
interface OutletClues {
  /** the name the sender gave with the article */
  outlet?: string | null;
  /** the page's own name for its site (og:site_name) */
  siteName?: string | null;
  /** the title of the feed the article was listed in */
  feedTitle?: string | null;
  /** where the article lives */
  url?: string | null;
}

const named = (s: string | null | undefined): string | null => s?.trim() || null;

/** The outlet: the sender's name for it, else the page's site name, else the feed's title, else the URL's host; null when none is known. */
export function chooseOutlet(c: OutletClues): string | null {
  return named(c.outlet) ?? named(c.siteName) ?? named(c.feedTitle) ?? (c.url ? outletOf(c.url) : null);
}
