/**
 * Layout helpers of the public tracker: the page shell (with its Open Graph and Twitter card
 * tags), badges, dates, source links. Every value goes through hono/html's `html`, which
 * escapes it; nothing here decides a pledge rule. The one stylesheet is /assets/tracker.css:
 * pages carry no inline style or script, so a strict Content-Security-Policy holds.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Badge } from '../../core/reply';
import type { SourceRef } from '../../core/pledges/types';
import { sourceLink } from '../../core/pledges/present';
import type { TariffStatus } from '../../core/vocabulary';
import { statusWords } from '../../core/format';

export type Html = HtmlEscapedString;

/** `html` without promises inside is synchronous; this says so to the type checker. */
export const h = (strings: TemplateStringsArray, ...values: unknown[]): Html => html(strings, ...values) as Html;

/**
 * Where links point: `${PUBLIC_URL}/...` when set, else site-relative. `origin` is the absolute
 * base for what must be absolute (og:url, og:image, oEmbed): PUBLIC_URL, else the request's origin.
 */
export interface Links {
  base: string;
  origin?: string;
}
export const link = (links: Links, path: string): string => `${links.base}${path}`;
export const absolute = (links: Links, path: string): string => `${links.origin ?? links.base}${path}`;
export const pledgePath = (slug: string): string => `/pledges/${encodeURIComponent(slug)}`;
export const tariffPath = (slug: string): string => `/tariffs/${encodeURIComponent(slug)}`;

/** Only web addresses become links: a `javascript:` URL in the record stays text. */
const safeUrl = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

export function source(s: SourceRef): Html {
  const { label, url } = sourceLink(s);
  const href = safeUrl(url);
  return href ? h`<a href="${href}" rel="noopener">${label}</a>` : h`<span>${label}</span>`;
}

/** A pledge status badge: the pledge palette, solid. */
export function badge(b: Badge): Html {
  return h`<span class="badge tone-${b.tone}">${b.label}</span>`;
}

/** A tariff status badge: its own palette, outlined, so IN EFFECT never looks like RETRACTED. */
export function tariffStatusBadge(status: TariffStatus): Html {
  return h`<span class="badge tariff tariff-${status}">${statusWords(status).toUpperCase()}</span>`;
}

/** A calendar date as YYYY-MM-DD, machine-readable too. */
export function date(value: string | Date | null): Html {
  if (value === null) return h`<span>—</span>`;
  const day = value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);
  return h`<time datetime="${day}">${day}</time>`;
}

/** What a page says about itself to link unfurlers (Slack, Discord, social media) and CMSs. */
interface PageMeta {
  description: string;
  /** the page's own path, e.g. /pledges/alibaba-1m-us-jobs */
  path: string;
  /** a picture of it: a /charts/... PNG path */
  image: string;
  imageAlt: string;
  /** the oEmbed URL for this page, when it has one */
  oembed?: string;
}

export const CSS_PATH = '/assets/tracker.css';

interface Card {
  title: string;
  description: string;
  image: string;
  imageAlt: string;
}

/** The unfurl card as one network reads it: Open Graph (`property="og:..."`) or Twitter (`name="twitter:..."`). */
const cardTags = (attr: 'property' | 'name', prefix: 'og' | 'twitter', c: Card): Html =>
  h`<meta ${attr}="${prefix}:title" content="${c.title}">
<meta ${attr}="${prefix}:description" content="${c.description}">
<meta ${attr}="${prefix}:image" content="${c.image}">
<meta ${attr}="${prefix}:image:alt" content="${c.imageAlt}">`;

/** The page shell: lang, viewport, the stylesheet, unfurl tags, the Atom feed advertised, the site nav. */
export function layout(links: Links, title: string, body: Html, meta: PageMeta): Html {
  const full = `${title} · pledgewatch`;
  const card = { title, description: meta.description, image: absolute(links, meta.image), imageAlt: meta.imageAlt };
  return h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${full}</title>
<meta name="description" content="${meta.description}">
<link rel="stylesheet" href="${link(links, CSS_PATH)}">
<link rel="icon" href="data:,">
<link rel="canonical" href="${absolute(links, meta.path)}">
<link rel="alternate" type="application/atom+xml" title="pledgewatch: status changes" href="${link(links, '/feed.atom')}">
${meta.oembed ? h`<link rel="alternate" type="application/json+oembed" href="${meta.oembed}" title="${title}">` : ''}
<meta property="og:site_name" content="pledgewatch">
<meta property="og:type" content="${meta.path.startsWith('/pledges/') || meta.path.startsWith('/tariffs/') ? 'article' : 'website'}">
<meta property="og:url" content="${absolute(links, meta.path)}">
${cardTags('property', 'og', card)}
<meta name="twitter:card" content="summary_large_image">
${cardTags('name', 'twitter', card)}
</head>
<body>
<header class="site"><div class="wrap"><a class="brand" href="${link(links, '/')}">pledge<span>watch</span></a>
<nav aria-label="Site"><a href="${link(links, '/')}">Pledges</a><a href="${link(links, '/tariffs')}">Tariffs</a><a href="${link(links, '/about')}">About</a><a href="${link(links, '/feed.atom')}">Atom feed</a></nav></div></header>
<main class="wrap">
${body}
</main>
<footer class="wrap"><p>pledgewatch keeps a sourced record of public pledges and trade tariffs. Every fact links to its source;
<a href="${link(links, '/about')}">how we track and correct</a>.</p></footer>
</body>
</html>`;
}

/** A short page for a 4xx/5xx answer: what happened, and the way back. */
export function messagePage(links: Links, title: string, message: string): Html {
  return layout(links, title, h`<h1>${title}</h1><p>${message}</p><p><a href="${link(links, '/')}">All pledges</a></p>`, {
    description: message,
    path: '/',
    image: '/charts/pledge-status.png',
    imageAlt: 'Pledges on the record, counted by status',
  });
}

/** A chart as an image with its text alternative: the alt, a caption, and the table of its data. */
export function chartFigure(links: Links, path: string, alt: string, caption: Html, table: Html): Html {
  return h`<figure class="chart">
  <img src="${link(links, `${path}.svg`)}" alt="${alt}">
  <figcaption>${caption} <a href="${link(links, `${path}.png`)}">PNG</a> · <a href="${link(links, `${path}.svg`)}">SVG</a></figcaption>
  <details><summary>The chart's data as a table</summary><div class="scroll">${table}</div></details>
</figure>`;
}
