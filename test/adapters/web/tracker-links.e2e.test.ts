import { Writable } from 'node:stream';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebApp } from '../../../src/adapters/web/app';
import { StoreError } from '../../../src/core/errors';
import type { Store } from '../../../src/core/ports';
import { createLogger } from '../../../src/logger';
import { startTestServer, type TestServer } from '../../support/server';

const PUBLIC_URL = 'https://tracker.example.org';
const SLUG = 'alibaba-1m-us-jobs';

describe('public tracker with PUBLIC_URL set, and paging', () => {
  let server: TestServer;
  const get = (path: string) => fetch(`${server.url}${path}`);

  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL: `${PUBLIC_URL}/` });
    // 51 more pledges, so the record runs to two pages of 50
    for (let i = 1; i <= 51; i++) {
      const n = String(i).padStart(2, '0');
      await server.store.addPledge(
        {
          slug: `paging-pledge-${n}`,
          entityName: `Paging Company ${n}`,
          byName: null,
          byRole: null,
          madeTo: null,
          madeOn: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
          title: `open factory number ${n}`,
          text: `A pledge made up for the paging test, number ${n}.`,
          deadline: null,
          target: null,
          place: null,
          sourceUrl: `https://example.org/paging/${n}`,
          aliases: [],
          keywords: [],
        },
        'console:local',
      );
    }
  });
  afterAll(async () => server?.stop());

  it('pages and the API link with the public base', async () => {
    const page = await (await get('/')).text();
    expect(page).toContain(`href="${PUBLIC_URL}/pledges/${SLUG}"`);
    expect(page).toContain(`href="${PUBLIC_URL}/tariffs"`);
    expect(page).toContain(`<link rel="alternate" type="application/atom+xml" title="pledgewatch: status changes" href="${PUBLIC_URL}/feed.atom">`);
    expect(page).not.toMatch(/href="\/(?!\/)/);
    const detail = await (await get(`/pledges/${SLUG}`)).text();
    expect(detail).toContain(`href="${PUBLIC_URL}/tariffs/us-s301-list-3"`);
    const json = (await (await get(`/api/pledges/${SLUG}`)).json()) as { url: string };
    expect(json.url).toBe(`${PUBLIC_URL}/pledges/${SLUG}`);
  });

  it('the feed uses the public base for its ids and links, whatever host was asked', async () => {
    const feed = parseFeed(await (await get('/feed.atom')).text());
    expect(feed.items[0]!.url).toBe(`${PUBLIC_URL}/pledges/${SLUG}`);
    expect(feed.items[0]!.id).toMatch(new RegExp(`^${PUBLIC_URL}/pledges/${SLUG}#change-\\d+$`));
    expect(feed.url).toBe(`${PUBLIC_URL}/`);
  });

  it('50 pledges a page, the most recent status change first, with links between pages', async () => {
    const first = await (await get('/')).text();
    const rows = (html: string) => html.split('<tr>').filter((r) => r.includes('<th scope="row"><a href') && r.includes('/pledges/'));
    expect(rows(first)).toHaveLength(50);
    expect(rows(first)[0]).toContain(`/pledges/${SLUG}"`);
    expect(first).toContain('52 pledges on the record');
    expect(first).toContain('Page 1 of 2');
    expect(first).toContain(`href="${PUBLIC_URL}/?page=2" rel="next"`);
    const second = await (await get('/?page=2')).text();
    expect(rows(second)).toHaveLength(2);
    expect(second).toContain(`href="${PUBLIC_URL}/?page=1" rel="prev"`);
    const api = (await (await get('/api/pledges?page=2')).json()) as { items: unknown[]; total: number; pages: number };
    expect(api).toMatchObject({ total: 52, pages: 2 });
    expect(api.items).toHaveLength(2);
    const none = await (await get('/?page=3')).text();
    expect(none).toContain('No pledges on this page.');
  });
});

describe('public tracker when the store is down', () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  // every method rejects the way the real store does when PostgreSQL goes away
  const down = new Proxy({} as Store, {
    get: (_t, name) => () => Promise.reject(new StoreError(`store.${String(name)} failed: connect ECONNREFUSED 10.0.0.9:5432`)),
  });
  const app = createWebApp({ store: down, log: createLogger('debug', sink) });

  it('pages answer 503 with a short HTML page, never the driver text or a stack', async () => {
    for (const path of ['/', `/pledges/${SLUG}`, '/tariffs']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = await res.text();
      expect(body).toContain('The pledge record is unreachable right now');
      expect(body).not.toMatch(/ECONNREFUSED|StoreError|at .*\.ts:\d+/);
    }
  });

  it('the API answers 503 JSON, the feed 503 text; /healthz says down', async () => {
    for (const path of ['/api/pledges', `/api/pledges/${SLUG}`, '/api/tariffs']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(503);
      expect(await res.json()).toEqual({ error: 'store_unavailable', message: expect.stringContaining('unreachable') });
    }
    const feed = await app.request('/feed.atom');
    expect(feed.status).toBe(503);
    expect(await feed.text()).not.toContain('ECONNREFUSED');
    expect((await app.request('/healthz')).status).toBe(503);
    const warned = lines.filter((l) => l.msg === 'tracker: store unavailable');
    expect(warned.length).toBeGreaterThanOrEqual(7);
    expect(warned[0]).toMatchObject({ level: 40, path: '/' });
  });

  it('bad input is still a 400 before the store is asked', async () => {
    expect((await app.request('/?page=abc')).status).toBe(400);
    expect((await app.request('/api/pledges?page=-2')).status).toBe(400);
  });
});
