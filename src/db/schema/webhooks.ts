import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { subscriptionScopeEnum } from './enums';

/**
 * An HTTP endpoint that follows announcements, like a channel subscription: of everything, of
 * one entity's pledges, or of one pledge. Its outbox rows have platform 'webhook' and the
 * webhook's id as channel. The secret signs every delivery, so it is stored; it is shown once
 * when the webhook is added and never logged.
 */
export const webhooks = pgTable(
  'webhooks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    url: text('url').notNull(),
    scope: subscriptionScopeEnum('scope').notNull(),
    /** entity or pledge slug; '' for all */
    scopeRef: text('scope_ref').notNull().default(''),
    secret: text('secret').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('webhooks_unique').on(t.url, t.scope, t.scopeRef), index('webhooks_scope').on(t.scope, t.scopeRef)],
);
