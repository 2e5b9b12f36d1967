import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageFile } from '../package-file';
import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { PledgewatchError, StoreError } from '../core/errors';
import type { Logger } from '../logger';
import { lockDataDir } from './lock';
import * as schema from './schema';

type Schema = typeof schema;
/** One drizzle API over both drivers. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** where it lives, for messages: a PGlite folder or the server's host/database (no password) */
  location: string;
  migrate(): Promise<void>;
  /**
   * LISTENs on a channel until the returned stop() is called. On PostgreSQL a dedicated
   * connection that reconnects by itself; on PGlite the instance's own notifications.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** runs `fn` while no other process of this database runs one (migrations, seeding) */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory lock several instances starting at once take around migrations and seeding. */
const STARTUP_LOCK = 727_001;

interface DbOptions {
  databaseUrl?: string;
  /** PGlite data folder; `memory://` for none */
  pgliteDir?: string;
  /** a PGlite data folder dumped with dumpDataDir(), for fast test start-up */
  pgliteDataDir?: Blob;
  /** where a LISTEN connection that fails or drops is reported (it reconnects by itself) */
  log?: Logger;
}

/**
 * migrations/ at the project's root, found upwards from this module: src/db/ when the sources
 * run (tests, tsx), dist/chunks/ when the build does.
 */
function migrationsFolder(): string {
  const journal = packageFile(import.meta.url, ['../../migrations/meta/_journal.json', '../migrations/meta/_journal.json', '../../../migrations/meta/_journal.json']);
  return fileURLToPath(new URL('..', journal)).replace(/\/$/, '');
}

export async function openDb(opts: DbOptions): Promise<DbHandle> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.log) : openPglite(opts);
}

async function openPostgres(url: string, log?: Logger): Promise<DbHandle> {
  const location = describeUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client whose server went away must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new StoreError(
      `cannot reach PostgreSQL at ${location} (DATABASE_URL): ${(err as Error).message}`,
      { cause: err },
    );
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    location,
    migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder: migrationsFolder() }),
    listen: (channel, onNotify) => listenPostgres(url, channel, onNotify, log),
    exclusive: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
        return await fn();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * PostgreSQL's default shared_buffers (128 MB) lives inside PGlite's WebAssembly heap, all of
 * it resident once touched: the embedded store's largest cost at idle. Pages not held there
 * are read from the files through the OS cache, which is quick for this bot's lookups.
 */
const pgliteSettings = ['-c', 'shared_buffers=16MB'];

async function openPglite(opts: DbOptions): Promise<DbHandle> {
  const dir = opts.pgliteDir ?? 'memory://';
  const inMemory = dir.startsWith('memory://');
  let unlock = () => {};
  if (!inMemory) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    ownerOnly(dir);
    unlock = lockDataDir(dir);
  }
  // loaded only for the embedded store: a bot on PostgreSQL never holds PGlite
  const [{ PGlite: Pglite }, { pg_trgm }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  let client: PGlite;
  try {
    client = await Pglite.create(inMemory ? undefined : dir, {
      extensions: { pg_trgm },
      startParams: [...Pglite.defaultStartParams, ...pgliteSettings],
      ...(opts.pgliteDataDir ? { loadDataDir: opts.pgliteDataDir } : {}),
    });
  } catch (err) {
    unlock();
    throw new StoreError(`cannot open the embedded store at ${dir} (PGLITE_DIR): ${(err as Error).message}`, {
      cause: err,
    });
  }
  // PGlite's file system sets some modes itself (relcache init files come out 0644 whatever
  // the umask): tighten once it is up and again when it closes.
  if (!inMemory) ownerOnly(dir);
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    location: dir,
    migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
    // PGlite belongs to this process alone (see lock.ts): nothing to coordinate
    exclusive: (fn) => fn(),
    listen: async (channel, onNotify) => {
      const unlisten = await client.listen(channel, onNotify);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    close: async () => {
      await client.close();
      if (!inMemory) ownerOnly(dir);
      unlock();
    },
  };
}

/**
 * Group and world permissions off everything in a PGlite folder: one written before the bot
 * set an owner-only umask (cli.ts) may hold files any local user can edit.
 */
function ownerOnly(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isSymbolicLink()) continue;
    chmodSync(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o700 : 0o600);
  }
}

async function listenPostgres(url: string, channel: string, onNotify: () => void, log?: Logger): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let delay = 500;
  // the driver's code and first line only: never the connection string
  const warn = (error: unknown, msg: string, extra: Record<string, unknown> = {}) => {
    const e = error as { code?: unknown; message?: unknown };
    const code = typeof e.code === 'string' ? e.code : undefined;
    const reason = typeof e.message === 'string' ? e.message.split('\n')[0]!.slice(0, 200) : 'unknown';
    log?.warn({ channel, ...(code ? { code } : {}), err: reason, ...extra }, msg);
  };
  const connect = async (): Promise<void> => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    c.on('notification', () => onNotify());
    c.on('error', (error) => {
      if (!stopped) warn(error, 'LISTEN connection lost; reconnecting');
    });
    c.on('end', () => {
      if (stopped) return;
      // The server went away: reconnect with backoff, and wake once in case we missed a NOTIFY.
      setTimeout(() => void connect().catch(() => {}), delay);
      delay = Math.min(delay * 2, 30_000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      client = c;
      delay = 500;
      onNotify();
    } catch (error) {
      warn(error, 'LISTEN unavailable; polling only until it reconnects', { retryInMs: delay });
      await c.end().catch(() => {});
    }
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}

/** host:port/database of a connection URL, never its password */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/** Runs raw SQL on either driver and returns its rows (both drivers answer `{ rows }`). */
export async function query<T>(db: Db, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

/** Runs `fn` in one transaction; `tx` is the same Db API (drizzle types a transaction apart). */
export function txOf<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((t) => fn(t as unknown as Db));
}

/**
 * A driver failure as the core's coded error, by its SQLSTATE class: a value the database
 * refuses (class 22: a NUL byte, a number out of a column's range, a bad date) is the user's
 * mistake, not an outage; a uniqueness or reference conflict is a conflict; a statement the
 * database cannot run (class 42) is a bug; anything else (no code: the connection; 08, 53, 57,
 * 40: the server or a retryable abort) is the store being unavailable. The cause kept is the
 * driver's own error: drizzle's wrapper puts the SQL and its parameters (article text, quotes)
 * in its message, and that must never reach a log.
 */
function storeError(e: unknown, what: string): PledgewatchError {
  if (e instanceof PledgewatchError) return e;
  const cause = ((e as { cause?: unknown }).cause ?? e) as Error & { code?: unknown };
  const code = typeof cause.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code) ? cause.code : '';
  const reason = cause.message?.split('\n')[0]?.slice(0, 200) ?? 'unknown';
  const options = { cause: Object.assign(new Error(`${what}: ${reason}`), { code: code || undefined }) };
  if (code.startsWith('22')) {
    return new PledgewatchError('bad_input', `That value cannot be stored (${reason}). Nothing was changed.`, {}, options);
  }
  if (code === '23505') return new PledgewatchError('conflict', 'That record was just added by someone else. Nothing was changed.', {}, options);
  if (code.startsWith('23')) return new PledgewatchError('conflict', 'That conflicts with the record as it is now. Nothing was changed.', {}, options);
  if (code.startsWith('42')) return new PledgewatchError('internal', `${what} failed: ${reason}`, {}, options);
  return new StoreError(`${what} failed: ${reason}`, options);
}

/** `impl` with every method's failure classified by storeError, named `<what>.<method>` in the message. */
export function guarded<T extends object>(what: string, impl: T): T {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(impl)) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (e) {
        throw storeError(e, `${what}.${name}`);
      }
    };
  }
  return wrapped as T;
}
