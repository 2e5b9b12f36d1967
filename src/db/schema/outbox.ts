import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { deliveryKindEnum, deliveryStateEnum } from './enums';
import { statusChanges } from './pledges';
import { proposals } from './proposals';
import { deadlineReminders, digests } from './schedule';

/**
 * One row per message to one channel (or webhook: platform 'webhook', the webhook's id as
 * channel), written in the transaction that makes it due: an announcement of a published status
 * change, a newswire proposal put before the editors' review channel (and later edits of that
 * post), a deadline reminder or the digest. Dispatchers claim due rows with
 * FOR UPDATE SKIP LOCKED and a lease.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** set for announcements */
    statusChangeId: integer('status_change_id').references(() => statusChanges.id),
    /** set for review posts: the proposal shown to editors */
    proposalId: integer('proposal_id').references(() => proposals.id),
    /** set for deadline reminders to the review channels */
    reminderId: integer('reminder_id').references(() => deadlineReminders.id),
    /** set for the editors' digest to the review channels */
    digestId: integer('digest_id').references(() => digests.id),
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
    /** when the first attempt was started: where a retry looks for a message that landed */
    firstAttemptAt: timestamp('first_attempt_at', { withTimezone: true }),
    /**
     * set just before a request goes out and cleared once its outcome is known: still set when
     * the row is claimed again means the last attempt may have posted (a kill, a lost answer)
     */
    attemptStartedAt: timestamp('attempt_started_at', { withTimezone: true }),
    /** how an attempt after an unknown outcome ended: 'found' its own message, or 'unchecked' (posted without looking) */
    recovery: text('recovery'),
    messageId: text('message_id'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outbox_once').on(t.statusChangeId, t.kind, t.platform, t.workspace, t.channelId),
    index('outbox_due').on(t.nextAttemptAt).where(sql`state = 'pending'`),
    index('outbox_channel_pending').on(t.platform, t.workspace, t.channelId, t.nextAttemptAt).where(sql`state = 'pending'`),
    check('outbox_one_subject', sql`num_nonnulls(${t.statusChangeId}, ${t.proposalId}, ${t.reminderId}, ${t.digestId}) = 1`),
    // a proposal is posted once per review channel; its later edits render the proposal as it is
    // when sent, so one waiting edit per channel is enough
    uniqueIndex('outbox_review_once').on(t.proposalId, t.platform, t.workspace, t.channelId).where(sql`kind = 'post' and proposal_id is not null`),
    // a reminder and a digest go once to each review channel
    uniqueIndex('outbox_reminder_once').on(t.reminderId, t.platform, t.workspace, t.channelId).where(sql`reminder_id is not null`),
    uniqueIndex('outbox_digest_once').on(t.digestId, t.platform, t.workspace, t.channelId).where(sql`digest_id is not null`),
    uniqueIndex('outbox_review_edit_waiting')
      .on(t.proposalId, t.platform, t.workspace, t.channelId)
      .where(sql`kind = 'edit' and state = 'pending' and proposal_id is not null`),
  ],
);

/**
 * When each channel may be posted to next, shared by every dispatcher on the database: a claim
 * holds the channel while its one row is sent, and the outcome sets the next allowed time
 * (the channel gap, or a 429's Retry-After). One row per channel, locked SKIP LOCKED like outbox rows.
 */
export const channelPacing = pgTable(
  'channel_pacing',
  {
    platform: text('platform').notNull(),
    workspace: text('workspace').notNull(),
    channelId: text('channel_id').notNull(),
    nextAllowedAt: timestamp('next_allowed_at', { withTimezone: true }).notNull().default(sql`'-infinity'`),
    /** the dispatcher sending to the channel now, if any */
    heldBy: text('held_by'),
  },
  (t) => [primaryKey({ columns: [t.platform, t.workspace, t.channelId] })],
);
