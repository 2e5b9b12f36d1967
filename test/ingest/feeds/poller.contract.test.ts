import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commands } from '../../../src/core/commands';
import type { Store } from '../../../src/core/ports';
import { type DbHandle, query } from '../../../src/db/client';
import { claimDueFeeds, recordPoll } from '../../../src/db/feed-queries';
import { createFeedQueue } from '../../../src/db/feed-queue';
import { type FeedPollerOptions, createFeedPoller } from '../../../src/ingest/feeds/poller';
import { createLogger } from '../../../src/logger';
import { openCommands, testDrivers } from '../../support/db';
import { type FeedServer, conditionalFeed, fixtureText, page, startFeedServer } from './feed-server';

const slug = 'alibaba-1m-us-jobs';
const editor = { platform: 'slack' as const, workspace: 'T1', userId: 'U0EDITOR' };
const channel = { platform: 'slack' as const, workspace: 'T1', id: 'C0NEWS' };
const emptyRss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Desk</title></channel></rss>';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface FeedRow {
  id: number;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  last_status: number | null;
  last_error: string | null;
  lease_until: Date | string | null;
  seconds_to_next: number;
}

describe.each(testDrivers())('feed poller on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;
  let commands: Commands;
  let web: FeedServer;
  let version = '1';
  const log = createLogger('silent');
  const poller = (extra: Partial<FeedPollerOptions> = {}) =>
    createFeedPoller({ queue: createFeedQueue(handle), store, log, intervalMs: 60_000, backoff: { baseMs: 60_000, maxMs: 600_000 }, timeoutMs: 3_000, itemAttempts: 2, ...extra });
  const url = (path: string) => `${web.base}${path}`;

  beforeAll(async () => {
    ({ handle, store, commands } = await openCommands(driver, { bootstrapEditors: ['slack:U0EDITOR'] }));
    // the record says broken, so an article reporting the retraction proposes a change
    const set = await commands.run({ command: 'pledge-admin', text: `set-status ${slug} broken https://example.org/earlier "q"`, actor: editor, channel });
    expect(set.ok).toBe(true);
    web = await startFeedServer();
    web.route('/articles/retraction', page(200, fixtureText('articles/r01-xinhua-interview.txt'), 'text/plain; charset=utf-8'));
    web.route('/articles/denial', page(200, fixtureText('articles/a02-denies-scrapping.txt'), 'text/plain; charset=utf-8'));
    web.route('/articles/html-edition', page(200, fixtureText('articles/r05-html-abandoned.html')));
    web.route('/articles/earnings', page(200, fixtureText('article-earnings.html')));
    web.route('/articles/down', page(503, 'maintenance'));
    web.route('/feeds/wire.xml', conditionalFeed(() => fixtureText(version === '1' ? 'wire-rss.xml' : 'wire-rss-update.xml', web.base), () => version));
  });
  afterAll(async () => {
    await web?.close();
    await handle?.close();
  });

  const feed = async (u: string) =>
    (await query<FeedRow>(handle.db, sql`select id, title, etag, last_modified, failures, last_status, last_error, lease_until,
      extract(epoch from next_poll_at - now())::float as seconds_to_next from feeds where url = ${u}`))[0]!;
  const items = (u: string) => query<{ item_key: string; proposals: number }>(handle.db, sql`select item_key, proposals from feed_items i join feeds f on f.id = i.feed_id where f.url = ${u} order by item_key`);
  /** this feed is due now; every other one much later */
  const onlyDue = (u: string) => handle.db.execute(sql`update feeds set next_poll_at = case when url = ${u} then now() else now() + interval '1 day' end`);
  const add = async (u: string) => {
    expect(await store.addFeed(u, 'slack:T1/U0EDITOR')).toBe('added');
    await onlyDue(u);
  };
  const retractions = async () => (await store.listProposals({ state: 'pending', limit: 20 })).filter((p) => p.slug === slug && p.status === 'retracted');
  const lastRequest = (path: string) => web.requests.filter((r) => r.path === path).at(-1)!;

  it('with no feed due the poller loads nothing: the reader (NLP model, HTML parser) comes with the first feed', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const p = poller({ log: createLogger('info', sink) });
    expect(await p.runOnce()).toBe(0);
    expect(lines.filter((l) => l.msg === 'feed reader loaded')).toEqual([]);
    web.route('/feeds/first.xml', page(200, emptyRss, 'application/rss+xml'));
    await add(url('/feeds/first.xml'));
    expect(await p.runOnce()).toBe(1);
    await onlyDue(url('/feeds/first.xml'));
    expect(await p.runOnce()).toBe(1);
    expect(lines.filter((l) => l.msg === 'feed reader loaded')).toHaveLength(1);
    expect(await store.removeFeed(url('/feeds/first.xml'), 'slack:T1/U0EDITOR')).toBe('removed');
  });

  it('RSS 2.0: the retraction becomes a pending proposal with the article as source; the denial proposes nothing', async () => {
    await add(url('/feeds/wire.xml'));
    expect(await poller().runOnce()).toBe(1);
    const req = lastRequest('/feeds/wire.xml');
    expect(req.headers['if-none-match']).toBeUndefined();
    expect(req.headers['user-agent']).toBe('pledgewatch');
    expect(lastRequest('/articles/retraction').headers['user-agent']).toBe('pledgewatch');
    expect([web.hits('/articles/retraction'), web.hits('/articles/denial')]).toEqual([1, 1]);

    const [proposal, ...others] = await retractions();
    expect(others).toEqual([]);
    expect(proposal).toMatchObject({ slug, status: 'retracted', state: 'pending', sources: [{ url: url('/articles/retraction'), outlet: 'Harbour Wire' }] });
    expect(await store.listProposals({ state: 'pending', limit: 20 })).toHaveLength(1);
    expect(await items(url('/feeds/wire.xml'))).toEqual([
      { item_key: 'harbour-2041', proposals: 1 },
      { item_key: 'harbour-2042', proposals: 0 },
    ]);
    const row = await feed(url('/feeds/wire.xml'));
    expect(row).toMatchObject({ title: 'Harbour Wire', etag: '"v1"', failures: 0, last_status: 200, last_error: null, lease_until: null });
    expect(row.seconds_to_next).toBeGreaterThan(50);
    const [info] = (await store.listFeeds()).filter((f) => f.url === url('/feeds/wire.xml'));
    expect(info).toMatchObject({ items: 2, proposals: 1, lastStatus: 200, failures: 0, title: 'Harbour Wire' });
  });

  it('the next poll is conditional: If-None-Match and If-Modified-Since, a 304, nothing read again', async () => {
    await onlyDue(url('/feeds/wire.xml'));
    expect(await poller().runOnce()).toBe(1);
    const req = lastRequest('/feeds/wire.xml');
    expect(req.headers['if-none-match']).toBe('"v1"');
    expect(req.headers['if-modified-since']).toMatch(/GMT$/);
    expect([web.hits('/articles/retraction'), web.hits('/articles/denial')]).toEqual([1, 1]);
    expect(await feed(url('/feeds/wire.xml'))).toMatchObject({ last_status: 304, etag: '"v1"', failures: 0 });
  });

  it('a new item on the third poll is read once; the old ones are not', async () => {
    version = '2';
    await onlyDue(url('/feeds/wire.xml'));
    expect(await poller().runOnce()).toBe(1);
    expect([web.hits('/articles/html-edition'), web.hits('/articles/retraction'), web.hits('/articles/denial')]).toEqual([1, 1, 1]);
    expect(await feed(url('/feeds/wire.xml'))).toMatchObject({ last_status: 200, etag: '"v2"' });
    await onlyDue(url('/feeds/wire.xml'));
    expect(await poller().runOnce()).toBe(1);
    expect(web.hits('/articles/html-edition')).toBe(1);
    expect((await items(url('/feeds/wire.xml'))).map((i) => i.item_key)).toEqual(['harbour-2041', 'harbour-2042', 'harbour-2043']);
    // the web edition reports the same retraction: one more source on the one proposal
    const [proposal] = await retractions();
    expect(proposal!.sources.map((s) => s.url)).toEqual([url('/articles/retraction'), url('/articles/html-edition')]);
  });

  it('a 500 backs off (failures, error, next poll later each time); a good poll resets the count', async () => {
    let status = 500;
    web.route('/feeds/status.xml', (_req, res) => void res.writeHead(status, { 'content-type': 'application/rss+xml' }).end(status === 200 ? emptyRss : 'oops'));
    await add(url('/feeds/status.xml'));
    await poller().runOnce();
    let row = await feed(url('/feeds/status.xml'));
    expect(row).toMatchObject({ failures: 1, last_status: 500, last_error: 'HTTP 500', lease_until: null });
    expect(row.seconds_to_next).toBeGreaterThan(25);
    expect(row.seconds_to_next).toBeLessThanOrEqual(61);
    expect(await poller().runOnce()).toBe(0); // not due yet
    await onlyDue(url('/feeds/status.xml'));
    await poller().runOnce();
    row = await feed(url('/feeds/status.xml'));
    expect(row).toMatchObject({ failures: 2, last_status: 500 });
    expect(row.seconds_to_next).toBeGreaterThan(55);
    const [info] = (await store.listFeeds()).filter((f) => f.url === url('/feeds/status.xml'));
    expect(info).toMatchObject({ failures: 2, lastError: 'HTTP 500', lastOkAt: null });

    status = 200;
    await onlyDue(url('/feeds/status.xml'));
    await poller().runOnce();
    row = await feed(url('/feeds/status.xml'));
    expect(row).toMatchObject({ failures: 0, last_status: 200, last_error: null, title: 'Quiet Desk' });
    expect(row.seconds_to_next).toBeGreaterThan(50);
  });

  it('429 and 503 wait as long as Retry-After says (seconds or a date)', async () => {
    web.route('/feeds/busy.xml', page(429, 'slow down', 'text/plain', { 'retry-after': '7200' }));
    await add(url('/feeds/busy.xml'));
    await poller().runOnce();
    let row = await feed(url('/feeds/busy.xml'));
    expect(row).toMatchObject({ failures: 1, last_status: 429, last_error: 'HTTP 429 (retry after 7200s)' });
    expect(row.seconds_to_next).toBeGreaterThan(7190);
    expect(row.seconds_to_next).toBeLessThan(7210);

    web.route('/feeds/down.xml', page(503, 'down', 'text/plain', { 'retry-after': new Date(Date.now() + 3 * 3_600_000).toUTCString() }));
    await add(url('/feeds/down.xml'));
    await poller().runOnce();
    row = await feed(url('/feeds/down.xml'));
    expect(row).toMatchObject({ last_status: 503 });
    expect(row.seconds_to_next).toBeGreaterThan(3 * 3600 - 10);
  });

  it('malformed XML, an HTML page, an oversized feed, a redirect loop, a closed port: a clear error and backoff', async () => {
    web.route('/feeds/malformed.xml', page(200, fixtureText('malformed.xml'), 'application/rss+xml'));
    web.route('/feeds/page.xml', page(200, fixtureText('not-a-feed.html')));
    web.route('/feeds/huge.xml', page(200, `<rss version="2.0"><channel><title>${'x'.repeat(10_000)}</title></channel></rss>`, 'application/rss+xml'));
    web.route('/feeds/loop.xml', (_req, res) => void res.writeHead(302, { location: '/feeds/loop.xml' }).end());
    const closed = `http://127.0.0.1:${await freePort()}/feed.xml`;
    const cases: [string, number | null, RegExp][] = [
      [url('/feeds/malformed.xml'), 200, /^the response is malformed XML \(line 8: /],
      [url('/feeds/page.xml'), 200, /^the response is an HTML page, not an RSS or Atom feed$/],
      [url('/feeds/huge.xml'), null, /over 4096 bytes|limit is 4096/],
      [url('/feeds/loop.xml'), null, /redirect/i],
      [closed, null, /ECONNREFUSED/],
    ];
    for (const [u, status, error] of cases) {
      await add(u);
      expect(await poller({ maxFeedBytes: 4096 }).runOnce(), u).toBe(1);
      const row = await feed(u);
      expect(row.failures, u).toBe(1);
      expect(row.last_status, u).toBe(status);
      expect(row.last_error, u).toMatch(error);
      expect(row.seconds_to_next, u).toBeGreaterThan(25);
      expect(row.lease_until, u).toBeNull();
    }
  });

  it('Atom, behind a redirect: an article page that is 404 falls back to the item’s summary', async () => {
    web.route('/feeds/desk.atom', page(200, fixtureText('desk-atom.xml', web.base), 'application/atom+xml'));
    web.route('/feeds/moved', (_req, res) => void res.writeHead(301, { location: '/feeds/desk.atom' }).end());
    await add(url('/feeds/moved'));
    expect(await poller().runOnce()).toBe(1);
    expect(web.hits('/articles/gone')).toBe(1);
    expect(await feed(url('/feeds/moved'))).toMatchObject({ failures: 0, last_status: 200, title: 'Lakeside Ledger: Trade Desk' });
    expect(await items(url('/feeds/moved'))).toEqual([
      { item_key: 'tag:ledger.example,2018:trade/77', proposals: 1 },
      { item_key: 'tag:ledger.example,2018:trade/78', proposals: 0 },
    ]);
    const [proposal] = await retractions();
    expect(proposal!.sources).toContainEqual({ url: url('/articles/gone'), outlet: 'Lakeside Ledger: Trade Desk' });
  });

  it('an article that is down stays unread for the next poll; after a few tries the summary is read', async () => {
    web.route('/feeds/flaky.xml', conditionalFeed(() => fixtureText('flaky-rss.xml', web.base), () => '1'));
    await add(url('/feeds/flaky.xml'));
    await poller().runOnce();
    expect(web.hits('/articles/down')).toBe(1);
    expect(await items(url('/feeds/flaky.xml'))).toEqual([]);
    // no validators kept: the next poll gets the whole feed again, not a 304
    expect(await feed(url('/feeds/flaky.xml'))).toMatchObject({ failures: 0, last_status: 200, etag: null, last_modified: null });
    const p = poller();
    await onlyDue(url('/feeds/flaky.xml'));
    await p.runOnce();
    expect(web.hits('/articles/down')).toBe(2);
    expect(await items(url('/feeds/flaky.xml'))).toEqual([]);
    await onlyDue(url('/feeds/flaky.xml'));
    await p.runOnce();
    expect(web.hits('/articles/down')).toBe(3);
    expect(await items(url('/feeds/flaky.xml'))).toEqual([{ item_key: url('/articles/down'), proposals: 1 }]);
    expect(await feed(url('/feeds/flaky.xml'))).toMatchObject({ etag: '"v1"' });
    const [proposal] = await retractions();
    expect(proposal!.sources).toContainEqual({ url: url('/articles/down'), outlet: 'Overnight Briefing' });
  });

  it('the same item in two feeds merges into the one proposal, its article a source once', async () => {
    const before = await retractions();
    web.route('/feeds/mirror.xml', page(200, fixtureText('wire-rss.xml', web.base), 'application/rss+xml'));
    await add(url('/feeds/mirror.xml'));
    await poller().runOnce();
    expect(await items(url('/feeds/mirror.xml'))).toHaveLength(2);
    const after = await retractions();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[0]!.sources.filter((s) => s.url === url('/articles/retraction'))).toHaveLength(1);
    expect(after[0]!.sources).toHaveLength(before[0]!.sources.length);
  });

  it('two pollers on one database never read one feed at once (SKIP LOCKED, then the lease)', async () => {
    let answered = 0;
    web.route('/feeds/slow.xml', async (_req, res) => {
      await sleep(300);
      answered++;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(emptyRss);
    });
    await add(url('/feeds/slow.xml'));
    const [a, b] = [poller({ worker: 'poller-a' }), poller({ worker: 'poller-b' })];
    const claimed = await Promise.all([a.runOnce(), b.runOnce()]);
    expect(claimed.sort()).toEqual([0, 1]);
    expect(web.hits('/feeds/slow.xml')).toBe(1);

    // one poller mid-read holds the lease; the other finds nothing due
    await onlyDue(url('/feeds/slow.xml'));
    const running = a.runOnce();
    while (web.hits('/feeds/slow.xml') < 2) await sleep(10);
    expect(await b.runOnce()).toBe(0);
    expect(await running).toBe(1);
    expect(answered).toBe(2);

    // a poller that died mid-read: its lease runs out, the feed is due again, its late write is ignored
    await onlyDue(url('/feeds/slow.xml'));
    const [dead] = await claimDueFeeds(handle.db, { worker: 'poller-dead', limit: 5, leaseMs: 300 });
    expect(dead!.url).toBe(url('/feeds/slow.xml'));
    expect(await b.runOnce()).toBe(0);
    await sleep(400);
    expect(await b.runOnce()).toBe(1);
    expect(await recordPoll(handle.db, dead!.id, 'poller-dead', { kind: 'failed', status: null, error: 'late', nextInMs: 1 })).toBe(false);
    expect(await feed(url('/feeds/slow.xml'))).toMatchObject({ failures: 0, last_error: null });
  });

  it('a started poller reads a newly added feed at once (NOTIFY), and stop() waits for it', async () => {
    await handle.db.execute(sql`update feeds set next_poll_at = now() + interval '1 day'`);
    web.route('/feeds/late.xml', page(200, emptyRss, 'application/rss+xml'));
    const p = poller({ pollMs: 30_000 });
    await p.start();
    await sleep(50);
    expect(await store.addFeed(url('/feeds/late.xml'), 'slack:T1/U0EDITOR')).toBe('added');
    const deadline = Date.now() + 10_000;
    while (web.hits('/feeds/late.xml') === 0 && Date.now() < deadline) await sleep(25);
    await p.stop();
    expect(web.hits('/feeds/late.xml')).toBe(1);
    expect(await feed(url('/feeds/late.xml'))).toMatchObject({ last_status: 200, failures: 0 });
  });
});

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
