import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Signatures of the signed platform requests whose timestamps still pass the check, shared by
 * every instance on the database. Expired rows are pruned.
 */
export const seenSignatures = pgTable(
  'seen_signatures',
  {
    /** sha-256 of the signature's canonical key (platform and lower-case hex) */
    digest: text('digest').primaryKey(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** when the request's own timestamp stops passing the window: remembered until then */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('seen_signatures_expires_at').on(t.expiresAt)],
);
