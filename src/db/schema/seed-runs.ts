import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The shipped data bundles this database was seeded with, by fingerprint: a start whose
 * bundle is already here skips the seed's hundred-odd lookups.
 */
export const seedRuns = pgTable('seed_runs', {
  /** sha-256 of the bundle */
  fingerprint: text('fingerprint').primaryKey(),
  seededAt: timestamp('seeded_at', { withTimezone: true }).notNull().defaultNow(),
});
