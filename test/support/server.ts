import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import type { Store } from '../../src/core/ports';
import type { Db } from '../../src/db/client';
import { createStore } from '../../src/db/store';
import { createLogger } from '../../src/logger';
import { type RunningServer, startServer } from '../../src/main';
import { pgliteDriver, type TestDriver } from './db';

export interface TestServer extends RunningServer {
  /** every log line the server wrote, parsed */
  logs: Record<string, unknown>[];
  /** the server's own store, to run core commands against what it wrote */
  store: Store;
  /** its database, to read what no port shows (row counts of the record) */
  db: Db;
}

/**
 * The real server on a free port, over a fresh copy of the seeded PGlite template, with the
 * given environment (as a newsroom would set it), or over a fresh database of `driver`. Logs
 * are captured, not printed.
 */
export async function startTestServer(env: Record<string, string> = {}, driver: TestDriver = pgliteDriver): Promise<TestServer> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'debug', ...env });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const handle = await driver.open();
  const store = createStore(handle.db);
  const server = await startServer(config, createLogger(config.LOG_LEVEL, sink), { handle, store });
  return { ...server, logs, store, db: handle.db };
}
