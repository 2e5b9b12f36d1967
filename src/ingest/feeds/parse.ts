/**
 * RSS 0.9x/1.0/2.0 and Atom 1.0 through @rowanmanning/feed-parser, which gives both one shape
 * (id, url, title, description, content). That parser forgives broken markup, so the XML is
 * also checked with fast-xml-parser's validator (the parser it builds on). Real feeds are often
 * slightly broken (a bare & in a title): such a feed is read when its items still have links,
 * with a warning; one whose items cannot be made out is an error.
 * Here: the fields the poller needs, a stable key per item, links resolved against the feed's
 * address, and one clear error for what is no feed.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { plainText } from '../../core/input';
import { XMLValidator } from 'fast-xml-parser';

export interface FeedEntry {
  /** the feed's own id for the item (guid, Atom id), else its link, else its title */
  key: string;
  /** the article's http(s) URL, absolute; null when the item has none */
  url: string | null;
  title: string | null;
  /** the item's own text (content, else description): HTML or plain */
  summary: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title: string | null;
  entries: FeedEntry[];
  /** set when the XML is not well-formed but its items could still be read */
  warning?: string;
}

export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}

function absoluteHttp(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** The feed in `xml`, fetched from `baseUrl`. Throws FeedFormatError saying what it is instead. */
/** A feed's text field as the record may hold it: no control or bidi characters (see plainText), trimmed. */
const field = (value: string | null | undefined): string | null => (value ? plainText(value).trim() || null : null);

export function parseFeedText(xml: string, baseUrl: string, contentType: string | null = null): ParsedFeed {
  const trimmed = xml.trimStart();
  if (!trimmed) throw new FeedFormatError('the response is empty, not an RSS or Atom feed');
  const notFeed = new FeedFormatError('the response is an HTML page, not an RSS or Atom feed');
  if (/^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/i.test(trimmed)) throw notFeed;
  const valid = XMLValidator.validate(xml);
  const malformed = valid === true ? null : `the response is malformed XML (line ${valid.err.line}: ${valid.err.msg.slice(0, 150)})`;
  // some servers label feeds text/html; only a body that is not XML counts as a page
  if (malformed && /text\/html/i.test(contentType ?? '')) throw notFeed;
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]?.slice(0, 200) ?? 'unreadable';
    throw new FeedFormatError(malformed ?? `the response is not a readable RSS or Atom feed (${reason})`);
  }
  const format = feed.meta.type === 'atom' ? 'atom' : 'rss';
  const base = absoluteHttp(feed.url, baseUrl) ?? baseUrl;
  const entries: FeedEntry[] = [];
  const keys = new Set<string>();
  for (const item of feed.items) {
    const url = absoluteHttp(item.url, base);
    const title = field(item.title);
    const summary = field(item.content) ?? field(item.description);
    const key = (field(item.id) ?? url ?? title)?.slice(0, 1000);
    if (!key || keys.has(key)) continue;
    keys.add(key);
    entries.push({ key, url, title, summary });
  }
  if (malformed) {
    if (entries.length === 0 || entries.some((e) => !e.url)) throw new FeedFormatError(malformed);
    return { format, title: field(feed.title), entries, warning: malformed };
  }
  return { format, title: field(feed.title), entries };
}
