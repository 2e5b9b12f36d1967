import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { deliveryKindEnum, deliveryStateEnum } from './enums';
import { statusChanges } from './pledges';

/**
 * One row per announcement to one channel, written in the transaction that publishes the
 * status change. Dispatchers claim due rows with FOR UPDATE SKIP LOCKED and a lease.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    statusChangeId: integer('status_change_id')
      .notNull()
      .references(() => statusChanges.id),
    kind: deliveryKindEnum('kind').notNull(),
    platform: text('platform').notNull(),
    workspace: text('workspace').notNull(),
    channelId: text('channel_id').notNull(),
    /** for edits and thread replies: the platform message they act on */
    targetMessageId: text('target_message_id'),
    state: deliveryStateEnum('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** a claim: no other dispatcher takes the row before this time */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    leasedBy: text('leased_by'),
    messageId: text('message_id'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outbox_once').on(t.statusChangeId, t.kind, t.platform, t.workspace, t.channelId),
    index('outbox_due').on(t.nextAttemptAt).where(sql`state = 'pending'`),
  ],
);
