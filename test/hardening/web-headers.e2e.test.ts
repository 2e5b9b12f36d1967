import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CSP, EMBED_CSP, PAGE_CSP } from '../../src/adapters/web/security-headers';
import { startTestServer, type TestServer } from '../support/server';

/** A GET with a Host header of our choosing (fetch will not send one). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const ids = (xml: string) => [...xml.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1]);

describe('security headers and a Host-proof feed, through the running server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ SLACK_SIGNING_SECRET: 'x'.repeat(32), SLACK_BOT_TOKEN: 'xoxb-test-000000000000-headers', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
  });
  afterAll(async () => server?.stop());

  it.each([
    ['/', 200, PAGE_CSP],
    ['/pledges/alibaba-1m-us-jobs', 200, PAGE_CSP],
    ['/tariffs', 200, PAGE_CSP],
    ['/pledges/no-such-pledge', 404, PAGE_CSP],
    ['/?page=x', 400, PAGE_CSP],
    ['/embed/pledges/alibaba-1m-us-jobs', null, EMBED_CSP],
    ['/api/pledges', 200, DATA_CSP],
    ['/api/nothing', 404, DATA_CSP],
    ['/feed.atom', 200, DATA_CSP],
    ['/healthz', 200, DATA_CSP],
    ['/assets/tracker.css', 200, DATA_CSP],
  ])('GET %s: nosniff, referrer policy, its CSP', async (path, status, csp) => {
    const res = await fetch(`${server.url}${path}`);
    if (status !== null) expect(res.status).toBe(status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const html = (res.headers.get('content-type') ?? '').startsWith('text/html');
    expect(res.headers.get('content-security-policy')).toBe(html || csp === DATA_CSP ? csp : DATA_CSP);
    expect(res.headers.get('x-frame-options')).toBe(path.startsWith('/embed/') ? null : 'DENY');
  });

  it('the stylesheet the pages link to is served as CSS, and no page has inline style or script', async () => {
    const css = await fetch(`${server.url}/assets/tracker.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.badge');
    const page = await (await fetch(`${server.url}/`)).text();
    expect(page).toContain('<link rel="stylesheet" href="/assets/tracker.css">');
    expect(page).not.toMatch(/<style|<script|\sstyle=|\son[a-z]+=/i);
  });

  it('a refused platform request carries the headers too', async () => {
    const res = await fetch(`${server.url}/slack/events`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe(DATA_CSP);
  });

  it('/feed.atom with a forged Host: no link to it, the same ids as without', async () => {
    const plain = await getWithHost(`${server.url}/feed.atom`, `127.0.0.1:${server.port}`);
    const forged = await getWithHost(`${server.url}/feed.atom`, 'evil.example');
    expect(forged.status).toBe(200);
    expect(forged.body).not.toContain('evil.example');
    expect(ids(forged.body)).toEqual(ids(plain.body));
    expect(ids(plain.body)[0]).toBe(`http://localhost:${server.port}/feed.atom`);
    expect(server.logs.some((l) => l.msg === 'PUBLIC_URL not set: the Atom feed links to localhost')).toBe(true);
  });
});
