import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { sources } from './schema';
import { outletOf } from '../core/outlet';

/** A source by URL, created with its host as the outlet when it is new. */
export async function sourceForUrl(db: Db, url: string, createdFor: string): Promise<number> {
  const [existing] = await db.select({ id: sources.id }).from(sources).where(eq(sources.url, url)).limit(1);
  if (existing) return existing.id;
  const outlet = outletOf(url) ?? url;
  const [row] = await db
    .insert(sources)
    .values({ url, outlet, note: `added by ${createdFor}` })
    .onConflictDoUpdate({ target: sources.url, set: { url } })
    .returning({ id: sources.id });
  return row!.id;
}
