/**
 * `GET /feed.atom`: the published status changes as Atom 1.0 (RFC 4287), newest first. One
 * entry per change; its id is the change's anchor on the pledge page, so a reader never sees
 * the same change twice. The headline is the announcement's own (core presenter).
 */
import { Hono } from 'hono';
import { announcementReply } from '../../core/announcements/present';
import { statusWords } from '../../core/format';
import { sourceLink } from '../../core/pledges/present';
import type { Announcement } from '../../core/ports';
import { changesFeedView } from '../../core/tracker/changes-feed';
import { CACHE_CONTROL, type TrackerDeps } from './api';
import { textErrors } from './text-errors';
import { pledgePath } from './html';

const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/** Text for XML, and for the HTML carried inside `<content type="html">` (hence &#39;, which HTML 4 knows too). */
const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const httpUrl = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

/** The entry's body as HTML: the status and date, the quote with who said it, the source. */
function contentHtml(a: Announcement): string {
  const { change } = a;
  const parts = [`<p>${escapeXml(statusWords(change.status))} from ${escapeXml(change.effectiveOn)}${change.previousStatus ? ` (was ${escapeXml(statusWords(change.previousStatus))})` : ''}.</p>`];
  if (change.correctsId !== null) parts.push('<p>This entry corrects an earlier one.</p>');
  if (change.quote) {
    parts.push(`<blockquote><p>“${escapeXml(change.quote)}”</p></blockquote>${change.quoteBy ? `<p>— ${escapeXml(change.quoteBy)}</p>` : ''}`);
  }
  if (change.note) parts.push(`<p>${escapeXml(change.note)}</p>`);
  const { label, url } = sourceLink(change.source);
  const href = httpUrl(url);
  parts.push(`<p>Source: ${href ? `<a href="${escapeXml(href)}">${escapeXml(label)}</a>` : escapeXml(label)}</p>`);
  return parts.join('');
}

function entry(base: string, a: Announcement, publicUrl: string | undefined): string {
  const page = `${base}${pledgePath(a.pledge.slug)}`;
  const reply = announcementReply(a, publicUrl ? { publicUrl } : {});
  const title = `${reply.title ?? reply.summary}${a.change.correctsId !== null ? ' (correction)' : ''}`;
  const updated = a.change.recordedAt.toISOString();
  return `  <entry>
    <id>${escapeXml(`${page}#change-${a.change.id}`)}</id>
    <title type="text">${escapeXml(title)}</title>
    <updated>${updated}</updated>
    <published>${updated}</published>
    <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>
    <category term="${escapeXml(a.change.status)}" label="${escapeXml(statusWords(a.change.status))}"/>
    <content type="html">${escapeXml(contentHtml(a))}</content>
  </entry>`;
}

function atomFeed(base: string, changes: Announcement[], publicUrl?: string): string {
  // An empty record still needs an <updated>: the epoch says "nothing yet" and never moves.
  const updated = (changes[0]?.change.recordedAt ?? new Date(0)).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${base}/feed.atom`)}</id>
  <title type="text">pledgewatch: pledge status changes</title>
  <subtitle type="text">Every published change of a pledge's status, newest first, with its source.</subtitle>
  <updated>${updated}</updated>
  <author><name>pledgewatch</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${base}/feed.atom`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${base}/`)}"/>
${changes.map((a) => entry(base, a, publicUrl)).join('\n')}
</feed>
`;
}

/**
 * The feed route. Atom wants absolute ids and links; they come from `origin()` (PUBLIC_URL, else
 * the server's own http://localhost:PORT), never from the request: a forged Host header must
 * not put its links into a cached public feed, and ids must not change with the host asked.
 */
export function createAtom({ store, log, publicUrl, origin }: Omit<TrackerDeps, 'links'> & { publicUrl?: string; origin: () => string }): Hono {
  const app = new Hono();
  app.onError(textErrors(log));
  app.get('/feed.atom', async (c) => {
    const changes = await changesFeedView(store);
    const base = publicUrl ?? origin();
    c.header('Content-Type', ATOM_TYPE);
    c.header('Cache-Control', CACHE_CONTROL);
    return c.body(atomFeed(base, changes, publicUrl));
  });
  return app;
}
