import { sql } from 'drizzle-orm';
import { index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { pledgeStatusEnum, proposalStateEnum } from './enums';
import { pledges, statusChanges } from './pledges';
import { sources } from './sources';

/**
 * A status change the newswire found in an article, waiting for an editor. The same story
 * from several outlets is one pending proposal per (pledge, status) with several sources.
 */
export const proposals = pgTable(
  'proposals',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id),
    status: pledgeStatusEnum('status').notNull(),
    /** what the detector said: retracted, scaled_back, broken, kept */
    finding: text('finding').notNull(),
    quote: text('quote').notNull(),
    sentence: text('sentence').notNull(),
    /** 0..1, the highest of the articles merged into it */
    confidence: numeric('confidence', { precision: 3, scale: 2, mode: 'number' }).notNull(),
    state: proposalStateEnum('state').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** actor id of the editor who approved or rejected it */
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** the editor's reason for a rejection */
    decisionNote: text('decision_note'),
    /** the change an approval published */
    statusChangeId: integer('status_change_id').references(() => statusChanges.id),
  },
  (t) => [
    uniqueIndex('proposals_pending_once').on(t.pledgeId, t.status).where(sql`state = 'pending'`),
    index('proposals_state').on(t.state, t.createdAt),
  ],
);

export const proposalSources = pgTable(
  'proposal_sources',
  {
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.sourceId] })],
);
