import { Hono } from 'hono';
import type { Store } from '../../core/ports';
import type { Logger } from '../../logger';

export interface WebDeps {
  store: Store;
  log: Logger;
}

/** The bot's one HTTP app. Platform adapters mount their routes on it. */
export function createWebApp({ store, log }: WebDeps): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    try {
      await store.ping();
      return c.json({ ok: true, db: 'up' });
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'health check: store down');
      return c.json({ ok: false, db: 'down' }, 503);
    }
  });
  app.notFound((c) => c.json({ error: 'not_found' }, 404));
  app.onError((error, c) => {
    log.error({ err: error, path: c.req.path }, 'unhandled error in HTTP handler');
    return c.json({ error: 'internal' }, 500);
  });
  return app;
}
