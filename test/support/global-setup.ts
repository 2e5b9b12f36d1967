import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDb } from '../../src/db/client';
import { seed } from '../../src/db/seed';
import { shippedData } from '../../src/db/seed/data';
import { adminQuery, databaseUrlFor } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** a tarball of a migrated, seeded PGlite data folder */
    pgliteTemplate: string;
    /** name of a migrated, seeded PostgreSQL database to clone, when DATABASE_URL is set */
    postgresTemplate: string | null;
  }
}

/**
 * Builds dist/, then pays for initdb, migrations and seeding once per run: each test file then loads the PGlite
 * template (well under a second) or clones the PostgreSQL template database.
 */
export default async function setup(project: TestProject) {
  // the CLI suites run bin/pledgewatch.js, which runs dist/: build it from these sources first
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-test-'));
  const pglite = await openDb({ pgliteDir: 'memory://' });
  await pglite.migrate();
  await seed(pglite.db, shippedData);
  const client = (pglite.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  const tarball = join(dir, 'template.tar');
  writeFileSync(tarball, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('pgliteTemplate', tarball);

  const url = process.env.DATABASE_URL;
  let template: string | null = null;
  if (url) {
    template = `pw_template_${process.pid}`;
    await adminQuery(url, `drop database if exists ${template} with (force)`);
    await adminQuery(url, `create database ${template}`);
    const pg = await openDb({ databaseUrl: databaseUrlFor(url, template) });
    await pg.migrate();
    await seed(pg.db, shippedData);
    await pg.close();
  }
  project.provide('postgresTemplate', template);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && template) await adminQuery(url, `drop database if exists ${template} with (force)`);
  };
}
