import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, query } from '../../src/db/client';
import { pgliteDriver } from '../support/db';

// PostgreSQL's default 128 MB of shared buffers would sit resident in PGlite's heap.
describe('the embedded store', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await pgliteDriver.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('runs with small shared buffers and still answers from its files', async () => {
    const [setting] = await query<{ shared_buffers: string }>(handle.db, sql`show shared_buffers`);
    expect(setting?.shared_buffers).toBe('16MB');
    const [found] = await query<{ slug: string }>(handle.db, sql`select slug from pledges where search_tsv @@ plainto_tsquery('english', 'alibaba')`);
    expect(found?.slug).toBe('alibaba-1m-us-jobs');
  });
});
