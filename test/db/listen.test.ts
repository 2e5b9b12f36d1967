import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDb } from '../../src/db/client';
import { createLogger } from '../../src/logger';
import { adminQuery, databaseUrlFor } from '../support/postgres';
import { until } from '../support/until';

const url = process.env.DATABASE_URL;

/**
 * The LISTEN connection on PostgreSQL (PGlite listens inside its own instance, with no
 * connection to lose): a backend the server ends is logged with its code and reconnected, and
 * a reconnect the server refuses is logged as LISTEN unavailable until it is let back in.
 */
describe.runIf(url)(`LISTEN on PostgreSQL${url ? '' : ' (skipped: set DATABASE_URL to run it on PostgreSQL)'}`, () => {
  const name = `pw_listen_${randomBytes(6).toString('hex')}`;
  const channel = `pw_test_${randomBytes(4).toString('hex')}`;
  const lines: Record<string, unknown>[] = [];
  let handle: DbHandle;
  let wakes = 0;
  let unlisten: () => Promise<void>;

  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  /** ends the LISTEN backend from the admin connection; resolves to how many it ended */
  const terminateListener = async () => {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const r = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and query = $2', [name, `LISTEN ${channel}`]);
      return r.rowCount;
    } finally {
      await admin.end();
    }
  };

  beforeAll(async () => {
    await adminQuery(url!, `create database ${name}`);
    handle = await openDb({ databaseUrl: databaseUrlFor(url!, name), log: createLogger('warn', sink) });
    unlisten = await handle.listen(channel, () => wakes++);
  });
  afterAll(async () => {
    await unlisten?.();
    await handle?.close();
    await adminQuery(url!, `drop database if exists ${name} with (force)`);
  });

  const notify = () => handle.db.execute(sql`select pg_notify(${channel}, 'x')`);

  it('a terminated backend is logged with its code, reconnected, and notifications arrive again', async () => {
    expect(wakes).toBe(1); // a wake on connect, in case a NOTIFY came before it
    expect(await terminateListener()).toBe(1);
    const lost = await until(() => lines.find((l) => l.msg === 'LISTEN connection lost; reconnecting'), 15_000, 'the lost connection logged');
    expect(lost).toMatchObject({ level: 40, channel, code: '57P01' });
    await until(() => wakes >= 2, 15_000, 'the reconnect wakes the listener');
    const before = wakes;
    await notify();
    await until(() => wakes > before, 15_000, 'a NOTIFY after the reconnect');
  });

  it('a reconnect the server refuses is logged as LISTEN unavailable, and listening resumes once it is let in', async () => {
    await adminQuery(url!, `alter database ${name} allow_connections false`);
    try {
      expect(await terminateListener()).toBe(1);
      const refused = await until(() => lines.find((l) => l.msg === 'LISTEN unavailable; polling only until it reconnects'), 15_000, 'the refused reconnect logged');
      expect(refused).toMatchObject({ level: 40, channel, code: '55000' });
      expect(refused.retryInMs).toBeGreaterThan(0);
    } finally {
      await adminQuery(url!, `alter database ${name} allow_connections true`);
    }
    const before = wakes;
    await until(() => wakes > before, 30_000, 'the listener back after the refusal');
    const reconnected = wakes;
    await notify();
    await until(() => wakes > reconnected, 15_000, 'a NOTIFY after the listener is back');
    // what was logged names the channel and the driver's reason, never the connection URL
    expect(JSON.stringify(lines)).not.toContain(url!);
  });
});
