import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/adapters/console/ask';
import { createLogger } from '../../../src/logger';
import { createCommands } from '../../../src/core/commands';
import { systemClock } from '../../../src/core/ports';
import { startTestServer, type TestServer } from '../../support/server';

const SLUG = 'alibaba-1m-us-jobs';
const MA_QUOTE = 'That premise no longer exists today, so our promise cannot be fulfilled';
const WAPO =
  'https://www.washingtonpost.com/world/jack-ma-withdraws-his-pledge-for-a-million-us-jobs-analysts-say-that-was-a-pipe-dream-anyway/2018/09/20/84da5cee-bc8b-11e8-97f6-0cbdd4d9270e_story.html';
const RETRACTION_TITLE = "RETRACTED: Alibaba Group's pledge to create 1 million US jobs";

interface PledgeJson {
  slug: string;
  status: string;
  statusOn: string | null;
  url: string;
  [key: string]: unknown;
}
interface ChangeJson {
  id: number;
  status: string;
  effectiveOn: string;
  recordedAt: string;
  quote: string | null;
  correctsId: number | null;
  correctedById: number | null;
  source: { url: string | null; outlet: string };
}
interface TariffJson {
  slug: string;
  imposer: string;
  target: string;
  tradeCoveredUsd: number | null;
  retaliatesFor: { slug: string } | null;
  rateSteps: { ratePct: number; effectiveOn: string | null }[];
  effectiveOn: string | null;
}

/** The row of the index table that links to a pledge. */
const rowOf = (page: string, slug: string) => page.split('<tr>').find((row) => row.includes(`/pledges/${slug}"`)) ?? '';

describe('public tracker on the shipped data', () => {
  let server: TestServer;
  const get = (path: string) => fetch(`${server.url}${path}`);

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  it('GET / lists every pledge with its badge and date, links to pledges, tariffs and the feed', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(page).toMatch(/href="\/feed\.atom"/);
    expect(page).toMatch(/href="\/tariffs"/);
    expect(page).toContain('<th scope="col">Status</th>');
    const row = rowOf(page, SLUG);
    expect(row).toContain(`href="/pledges/${SLUG}"`);
    expect(row).toMatch(/<span class="badge tone-alert">RETRACTED<\/span>/);
    expect(row).toContain('<time datetime="2018-09-19">2018-09-19</time>');
    expect(row).toContain('2017-01-09');
  });

  it('GET /pledges/:slug shows the pledge, the quote and its source, the history oldest first, facts and tariffs', async () => {
    const res = await get(`/pledges/${SLUG}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const page = await res.text();
    expect(page).toContain('<h1>Alibaba Group: create 1 million US jobs</h1>');
    expect(page).toContain('Jack Ma');
    expect(page).toContain('President-elect Donald Trump');
    expect(page).toContain('<time datetime="2022-01-09">2022-01-09</time>'); // deadline
    expect(page).toContain('1,000,000 jobs');
    expect(page).toContain(MA_QUOTE);
    expect(page).toContain(`href="${WAPO}"`);
    expect(page).toContain('the premise changed');
    const history = page.slice(page.indexOf('<h2>Status history</h2>'), page.indexOf('</ol>', page.indexOf('<h2>Status history</h2>')));
    const inProgress = history.indexOf('IN PROGRESS');
    const retracted = history.indexOf('RETRACTED');
    expect(inProgress).toBeGreaterThan(-1);
    expect(retracted).toBeGreaterThan(inProgress);
    expect(page).toContain('<h2>Facts</h2>');
    // every fact carries its source
    const facts = page.slice(page.indexOf('<h2>Facts</h2>'), page.indexOf('</ul>', page.indexOf('<h2>Facts</h2>')));
    const items = facts.split('<li>').slice(1);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toContain('Source: ');
    expect(page).toContain('<h2>Linked tariff actions</h2>');
    expect(page).toContain('href="/tariffs/us-s301-list-3"');
    expect(page).toContain('$200B of trade');
  });

  it('GET /tariffs/:slug: imposer -> target, trade covered, rates with dates, legal basis, status, retaliation, sources', async () => {
    const res = await get('/tariffs/us-s301-list-3');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const list3 = await res.text();
    expect(list3).toContain('United States → China');
    expect(list3).toContain('<data value="200000000000">$200B</data> a year (USD)');
    expect(list3).toMatch(/10% from 2018-09-24/);
    expect(list3).toContain('Section 301, Trade Act of 1974');
    expect(list3).toMatch(/<span class="badge tariff tariff-\w+">[A-Z ]+<\/span>/);
    expect(list3).toMatch(/<a href="https?:\/\//);
    const answer = await (await get('/tariffs/cn-retaliation-list-3')).text();
    expect(answer).toContain('China → United States');
    expect(answer).toContain('$60B');
    expect(answer).toContain('href="/tariffs/us-s301-list-3"');
  });

  it('GET /api/tariffs: money as numbers, dates as ISO strings, the retaliation linked', async () => {
    const res = await get('/api/tariffs');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const { items } = (await res.json()) as { items: TariffJson[] };
    const list3 = items.find((t) => t.slug === 'us-s301-list-3')!;
    expect(list3).toMatchObject({ imposer: 'US', target: 'CN', tradeCoveredUsd: 200_000_000_000, effectiveOn: '2018-09-24' });
    expect(list3.rateSteps[0]).toMatchObject({ ratePct: 10, effectiveOn: '2018-09-24' });
    const answer = items.find((t) => t.slug === 'cn-retaliation-list-3')!;
    expect(answer).toMatchObject({ imposer: 'CN', target: 'US', tradeCoveredUsd: 60_000_000_000, retaliatesFor: { slug: 'us-s301-list-3' } });
  });

  it('GET /api/pledges lists, filters by status and pages; /api/pledges/:slug gives the detail', async () => {
    const res = await get('/api/pledges');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const list = (await res.json()) as { items: PledgeJson[]; total: number; page: number; perPage: number };
    expect(list).toMatchObject({ page: 1, perPage: 50 });
    expect(list.items.find((p) => p.slug === SLUG)).toMatchObject({ status: 'retracted', statusOn: '2018-09-19', url: `/pledges/${SLUG}` });

    const kept = (await (await get('/api/pledges?status=kept')).json()) as { items: PledgeJson[] };
    expect(kept.items.some((p) => p.slug === SLUG)).toBe(false);
    const retracted = (await (await get('/api/pledges?status=retracted')).json()) as { items: PledgeJson[] };
    expect(retracted.items.map((p) => p.slug)).toContain(SLUG);
    const beyond = (await (await get('/api/pledges?page=999')).json()) as { items: PledgeJson[]; total: number };
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(list.total);

    const detail = await get(`/api/pledges/${SLUG}`);
    expect(detail.status).toBe(200);
    const p = (await detail.json()) as PledgeJson & { history: ChangeJson[]; latestChange: ChangeJson; tariffs: { slug: string; tradeCoveredUsd: number }[] };
    expect(p).toMatchObject({ slug: SLUG, status: 'retracted', statusOn: '2018-09-19', madeOn: '2017-01-09', deadline: '2022-01-09', target: { quantity: 1_000_000, unit: 'jobs' } });
    expect(p.latestChange.quote).toContain(MA_QUOTE);
    expect(p.latestChange.source.url).toBe(WAPO);
    expect(p.history.map((c) => c.status)).toEqual(['in_progress', 'retracted']);
    expect(new Date(p.history[0]!.recordedAt).toISOString()).toBe(p.history[0]!.recordedAt);
    expect(p.tariffs.find((t) => t.slug === 'us-s301-list-3')?.tradeCoveredUsd).toBe(200_000_000_000);
    expect(JSON.stringify(p)).not.toMatch(/"editor"|"approver"/);
  });

  it('unknown things are 404: JSON under /api, an HTML page elsewhere; /healthz unchanged', async () => {
    const api = await get('/api/pledges/nope');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/application\/json/);
    // one not-found text, the page's and the JSON's alike
    expect(await api.json()).toEqual({ error: 'not_found', message: 'There is no pledge “nope” on the record.' });
    expect(await (await get('/pledges/nope')).text()).toContain('There is no pledge “nope” on the record.');
    const apiPath = await get('/api/nothing-here');
    expect(apiPath.status).toBe(404);
    expect(await apiPath.json()).toEqual({ error: 'not_found' });

    for (const path of ['/nope', '/pledges/nope']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      const page = await res.text();
      expect(page).toContain('<h1>Not found</h1>');
      expect(page).toContain('<html lang="en">');
    }
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, db: 'up' });
  });

  it('a bad page or status is a 400 with a clear message, HTML for pages and JSON for the API', async () => {
    for (const q of ['page=x', 'page=-1', 'page=0', 'page=1.5']) {
      const res = await get(`/?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('page must be a whole number');
      const api = await get(`/api/pledges?${q}`);
      expect(api.status, q).toBe(400);
      expect(await api.json()).toMatchObject({ error: 'bad_request', message: expect.stringContaining('page must be a whole number') });
    }
    const status = await get('/api/pledges?status=bogus');
    expect(status.status).toBe(400);
    expect(((await status.json()) as { message: string }).message).toContain('retracted');
    // the echo of what was sent is escaped
    const tag = await get('/?page=%3Cb%3E');
    expect(await tag.text()).toContain('&lt;b&gt;');
  });

  it('GET /feed.atom is Atom 1.0 of the status changes, newest first, with stable ids', async () => {
    const res = await get('/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const xml = await res.text();
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.length).toBeGreaterThanOrEqual(2);
    const first = feed.items[0]!;
    expect(first.title).toBe(RETRACTION_TITLE);
    // without PUBLIC_URL the feed's base is the server's own origin, not the Host asked for
    expect(first.url).toBe(`http://localhost:${server.port}/pledges/${SLUG}`);
    expect(first.id).toMatch(new RegExp(`^http://localhost:${server.port}/pledges/${SLUG}#change-\\d+$`));
    expect(first.content).toContain(MA_QUOTE);
    expect(first.content).toContain(`href="${WAPO}"`);
    expect(first.updated).toBeInstanceOf(Date);

    const again = parseFeed(await (await get('/feed.atom')).text());
    expect(again.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.id));
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  });
});

describe('public tracker: what editors write is escaped, corrections are shown', () => {
  let server: TestServer;
  const get = (path: string) => fetch(`${server.url}${path}`);
  const slug = 'evil-script-pledge';

  beforeAll(async () => {
    server = await startTestServer();
    const commands = createCommands({ store: server.store, clock: systemClock, bootstrapEditors: [] });
    const steps = [
      `/pledge-admin add-pledge slug=${slug} entity="Evil <b>Corp</b>" by="Mallory" to="<i>the public</i>" made=2025-01-02 title="<script>alert(1)</script> build a factory" text="A text with <img src=x onerror=alert(2)> in it" source=https://example.org/pledge`,
      `/pledge-admin set-status ${slug} broken https://example.org/broken "<script>alert(3)</script> we will not" date=2025-06-01`,
      `/pledge-admin correct ${slug} quote="we will not, after all" date=2025-06-02`,
    ];
    for (const line of steps) {
      const out = await ask(commands, line, createLogger('silent'));
      expect(out.exitCode, `${line}\n${out.output}`).toBe(0);
    }
  });
  afterAll(async () => server?.stop());

  it('the index, the pledge page and the JSON carry the text, never as markup', async () => {
    for (const path of ['/', `/pledges/${slug}`]) {
      const page = await (await get(path)).text();
      expect(page, path).not.toContain('<script>');
      expect(page, path).not.toContain('<img src=x');
      expect(page, path).not.toContain('<b>Corp');
      expect(page, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt; build a factory');
    }
    const page = await (await get(`/pledges/${slug}`)).text();
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('&lt;script&gt;alert(3)&lt;/script&gt; we will not');
    const json = (await (await get(`/api/pledges/${slug}`)).json()) as { title: string };
    expect(json.title).toBe('<script>alert(1)</script> build a factory');
  });

  it('the history shows the correction and the entry it corrects, oldest first', async () => {
    const page = await (await get(`/pledges/${slug}`)).text();
    expect(page).toContain('<strong>Corrected</strong> by');
    expect(page).toContain('<strong>Correction</strong> of');
    expect(page.indexOf('<strong>Corrected</strong>')).toBeLessThan(page.indexOf('<strong>Correction</strong>'));
    expect(page).toContain('we will not, after all');
    const json = (await (await get(`/api/pledges/${slug}`)).json()) as { history: ChangeJson[]; latestChange: ChangeJson };
    const [original, correction] = json.history;
    expect(original!.correctedById).toBe(correction!.id);
    expect(correction!.correctsId).toBe(original!.id);
    expect(json.latestChange.id).toBe(correction!.id);
  });

  it('the feed escapes it too, and the newest change comes first', async () => {
    const xml = await (await get('/feed.atom')).text();
    expect(xml).not.toContain('<script>');
    const feed = parseFeed(xml);
    const [newest, previous] = feed.items;
    expect(newest!.title).toBe("BROKEN: Evil <b>Corp</b>'s pledge to <script>alert(1)</script> build a factory (correction)");
    expect(newest!.content).toContain('we will not, after all');
    expect(previous!.title).toContain('BROKEN: Evil <b>Corp</b>');
    expect(feed.items.map((i) => i.title)).toContain(RETRACTION_TITLE);
  });
});
