/**
 * Layout helpers of the public tracker: the page shell, badges, dates, source links. Every
 * value goes through hono/html's `html`, which escapes it; nothing here decides a pledge rule.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Badge } from '../../core/reply';
import type { SourceRef } from '../../core/pledges/types';
import { sourceLink } from '../../core/pledges/present';

export type Html = HtmlEscapedString;

/** `html` without promises inside is synchronous; this says so to the type checker. */
export const h = (strings: TemplateStringsArray, ...values: unknown[]): Html => html(strings, ...values) as Html;

/** Where links point: `${PUBLIC_URL}/...` when set, else site-relative. */
export interface Links {
  base: string;
}
export const link = (links: Links, path: string): string => `${links.base}${path}`;
export const pledgePath = (slug: string): string => `/pledges/${encodeURIComponent(slug)}`;

/** Only web addresses become links: a `javascript:` URL in the record stays text. */
const safeUrl = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

export function source(s: SourceRef): Html {
  const { label, url } = sourceLink(s);
  const href = safeUrl(url);
  return href ? h`<a href="${href}" rel="noopener">${label}</a>` : h`<span>${label}</span>`;
}

export function badge(b: Badge): Html {
  return h`<span class="badge tone-${b.tone}">${b.label}</span>`;
}

/** A calendar date as YYYY-MM-DD, machine-readable too. */
export function date(value: string | Date | null): Html {
  if (value === null) return h`<span>—</span>`;
  const day = value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);
  return h`<time datetime="${day}">${day}</time>`;
}

/** The tracker's stylesheet, served at STYLESHEET_PATH: the pages' CSP allows no inline style. */
export const STYLESHEET_PATH = '/assets/tracker.css';
export const stylesheet = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#555;--line:#ddd;--link:#0b57d0}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#141414;--muted:#aaa;--line:#333;--link:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
header nav a{margin-right:1rem}
h1{font-size:1.6rem;line-height:1.25}
h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid var(--line)}
.muted,footer{color:var(--muted)}
.scroll{overflow-x:auto}
table{width:100%;border-collapse:collapse}
th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--line)}
dl{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}
blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid var(--line);font-size:1.1rem}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:.25rem;font-size:.8rem;font-weight:700;letter-spacing:.02em;color:#fff;white-space:nowrap}
.tone-alert{background:#b3261e}.tone-warning{background:#8a5a00}.tone-good{background:#1e6b34}
.tone-info{background:#0b57d0}.tone-neutral{background:#5f6368}
.corrected{text-decoration:line-through}
ol.history>li,ul.items>li{margin-bottom:1rem}
footer{margin-top:3rem;border-top:1px solid var(--line);font-size:.9rem}
@media (max-width:40rem){dl{grid-template-columns:1fr}dt{margin-top:.5rem}}
`;

/** The page shell: lang, viewport, the Atom feed advertised, a skip-free simple nav. */
export function layout(links: Links, title: string, body: Html): Html {
  return h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · pledgewatch</title>
<link rel="alternate" type="application/atom+xml" title="pledgewatch: status changes" href="${link(links, '/feed.atom')}">
<link rel="stylesheet" href="${link(links, STYLESHEET_PATH)}">
</head>
<body>
<header><nav aria-label="Site"><a href="${link(links, '/')}">Pledges</a><a href="${link(links, '/tariffs')}">Tariffs</a><a href="${link(links, '/feed.atom')}">Atom feed</a></nav></header>
<main>
${body}
</main>
<footer><p>pledgewatch keeps a sourced record of public pledges and trade tariffs. Every fact links to its source.</p></footer>
</body>
</html>`;
}

/** A short page for a 4xx/5xx answer: what happened, and the way back. */
export function messagePage(links: Links, title: string, message: string): Html {
  return layout(links, title, h`<h1>${title}</h1><p>${message}</p><p><a href="${link(links, '/')}">All pledges</a></p>`);
}
