import type { FeedQueue } from '../core/ports';
import { type DbHandle, guarded } from './client';
import { FEEDS_CHANNEL, claimDueFeeds, markItemSeen, nextFeedDueAt, recordPoll, renewFeedLease, seenItemKeys } from './feed-queries';

/** The feed poller's FeedQueue over drizzle; every failure leaves classified, as the store's do. */
export function createFeedQueue(handle: DbHandle): FeedQueue {
  const { db } = handle;
  return guarded('feeds', {
    claim: (opts) => claimDueFeeds(db, opts),
    renewLease: (feedId, worker, leaseMs) => renewFeedLease(db, feedId, worker, leaseMs),
    seenItemKeys: (feedId, keys) => seenItemKeys(db, feedId, keys),
    markItemSeen: (feedId, item) => markItemSeen(db, feedId, item),
    recordPoll: (feedId, worker, record) => recordPoll(db, feedId, worker, record),
    nextDueAt: () => nextFeedDueAt(db),
    watch: (onWork) => handle.listen(FEEDS_CHANNEL, onWork),
  } satisfies FeedQueue);
}
