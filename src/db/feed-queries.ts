import { sql } from 'drizzle-orm';
import type { ClaimedFeed, FeedInfo, PollRecord } from '../core/ports';
import { type Db, query, txOf } from './client';
import { appendAudit } from './audit-queries';
import type { RawRow } from './rows';
import type { feeds } from './schema';

/** NOTIFY channel: a feed was added, so a sleeping poller reads it now rather than later. */
export const FEEDS_CHANNEL = 'pledgewatch_feeds';

const secs = (ms: number) => Math.max(0, ms) / 1000;

/** A new feed is due at once. Adding a feed already on the list changes nothing. */
export async function addFeed(db: Db, url: string, actor: string): Promise<'added' | 'exists'> {
  return txOf(db, async (tx) => {
    const rows = await query<{ id: number }>(
      tx,
      sql`insert into feeds (url, added_by) values (${url}, ${actor}) on conflict (url) do nothing returning id`,
    );
    const id = rows[0]?.id;
    if (id === undefined) return 'exists';
    await appendAudit(tx, { actor, action: 'pledge-admin add-feed', target: `feed:${id}`, outcome: 'ok', after: { url }, detail: 'feed added' });
    await tx.execute(sql`select pg_notify(${FEEDS_CHANNEL}, ${String(id)})`);
    return 'added';
  });
}

/** Deletes the feed and, by cascade, its read items. Proposals it made stay. */
export async function removeFeed(db: Db, url: string, actor: string): Promise<'removed' | 'absent'> {
  return txOf(db, async (tx) => {
    const rows = await query<{ id: number; items: string | number }>(
      tx,
      sql`delete from feeds where url = ${url}
          returning id, (select count(*) from feed_items i where i.feed_id = feeds.id) as items`,
    );
    const row = rows[0];
    if (!row) return 'absent';
    await appendAudit(tx, {
      actor,
      action: 'pledge-admin remove-feed',
      target: `feed:${row.id}`,
      outcome: 'ok',
      before: { url, items: Number(row.items) },
      detail: 'feed removed',
    });
    return 'removed';
  });
}

type FeedRow = RawRow<
  typeof feeds.$inferSelect,
  'id' | 'url' | 'title' | 'addedBy' | 'lastPolledAt' | 'lastOkAt' | 'lastStatus' | 'lastError' | 'failures' | 'nextPollAt'
> & { items: string | number; proposals: string | number };

const date = (v: string | Date | null): Date | null => (v === null ? null : new Date(v));

export async function listFeeds(db: Db): Promise<FeedInfo[]> {
  const rows = await query<FeedRow>(
    db,
    sql`select f.id, f.url, f.title, f.added_by, f.last_polled_at, f.last_ok_at, f.last_status, f.last_error, f.failures, f.next_poll_at,
          (select count(*) from feed_items i where i.feed_id = f.id) as items,
          (select count(*) from feed_items i where i.feed_id = f.id and i.proposals > 0) as proposals
        from feeds f order by f.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    title: r.title,
    addedBy: r.added_by,
    lastPolledAt: date(r.last_polled_at),
    lastOkAt: date(r.last_ok_at),
    lastStatus: r.last_status,
    lastError: r.last_error,
    failures: r.failures,
    nextPollAt: new Date(r.next_poll_at),
    items: Number(r.items),
    proposals: Number(r.proposals),
  }));
}


/**
 * Claims up to `limit` due feeds, as claimDue does for the outbox: SKIP LOCKED keeps two
 * pollers off one row while they claim, the lease keeps them off it while one reads it. A
 * poller that dies mid-read leaves a lease that expires, and the feed is due again.
 */
export async function claimDueFeeds(db: Db, opts: { worker: string; limit: number; leaseMs: number }): Promise<ClaimedFeed[]> {
  const rows = await query<{ id: number; url: string; title: string | null; etag: string | null; last_modified: string | null; failures: number }>(
    db,
    sql`update feeds f
        set lease_until = now() + make_interval(secs => ${secs(opts.leaseMs)}), leased_by = ${opts.worker}
        where f.id in (
          select id from feeds
          where next_poll_at <= now() and (lease_until is null or lease_until < now())
          order by next_poll_at, id
          limit ${opts.limit}
          for update skip locked)
        returning f.id, f.url, f.title, f.etag, f.last_modified, f.failures`,
  );
  return rows
    .map((r) => ({ id: r.id, url: r.url, title: r.title, etag: r.etag, lastModified: r.last_modified, failures: r.failures }))
    .sort((a, b) => a.id - b.id);
}

/** Extends this worker's lease; false when it ran out and another poller may have the feed. */
export async function renewFeedLease(db: Db, id: number, worker: string, leaseMs: number): Promise<boolean> {
  const rows = await query<{ id: number }>(
    db,
    sql`update feeds set lease_until = now() + make_interval(secs => ${secs(leaseMs)})
        where id = ${id} and leased_by = ${worker} and lease_until >= now() returning id`,
  );
  return rows.length > 0;
}


/** Records a poll and releases the lease. Only the lease holder writes; a stale poller changes nothing. */
export async function recordPoll(db: Db, id: number, worker: string, r: PollRecord): Promise<boolean> {
  const next = sql`now() + make_interval(secs => ${secs(r.nextInMs)})`;
  const common = sql`last_polled_at = now(), next_poll_at = ${next}, lease_until = null, leased_by = null`;
  const where = sql`where id = ${id} and leased_by = ${worker} returning id`;
  let statement;
  if (r.kind === 'ok') {
    statement = sql`update feeds set ${common}, failures = 0, last_status = ${r.status}, last_error = null, last_ok_at = now(),
        etag = ${r.etag}, last_modified = ${r.lastModified}, title = coalesce(${r.title ?? null}, title) ${where}`;
  } else if (r.kind === 'not_modified') {
    statement = sql`update feeds set ${common}, failures = 0, last_status = 304, last_error = null, last_ok_at = now() ${where}`;
  } else {
    statement = sql`update feeds set ${common}, failures = failures + 1, last_status = ${r.status}, last_error = ${r.error.slice(0, 500)} ${where}`;
  }
  return (await query<{ id: number }>(db, statement)).length > 0;
}

/** The keys among `keys` this feed has already read. */
export async function seenItemKeys(db: Db, feedId: number, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await query<{ item_key: string }>(
    db,
    sql`select item_key from feed_items where feed_id = ${feedId} and item_key in (${sql.join(keys.map((k) => sql`${k}`), sql`, `)})`,
  );
  return new Set(rows.map((r) => r.item_key));
}

/** An item is marked read once its proposals are stored. */
export async function markItemSeen(
  db: Db,
  feedId: number,
  item: { key: string; url: string | null; title: string | null; proposals: number },
): Promise<void> {
  await db.execute(sql`insert into feed_items (feed_id, item_key, url, title, proposals)
    values (${feedId}, ${item.key}, ${item.url}, ${item.title?.slice(0, 500) ?? null}, ${item.proposals})
    on conflict (feed_id, item_key) do nothing`);
}

/** When the next feed falls due (or its lease ends), for the poller's sleep. */
export async function nextFeedDueAt(db: Db): Promise<Date | null> {
  const [row] = await query<{ at: string | Date | null }>(
    db,
    sql`select min(greatest(next_poll_at, coalesce(lease_until, next_poll_at))) as at from feeds`,
  );
  return row?.at ? new Date(row.at) : null;
}
