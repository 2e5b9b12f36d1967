import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../support/server';
import { type Stack, startStack } from '../../support/stack';
import type { FakeSlack, RecordedRequest } from './fake-slack';
import { fixture, payloadBody, sendSigned, SIGNING_SECRET, slashAnswer, slashBody } from './signed-request';

const ALIBABA = 'alibaba-1m-us-jobs';
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
const blocksOf = (r: Pick<RecordedRequest, 'body'>): string => JSON.stringify(r.body.blocks ?? []);

describe('Slack over HTTP, end to end through the real server', () => {
  let fake: FakeSlack;
  let server: TestServer;
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ slack: true });
    ({ server } = stack);
    fake = stack.slack!;
  });
  afterAll(async () => stack?.close());

  /** a signed slash command from a fixture; resolves with its answer, from the ack or the response_url */
  async function slash(name: string, vars: Record<string, string> = {}) {
    const url = fake.responseUrl(name);
    const answer = await slashAnswer(server.url, fake, fixture(name, { response_url: url, ...vars }));
    return { ...answer, reply: { body: answer.body }, url };
  }

  /** how many answers a command got: its ack's message, if any, plus what reached its response_url */
  const answersTo = (ackText: string, url: string) => (ackText === '' ? 0 : 1) + fake.calls(new URL(url).pathname).length;

  it('checked the bot token once with auth.test at start', () => {
    expect(fake.calls('auth.test')).toHaveLength(1);
    expect(server.logs.some((l) => l.msg === 'slack token ok')).toBe(true);
  });

  it('/pledge alibaba is answered once, in the ack when ready in time, with the retraction, the quote and the source', async () => {
    const { res, text, reply, url } = await slash('slash-pledge-alibaba');
    expect(res.status).toBe(200);
    await settle();
    expect(answersTo(text, url)).toBe(1);
    expect(reply.body.response_type).toBe('ephemeral');
    const blocks = blocksOf(reply);
    expect(blocks).toContain('RETRACTED');
    expect(blocks).toContain('🔴');
    expect(blocks).toContain('That premise no longer exists today');
    expect(blocks).toMatch(/<https:\/\/www\.washingtonpost\.com\/[^|>]+\|The Washington Post/);
    expect(blocks).toContain('pledgewatch:history');
    expect(blocks).toContain('pledgewatch:share');
    expect(String(reply.body.text)).toContain('retracted');
    expect((reply.body.blocks as unknown[]).length).toBeLessThanOrEqual(50);
  });

  it('/tariff china names the $200B action', async () => {
    const { reply } = await slash('slash-tariff-china');
    expect(blocksOf(reply)).toContain('$200B');
    expect(blocksOf(reply)).toContain('Section 301 List 3');
  });

  it('an unknown pledge gets "No pledge matches" with suggestions to open', async () => {
    const { reply } = await slash('slash-pledge-unknown');
    const blocks = blocksOf(reply);
    expect(blocks).toContain('No pledge matches “alipay”');
    expect(blocks).toContain('Did you mean one of these?');
    expect(blocks).toContain(`/pledge ${ALIBABA}`);
    expect(blocks).toContain('pledgewatch:open');
    expect(reply.body.response_type).toBe('ephemeral');
  });

  it('the History button answers privately with the status history', async () => {
    const url = fake.responseUrl('history');
    const { res, text } = await sendSigned(server.url, payloadBody(fixture('block-actions-history', { response_url: url })));
    expect(res.status).toBe(200);
    expect(text).toBe('');
    const [reply] = await fake.waitFor(new URL(url).pathname);
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(reply!.body.replace_original).toBe(false);
    expect(blocksOf(reply!)).toContain(`History of ${ALIBABA}`);
    expect(blocksOf(reply!)).toContain('in progress → retracted');
  });

  it('the Post to channel button posts the lookup in the channel, shared by the clicker', async () => {
    const url = fake.responseUrl('share');
    await sendSigned(server.url, payloadBody(fixture('block-actions-share', { response_url: url })));
    const [reply] = await fake.waitFor(new URL(url).pathname);
    expect(reply!.body.response_type).toBe('in_channel');
    expect(reply!.body.replace_original).toBe(false);
    const blocks = blocksOf(reply!);
    expect(blocks).toContain('Shared by <@U0REPORTER>');
    expect(blocks).toContain('RETRACTED');
    expect(blocks).not.toContain('pledgewatch:share');
    expect(String(reply!.body.text)).toContain('shared by <@U0REPORTER>');
  });

  it('a forged signature is 401 with an empty body, logged without the body, and runs nothing', async () => {
    const url = fake.responseUrl('forged');
    const body = slashBody(fixture('slash-pledge-alibaba', { response_url: url }));
    const { res, text } = await sendSigned(server.url, body, { signature: `v0=${'0'.repeat(64)}` });
    expect(res.status).toBe(401);
    expect(text).toBe('');
    const wrongSecret = await sendSigned(server.url, body, { secret: 'not-the-secret' });
    expect(wrongSecret.res.status).toBe(401);
    await settle();
    expect(fake.calls(new URL(url).pathname)).toHaveLength(0);
    const refusals = server.logs.filter((l) => l.msg === 'slack request refused');
    expect(refusals.some((l) => l.reason === 'bad_signature')).toBe(true);
    const logged = JSON.stringify(server.logs);
    expect(logged).not.toContain(url);
    expect(logged).not.toContain(SIGNING_SECRET);
    expect(logged).not.toContain('xoxb-test-000000000000-fixture');
  });

  it('a 10-minute-old timestamp is 401 even with a valid signature, and so is one 10 minutes ahead', async () => {
    const url = fake.responseUrl('stale');
    const body = slashBody(fixture('slash-pledge-alibaba', { response_url: url }));
    const now = Math.floor(Date.now() / 1000);
    expect((await sendSigned(server.url, body, { timestamp: now - 600 })).res.status).toBe(401);
    expect((await sendSigned(server.url, body, { timestamp: now + 600 })).res.status).toBe(401);
    await settle();
    expect(fake.calls(new URL(url).pathname)).toHaveLength(0);
    expect(server.logs.some((l) => l.msg === 'slack request refused' && l.reason === 'stale_timestamp')).toBe(true);
  });

  it('a request without signature headers is 401', async () => {
    const res = await fetch(`${server.url}/slack/events`, { method: 'POST', body: 'command=%2Fpledge&text=alibaba' });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
  });

  it('a Slack retry (X-Slack-Retry-Num) is acknowledged and never runs the command twice', async () => {
    const url = fake.responseUrl('retried');
    const fields = fixture('slash-pledge-alibaba', { response_url: url });
    const body = slashBody(fields);
    const first = await slashAnswer(server.url, fake, fields);
    const retry = await sendSigned(server.url, body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.res.status).toBe(200);
    expect(retry.text).toBe('');
    const onlyRetry = fake.responseUrl('retry-only');
    const retriedOnly = await sendSigned(server.url, slashBody(fixture('slash-pledge-alibaba', { response_url: onlyRetry })), {
      headers: { 'x-slack-retry-num': '2' },
    });
    expect(retriedOnly.res.status).toBe(200);
    await settle();
    expect(answersTo(first.text, url)).toBe(1);
    expect(answersTo(retriedOnly.text, onlyRetry)).toBe(0);
  });

  it('a captured request replayed within the window (no retry header) gets 401 and runs nothing', async () => {
    const url = fake.responseUrl('replayed');
    const fields = fixture('slash-pledge-alibaba', { response_url: url });
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await slashAnswer(server.url, fake, fields, { timestamp });
    expect(first.res.status).toBe(200);
    const replay = await sendSigned(server.url, slashBody(fields), { timestamp });
    expect(replay.res.status).toBe(401);
    expect(replay.text).toBe('');
    await settle();
    expect(answersTo(first.text, url)).toBe(1);
    expect(server.logs.some((l) => l.msg === 'slack request refused' && l.reason === 'replayed')).toBe(true);
  });

  it("a non-editor's /pledge-admin set-status is refused and the pledge stays retracted", async () => {
    const { reply } = await slash('slash-pledge-admin-set-status');
    expect(blocksOf(reply)).toContain('Only editors');
    expect(reply.body.response_type).toBe('ephemeral');
    const after = await slash('slash-pledge-alibaba');
    expect(blocksOf(after.reply)).toContain('RETRACTED');
    expect(blocksOf(after.reply)).not.toContain('BROKEN');
  });

  it('answers url_verification challenges and ignores unknown payloads without running anything', async () => {
    const challenge = await sendSigned(server.url, JSON.stringify({ type: 'url_verification', challenge: 'fixture-challenge', token: 'x' }), {
      contentType: 'application/json',
    });
    expect(challenge.res.status).toBe(200);
    expect(JSON.parse(challenge.text)).toEqual({ challenge: 'fixture-challenge' });
    const junk = await sendSigned(server.url, 'not=a&slack=payload');
    expect(junk.res.status).toBe(200);
    const unreadable = await sendSigned(server.url, 'payload=%7Bnot-json', {});
    expect(unreadable.res.status).toBe(400);
  });
});
