import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type CommandResult, type Commands, createCommands } from '../../src/core/commands';
import { errorReply } from '../../src/core/error-reply';
import { renderText } from '../../src/render/text';
import type { Store } from '../../src/core/ports';
import { type DbHandle, openDb } from '../../src/db/client';
import { createStore } from '../../src/db/store';
import { adminQuery, databaseUrlFor } from './postgres';

export interface TestDriver {
  name: 'pglite' | 'postgres';
  /** a fresh, migrated and seeded database of its own */
  open(): Promise<DbHandle>;
}

const pglite: TestDriver = {
  name: 'pglite',
  async open() {
    const tarball = readFileSync(inject('pgliteTemplate'));
    return openDb({ pgliteDir: 'memory://', pgliteDataDir: new Blob([tarball]) });
  },
};

const postgres = (url: string, template: string): TestDriver => ({
  name: 'postgres',
  async open() {
    const name = `pw_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `create database ${name} template ${template}`);
    const handle = await openDb({ databaseUrl: databaseUrlFor(url, name) });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await adminQuery(url, `drop database if exists ${name} with (force)`);
      },
    };
  },
});

/**
 * The drivers every database suite runs against: PGlite always, PostgreSQL too when
 * DATABASE_URL is set (CI sets it).
 */
export function testDrivers(): TestDriver[] {
  const url = process.env.DATABASE_URL;
  const template = inject('postgresTemplate');
  return url && template ? [pglite, postgres(url, template)] : [pglite];
}

/** The PGlite driver alone, for suites about the core rather than the database. */
export const pgliteDriver = pglite;

/** A fresh seeded database with the real store and the core's commands over it. */
export async function openCommands(
  driver: TestDriver,
  opts: { bootstrapEditors: string[]; now?: Date },
): Promise<{ handle: DbHandle; store: Store; commands: Commands }> {
  const handle = await driver.open();
  const store = createStore(handle.db);
  const clock = { now: () => opts.now ?? new Date() };
  return { handle, store, commands: createCommands({ store, clock, bootstrapEditors: opts.bootstrapEditors }) };
}

/** A command's result as a user reads it in the console: ok, the error code, the text. */
export function asText(result: CommandResult): { ok: boolean; code: string | undefined; text: string } {
  return { ok: result.ok, code: result.ok ? undefined : result.error.code, text: renderText(result.ok ? result.value : errorReply(result.error)) };
}
