import type { KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../support/server';
import { type Stack, startStack } from '../../support/stack';
import { finalMessage, requestsFor, sendInteraction } from './support/client';
import type { FakeDiscord } from './support/fake-discord';
import { APPLICATION_ID, fixture, READER_ID, signedHeaders, testKeys } from './support/signing';

const ALIBABA = 'alibaba-1m-us-jobs';
const EPHEMERAL = 64;

interface Embed {
  title?: string;
  url?: string;
  description?: string;
  author?: { name: string };
  color?: number;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}
interface Button {
  type: number;
  custom_id: string;
  label: string;
}

const embedsOf = (m: Record<string, unknown>) => (m.embeds ?? []) as Embed[];
const textOf = (m: Record<string, unknown>) => JSON.stringify(m.embeds ?? []) + String(m.content ?? '');
const buttonsOf = (m: Record<string, unknown>) =>
  ((m.components ?? []) as { components: Button[] }[]).flatMap((row) => row.components);

describe('Discord HTTP interactions, end to end through the running server', () => {
  let server: TestServer;
  let fake: FakeDiscord;
  let privateKey: KeyObject;
  const send = (name: string, tweak?: (p: Record<string, unknown>) => void) => sendInteraction(server.url, privateKey, name, tweak);

  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ discord: true });
    ({ server } = stack);
    fake = stack.discord!;
    privateKey = stack.discord!.privateKey;
  });
  afterAll(async () => stack?.close());

  it('answers a signed PING with PONG', async () => {
    const answer = await send('ping');
    expect(answer.status).toBe(200);
    expect(answer.response).toEqual({ type: 1 });
  });

  it('/pledge query:alibaba shows the retraction, Ma’s quote and its source, privately', async () => {
    const answer = await send('pledge-alibaba');
    const message = await finalMessage(fake, answer);
    const [embed] = embedsOf(message);
    expect(embed?.title).toBe('Alibaba Group: create 1 million US jobs');
    expect(embed?.author?.name).toContain('RETRACTED');
    expect(embed?.color).toBe(0xd93025);
    expect(embed?.description).toContain('That premise no longer exists today');
    expect(embed?.description).toMatch(/Source: \[[^\]]+\]\(https:\/\/www\.washingtonpost\.com\//);
    expect(embed?.fields?.find((f) => f.name === 'Status')?.value).toContain('retracted since 2018-09-19');
    expect(textOf(message)).toContain('Section 301 List 3');
    if (answer.response.type === 4) expect(answer.response.data?.flags).toBe(EPHEMERAL);
    // the buttons carry exactly the custom_ids the button fixtures replay
    const ids = buttonsOf(message).map((b) => b.custom_id);
    expect(ids).toContain(JSON.parse(fixture('button-history')).data.custom_id);
    expect(ids).toContain(JSON.parse(fixture('button-share')).data.custom_id);
  });

  it('/tariff query:china names the $200B action', async () => {
    const message = await finalMessage(fake, await send('tariff-china'));
    const text = textOf(message);
    expect(text).toContain('$200B');
    expect(text).toContain('Section 301 List 3 tariffs on Chinese goods');
  });

  it('/pledge query:list means the same words as in Slack', async () => {
    const message = await finalMessage(fake, await send('pledge-list'));
    expect(textOf(message)).toContain('Alibaba Group: create 1 million US jobs');
  });

  it('autocomplete "alibab" offers the Alibaba pledge first, at most 25 choices', async () => {
    const answer = await send('autocomplete-alibab');
    expect(answer.status).toBe(200);
    expect(answer.response.type).toBe(8);
    const choices = (answer.response.data?.choices ?? []) as { name: string; value: string }[];
    expect(choices[0]?.value).toBe(ALIBABA);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('autocomplete with nothing typed offers the first page of pledges', async () => {
    const answer = await send('autocomplete-empty');
    const choices = (answer.response.data?.choices ?? []) as { value: string }[];
    expect(choices.map((c) => c.value)).toContain(ALIBABA);
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('the History button answers privately with the pledge’s history', async () => {
    const answer = await send('button-history');
    const message = await finalMessage(fake, answer);
    expect(embedsOf(message)[0]?.title).toBe(`History of ${ALIBABA}`);
    expect(textOf(message)).toContain('retracted');
    if (answer.response.type === 4) expect(answer.response.data?.flags).toBe(EPHEMERAL);
  });

  it('the Post to channel button posts the pledge publicly, shared by the clicker', async () => {
    const answer = await send('button-share');
    const message = await finalMessage(fake, answer);
    expect(answer.response.data?.flags ?? 0).toBe(0);
    expect(message.content).toBe(`Shared by <@${READER_ID}>`);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(textOf(message)).toContain('That premise no longer exists today');
    expect(buttonsOf(message).map((b) => b.label)).not.toContain('Post to channel');
  });

  it('sharing a pledge that no longer matches answers privately, and posts nothing', async () => {
    const answer = await send('button-share', (p) => {
      p.token = 'share-missing';
      (p.data as { custom_id: string }).custom_id = 'pw:s:pledge no-such-pledge-anywhere';
    });
    const message = await finalMessage(fake, answer);
    expect(textOf(message)).toContain('No pledge matches');
    expect(message.content).toBeUndefined();
    if (answer.response.type === 4) expect(answer.response.data?.flags).toBe(EPHEMERAL);
  });

  it('an unknown pledge gets "No pledge matches", privately', async () => {
    const answer = await send('pledge-unknown');
    const message = await finalMessage(fake, answer);
    expect(textOf(message)).toContain('No pledge matches');
    if (answer.response.type === 4) expect(answer.response.data?.flags).toBe(EPHEMERAL);
  });

  it('refuses a non-editor’s /pledge-admin set-status, and the pledge stays retracted', async () => {
    const message = await finalMessage(fake, await send('admin-set-status'));
    expect(textOf(message)).toContain('Only editors');
    const after = await finalMessage(fake, await send('pledge-alibaba', (p) => (p.token = 'after-refusal-token')));
    expect(embedsOf(after)[0]?.author?.name).toContain('RETRACTED');
  });

  it('answers each interaction exactly once', async () => {
    const answer = await send('tariff-china', (p) => (p.token = 'answered-once-token'));
    await finalMessage(fake, answer);
    await new Promise((r) => setTimeout(r, 100));
    const calls = requestsFor(fake, 'answered-once-token');
    // a direct answer needs no call to Discord; a deferred one is followed by exactly one edit
    expect(calls.filter((r) => r.path.endsWith('/callback'))).toHaveLength(0);
    expect(calls.filter((r) => r.method === 'PATCH')).toHaveLength(answer.response.type === 5 ? 1 : 0);
  });

  it('a signed body that is not an interaction we handle gets 400', async () => {
    for (const body of ['null', '[]', JSON.stringify({ type: 5, token: 'modal', data: {} }), JSON.stringify({ type: 2, token: 't', data: { name: 'unknown' } })]) {
      const res = await fetch(`${server.url}/discord/interactions`, { method: 'POST', headers: signedHeaders(privateKey, body), body });
      expect(res.status).toBe(400);
    }
  });

  describe('requests that fail verification get 401 and run nothing', () => {
    const post = async (body: string, headers: Record<string, string>) => {
      const answered = () => server.logs.filter((l) => l.msg === 'discord command answered').length;
      const [requestsBefore, answeredBefore] = [fake.requests.length, answered()];
      const res = await fetch(`${server.url}/discord/interactions`, { method: 'POST', headers, body });
      await new Promise((r) => setTimeout(r, 50));
      expect(fake.requests.length).toBe(requestsBefore);
      expect(answered()).toBe(answeredBefore);
      return res;
    };

    it('a forged signature', async () => {
      const body = fixture('pledge-alibaba');
      const res = await post(body, signedHeaders(testKeys().privateKey, body));
      expect(res.status).toBe(401);
      const warning = server.logs.find((l) => l.msg === 'discord request rejected' && l.reason === 'bad_signature');
      expect(warning).toBeDefined();
      expect(JSON.stringify(server.logs)).not.toContain('aW50ZXJhY3Rpb246dGVzdC10b2tlbi0');
    });

    it('a body changed after signing', async () => {
      const body = fixture('pledge-alibaba');
      const headers = signedHeaders(privateKey, body);
      expect((await post(body.replace('alibaba', 'alibabb'), headers)).status).toBe(401);
    });

    it('a stale timestamp, correctly signed', async () => {
      const body = fixture('ping');
      const res = await post(body, signedHeaders(privateKey, body, Math.floor(Date.now() / 1000) - 301));
      expect(res.status).toBe(401);
      expect(server.logs.some((l) => l.msg === 'discord request rejected' && l.reason === 'stale_timestamp')).toBe(true);
    });

    it('a signed interaction replayed within the window', async () => {
      const body = fixture('ping').replace('"type": 1', '"type": 1, "replay_probe": true');
      const headers = signedHeaders(privateKey, body);
      const first = await fetch(`${server.url}/discord/interactions`, { method: 'POST', headers, body });
      expect(first.status).toBe(200);
      expect((await post(body, headers)).status).toBe(401);
      expect(server.logs.some((l) => l.msg === 'discord request rejected' && l.reason === 'replayed')).toBe(true);
    });

    it('missing signature headers', async () => {
      expect((await post(fixture('ping'), { 'content-type': 'application/json' })).status).toBe(401);
    });
  });
});
