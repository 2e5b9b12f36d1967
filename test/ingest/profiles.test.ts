import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { createStore } from '../../src/db/store';
import { loadProfiles } from '../../src/ingest/profiles';
import { seedProfiles } from '../../src/ingest/seed-profiles';
import { pgliteDriver } from '../support/db';

describe('matching profiles from the Store port', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await pgliteDriver.open();
  });
  afterAll(async () => handle?.close());

  it('the seeded store gives the profiles the eval uses', async () => {
    const profiles = await loadProfiles(createStore(handle.db));
    expect(profiles.map((p) => p.slug)).toContain('alibaba-1m-us-jobs');
    const sortAll = (ps: typeof profiles) => ps.map((p) => ({ ...p, entityNames: [...p.entityNames].sort(), terms: [...p.terms].sort() }));
    expect(sortAll(profiles)).toEqual(sortAll(seedProfiles()));
  });
});
