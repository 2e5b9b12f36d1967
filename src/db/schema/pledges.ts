import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  customType,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { entities, people } from './entities';
import { pledgeStatusEnum, statusReasonEnum } from './enums';
import { sources } from './sources';
import { tariffActions } from './tariffs';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const pledges = pgTable(
  'pledges',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    entityId: integer('entity_id')
      .notNull()
      .references(() => entities.id),
    byPersonId: integer('by_person_id').references(() => people.id),
    /** to whom it was pledged, as a newsroom writes it */
    madeTo: text('made_to'),
    madeOn: date('made_on', { mode: 'string' }).notNull(),
    place: text('place'),
    title: text('title').notNull(),
    text: text('text').notNull(),
    deadline: date('deadline', { mode: 'string' }),
    deadlineNote: text('deadline_note'),
    targetQuantity: numeric('target_quantity', { mode: 'number' }),
    targetUnit: text('target_unit'),
    keywords: text('keywords').array().notNull().default([]),
    /**
     * The latest status in status_changes, kept by the store in the same transaction that
     * appends the change, so lists by status stay one indexed lookup.
     */
    status: pledgeStatusEnum('status').notNull().default('not_yet_rated'),
    statusEffectiveOn: date('status_effective_on', { mode: 'string' }),
    /** slug, title, recipient, place, keywords, entity name and aliases, the person and theirs; kept by the store */
    searchText: text('search_text').notNull(),
    /** the same words for full-text matching, stored so index rechecks need not re-parse them */
    searchTsv: tsvector('search_tsv').generatedAlwaysAs(sql`to_tsvector('english', search_text)`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pledges_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('pledges_search_fts').using('gin', t.searchTsv),
    index('pledges_status').on(t.status, t.statusEffectiveOn),
    index('pledges_entity').on(t.entityId),
  ],
);

export const pledgeSources = pgTable(
  'pledge_sources',
  {
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.pledgeId, t.sourceId] })],
);

/** Append-only: a correction is a new row pointing at the one it corrects. */
export const statusChanges = pgTable(
  'status_changes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id),
    status: pledgeStatusEnum('status').notNull(),
    previousStatus: pledgeStatusEnum('previous_status'),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    quote: text('quote'),
    quoteByPersonId: integer('quote_by_person_id').references(() => people.id),
    reason: statusReasonEnum('reason'),
    note: text('note'),
    /** actor id, e.g. slack:T01/U02, discord:g/123, console:local, seed */
    editor: text('editor').notNull(),
    approver: text('approver'),
    correctsId: integer('corrects_id').references((): AnyPgColumn => statusChanges.id),
  },
  (t) => [index('status_changes_pledge').on(t.pledgeId, t.effectiveOn)],
);

export const pledgeTariffLinks = pgTable(
  'pledge_tariff_links',
  {
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id, { onDelete: 'cascade' }),
    tariffActionId: integer('tariff_action_id')
      .notNull()
      .references(() => tariffActions.id),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.pledgeId, t.tariffActionId] })],
);
