import { eq, sql } from 'drizzle-orm';
import { type Db, query } from './client';
import { people } from './schema';

/** A name as a slug: "Terry Gou" -> terry-gou; empty when it has no letters or digits. */
export const slugify = (name: string): string => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The person with that name (or alias), created when there is none, with a slug of their own
 * (`terry-gou`, `terry-gou-2` when taken). A given role is stored on the person; no role keeps theirs.
 */
export async function personFor(tx: Db, name: string, opts: { role?: string | null; entityId?: number | null } = {}): Promise<number> {
  const [found] = await query<{ id: number; role: string | null }>(
    tx,
    sql`select id, role from people where lower(name) = lower(${name}) or lower(${name}) = any(select lower(a) from unnest(aliases) a)
        order by (lower(name) = lower(${name})) desc, id limit 1`,
  );
  if (found) {
    if (opts.role && opts.role !== found.role) await tx.update(people).set({ role: opts.role }).where(eq(people.id, found.id));
    return found.id;
  }
  const base = slugify(name) || 'person';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const [row] = await tx
      .insert(people)
      .values({ slug, name, role: opts.role ?? null, entityId: opts.entityId ?? null })
      .onConflictDoNothing()
      .returning({ id: people.id });
    if (row) return row.id;
  }
}
