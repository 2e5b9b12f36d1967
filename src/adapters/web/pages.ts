/**
 * The public tracker's pages: `GET /`, `/about`, `/pledges/:slug`, `/tariffs`,
 * `/tariffs/:slug`, `/embed/pledges/:slug`, `/oembed` and the stylesheet. Server-rendered
 * HTML, every value escaped by `h`, every fact with its source. What is shown comes from the
 * core's tracker views (core/tracker/, the same the JSON API renders), words and figures from
 * its presenters and formatters; the page files only lay them out.
 */
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { packageFile } from '../../package-file';
import { PledgewatchError } from '../../core/errors';
import { pledgeHeadline } from '../../core/pledges/present';
import { pledgeListView, pledgeView, statusCounts } from '../../core/tracker/pledge-views';
import { tariffsView, tariffView } from '../../core/tracker/tariff-views';
import { CACHE_CONTROL, errorStatus, logTrackerError, pageParam, statusParam, type TrackerDeps } from './api';
import { aboutPage, indexPage } from './home';
import { absolute, CSS_PATH, type Html, type Links, messagePage, pledgePath } from './html';
import { embedPage, pledgeDescription, pledgePage } from './pledge-pages';
import { tariffPage, tariffsPage } from './tariff-pages';

// src/adapters/web/tracker.css from the sources; dist/tracker.css from the build
const css = readFileSync(packageFile(import.meta.url, ['./tracker.css', '../tracker.css']), 'utf8');
const EMBED = { width: 480, height: 360 };

/** The HTML routes, with their own error renderer: an HTML page whatever went wrong. */
export function createPages({ store, log, links }: TrackerDeps): Hono {
  const pages = new Hono();
  /** links for this request: absolute ones use PUBLIC_URL, else the request's own origin */
  const here = (c: Context): Links => ({ ...links, origin: links.base || new URL(c.req.url).origin });
  pages.onError((error, c) => {
    const { status, message } = errorStatus(error);
    logTrackerError(log, error, c.req.path, status);
    const title = { 400: 'Bad request', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 500: 'Something went wrong', 503: 'Temporarily unavailable' }[status];
    c.header('Cache-Control', 'no-store');
    if (c.req.path === '/oembed') return c.json({ error: status === 404 ? 'not_found' : 'bad_request', message }, status);
    return c.html(messagePage(here(c), title, message), status);
  });

  pages.get(CSS_PATH, (c) => c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));

  pages.get('/', async (c) => {
    const [list, counts] = await Promise.all([pledgeListView(store, { page: pageParam(c), status: statusParam(c), q: c.req.query('q') ?? '' }), statusCounts(store)]);
    c.header('Cache-Control', CACHE_CONTROL);
    return c.html(indexPage(here(c), { ...list, counts }));
  });

  pages.get('/about', (c) => {
    c.header('Cache-Control', CACHE_CONTROL);
    return c.html(aboutPage(here(c)));
  });

  pages.get('/pledges/:slug', async (c) => {
    const view = await pledgeView(store, c.req.param('slug'));
    c.header('Cache-Control', CACHE_CONTROL);
    return c.html(pledgePage(here(c), view));
  });

  pages.get('/embed/pledges/:slug', async (c) => {
    const { pledge } = await pledgeView(store, c.req.param('slug'));
    c.header('Cache-Control', CACHE_CONTROL);
    return c.html(embedPage(here(c), pledge));
  });

  // oEmbed 1.0 (https://oembed.com): a pledge page's URL -> the iframe of its status box.
  pages.get('/oembed', async (c) => {
    const at = here(c);
    const format = c.req.query('format');
    if (format && format !== 'json') return c.json({ error: 'not_implemented', message: 'Only format=json is offered.' }, 501);
    const raw = c.req.query('url') ?? '';
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new PledgewatchError('not_found', 'url must be the address of a pledge page on this tracker.');
    }
    const m = /^\/pledges\/([a-z0-9-]{1,120})\/?$/.exec(url.pathname);
    if (url.origin !== new URL(at.origin!).origin || !m) throw new PledgewatchError('not_found', 'url must be the address of a pledge page on this tracker.');
    const { pledge } = await pledgeView(store, m[1]!);
    const width = Math.min(EMBED.width, Number(c.req.query('maxwidth')) || EMBED.width);
    const height = Math.min(EMBED.height, Number(c.req.query('maxheight')) || EMBED.height);
    const src = absolute(at, `/embed${pledgePath(pledge.slug)}`);
    const title = pledgeHeadline(pledge);
    c.header('Cache-Control', CACHE_CONTROL);
    return c.json({
      version: '1.0',
      type: 'rich',
      provider_name: 'pledgewatch',
      provider_url: absolute(at, '/'),
      title,
      html: `<iframe src="${src}" width="${width}" height="${height}" title="${title.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)}" frameborder="0" loading="lazy"></iframe>`,
      width,
      height,
      thumbnail_url: absolute(at, `/charts/pledges/${encodeURIComponent(pledge.slug)}.png`),
      description: pledgeDescription(pledge),
    });
  });

  pages.get('/tariffs', async (c) => {
    const actions = await tariffsView(store);
    c.header('Cache-Control', CACHE_CONTROL);
    return c.html(tariffsPage(here(c), actions));
  });

  pages.get('/tariffs/:slug', async (c) => {
    const action = await tariffView(store, c.req.param('slug'));
    c.header('Cache-Control', CACHE_CONTROL);
    return c.html(tariffPage(here(c), action));
  });
  return pages;
}

/** The HTML 404 for any path no route claims (the API keeps its JSON one). */
export const notFoundPage = (links: Links): Html => messagePage(links, 'Not found', 'There is no page at this address.');
