import { date, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { reminderMilestoneEnum } from './enums';
import { pledges } from './pledges';

/**
 * A deadline reminder, claimed once per pledge, milestone and deadline by whichever scheduler
 * gets there first (the unique key); its outbox rows, one per review channel, commit with it.
 */
export const deadlineReminders = pgTable(
  'deadline_reminders',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id),
    milestone: reminderMilestoneEnum('milestone').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** the newsroom's date when it was made: what "in N days" counts from */
    madeOn: date('made_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('deadline_reminders_once').on(t.pledgeId, t.milestone, t.deadline)],
);

/** One editors' digest per scheduled period (its key, e.g. 2026-11-30 09:00 Europe/London), whichever instance claims it. */
export const digests = pgTable('digests', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  periodKey: text('period_key').notNull().unique(),
  /** what "published since the last digest" counts from */
  since: timestamp('since', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
