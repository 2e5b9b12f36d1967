import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, query } from './client';

const digestOf = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * Records a signature (its canonical key) to be remembered until `untilMs`; true when no
 * instance holds it. One statement: an expired row is taken over, a live one makes the insert
 * a no-op.
 */
export async function claimSignature(db: Db, key: string, untilMs: number): Promise<boolean> {
  const rows = await query<{ digest: string }>(
    db,
    sql`insert into seen_signatures (digest, expires_at) values (${digestOf(key)}, to_timestamp(${untilMs / 1000}))
        on conflict (digest) do update set seen_at = now(), expires_at = excluded.expires_at
          where seen_signatures.expires_at <= now()
        returning digest`,
  );
  return rows.length > 0;
}

/** Drops signatures whose requests can no longer pass the timestamp check; resolves to how many. */
export async function pruneSignatures(db: Db): Promise<number> {
  const rows = await query<{ digest: string }>(db, sql`delete from seen_signatures where expires_at <= now() returning digest`);
  return rows.length;
}

/**
 * `claimSignature` for the replay guard, pruning expired rows now and then (at most once a
 * minute per process) so the table holds about one window of traffic.
 */
export function signatureLedger(db: Db, now: () => number = () => Date.now()): (key: string, untilMs: number) => Promise<boolean> {
  let prunedAt = now();
  return async (key, untilMs) => {
    const first = await claimSignature(db, key, untilMs);
    if (now() - prunedAt > 60_000) {
      prunedAt = now();
      await pruneSignatures(db);
    }
    return first;
  };
}
