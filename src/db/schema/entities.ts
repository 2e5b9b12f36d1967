import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { entityKindEnum } from './enums';

export const entities = pgTable('entities', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: entityKindEnum('kind').notNull(),
  /** ISO 3166-1 alpha-2 */
  country: text('country'),
});

export const entityAliases = pgTable(
  'entity_aliases',
  {
    entityId: integer('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.alias] })],
);

export const people = pgTable('people', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  role: text('role'),
  entityId: integer('entity_id').references(() => entities.id),
  aliases: text('aliases').array().notNull().default([]),
});
