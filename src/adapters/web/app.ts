import { Hono } from 'hono';
import type { Announcements, PledgeReads, StoreHealth, TariffReads } from '../../core/ports';
import type { Logger } from '../../logger';
import { createApi } from './api';
import { createAtom } from './atom';
import { createChartCache, createCharts } from './charts/routes';
import { createPages, notFoundPage } from './pages';
import { securityHeaders } from './security-headers';

interface WebDeps {
  store: PledgeReads & TariffReads & Announcements & StoreHealth;
  log: Logger;
  /** PUBLIC_URL: links on the tracker are absolute with it, site-relative without */
  publicUrl?: string;
  /** without PUBLIC_URL, the origin the Atom feed's ids and links use (main: http://localhost:PORT) */
  origin?: () => string;
}

/** The bot's one HTTP app. Platform adapters mount their routes on it. */
export function createWebApp({ store, log, publicUrl, origin = () => 'http://localhost' }: WebDeps): Hono {
  const app = new Hono();
  app.use(securityHeaders());
  app.get('/healthz', async (c) => {
    try {
      await store.ping();
      return c.json({ ok: true, db: 'up' });
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'health check: store down');
      return c.json({ ok: false, db: 'down' }, 503);
    }
  });
  // The public tracker (DESIGN.md section 5): pages, JSON API, Atom feed, each with its own error renderer.
  const links = { base: publicUrl ?? '' };
  app.route('/', createPages({ store, log, links }));
  app.route('/', createCharts({ store, log, cache: createChartCache() }));
  app.route('/', createApi({ store, log, links }));
  app.route('/', createAtom({ store, log, origin, ...(publicUrl ? { publicUrl } : {}) }));
  app.notFound((c) =>
    c.req.path === '/api' || c.req.path.startsWith('/api/') ? c.json({ error: 'not_found' }, 404) : c.html(notFoundPage(links), 404),
  );
  app.onError((error, c) => {
    log.error({ err: error, path: c.req.path }, 'unhandled error in HTTP handler');
    return c.json({ error: 'internal' }, 500);
  });
  return app;
}
