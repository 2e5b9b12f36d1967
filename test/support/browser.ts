import { existsSync } from 'node:fs';
import { type Browser, chromium, type ConsoleMessage, type Page } from 'playwright-core';

/**
 * Headless Chromium for the tracker's browser tests: Debian's package (.ci/run installs it).
 * Without it the tests skip, and `skipReason` says why; with it they must pass.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(chromiumPath);
export const skipReason = `no Chromium at ${chromiumPath}: browser tests skipped (install Debian's chromium, as .ci/run does, or set CHROMIUM_PATH)`;

if (!hasBrowser && !process.env.PLEDGEWATCH_QUIET_SKIPS) process.stderr.write(`${skipReason}\n`);

/** The flags this closed network needs: without them Chromium keeps reaching for Google's hosts. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** What a page said in its console while it loaded: errors, warnings and CSP violations. */
export interface PageReport {
  page: Page;
  /** console errors and uncaught page errors, CSP violations included */
  errors: string[];
  status: number | null;
  /** the document response's headers (lower-case names) */
  headers: Record<string, string>;
}

/** Opens `url` at a viewport width and collects every console error until the page is loaded. */
export async function openPage(browser: Browser, url: string, width = 1280, prepare?: (page: Page) => Promise<void>): Promise<PageReport> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await prepare?.(page);
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, errors, status: response?.status() ?? null, headers: response?.headers() ?? {} };
}

/** true when the document is wider than the viewport (a horizontal scroll bar) */
export async function scrollsSideways(page: Page): Promise<boolean> {
  // a string, so it runs in the page without Node's types pretending to know the DOM
  return page.evaluate('document.documentElement.scrollWidth > window.innerWidth + 1') as Promise<boolean>;
}
