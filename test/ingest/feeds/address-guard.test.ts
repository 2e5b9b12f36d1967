import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleGuard, isPrivateAddress } from '../../../src/ingest/feeds/address-guard';
import { RefusedUrlError, fetchLimited } from '../../../src/ingest/feeds/http';

describe('article links may not reach private addresses, except on the feed’s own host', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['::1', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['not-an-ip', true],
    ['93.184.216.34', false],
    ['8.8.8.8', false],
    ['2606:4700::6810:85e5', false],
    ['::ffff:8.8.8.8', false],
  ])('%s private: %s', (address, expected) => expect(isPrivateAddress(address)).toBe(expected));

  it('checks where a host resolves, and lets the feed’s own host be private', async () => {
    const dns: Record<string, string[]> = { 'news.example.org': ['93.184.216.34'], 'intranet.example.org': ['10.0.0.5'], 'mixed.example.org': ['93.184.216.34', '127.0.0.1'] };
    const allow = articleGuard('http://127.0.0.1:8080/feed.xml', async (host) => dns[host] ?? []);
    expect(await allow('http://127.0.0.1:9999/article')).toBeNull();
    expect(await allow('https://news.example.org/a')).toBeNull();
    expect(await allow('https://intranet.example.org/admin')).toMatch(/intranet.example.org is a private address/);
    expect(await allow('https://mixed.example.org/a')).toMatch(/private address/);
    expect(await allow('http://169.254.169.254/latest/meta-data/')).toMatch(/private address/);
    expect(await allow('http://[::1]/x')).toMatch(/private address/);
  });
});

describe('fetchLimited follows redirects hop by hop', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/to-metadata') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      else if (req.url === '/hop') res.writeHead(301, { location: '/article' }).end();
      else if (req.url?.startsWith('/loop')) res.writeHead(302, { location: `/loop${req.url.length}` }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>the article</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const opts = () => ({ timeoutMs: 5_000, maxBytes: 10_000, allow: articleGuard(`${base}/feed.xml`) });

  it('a redirect on the feed’s host is followed and its final URL reported', async () => {
    const page = await fetchLimited(`${base}/hop`, opts());
    expect(page).toMatchObject({ status: 200, url: `${base}/article`, body: '<p>the article</p>' });
  });

  it('a redirect into a private address is refused before any connection to it', async () => {
    await expect(fetchLimited(`${base}/to-metadata`, opts())).rejects.toThrow(RefusedUrlError);
    await expect(fetchLimited(`${base}/to-metadata`, opts())).rejects.toThrow(/169\.254\.169\.254 is a private address/);
  });

  it('a redirect loop ends after 5 hops with a clear error', async () => {
    await expect(fetchLimited(`${base}/loop`, opts())).rejects.toThrow(/more than 5 redirects/);
  });
});
