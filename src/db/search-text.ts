import { sql } from 'drizzle-orm';
import type { Db } from './client';

/**
 * Rebuilds pledges.search_text (what the trigram and full-text indexes cover): the names a
 * reporter searches by, not the pledge's full description, which would make common words
 * match everything and every match slow to rank. Built from the pledge,
 * its entity and aliases, and the person who made it: all pledges, or those named. Call
 * it in the transaction that changes any of those.
 */
export async function refreshSearchText(db: Db, pledgeIds?: number[]): Promise<void> {
  const where = pledgeIds ? sql`p.id in (${sql.join(pledgeIds.map((id) => sql`${id}`), sql`, `)})` : sql`true`;
  await db.execute(sql`
    update pledges p set search_text = lower(concat_ws(' ',
      p.slug, replace(p.slug, '-', ' '), p.title, p.made_to, p.place,
      array_to_string(p.keywords, ' '),
      e.name,
      (select string_agg(a.alias, ' ') from entity_aliases a where a.entity_id = e.id),
      (select concat_ws(' ', pe.name, array_to_string(pe.aliases, ' ')) from people pe where pe.id = p.by_person_id)))
    from entities e
    where e.id = p.entity_id and (${where})`);
}
