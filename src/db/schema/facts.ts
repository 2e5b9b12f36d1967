import { date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { entities } from './entities';
import { factKindEnum } from './enums';
import { pledges } from './pledges';
import { sources } from './sources';

/** A sourced statement about a pledge or an entity; a figure carries its number and unit. */
export const facts = pgTable(
  'facts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    seedKey: text('seed_key'),
    pledgeId: integer('pledge_id').references(() => pledges.id, { onDelete: 'cascade' }),
    entityId: integer('entity_id').references(() => entities.id),
    kind: factKindEnum('kind').notNull(),
    statement: text('statement').notNull(),
    value: numeric('value', { mode: 'number' }),
    unit: text('unit'),
    asOf: date('as_of', { mode: 'string' }),
    attributedTo: text('attributed_to'),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('facts_seed_key').on(t.seedKey), index('facts_pledge').on(t.pledgeId)],
);
