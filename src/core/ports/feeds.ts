/** The newswire's RSS/Atom feeds as editors see them. */
export interface FeedReads {
  listFeeds(): Promise<FeedInfo[]>;
}

/** Each write is audited. */
export interface FeedWrites {
  addFeed(url: string, actor: string): Promise<'added' | 'exists'>;
  removeFeed(url: string, actor: string): Promise<'removed' | 'absent'>;
}

/**
 * The feeds as the poller works them (implemented in src/db/feed-queue.ts): claim due feeds
 * under a lease, renew it per item, mark items read, record the poll. Only the lease holder
 * (`worker`) writes; a stale poller changes nothing.
 */
export interface FeedQueue {
  claim(opts: { worker: string; limit: number; leaseMs: number }): Promise<ClaimedFeed[]>;
  /** false when the lease ran out and another poller may have the feed */
  renewLease(feedId: number, worker: string, leaseMs: number): Promise<boolean>;
  /** the keys among `keys` this feed has already read */
  seenItemKeys(feedId: number, keys: string[]): Promise<Set<string>>;
  /** an item is marked read once its proposals are stored */
  markItemSeen(feedId: number, item: { key: string; url: string | null; title: string | null; proposals: number }): Promise<void>;
  /** records the poll and releases the lease; false when this worker no longer held it */
  recordPoll(feedId: number, worker: string, record: PollRecord): Promise<boolean>;
  /** when the next feed falls due (or its lease ends), for the poller's sleep */
  nextDueAt(): Promise<Date | null>;
  /** calls back when a feed is added (NOTIFY at commit) until the returned stop() */
  watch(onWork: () => void): Promise<() => Promise<void>>;
}

export interface ClaimedFeed {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  /** failures in a row before this poll */
  failures: number;
}

export type PollRecord =
  /**
   * 200 (validators from the response; null clears them, so the next poll reads the whole
   * feed again) or 304 (validators kept).
   */
  | { kind: 'ok'; status: number; etag: string | null; lastModified: string | null; title?: string | null; nextInMs: number }
  | { kind: 'not_modified'; status: 304; nextInMs: number }
  /** an HTTP error (status), a network error (status null), or a body that is no feed */
  | { kind: 'failed'; status: number | null; error: string; nextInMs: number };

export interface FeedInfo {
  id: number;
  url: string;
  title: string | null;
  addedBy: string;
  lastPolledAt: Date | null;
  lastOkAt: Date | null;
  /** the last HTTP status, e.g. 200, 304, 503; null before the first poll or on a network error */
  lastStatus: number | null;
  lastError: string | null;
  /** failures in a row */
  failures: number;
  nextPollAt: Date;
  /** items read so far, and how many of them proposed something */
  items: number;
  proposals: number;
}
