import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Where editors review proposals, one channel per platform and workspace. */
export const reviewChannels = pgTable(
  'review_channels',
  {
    platform: text('platform').notNull(),
    workspace: text('workspace').notNull(),
    channelId: text('channel_id').notNull(),
    setBy: text('set_by').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.platform, t.workspace] })],
);
