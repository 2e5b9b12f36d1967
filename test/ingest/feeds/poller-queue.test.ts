import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimedFeed, FeedQueue, NewProposal, PollRecord } from '../../../src/core/ports';
import type { PledgeDetail } from '../../../src/core/pledges/types';
import { shippedData } from '../../../src/db/seed/data';
import { createDetector } from '../../../src/ingest/detector';
import { type FeedPollerOptions, createFeedPoller } from '../../../src/ingest/feeds/poller';
import { createLogger } from '../../../src/logger';
import { type FeedServer, conditionalFeed, fixtureText, page, startFeedServer } from './feed-server';

/**
 * The feed poller against an in-memory FeedQueue and pledge record (no database); the feeds
 * and articles come over real HTTP from a local server. What the poller did is read from the
 * queue's rows: items marked read, polls recorded, leases.
 */

interface FeedRow extends ClaimedFeed {
  leasedBy: string | null;
  due: boolean;
  polls: PollRecord[];
  seen: Map<string, number>;
}

function fakeQueue() {
  const feeds: FeedRow[] = [];
  let leaseRenewals = Infinity;
  const queue: FeedQueue = {
    async claim({ worker, limit }) {
      const due = feeds.filter((f) => f.due && f.leasedBy === null).slice(0, limit);
      for (const f of due) f.leasedBy = worker;
      return due.map(({ id, url, title, etag, lastModified, failures }) => ({ id, url, title, etag, lastModified, failures }));
    },
    async renewLease(feedId, worker) {
      const f = feeds.find((x) => x.id === feedId);
      if (!f || f.leasedBy !== worker) return false;
      if (leaseRenewals-- > 0) return true;
      f.leasedBy = 'another poller';
      return false;
    },
    async seenItemKeys(feedId, keys) {
      const seen = feeds.find((f) => f.id === feedId)!.seen;
      return new Set(keys.filter((k) => seen.has(k)));
    },
    async markItemSeen(feedId, item) {
      const seen = feeds.find((f) => f.id === feedId)!.seen;
      if (!seen.has(item.key)) seen.set(item.key, item.proposals);
    },
    async recordPoll(feedId, worker, r) {
      const f = feeds.find((x) => x.id === feedId)!;
      if (f.leasedBy !== worker) return false;
      f.polls.push(r);
      Object.assign(f, { leasedBy: null, due: false, failures: r.kind === 'failed' ? f.failures + 1 : 0 });
      if (r.kind === 'ok') Object.assign(f, { etag: r.etag, lastModified: r.lastModified, title: r.title ?? f.title });
      return true;
    },
    nextDueAt: async () => null,
    watch: async () => async () => {},
  };
  return {
    queue,
    feeds,
    add(url: string) {
      feeds.push({ id: feeds.length + 1, url, title: null, etag: null, lastModified: null, failures: 0, leasedBy: null, due: true, polls: [], seen: new Map() });
      return feeds.at(-1)!;
    },
    /** the lease is lost after `n` more renewals */
    loseLeaseAfter: (n: number) => void (leaseRenewals = n),
  };
}

/** The shipped pledge as the record gives it: what its matching profile is built from. */
function shippedPledge(): PledgeDetail {
  const p = shippedData.pledges.find((x) => x.slug === 'alibaba-1m-us-jobs')!;
  const entity = shippedData.entities.find((e) => e.slug === p.entitySlug)!;
  return {
    slug: p.slug, title: p.title, entityName: entity.name, byName: shippedData.people.find((x) => x.slug === p.by)?.name ?? null, madeOn: p.madeOn,
    status: 'broken', statusOn: '2018-01-01', entitySlug: entity.slug, aliases: [...entity.aliases], byRole: null, madeTo: null, place: p.place ?? null,
    text: p.title, deadline: null, deadlineNote: null, target: p.target ?? null, keywords: p.keywords, latestChange: null, sources: [], facts: [], tariffs: [],
  };
}

describe('feed poller on an in-memory feed queue', () => {
  let web: FeedServer;
  const detector = createDetector({ maxThreads: 1 });
  const proposals: NewProposal[] = [];
  const pledge = shippedPledge();
  const store: FeedPollerOptions['store'] = {
    searchPledges: async () => [],
    getPledge: async (slug) => (slug === pledge.slug ? pledge : null),
    listPledges: async ({ offset }) => ({ items: offset === 0 ? [pledge] : [], total: 1 }),
    comingDeadlines: async () => [],
    pledgeHistory: async () => [],
    proposeChange: async (input) => (proposals.push(input), { id: proposals.length, created: true }),
  };
  let status = 200;
  const poller = (queue: FeedQueue) =>
    createFeedPoller({ queue, store, detector, log: createLogger('silent'), worker: 'p1', intervalMs: 60_000, backoff: { baseMs: 60_000, maxMs: 600_000 }, timeoutMs: 5_000 });

  beforeAll(async () => {
    web = await startFeedServer();
    web.route('/articles/retraction', page(200, fixtureText('articles/r01-xinhua-interview.txt'), 'text/plain; charset=utf-8'));
    web.route('/articles/denial', page(200, fixtureText('articles/a02-denies-scrapping.txt'), 'text/plain; charset=utf-8'));
    web.route('/feeds/wire.xml', conditionalFeed(() => fixtureText('wire-rss.xml', web.base), () => '1'));
    web.route('/feeds/flaky.xml', (req, res) =>
      status === 200 ? conditionalFeed(() => fixtureText('wire-rss.xml', web.base), () => '1')(req, res) : void res.writeHead(status).end('down'),
    );
  });
  afterAll(async () => {
    await web?.close();
    await detector.close();
  });

  it('reads each new item once, proposes what the article reports, then polls with its validators and reads nothing again', async () => {
    const q = fakeQueue();
    const feed = q.add(`${web.base}/feeds/wire.xml`);
    expect(await poller(q.queue).runOnce()).toBe(1);
    expect([...feed.seen]).toEqual([['harbour-2041', 1], ['harbour-2042', 0]]);
    expect(proposals).toMatchObject([{ slug: 'alibaba-1m-us-jobs', status: 'retracted', sourceUrl: `${web.base}/articles/retraction`, outlet: 'Harbour Wire' }]);
    expect(feed.polls).toMatchObject([{ kind: 'ok', status: 200, etag: '"v1"', nextInMs: 60_000 }]);
    expect(feed).toMatchObject({ title: 'Harbour Wire', leasedBy: null });

    feed.due = true;
    expect(await poller(q.queue).runOnce()).toBe(1);
    expect(feed.polls.at(-1)).toEqual({ kind: 'not_modified', status: 304, nextInMs: 60_000 });
    expect([web.hits('/articles/retraction'), web.hits('/articles/denial')]).toEqual([1, 1]);
    expect(proposals).toHaveLength(1);
    expect(await poller(q.queue).runOnce()).toBe(0);
  });

  it('a failing feed backs off further each time; a good poll resets the count', async () => {
    const q = fakeQueue();
    const feed = q.add(`${web.base}/feeds/flaky.xml`);
    status = 500;
    for (const failures of [1, 2, 3]) {
      feed.due = true;
      expect(await poller(q.queue).runOnce()).toBe(1);
      expect(feed.polls.at(-1)).toMatchObject({ kind: 'failed', status: 500, error: 'HTTP 500' });
      expect(feed.failures).toBe(failures);
      const cap = Math.min(600_000, 60_000 * 2 ** (failures - 1));
      const next = feed.polls.at(-1)!.nextInMs;
      expect(next).toBeGreaterThanOrEqual(cap / 2);
      expect(next).toBeLessThanOrEqual(cap);
    }
    status = 200;
    feed.due = true;
    expect(await poller(q.queue).runOnce()).toBe(1);
    expect(feed.polls.at(-1)).toMatchObject({ kind: 'ok', status: 200, nextInMs: 60_000 });
    expect(feed.failures).toBe(0);
  });

  it('a lease lost while reading stops at once: nothing more is marked read, and the poll is not recorded', async () => {
    const q = fakeQueue();
    const feed = q.add(`${web.base}/feeds/wire.xml`);
    q.loseLeaseAfter(1);
    expect(await poller(q.queue).runOnce()).toBe(1);
    expect([...feed.seen.keys()]).toEqual(['harbour-2041']);
    expect(feed.polls).toEqual([]);
    expect(feed.leasedBy).toBe('another poller');
  });
});
