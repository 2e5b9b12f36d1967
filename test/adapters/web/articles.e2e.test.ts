import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/adapters/console/ask';
import { createLogger } from '../../../src/logger';
import { createCommands } from '../../../src/core/commands';
import { systemClock } from '../../../src/core/ports';
import { MAX_BODY_BYTES } from '../../../src/adapters/web/articles';
import { cleanParagraphs } from '../../../src/ingest/boilerplate';
import { MAX_ARTICLE_CHARS } from '../../../src/ingest/limits';
import { startTestServer, type TestServer } from '../../support/server';
import { type Stack, startStack } from '../../support/stack';
import { fixture, slashAnswer } from '../slack/signed-request';

const token = 'x'.repeat(32);
const fixtures = join(process.cwd(), 'test/fixtures/articles');
const broken = readFileSync(join(fixtures, 'b01-deadline-passed.txt'), 'utf8');

interface Accepted {
  findings: { slug: string; finding: string; outlet?: string }[];
  proposals: { id: number; slug: string; status: string; created: boolean }[];
}

/** `POST /api/articles` on the real server, as a wire feed would call it. */
describe('article intake, end to end', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ PLEDGEWATCH_INGEST_TOKEN: token });
  });
  afterAll(async () => server?.stop());

  const post = (body: string, auth?: string) =>
    fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      body,
    });

  it('401 with no body, without a token or with a wrong one; the token is never logged', async () => {
    for (const auth of [undefined, `Bearer ${'y'.repeat(32)}`, `Bearer ${token}x`, token, 'Bearer ']) {
      const res = await post(JSON.stringify({ text: broken }), auth);
      expect(res.status, String(auth)).toBe(401);
      expect(await res.text()).toBe('');
    }
    expect(JSON.stringify(server.logs)).not.toContain(token);
  });

  it('400 with a clear error for an empty or malformed body', async () => {
    const cases: [string, string][] = [
      ['', 'must be JSON'],
      ['{}', 'give the article as text or html'],
      [JSON.stringify({ text: '   ' }), 'give the article as text or html'],
      [JSON.stringify({ text: 'x', url: 'ftp://example.org/a' }), 'url'],
      [JSON.stringify({ text: 'x', colour: 'red' }), 'colour'],
      ['[1, 2]', 'expected object'],
    ];
    for (const [body, message] of cases) {
      const res = await post(body, `Bearer ${token}`);
      expect(res.status, body).toBe(400);
      const json = (await res.json()) as { error: string; message: string };
      expect(json.error).toBe('bad_request');
      expect(json.message, body).toContain(message);
    }
  });

  it('202 with the findings and one proposal for a broken-pledge article; a second outlet adds a source', async () => {
    const res = await post(JSON.stringify({ text: broken, url: 'https://wire.example.org/b01', outlet: 'Example Wire' }), `Bearer ${token}`);
    expect(res.status).toBe(202);
    const json = (await res.json()) as Accepted;
    expect(json.findings).toMatchObject([{ slug: 'alibaba-1m-us-jobs', finding: 'broken', outlet: 'Example Wire' }]);
    expect(json.proposals).toEqual([{ id: expect.any(Number), slug: 'alibaba-1m-us-jobs', status: 'broken', created: true }]);

    const html = `<html><body><article><p>${broken.trim().split(/\n\s*\n/).join('</p><p>')}</p></article></body></html>`;
    const again = await post(JSON.stringify({ html, url: 'https://news.example.net/story' }), `Bearer ${token}`);
    expect(again.status).toBe(202);
    expect(((await again.json()) as Accepted).proposals).toEqual([{ id: json.proposals[0]!.id, slug: 'alibaba-1m-us-jobs', status: 'broken', created: false }]);
  });

  it('the proposal waits for an editor: /pledge-admin proposals shows it, and the pledge is unchanged', async () => {
    const commands = createCommands({ store: server.store, clock: systemClock, bootstrapEditors: [] });
    const out = await ask(commands, '/pledge-admin proposals', createLogger('silent'));
    expect(out.exitCode).toBe(0);
    expect(out.output).toContain('1 pending proposal');
    expect(out.output).toMatch(/#\d+ alibaba-1m-us-jobs: retracted → broken/);
    expect(out.output).toContain('2 sources: Example Wire <https://wire.example.org/b01>, news.example.net <https://news.example.net/story>');
    expect((await server.store.getPledge('alibaba-1m-us-jobs'))!.status).toBe('retracted');
  });

  it('the outlet is the sender’s name, else the page’s site name, else the URL’s host', async () => {
    const page = (site: string) =>
      `<html><head><meta property="og:site_name" content="${site}"></head><body><article><p>${broken.trim().split(/\n\s*\n/).join('</p><p>')}</p></article></body></html>`;
    const outletOf = async (body: object) => {
      const res = await post(JSON.stringify(body), `Bearer ${token}`);
      expect(res.status).toBe(202);
      return ((await res.json()) as Accepted).findings.map((f) => f.outlet);
    };
    expect(await outletOf({ html: page('Harbour Daily'), url: 'https://www.harbour.example/a', outlet: 'Given Desk' })).toEqual(['Given Desk']);
    expect(await outletOf({ html: page('Harbour Daily'), url: 'https://www.harbour.example/b' })).toEqual(['Harbour Daily']);
    expect(await outletOf({ text: broken, url: 'https://www.harbour.example/c' })).toEqual(['harbour.example']);
  });

  it('413 with a JSON message for article text over 2 MiB; the server stays up', async () => {
    const res = await post(JSON.stringify({ text: 'Alibaba jobs. '.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / 14)) }), `Bearer ${token}`);
    expect(res.status).toBe(413);
    const json = (await res.json()) as { error: string; message: string };
    expect(json).toMatchObject({ error: 'too_large' });
    expect(json.message).toContain('over the limit of 2,097,152');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('413 for a body over the HTML limit, before it is all read', async () => {
    // its own connection: the server stops reading an oversized body and closes the socket
    const status = await new Promise<number | undefined>((resolve, reject) => {
      let answered = false;
      const req = request(`${server.url}/api/articles`, { method: 'POST', agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }, (res) => {
        answered = true;
        res.resume();
        resolve(res.statusCode);
      });
      // the server may close while the rest of the body is still on its way: the answer counts
      req.on('error', (e) => (answered ? undefined : reject(e)));
      req.end(JSON.stringify({ html: 'a'.repeat(MAX_BODY_BYTES + 10) }));
    });
    expect(status).toBe(413);
  });
});

/** Detection runs in the worker pool: the server answers everyone else while a 1 MB article is read. */
describe('article intake does not hold up the bot', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ slack: true, env: { PLEDGEWATCH_INGEST_TOKEN: token } });
  });
  afterAll(async () => stack?.close());

  it('/healthz and a /pledge alibaba answer complete while a 1 MB single-paragraph article is being processed', { timeout: 120_000 }, async () => {
    const { server, slack } = stack;
    // the story's paragraphs without its boilerplate, joined into one long paragraph
    const story = cleanParagraphs(readFileSync(join(fixtures, 'r01-xinhua-interview.txt'), 'utf8')).join(' ');
    let text = '';
    while (text.length < 1024 * 1024) text += `${story} `;
    const order: string[] = [];
    const article = fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ text }),
    }).then(async (res) => {
      order.push('article');
      return { status: res.status, json: (await res.json()) as Accepted };
    });
    // the article has reached the worker pool
    while (!server.logs.some((l) => l.msg === 'article queued for detection')) await new Promise((r) => setTimeout(r, 10));

    const health = await fetch(`${server.url}/healthz`);
    order.push(`healthz ${health.status}`);
    const url = slack!.responseUrl('while-ingesting');
    // in the ack when it is ready in time, else at response_url
    const answer = await slashAnswer(server.url, slack!, fixture('slash-pledge-alibaba', { response_url: url }));
    order.push(`pledge ${answer.res.status} ${JSON.stringify(answer.body).includes('Alibaba') ? 'answered' : 'empty'}`);

    const done = await article;
    expect(order).toEqual(['healthz 200', 'pledge 200 answered', 'article']);
    expect(done.status).toBe(202);
    expect(done.json.findings).toMatchObject([{ slug: 'alibaba-1m-us-jobs', finding: 'retracted' }]);
  });
});
