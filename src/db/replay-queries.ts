import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, query } from './client';

const digestOf = (signature: string) => createHash('sha256').update(signature, 'utf8').digest('hex');

/**
 * Records a signature; true when no instance saw it within the window. One statement, one
 * round trip: a stale row (seen before the window) is taken over, a fresh one makes the
 * insert a no-op. Its commit does not wait for the disk (synchronous_commit off for this
 * transaction alone): the row is visible to every instance at once, and a crash may forget
 * the last moment's signatures, as it forgets each instance's own memory of them.
 */
export async function claimSignature(db: Db, signature: string, windowMs: number): Promise<boolean> {
  const rows = await query<{ digest: string }>(
    db,
    sql`with async_commit as (select set_config('synchronous_commit', 'off', true))
        insert into seen_signatures (digest) select ${digestOf(signature)} from async_commit
        on conflict (digest) do update set seen_at = now()
          where seen_signatures.seen_at < now() - make_interval(secs => ${windowMs / 1000})
        returning digest`,
  );
  return rows.length > 0;
}

/** Drops signatures older than the window; resolves to how many. */
export async function pruneSignatures(db: Db, windowMs: number): Promise<number> {
  const rows = await query<{ digest: string }>(
    db,
    sql`delete from seen_signatures where seen_at < now() - make_interval(secs => ${windowMs / 1000}) returning digest`,
  );
  return rows.length;
}

/**
 * `claimSignature` for the replay guard, pruning stale rows now and then (at most once a
 * minute per process) so the table holds about one window of traffic.
 */
export function signatureLedger(db: Db, windowMs: number, now: () => number = Date.now): (signature: string) => Promise<boolean> {
  let prunedAt = now();
  return async (signature) => {
    const first = await claimSignature(db, signature, windowMs);
    if (now() - prunedAt > 60_000) {
      prunedAt = now();
      await pruneSignatures(db, windowMs);
    }
    return first;
  };
}
