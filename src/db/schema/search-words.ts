import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Every word of any pledge's search text, kept by a trigger on pledges.search_text (migration
 * 0012): the typo stage of search corrects each query word against this small table instead of
 * comparing the whole query with every pledge. Words are never removed: a stale one only
 * costs a lookup that finds nothing.
 */
export const searchWords = pgTable(
  'search_words',
  {
    word: text('word').primaryKey(),
  },
  (t) => [index('search_words_trgm').using('gin', sql`${t.word} gin_trgm_ops`)],
);
