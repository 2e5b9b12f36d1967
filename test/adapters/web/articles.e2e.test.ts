import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/adapters/console/ask';
import { createCommands } from '../../../src/core/commands';
import { systemClock } from '../../../src/core/ports';
import { startTestServer, type TestServer } from '../../support/server';

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
    const out = await ask(commands, '/pledge-admin proposals');
    expect(out.exitCode).toBe(0);
    expect(out.output).toContain('1 pending proposal');
    expect(out.output).toMatch(/#\d+ alibaba-1m-us-jobs: retracted → broken/);
    expect(out.output).toContain('2 sources: Example Wire <https://wire.example.org/b01>, news.example.net <https://news.example.net/story>');
    expect((await server.store.getPledge('alibaba-1m-us-jobs'))!.status).toBe('retracted');
  });

  it('413 for a body over 1 MB', async () => {
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
      req.end(JSON.stringify({ text: 'a'.repeat(1024 * 1024 + 10) }));
    });
    expect(status).toBe(413);
  });
});
