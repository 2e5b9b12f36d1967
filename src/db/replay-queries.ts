import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, query } from './client';

const digestOf = (signature: string) => createHash('sha256').update(signature, 'utf8').digest('hex');

/**
 * Records signatures; the set of those no instance saw within the window. One statement, one
 * round trip for any number: a stale row (seen before the window) is taken over, a fresh one
 * makes its insert a no-op. Its commit does not wait for the disk (synchronous_commit off for
 * this transaction alone): the rows are visible to every instance at once, and a crash may
 * forget the last moment's signatures, as it forgets each instance's own memory of them.
 */
async function claimDigests(db: Db, digests: string[], windowMs: number): Promise<Set<string>> {
  const rows = await query<{ digest: string }>(
    db,
    sql`with async_commit as (select set_config('synchronous_commit', 'off', true))
        insert into seen_signatures (digest)
          select d from async_commit, unnest(${`{${digests.join(',')}}`}::text[]) d
        on conflict (digest) do update set seen_at = now()
          where seen_signatures.seen_at < now() - make_interval(secs => ${windowMs / 1000})
        returning digest`,
  );
  return new Set(rows.map((r) => r.digest));
}

/** One signature: true when no instance saw it within the window. */
export async function claimSignature(db: Db, signature: string, windowMs: number): Promise<boolean> {
  const digest = digestOf(signature);
  return (await claimDigests(db, [digest], windowMs)).has(digest);
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
 * `claimSignature` for the replay guard. Claims that arrive while one statement is in flight
 * wait and go together in the next, so ten concurrent requests cost one or two round trips,
 * not ten (a signature twice in one batch is new only the first time). Stale rows are pruned
 * now and then (at most once a minute per process) so the table holds about one window.
 */
export function signatureLedger(db: Db, windowMs: number, now: () => number = Date.now): (signature: string) => Promise<boolean> {
  let prunedAt = now();
  let queued: { digest: string; settle: (first: boolean) => void; fail: (error: unknown) => void }[] = [];
  let busy = false;
  const drain = async (): Promise<void> => {
    busy = true;
    while (queued.length > 0) {
      const batch = queued;
      queued = [];
      try {
        const fresh = await claimDigests(db, [...new Set(batch.map((b) => b.digest))], windowMs);
        for (const b of batch) {
          b.settle(fresh.delete(b.digest));
        }
      } catch (error) {
        for (const b of batch) b.fail(error);
      }
    }
    busy = false;
    if (now() - prunedAt > 60_000) {
      prunedAt = now();
      // a failed prune is tried again a minute later; the claims it followed stand
      await pruneSignatures(db, windowMs).catch(() => {});
    }
  };
  return (signature) =>
    new Promise<boolean>((settle, fail) => {
      queued.push({ digest: digestOf(signature), settle, fail });
      if (!busy) void drain();
    });
}
