import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  for (const path of pages) {
    for (const width of [1280, 390]) {
      it(`${path} at ${width} px loads with no console error and no sideways scroll`, async () => {
        const { page, errors, status } = await openPage(browser, `${server.url}${path}`, width);
        try {
          expect(status).toBe(200);
          expect(errors).toEqual([]);
          expect(await page.locator('h1').count()).toBeGreaterThan(0);
          expect(await scrollsSideways(page)).toBe(false);
        } finally {
          await page.close();
        }
      });
    }
  }
});
