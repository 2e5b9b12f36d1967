import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Db, query } from './client';

const digestOf = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

interface Claim {
  digest: string;
  /** remembered until then: the request's own timestamp plus the accepted window */
  untilMs: number;
}

/**
 * Records signatures (their canonical keys), each to be remembered until its own expiry; the
 * set of those no instance holds. One statement, one round trip for any number: an expired row
 * is taken over, a live one makes its insert a no-op. Its commit does not wait for the disk
 * (synchronous_commit off for this transaction alone): the rows are visible to every instance
 * at once, and a crash may forget the last moment's signatures, as it forgets each instance's
 * own memory of them.
 */
const claimStatement = `with async_commit as (select set_config('synchronous_commit', 'off', true))
  insert into seen_signatures (digest, expires_at)
    select d, to_timestamp(e) from async_commit, unnest($1::text[], $2::float8[]) as u(d, e)
  on conflict (digest) do update set seen_at = now(), expires_at = excluded.expires_at
    where seen_signatures.expires_at <= now()
  returning digest`;

/**
 * The claim goes to the driver itself: on PostgreSQL as a named prepared statement, so each
 * connection parses and plans it once, not at every request (the ledger is on every signed
 * request's path); PGlite takes the same text and parameters.
 */
async function claimDigests(db: Db, claims: Claim[]): Promise<Set<string>> {
  const values = [`{${claims.map((c) => c.digest).join(',')}}`, `{${claims.map((c) => c.untilMs / 1000).join(',')}}`];
  const client = (db as unknown as { $client: pg.Pool | PGlite }).$client;
  const { rows } = client instanceof pg.Pool
    ? await client.query<{ digest: string }>({ name: 'pledgewatch_claim_signatures', text: claimStatement, values })
    : await client.query<{ digest: string }>(claimStatement, values);
  return new Set(rows.map((r) => r.digest));
}

/** One signature, remembered until `untilMs`: true when no instance holds it. */
export async function claimSignature(db: Db, key: string, untilMs: number): Promise<boolean> {
  const digest = digestOf(key);
  return (await claimDigests(db, [{ digest, untilMs }])).has(digest);
}

/** Drops signatures whose requests can no longer pass the timestamp check; resolves to how many. */
export async function pruneSignatures(db: Db): Promise<number> {
  const rows = await query<{ digest: string }>(db, sql`delete from seen_signatures where expires_at <= now() returning digest`);
  return rows.length;
}

/**
 * `claimSignature` for the replay guard. Claims made in one turn of the event loop go in one
 * statement, and those that arrive while it is in flight wait and go together in the next, so
 * ten concurrent requests cost one or two round trips, not ten (a signature twice in one
 * batch is new only the first time). Expired rows are pruned
 * now and then (at most once a minute per process) so the table holds about one window.
 */
export function signatureLedger(db: Db, now: () => number = () => Date.now()): (key: string, untilMs: number) => Promise<boolean> {
  let prunedAt = now();
  let queued: (Claim & { settle: (first: boolean) => void; fail: (error: unknown) => void })[] = [];
  let busy = false;
  const drain = async (): Promise<void> => {
    busy = true;
    while (queued.length > 0) {
      const batch = queued;
      queued = [];
      // one row per digest in a statement (ON CONFLICT cannot touch a row twice): the latest expiry
      const byDigest = new Map<string, number>();
      for (const b of batch) byDigest.set(b.digest, Math.max(byDigest.get(b.digest) ?? 0, b.untilMs));
      try {
        const fresh = await claimDigests(db, [...byDigest].map(([digest, untilMs]) => ({ digest, untilMs })));
        for (const b of batch) b.settle(fresh.delete(b.digest));
      } catch (error) {
        for (const b of batch) b.fail(error);
      }
    }
    busy = false;
    if (now() - prunedAt > 60_000) {
      prunedAt = now();
      // a failed prune is tried again a minute later; the claims it followed stand
      await pruneSignatures(db).catch(() => {});
    }
  };
  let scheduled = false;
  return (key, untilMs) =>
    new Promise<boolean>((settle, fail) => {
      queued.push({ digest: digestOf(key), untilMs, settle, fail });
      // the requests read in this turn of the event loop go in one statement
      if (!busy && !scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          if (!busy) void drain();
        });
      }
    });
}
