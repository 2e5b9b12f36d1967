import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../../src/adapters/web/security-headers';
import { hasBrowser, launchBrowser, openPage, scrollsSideways, skipReason } from '../../support/browser';
import { startTestServer, type TestServer } from '../../support/server';

/** Every page type of the public tracker, as a reader's browser loads it. */
const pages = ['/', '/pledges/alibaba-1m-us-jobs', '/tariffs'];

describe.skipIf(!hasBrowser)(`tracker pages in headless Chromium${hasBrowser ? '' : ` (${skipReason})`}`, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
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

  for (const path of pages) {
    for (const width of [1280, 390]) {
      it(`${path} at ${width} px loads under the strict CSP with no console error (no CSP violation) and no sideways scroll`, async () => {
        const { page, errors, status, headers } = await openPage(browser, `${server.url}${path}`, width);
        try {
          expect(status).toBe(200);
          expect(headers['content-security-policy']).toBe(PAGE_CSP);
          expect(errors).toEqual([]);
          // the served stylesheet applied (an inline one would have been blocked)
          expect(await page.evaluate('getComputedStyle(document.body).maxWidth')).toBe('960px');
          expect(await page.locator('h1').count()).toBeGreaterThan(0);
          expect(await scrollsSideways(page)).toBe(false);
        } finally {
          await page.close();
        }
      });
    }
  }
});
