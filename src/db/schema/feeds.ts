import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * An RSS or Atom feed the newswire polls. The validators (ETag, Last-Modified) make the next
 * poll conditional; failures push `next_poll_at` back with backoff. Pollers claim due feeds
 * with FOR UPDATE SKIP LOCKED and a lease, as the outbox does.
 */
export const feeds = pgTable('feeds', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  url: text('url').notNull().unique(),
  title: text('title'),
  addedBy: text('added_by').notNull(),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  etag: text('etag'),
  lastModified: text('last_modified'),
  nextPollAt: timestamp('next_poll_at', { withTimezone: true }).notNull().defaultNow(),
  leaseUntil: timestamp('lease_until', { withTimezone: true }),
  leasedBy: text('leased_by'),
  /** failures in a row; reset by a good poll */
  failures: integer('failures').notNull().default(0),
  lastStatus: integer('last_status'),
  lastError: text('last_error'),
  lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
  lastOkAt: timestamp('last_ok_at', { withTimezone: true }),
});

/** Items already read from a feed, by the feed's own id for them (guid, Atom id, else link). */
export const feedItems = pgTable(
  'feed_items',
  {
    feedId: integer('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    url: text('url'),
    title: text('title'),
    /** findings that proposed something, for the feeds list */
    proposals: integer('proposals').notNull().default(0),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.feedId, t.itemKey] })],
);
