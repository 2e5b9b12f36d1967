import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { subscriptionScopeEnum } from './enums';

/** A channel that wants announcements: of everything, of one entity's pledges, or of one pledge. */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    platform: text('platform').notNull(),
    workspace: text('workspace').notNull(),
    channelId: text('channel_id').notNull(),
    scope: subscriptionScopeEnum('scope').notNull(),
    /** entity or pledge slug; '' for all */
    scopeRef: text('scope_ref').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('subscriptions_unique').on(t.platform, t.workspace, t.channelId, t.scope, t.scopeRef),
    index('subscriptions_scope').on(t.scope, t.scopeRef),
  ],
);
