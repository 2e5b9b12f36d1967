import { date, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Where a fact was read. A URL where one is known; outlet and date always. */
export const sources = pgTable(
  'sources',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** natural key of shipped rows, so seeding twice adds nothing */
    seedKey: text('seed_key'),
    url: text('url'),
    outlet: text('outlet').notNull(),
    title: text('title'),
    publishedOn: date('published_on', { mode: 'string' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sources_url_key').on(t.url), uniqueIndex('sources_seed_key').on(t.seedKey)],
);
