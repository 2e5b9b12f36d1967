import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_CSP, PAGE_CSP } from '../../../src/adapters/web/security-headers';
import { hasBrowser, launchBrowser, openPage, scrollsSideways, skipReason } from '../../support/browser';
import { startTestServer, type TestServer } from '../../support/server';

const SLUG = 'alibaba-1m-us-jobs';
/** Every page type of the public tracker, as a reader's browser loads it, and whether it has charts. */
const pages: { path: string; status: number; charts: number }[] = [
  { path: '/', status: 200, charts: 1 },
  { path: '/?q=alibab', status: 200, charts: 1 },
  { path: '/?status=retracted', status: 200, charts: 1 },
  { path: '/about', status: 200, charts: 0 },
  { path: `/pledges/${SLUG}`, status: 200, charts: 1 },
  { path: '/tariffs', status: 200, charts: 1 },
  { path: '/tariffs/us-s301-list-3', status: 200, charts: 1 },
  { path: '/tariffs/cn-retaliation-list-4', status: 200, charts: 1 },
  { path: `/embed/pledges/${SLUG}`, status: 200, charts: 0 },
  { path: '/no-such-page', status: 404, charts: 0 },
];

/** Each chart: the image loaded, with its alt text, its caption and the table of its data. */
const chartReport = (page: Page) =>
  page.evaluate(`[...document.querySelectorAll('figure.chart')].map((f) => {
    const img = f.querySelector('img');
    return {
      loaded: !!img && img.complete && img.naturalWidth > 0,
      alt: img ? img.alt : '',
      caption: (f.querySelector('figcaption') || {}).textContent || '',
      tableRows: f.querySelectorAll('table tr').length,
    };
  })`) as Promise<{ loaded: boolean; alt: string; caption: string; tableRows: number }[]>;

describe.skipIf(!hasBrowser)(`tracker pages in headless Chromium${hasBrowser ? '' : ` (${skipReason})`}`, () => {
  let server: TestServer;
  let browser: Browser;
  let host: Server;
  let hostUrl: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // a story page on another origin that embeds the status box, as a CMS would
    host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title></head><body><h1>A story</h1>
        <iframe id="box" src="${server.url}/embed/pledges/${SLUG}" width="480" height="360" title="pledgewatch status"></iframe></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => host?.close(resolve));
    await server?.stop();
  });

  it('a page with inline style or script is blocked by the same policy: the check can fail', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/`);
    try {
      await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'document.title = "ran"'; document.head.append(s); })()`);
      await page.waitForTimeout(100);
      expect(await page.title()).not.toBe('ran');
      expect(errors.join('\n')).toMatch(/Content Security Policy/);
    } finally {
      await page.close();
    }
  });

  for (const { path, status, charts } of pages) {
    for (const width of [1280, 390]) {
      it(`${path} at ${width} px: no console error under the served CSP, no sideways scroll, charts with their text alternative`, async () => {
        const { page, errors, status: got, headers } = await openPage(browser, `${server.url}${path}`, width);
        try {
          expect(got).toBe(status);
          expect(headers['content-security-policy']).toBe(path.startsWith('/embed/') ? EMBED_CSP : PAGE_CSP);
          // a 404 page logs its own status, nothing else
          expect(errors).toEqual(status === 404 ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : []);
          expect(await page.locator(path.startsWith('/embed/') ? '.embed' : 'h1').count()).toBeGreaterThan(0);
          expect(await scrollsSideways(page)).toBe(false);
          const figures = await chartReport(page);
          expect(figures).toHaveLength(charts);
          for (const f of figures) {
            expect(f.loaded).toBe(true);
            expect(f.alt.length).toBeGreaterThan(20);
            expect(f.caption).toContain('PNG');
            expect(f.tableRows).toBeGreaterThan(1);
          }
        } finally {
          await page.close();
        }
      });
    }
  }

  it('the embed box renders inside an iframe on another origin', async () => {
    const { page, errors } = await openPage(browser, `${hostUrl}/`);
    try {
      const frame = page.frames().find((f) => f.url() === `${server.url}/embed/pledges/${SLUG}`);
      expect(frame).toBeDefined();
      expect(new URL(frame!.url()).origin).not.toBe(hostUrl);
      await frame!.locator('.embed').waitFor();
      const text = await frame!.locator('.embed').innerText();
      expect(text).toContain('RETRACTED');
      expect(text).toContain('That premise no longer exists today');
      expect(text).toContain('2018-09-19');
      // the link back is inside the frame's 360 px, not cut off below it
      const back = await frame!.locator('a', { hasText: 'The full record on pledgewatch' }).boundingBox();
      expect(back).not.toBeNull();
      expect(back!.y + back!.height).toBeLessThanOrEqual(360);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
