import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/adapters/console/ask';
import { createLogger } from '../../../src/logger';
import { createCommands } from '../../../src/core/commands';
import { systemClock } from '../../../src/core/ports';
import { startTestServer, type TestServer } from '../../support/server';

const SLUG = 'alibaba-1m-us-jobs';
const PUBLIC_URL = 'https://tracker.example.org';
const meta = (page: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(page)?.[1];
const PNG = [0x89, 0x50, 0x4e, 0x47];

describe('tracker pages: tally, search, About, tariff pages, charts, unfurls and embeds', () => {
  let server: TestServer;
  const get = (path: string) => fetch(`${server.url}${path}`);

  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL });
  });
  afterAll(async () => server?.stop());

  it('GET / shows the count of pledges per status, each a link to the filtered list', async () => {
    const page = await (await get('/')).text();
    const tally = page.slice(page.indexOf('<ul class="tally"'), page.indexOf('</ul>', page.indexOf('<ul class="tally"')));
    expect(tally).toMatch(new RegExp(`<a href="${PUBLIC_URL}/\\?status=retracted" class="t-alert"[^>]*><span class="n">1</span><span class="l">retracted</span></a>`));
    expect(tally).toMatch(new RegExp(`<a href="${PUBLIC_URL}/\\?status=kept" class="t-good"[^>]*><span class="n">0</span>`));
    for (const s of ['not_yet_rated', 'in_progress', 'stalled', 'compromise', 'kept', 'broken', 'retracted']) expect(tally).toContain(`?status=${s}"`);
    // the filtered list the count links to holds that many
    const retracted = await (await get('/?status=retracted')).text();
    expect(retracted).toContain('1 pledge with the status <strong>retracted</strong>');
    expect(retracted).toContain(`/pledges/${SLUG}"`);
    const kept = await (await get('/?status=kept')).text();
    expect(kept).not.toContain(`/pledges/${SLUG}"`);
  });

  it('/?q= runs the ranked, typo-tolerant search of /pledge: alibab finds Alibaba, nonsense finds nothing', async () => {
    const found = await (await get('/?q=alibab')).text();
    expect(found).toContain('1 pledge matches “alibab”');
    expect(found).toContain(`href="${PUBLIC_URL}/pledges/${SLUG}"`);
    expect(found).toContain('value="alibab"');
    const ma = await (await get('/?q=jack%20ma')).text();
    expect(ma).toContain(`/pledges/${SLUG}"`);
    const none = await get('/?q=zzqxv%20wombat');
    expect(none.status).toBe(200);
    const text = await none.text();
    expect(text).toContain('No pledge matches “zzqxv wombat”.');
    expect(text).not.toContain(`/pledges/${SLUG}"`);
    const tag = await (await get('/?q=%3Cscript%3E')).text();
    expect(tag).not.toContain('<script>');
  });

  it('/about says what is tracked, each status, how a status changes, corrections, how to read the record', async () => {
    const res = await get('/about');
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const heading of ['What is tracked', 'What each status means', 'How a status changes', 'Corrections', 'How to read the record']) {
      expect(page).toContain(`<h2>${heading}</h2>`);
    }
    for (const label of ['NOT YET RATED', 'IN PROGRESS', 'STALLED', 'COMPROMISE', 'KEPT', 'BROKEN', 'RETRACTED']) expect(page).toContain(`>${label}</span>`);
  });

  it('GET /tariffs/us-s301-list-3: rate steps, dates, both retaliation links and its SVG chart with a text alternative', async () => {
    const res = await get('/tariffs/us-s301-list-3');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h1>US → CN: Section 301 List 3 tariffs on Chinese goods</h1>');
    expect(page).toMatch(/10% from 2018-09-24/);
    expect(page).toMatch(/25% from 2019-05-10/);
    expect(page).toContain('<data value="200000000000">$200B</data> a year (USD)');
    expect(page).toContain('<span class="badge tariff tariff-in_effect">IN EFFECT</span>');
    // retaliation both ways: what it answers, and what answered it
    expect(page).toContain(`href="${PUBLIC_URL}/tariffs/cn-retaliation-list-1"`);
    expect(page).toContain(`href="${PUBLIC_URL}/tariffs/cn-retaliation-list-3"`);
    const answer = await (await get('/tariffs/cn-retaliation-list-3')).text();
    expect(answer).toContain(`href="${PUBLIC_URL}/tariffs/us-s301-list-3"`);
    expect(page).toMatch(new RegExp(`<img src="${PUBLIC_URL}/charts/tariffs/us-s301-list-3\\.svg" alt="Chart of this action&#39;s rate steps: 10% from 2018-09-24`));
    expect(page).toContain('<figcaption>');
    expect(page).toContain('<caption>Rate steps</caption>');
    expect((await get('/tariffs/no-such-action')).status).toBe(404);
  });

  it('GET /tariffs has the summary table (imposer → target, trade, rates, date, status) and the chart', async () => {
    const page = await (await get('/tariffs')).text();
    const table = page.slice(page.indexOf('<h2>All actions, by date in effect</h2>'));
    const row = table.split('<tr>').find((r) => r.includes('/tariffs/us-s301-list-3"'))!;
    expect(row).toContain('United States → China');
    expect(row).toContain('<data value="200000000000">$200B</data>');
    expect(row).toContain('10% from 2018-09-24');
    expect(row).toContain('<time datetime="2018-09-24">');
    expect(row).toContain('tariff-in_effect');
    // 13 actions, one row each, in date order
    const rows = table.split('<tr>').filter((r) => r.includes('<th scope="row"><a href'));
    expect(rows).toHaveLength(13);
    expect(rows[0]).toContain('us-s232-steel-aluminum');
    expect(page).toContain(`<img src="${PUBLIC_URL}/charts/tariff-rates.svg"`);
    // the PIIE series with its source, in the chart's table
    expect(page).toContain('href="https://www.piie.com/research/piie-charts/us-china-trade-war-tariffs-date-chart"');
    for (const pct of ['3%', '3.8%', '12%', '21%', '19.3%', '7.2%', '8%', '18.3%', '21.1%', '20.9%']) expect(page).toContain(`<td class="num">${pct}</td>`);
    // the tariff palette is not the pledge palette
    expect(page).not.toMatch(/class="badge tone-/);
  });

  it('chart URLs answer SVG and PNG; unknown ones are 404', async () => {
    for (const path of ['/charts/tariff-rates', '/charts/tariffs/us-s301-list-3', `/charts/pledges/${SLUG}`, '/charts/pledge-status']) {
      const svg = await get(`${path}.svg`);
      expect(svg.status, path).toBe(200);
      expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      const body = await svg.text();
      expect(body.startsWith('<svg')).toBe(true);
      expect(body).toContain('<text');
      const png = await get(`${path}.png`);
      expect(png.status, path).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      const bytes = new Uint8Array(await png.arrayBuffer());
      expect([...bytes.slice(0, 4)]).toEqual(PNG);
      expect(bytes.length).toBeGreaterThan(5_000);
    }
    const svg = await (await get('/charts/tariff-rates.svg')).text();
    expect(svg).toContain('Average tariff, US and China (PIIE)');
    expect(svg).toContain('21.1%');
    for (const bad of ['/charts/nope.svg', '/charts/tariff-rates.gif', '/charts/tariffs/nope.png', '/charts/pledges/nope.svg', '/charts/..%2Fetc.svg']) {
      expect((await get(bad)).status, bad).toBe(404);
    }
  });

  it('a chart is re-rendered when the record changes, and served from memory while it does not', async () => {
    const before = await (await get('/charts/pledge-status.svg')).text();
    expect(await (await get('/charts/pledge-status.svg')).text()).toBe(before);
    const commands = createCommands({ store: server.store, clock: systemClock, bootstrapEditors: [] });
    const added = await ask(
      commands,
      '/pledge-admin add-pledge slug=chart-cache-pledge entity="Chart Co" made=2024-01-02 title="open a plant" text="A pledge for the cache test." source=https://example.org/chart-cache',
      createLogger('silent'),
    );
    expect(added.exitCode, added.output).toBe(0);
    const after = await (await get('/charts/pledge-status.svg')).text();
    expect(after).not.toBe(before);
  });

  it('every page carries og:title, og:description, an absolute og:image, og:url and a Twitter card', async () => {
    for (const path of ['/', '/about', '/tariffs', '/tariffs/us-s301-list-3', `/pledges/${SLUG}`, '/?status=retracted']) {
      const page = await (await get(path)).text();
      expect(meta(page, 'og:title'), path).toBeTruthy();
      expect(meta(page, 'og:description'), path).toBeTruthy();
      expect(meta(page, 'og:image'), path).toMatch(new RegExp(`^${PUBLIC_URL}/charts/.+\\.png$`));
      expect(meta(page, 'og:url'), path).toMatch(new RegExp(`^${PUBLIC_URL}/`));
      expect(meta(page, 'twitter:card'), path).toBe('summary_large_image');
    }
    const pledge = await (await get(`/pledges/${SLUG}`)).text();
    expect(meta(pledge, 'og:description')).toMatch(/^RETRACTED since 2018-09-19\. Jack Ma pledged on 2017-01-09/);
    expect(meta(pledge, 'og:image')).toBe(`${PUBLIC_URL}/charts/pledges/${SLUG}.png`);
    // the image it names is served
    expect((await get(`/charts/pledges/${SLUG}.png`)).headers.get('content-type')).toBe('image/png');
  });

  it('pages advertise oEmbed; /oembed answers valid rich JSON for a pledge page, 404 for anything else', async () => {
    const page = await (await get(`/pledges/${SLUG}`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page)?.[1];
    expect(href).toBe(`${PUBLIC_URL}/oembed?format=json&amp;url=${encodeURIComponent(`${PUBLIC_URL}/pledges/${SLUG}`)}`);
    const res = await get(`/oembed?format=json&url=${encodeURIComponent(`${PUBLIC_URL}/pledges/${SLUG}`)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const o = (await res.json()) as Record<string, unknown>;
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'pledgewatch', provider_url: `${PUBLIC_URL}/`, width: 480, height: 360 });
    expect(o.html).toBe(`<iframe src="${PUBLIC_URL}/embed/pledges/${SLUG}" width="480" height="360" title="Alibaba Group: create 1 million US jobs" frameborder="0" loading="lazy"></iframe>`);
    expect(o.title).toBe('Alibaba Group: create 1 million US jobs');
    const small = (await (await get(`/oembed?url=${encodeURIComponent(`${PUBLIC_URL}/pledges/${SLUG}`)}&maxwidth=320`)).json()) as { width: number };
    expect(small.width).toBe(320);
    for (const url of ['', 'not a url', `${PUBLIC_URL}/tariffs`, `https://elsewhere.example.com/pledges/${SLUG}`, `${PUBLIC_URL}/pledges/nope`]) {
      const bad = await get(`/oembed?url=${encodeURIComponent(url)}`);
      expect(bad.status, url).toBe(404);
      expect(bad.headers.get('content-type')).toMatch(/^application\/json/);
    }
    expect((await get(`/oembed?format=xml&url=${encodeURIComponent(`${PUBLIC_URL}/pledges/${SLUG}`)}`)).status).toBe(501);
  });

  it('/embed/pledges/:slug is a small box: status, date, quote, source and a link back', async () => {
    const res = await get(`/embed/pledges/${SLUG}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<span class="badge tone-alert">RETRACTED</span>');
    expect(page).toContain('<time datetime="2018-09-19">');
    expect(page).toContain('That premise no longer exists today');
    expect(page).toMatch(/Source: <a href="https:\/\/www\.washingtonpost\.com\//);
    expect(page).toContain(`<a href="${PUBLIC_URL}/pledges/${SLUG}" target="_blank" rel="noopener">The full record on pledgewatch</a>`);
    expect(page).not.toContain('<nav');
    expect((await get('/embed/pledges/nope')).status).toBe(404);
  });

  it('pages use the one stylesheet: no inline style or script anywhere', async () => {
    const css = await get('/assets/tracker.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    for (const path of ['/', '/about', '/tariffs', '/tariffs/us-s301-list-3', `/pledges/${SLUG}`, `/embed/pledges/${SLUG}`, '/nope']) {
      const page = await (await get(path)).text();
      expect(page, path).toContain(`<link rel="stylesheet" href="${PUBLIC_URL}/assets/tracker.css">`);
      expect(page, path).not.toMatch(/<style|style="|<script|\son[a-z]+="/i);
    }
  });
});

describe('shipped history is dated as what it is', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  it('/feed.atom after a fresh seed has no entry dated today for a 2017 or 2018 change', async () => {
    const feed = parseFeed(await (await fetch(`${server.url}/feed.atom`)).text());
    const today = new Date().toISOString().slice(0, 10);
    const seeded = feed.items.filter((i) => i.url?.endsWith(`/pledges/${SLUG}`));
    expect(seeded.map((i) => i.updated?.toISOString().slice(0, 10))).toEqual(['2018-09-19', '2017-01-09']);
    for (const item of feed.items) expect(item.updated?.toISOString().slice(0, 10)).not.toBe(today);
    const page = await (await fetch(`${server.url}/pledges/${SLUG}`)).text();
    expect(page).toContain('recorded <time datetime="2018-09-19">');
  });
});
