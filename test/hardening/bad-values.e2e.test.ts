import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommands } from '../../src/core/commands';
import { systemClock } from '../../src/core/ports';
import { testDrivers } from '../support/db';
import { startTestServer, type TestServer } from '../support/server';
import { type FeedServer, page, startFeedServer } from '../ingest/feeds/feed-server';

const token = 'z'.repeat(32);
const SLUG = 'alibaba-1m-us-jobs';
const editor = { platform: 'slack' as const, workspace: 'T1', userId: 'U0EDITOR' };
const article = readFileSync(join(process.cwd(), 'test/fixtures/articles/b01-deadline-passed.txt'), 'utf8');
/** the same article with a NUL byte in every sentence it has */
const withNuls = article.replaceAll(' the ', ' the\u0000 ');
const until = async (check: () => Promise<boolean>, what: string) => {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe.each(testDrivers())('NUL bytes, control and bidi characters at the edge, on $name', (driver) => {
  let server: TestServer;
  let web: FeedServer;
  const commands = () => createCommands({ store: server.store, clock: systemClock, bootstrapEditors: ['slack:U0EDITOR'] });
  const post = (body: unknown) =>
    fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const storeDown = () => server.logs.filter((l) => /store (down|unavailable)|unreachable/.test(String(l.msg)));

  beforeAll(async () => {
    server = await startTestServer({ PLEDGEWATCH_INGEST_TOKEN: token, PLEDGEWATCH_FEED_POLL_SECONDS: '3600' }, driver);
    web = await startFeedServer();
  });
  afterAll(async () => {
    await server?.stop();
    await web?.close();
  });

  it('/pledges/%00 and /api/pledges/%00 are 404, not a store outage', async () => {
    for (const path of ['/pledges/%00', '/api/pledges/%00', '/pledges/a%00b', '/pledges/%E2%80%AE']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
    }
    expect(storeDown()).toEqual([]);
  });

  it('POST /api/articles with NUL bytes in the text and the outlet: read without them, stored without them, nothing of it logged', async () => {
    const res = await post({ text: withNuls, outlet: 'Night\u0000Desk \u202eWire' });
    expect(res.status).toBe(202);
    const { proposals } = (await res.json()) as { proposals: { id: number; slug: string }[] };
    expect(proposals.map((p) => p.slug)).toContain(SLUG);
    const stored = await server.store.getProposal(proposals[0]!.id);
    expect(JSON.stringify(stored)).not.toMatch(/\\u0000|\u202e/);
    expect(JSON.stringify(stored)).toContain('NightDesk Wire');
    expect(JSON.stringify(server.logs)).not.toContain('Researchers who tracked');
    expect(storeDown()).toEqual([]);
  });

  it('one bad article does not stop a feed: every item after it is read, and the feed is not backed off', async () => {
    web.route('/a/first', page(200, withNuls.replaceAll('Alibaba', 'Alibaba\u0000'), 'text/plain; charset=utf-8'));
    web.route('/a/second', page(200, article, 'text/plain; charset=utf-8'));
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Night Desk</title>
      <item><title>First</title><link>${web.base}/a/first</link><guid>n-1</guid></item>
      <item><title>Second</title><link>${web.base}/a/second</link><guid>n-2</guid></item></channel></rss>`;
    web.route('/feed.xml', page(200, rss, 'application/rss+xml'));
    const added = await commands().run({ command: 'pledge-admin', text: `add-feed ${web.base}/feed.xml`, actor: editor });
    expect(added.ok).toBe(true);
    const feed = async () => (await server.store.listFeeds()).find((f) => f.url === `${web.base}/feed.xml`);
    await until(async () => (await feed())?.lastStatus !== null && (await feed())?.lastStatus !== undefined, 'the first poll');
    expect(await feed()).toMatchObject({ items: 2, failures: 0, lastStatus: 200 });
    expect(storeDown()).toEqual([]);
  });

  it('a value the database refuses is the caller\'s error (bad_input), never an outage, and its message carries no SQL parameters', async () => {
    const refused = await server.store.getProposal(9_999_999_999).then(
      () => null,
      (error: unknown) => error as Error & { code: string },
    );
    expect(refused?.code).toBe('bad_input');
    expect(refused?.message).toMatch(/out of range/);
    expect(refused?.message).not.toMatch(/params|select/i);
    expect(String((refused?.cause as Error | undefined)?.message)).not.toMatch(/params:|select /i);
  });

  it('the ingest CLI\'s reader drops NUL bytes from a file', async () => {
    const { readArticle } = await import('../../src/ingest/ingest');
    const file = join(tmpdir(), `pledgewatch-nul-${process.pid}.txt`);
    writeFileSync(file, withNuls);
    try {
      expect((await readArticle(file)).body).toBe(article);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('a bidi override in an editor’s title is not stored', async () => {
    const run = await commands().run({
      command: 'pledge-admin',
      text: 'add-pledge slug=bidi-test entity="Bidi Corp" by="A Person" to="Someone" made=2020-01-01 title="hire \u202e000,01\u202c people" text="hire people" source=https://example.org/bidi',
      actor: editor,
    });
    expect(run.ok).toBe(true);
    const res = await fetch(`${server.url}/api/pledges/bidi-test`);
    const body = await res.text();
    expect(body).toContain('hire');
    expect(body).not.toMatch(/\\u202[a-e]|[\u202a-\u202e\u2066-\u2069]/);
  });
});
