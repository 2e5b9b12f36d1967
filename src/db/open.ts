import type { Store } from '../core/ports';
import type { Logger } from '../logger';
import { type DbHandle, openDb } from './client';
import { seedOnce } from './seed';
import { shippedData } from './seed/data';
import { createStore } from './store';

export interface OpenedStore {
  handle: DbHandle;
  store: Store;
}

/** Opens the configured database, applies migrations and loads the shipped data (idempotent). */
export async function openStore(
  opts: { databaseUrl?: string; pgliteDir?: string },
  log: Logger,
  steps: { seed: boolean } = { seed: true },
): Promise<OpenedStore> {
  const handle = await openDb({ ...opts, log });
  try {
    const started = performance.now();
    let migrated = started;
    // Instances starting together on one PostgreSQL database take turns here.
    await handle.exclusive(async () => {
      await handle.migrate();
      migrated = performance.now();
      if (steps.seed) {
        const added = await seedOnce(handle.db, shippedData);
        const total = added ? Object.values(added).reduce((a, b) => a + b, 0) : 0;
        log.info({ ...(added ? { added } : {}), ms: Math.round(performance.now() - migrated) }, total > 0 ? 'shipped data loaded' : 'shipped data already present');
      }
    });
    log.debug({ kind: handle.kind, location: handle.location, migrateMs: Math.round(migrated - started) }, 'store ready');
    return { handle, store: createStore(handle.db) };
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}
