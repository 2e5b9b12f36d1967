import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Signatures of the signed platform requests seen in the replay window, shared by every
 * instance on the database. Rows older than the window are pruned.
 */
export const seenSignatures = pgTable(
  'seen_signatures',
  {
    /** sha-256 of the platform's signature header */
    digest: text('digest').primaryKey(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('seen_signatures_seen_at').on(t.seenAt)],
);
