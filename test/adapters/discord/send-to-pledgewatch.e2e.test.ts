import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../support/server';
import { type Stack, startStack } from '../../support/stack';
import { finalMessage, requestsFor, sendInteraction } from './support/client';
import type { FakeDiscord } from './support/fake-discord';
import { APPLICATION_ID } from './support/signing';

const ALIBABA = 'alibaba-1m-us-jobs';
const kept = readFileSync(new URL('../../fixtures/articles/k01-kept.txt', import.meta.url), 'utf8');

type Message = { content: string; embeds: { url?: string }[] };

describe('Discord “Send to pledgewatch” (message context-menu command), end to end', () => {
  let stack: Stack;
  let server: TestServer;
  let fake: FakeDiscord;
  let privateKey: KeyObject;
  let site: Server;
  let base = '';
  const hits: string[] = [];
  let n = 0;

  /** right-click > Apps > Send to pledgewatch on a message with this text (and embeds) */
  const send = (content: string, embeds: { url?: string }[] = []) =>
    sendInteraction(server.url, privateKey, 'message-send-to-pledgewatch', (p) => {
      p.token = `send-token-${++n}`;
      const data = p.data as { target_id: string; resolved: { messages: Record<string, Message> } };
      Object.assign(data.resolved.messages[data.target_id]!, { content, embeds });
    });

  beforeAll(async () => {
    site = createServer((req, res) => {
      hits.push(req.url ?? '');
      const ok = req.url === '/kept';
      res.writeHead(ok ? 200 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(ok ? kept : 'not here');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    stack = await startStack({ discord: { botToken: false }, env: { PLEDGEWATCH_PRIVATE_HOSTS: '127.0.0.1' } });
    ({ server } = stack);
    fake = stack.discord!;
    privateKey = stack.discord!.privateKey;
  });
  afterAll(async () => {
    await stack?.close();
    await new Promise<void>((resolve) => site?.close(() => resolve()));
  });

  it('defers privately, then edits @original with what was found and the proposal made; nothing is published', async () => {
    const answer = await send(`The jobs pledge, revisited: ${base}/kept (and a dead link <${base}/gone>)`, [{ url: `${base}/kept` }]);
    expect(answer.status).toBe(200);
    expect(answer.response).toEqual({ type: 5, data: { flags: 64 } });
    const message = JSON.stringify(await finalMessage(fake, answer));
    expect(message).toContain('2 links read, 1 new proposal');
    expect(message).toMatch(new RegExp(`Proposal #\\d+: ${ALIBABA} → kept, waiting for an editor`));
    expect(message).toContain('Not read (HTTP 404)');
    // the defer came first, then exactly one edit of it
    const calls = requestsFor(fake, answer.token).map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([`PATCH /webhooks/${APPLICATION_ID}/${answer.token}/messages/@original`]);
    expect(hits.sort()).toEqual(['/gone', '/kept']);

    const [pending] = await server.store.listProposals({ state: 'pending', limit: 5 });
    expect(pending).toMatchObject({ slug: ALIBABA, status: 'kept' });
    expect((await server.store.getPledge(ALIBABA))!.status).toBe('retracted');
    const audit = (await server.store.listAudit({ limit: 5 })).filter((a) => a.action === 'send-to-pledgewatch');
    expect(audit.map((a) => a.actor)).toEqual(['discord:1187000000000000100/1187000000000000300', 'discord:1187000000000000100/1187000000000000300']);
  });

  it('the same article again adds nothing new: the pending proposal already cites it', async () => {
    const before = await server.store.listProposals({ state: 'pending', limit: 5 });
    const message = JSON.stringify(await finalMessage(fake, await send(`again: ${base}/kept`)));
    expect(message).toContain('1 link read, 0 new proposals');
    expect(message).toMatch(/Added as a source to proposal #\d+/);
    expect(await server.store.listProposals({ state: 'pending', limit: 5 })).toHaveLength(before.length);
  });

  it('a message with no links says so; a link to a private host is refused before any connection', async () => {
    expect(JSON.stringify(await finalMessage(fake, await send('no links in here, just words')))).toContain('That message has no links to send');
    const refused = JSON.stringify(await finalMessage(fake, await send('see http://10.0.0.7/wire/story and http://169.254.169.254/latest/meta-data/')));
    expect(refused).toContain('10.0.0.7 is a private address');
    expect(refused).toContain('169.254.169.254 is a private address');
  });
});
