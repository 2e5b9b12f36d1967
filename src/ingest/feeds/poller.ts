import { randomUUID } from 'node:crypto';
import { backoffMs } from '../../announce/backoff';
import { PledgewatchError, StoreError } from '../../core/errors';
import type { ClaimedFeed, FeedQueue, PledgeReads, PollRecord, ProposalIntake } from '../../core/ports';
import type { Logger } from '../../logger';
import { type Worker, createWorkerLoop } from '../../worker-loop';
import { createDetector, type Detector } from '../detector';
import type { MatchingProfile } from '../types';
import { describeFetchError, fetchLimited, logUrl, retryAfterMs } from './http';

export interface FeedPollerOptions {
  /** the feeds: claims, leases, items read, polls recorded (src/db/feed-queue.ts) */
  queue: FeedQueue;
  store: PledgeReads & ProposalIntake;
  log: Logger;
  /** the detection worker pool; default: one of its own, closed at stop */
  detector?: Detector;
  /** identifies this process's leases */
  worker?: string;
  /** how often a healthy feed is polled (PLEDGEWATCH_FEED_POLL_SECONDS) */
  intervalMs?: number;
  /** how long a claimed feed is this poller's; renewed before each item */
  leaseMs?: number;
  /** feeds claimed at a time */
  batch?: number;
  /** the longest sleep when no NOTIFY arrives */
  pollMs?: number;
  /** after a failure; default: the interval doubling up to 12 hours */
  backoff?: { baseMs: number; maxMs: number };
  /** a Retry-After longer than this is cut to it */
  maxRetryAfterMs?: number;
  timeoutMs?: number;
  /** size caps for a feed and for an article page */
  maxFeedBytes?: number;
  maxArticleBytes?: number;
  /** new items read per poll; the rest wait for the next poll */
  maxItemsPerPoll?: number;
  /** polls an item's article may fail (network error, 5xx) before its summary is read instead */
  itemAttempts?: number;
}

/** Its `runOnce` claims and polls one batch of due feeds. */
export type FeedPoller = Worker;

type Reader = typeof import('./read-entry');

/**
 * Polls the newswire's RSS/Atom feeds: claim due feeds (SKIP LOCKED and a lease), GET each
 * with its validators, read each new item's article and store what it proposes, then record
 * the poll: the next one at the interval, or later with backoff after a failure.
 */
export function createFeedPoller(opts: FeedPollerOptions): FeedPoller {
  const worker = opts.worker ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  const intervalMs = opts.intervalMs ?? 900_000;
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const batch = opts.batch ?? 5;
  const pollMs = opts.pollMs ?? 60_000;
  const backoff = opts.backoff ?? { baseMs: intervalMs, maxMs: 12 * 3_600_000 };
  const maxRetryAfterMs = opts.maxRetryAfterMs ?? 24 * 3_600_000;
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxFeedBytes = opts.maxFeedBytes ?? 2 * 1024 * 1024;
  const maxArticleBytes = opts.maxArticleBytes ?? 2 * 1024 * 1024;
  const maxItems = opts.maxItemsPerPoll ?? 25;
  const itemAttempts = opts.itemAttempts ?? 3;
  const { queue } = opts;
  const ownDetector = opts.detector === undefined;
  const detector = opts.detector ?? createDetector({ maxThreads: 1 });
  const log = opts.log.child({ component: 'feed-poller', worker });
  /** failed article fetches per feed item, until it is read */
  const attempts = new Map<string, number>();

  let reader: Promise<Reader> | undefined;
  const loadReader = (): Promise<Reader> =>
    (reader ??= import('./read-entry').then(
      (module) => {
        log.info({ module: 'read-entry' }, 'feed reader loaded');
        return module;
      },
      (error: unknown) => {
        reader = undefined;
        throw error;
      },
    ));

  const failed = (feed: ClaimedFeed, status: number | null, error: string, retryAfter: number | null = null): PollRecord => {
    const delay = backoffMs(feed.failures + 1, backoff);
    return { kind: 'failed', status, error, nextInMs: Math.max(delay, Math.min(retryAfter ?? 0, maxRetryAfterMs)) };
  };

  /** Reads the new entries of a fetched feed; true when all were read (none left for later). */
  async function readNew(feed: ClaimedFeed, r: Reader, entries: import('./parse').FeedEntry[], title: string | null, profiles: () => Promise<MatchingProfile[]>): Promise<boolean> {
    const seen = await queue.seenItemKeys(feed.id, entries.map((e) => e.key));
    const fresh = entries.filter((e) => !seen.has(e.key));
    let complete = fresh.length <= maxItems;
    for (const entry of fresh.slice(0, maxItems)) {
      if (!(await queue.renewLease(feed.id, worker, leaseMs))) {
        log.warn({ feed: feed.id }, 'feed lease lost while reading items; another poller has it');
        return false;
      }
      const id = `${feed.id}\n${entry.key}`;
      const tried = attempts.get(id) ?? 0;
      const ctx = { feed: feed.id, item: entry.key.slice(0, 200), url: logUrl(entry.url) };
      let outcome: Awaited<ReturnType<Reader['readEntry']>>;
      try {
        outcome = await r.readEntry(entry, {
          store: opts.store,
          detector,
          profiles: await profiles(),
          feedTitle: title,
          feedUrl: feed.url,
          timeoutMs,
          maxBytes: maxArticleBytes,
          lastTry: tried + 1 >= itemAttempts,
        });
      } catch (error) {
        // One bad item never stops the feed: it is skipped with the reason. An outage is not the
        // item's fault: the poll stops and the feed is tried again later.
        const failure = asFailure(error);
        if (failure.code === 'store_unavailable') throw failure;
        log.warn({ ...ctx, code: failure.code, reason: failure.message }, 'feed item could not be read; skipped');
        outcome = { kind: 'read', from: 'nothing', findings: 0, proposals: 0, note: `skipped: ${failure.message}` };
      }
      if (outcome.kind === 'retry') {
        if (attempts.size > 10_000) attempts.clear();
        attempts.set(id, tried + 1);
        complete = false;
        log.warn({ ...ctx, reason: outcome.reason, attempt: tried + 1 }, 'feed item article unavailable; will retry next poll');
        continue;
      }
      await queue.markItemSeen(feed.id, { key: entry.key, url: entry.url, title: entry.title, proposals: outcome.proposals });
      attempts.delete(id);
      log.info({ ...ctx, from: outcome.from, findings: outcome.findings, proposals: outcome.proposals, ...(outcome.note ? { note: outcome.note } : {}) }, 'feed item read');
    }
    return complete;
  }

  async function poll(feed: ClaimedFeed, profiles: () => Promise<MatchingProfile[]>): Promise<PollRecord> {
    const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5' };
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    let page;
    try {
      page = await fetchLimited(feed.url, { headers, timeoutMs, maxBytes: maxFeedBytes });
    } catch (error) {
      return failed(feed, null, describeFetchError(error));
    }
    if (page.status === 304) return { kind: 'not_modified', status: 304, nextInMs: intervalMs };
    if (page.status < 200 || page.status > 299) {
      const retryAfter = page.status === 429 || page.status === 503 ? retryAfterMs(page.headers.get('retry-after')) : null;
      return failed(feed, page.status, `HTTP ${page.status}${retryAfter !== null ? ` (retry after ${Math.round(retryAfter / 1000)}s)` : ''}`, retryAfter);
    }
    const r = await loadReader();
    let parsed;
    try {
      parsed = r.parseFeedText(page.body, page.url, page.headers.get('content-type'));
    } catch (error) {
      return failed(feed, page.status, (error as Error).message);
    }
    if (parsed.warning) log.warn({ feed: feed.id, warning: parsed.warning }, 'feed is not well-formed XML; read what could be read');
    const title = parsed.title ?? feed.title;
    const complete = await readNew(feed, r, parsed.entries, title, profiles);
    // Items left unread must be in the next answer: no validators, so it cannot be a 304.
    return {
      kind: 'ok',
      status: page.status,
      etag: complete ? page.headers.get('etag') : null,
      lastModified: complete ? page.headers.get('last-modified') : null,
      title: parsed.title,
      nextInMs: intervalMs,
    };
  }

  async function runOnce(): Promise<number> {
    const feeds = await queue.claim({ worker, limit: batch, leaseMs });
    let loaded: Promise<MatchingProfile[]> | undefined;
    const profiles = async () => (loaded ??= loadReader().then((r) => r.loadProfiles(opts.store)));
    for (const feed of feeds) {
      let record: PollRecord;
      try {
        record = await poll(feed, profiles);
      } catch (error) {
        log.error({ err: error, feed: feed.id }, 'feed poll failed unexpectedly');
        loaded = undefined;
        record = failed(feed, null, `could not read the feed's items: ${(error as Error).message}`);
      }
      const ctx = { feed: feed.id, url: logUrl(feed.url), status: record.status, nextInMs: record.nextInMs };
      try {
        if (!(await queue.recordPoll(feed.id, worker, record))) log.warn({ feed: feed.id }, 'feed lease lost before recording the poll');
      } catch (error) {
        log.warn({ err: (error as Error).message, feed: feed.id }, 'cannot record a feed poll; its lease will expire');
        continue;
      }
      if (record.kind === 'failed') log.warn({ ...ctx, error: record.error, failures: feed.failures + 1 }, 'feed poll failed');
      else log.info(ctx, 'feed polled');
    }
    return feeds.length;
  }

  const loop = createWorkerLoop({ watch: (onWork) => queue.watch(onWork), log, pollMs, runOnce, nextDueAt: () => queue.nextDueAt(), name: 'feed poller' });
  return {
    runOnce,
    async start() {
      await loop.start();
      log.info({ intervalSeconds: intervalMs / 1000 }, 'feed poller started');
    },
    async stop() {
      await loop.stop();
      if (ownDetector) await detector.close();
    },
  };
}

/**
 * A failure while reading an item, as the poller treats it: the store's own come coded (its
 * ports classify them); anything else is taken as an outage too, so the poll stops and the
 * feed is tried again later rather than the item being marked read.
 */
function asFailure(error: unknown): PledgewatchError {
  if (error instanceof PledgewatchError) return error;
  const reason = (error as Error | undefined)?.message?.split('\n')[0]?.slice(0, 200) ?? 'unknown';
  return new StoreError(`feed item failed: ${reason}`, { cause: error });
}
