import {
  type AnyPgColumn,
  bigint,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { figureCertaintyEnum, legalBasisEnum, tariffStatusEnum } from './enums';
import { sources } from './sources';

export const tariffActions = pgTable(
  'tariff_actions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    listName: text('list_name'),
    /** ISO 3166-1 alpha-2, or WORLD */
    imposer: text('imposer').notNull(),
    target: text('target').notNull(),
    announcedOn: date('announced_on', { mode: 'string' }).notNull(),
    announcedNote: text('announced_note'),
    effectiveOn: date('effective_on', { mode: 'string' }),
    effectiveNote: text('effective_note'),
    status: tariffStatusEnum('status').notNull(),
    statusNote: text('status_note'),
    legalBasis: legalBasisEnum('legal_basis').notNull(),
    instrument: text('instrument'),
    /** annual trade covered, US dollars */
    tradeCoveredUsd: bigint('trade_covered_usd', { mode: 'number' }),
    tradeCoveredCertainty: figureCertaintyEnum('trade_covered_certainty').notNull(),
    tradeCoveredNote: text('trade_covered_note'),
    productCount: integer('product_count'),
    description: text('description').notNull(),
    retaliatesForId: integer('retaliates_for_id').references((): AnyPgColumn => tariffActions.id),
    answers: text('answers').notNull(),
  },
  (t) => [
    index('tariff_actions_parties').on(t.imposer, t.target),
    index('tariff_actions_effective').on(t.effectiveOn),
  ],
);

export const tariffRateSteps = pgTable(
  'tariff_rate_steps',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    actionId: integer('action_id')
      .notNull()
      .references(() => tariffActions.id, { onDelete: 'cascade' }),
    ratePct: numeric('rate_pct', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }),
    appliesTo: text('applies_to'),
    /** null: the sources do not confirm whether the step took effect */
    applied: boolean('applied'),
    note: text('note'),
  },
  (t) => [index('tariff_rate_steps_action').on(t.actionId, t.effectiveOn)],
);

export const tariffActionSources = pgTable(
  'tariff_action_sources',
  {
    actionId: integer('action_id')
      .notNull()
      .references(() => tariffActions.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.sourceId] })],
);
