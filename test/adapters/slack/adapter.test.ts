import { Writable } from 'node:stream';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack';
import { loadConfig } from '../../../src/config';
import type { Commands } from '../../../src/core/commands';
import { PledgewatchError } from '../../../src/core/errors';
import type { Store } from '../../../src/core/ports';
import { createLogger } from '../../../src/logger';
import { type FakeSlack, startFakeSlack } from './fake-slack';
import { fixture, payloadBody, SIGNING_SECRET, slashBody } from './signed-request';
import { signSlackRequest } from '../../../src/adapters/slack/verify';

/** Shorter than a slow core's delay below, longer than an immediate core takes. */
const BUDGET_MS = 50;
const slowly = <T>(value: T): Promise<T> => new Promise((r) => setTimeout(() => r(value), BUDGET_MS * 4));

/** The adapter alone on a Hono app, over a scripted core: how answers and failures reach the user. */
describe('Slack adapter: errors from the core', () => {
  let fake: FakeSlack;
  const lines: Record<string, unknown>[] = [];
  const log = createLogger('debug', new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }));
  let next: () => ReturnType<Commands['run']>;
  const commands: Commands = { run: () => next() };
  const web = new Hono();
  let adapter: ReturnType<typeof createSlackAdapter>;

  beforeAll(async () => {
    fake = await startFakeSlack();
    const config = loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test-000000000000-errors', SLACK_API_URL: fake.apiUrl });
    adapter = createSlackAdapter({ config, commands, store: {} as Store, log }, { answerBudgetMs: BUDGET_MS });
    adapter.mount(web);
    await adapter.start?.();
  });
  afterAll(async () => {
    await adapter?.stop?.();
    await fake?.close();
  });

  async function post(body: string): Promise<string> {
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await web.request('/slack/events', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': ts, 'x-slack-signature': signSlackRequest(SIGNING_SECRET, ts, body) },
      body,
    });
    expect(res.status).toBe(200);
    return res.text();
  }

  /** the answer to a slash command: the ack's message, or else what reached its response_url */
  async function answerOf(ack: string, url: string): Promise<Record<string, unknown>> {
    if (ack !== '') return JSON.parse(ack) as Record<string, unknown>;
    const [reply] = await fake.waitFor(new URL(url).pathname);
    return reply!.body;
  }

  it('an answer ready within the budget is the ack itself; a later one acks empty and follows to response_url', async () => {
    const reply = { summary: 'ready', sections: [], visibility: 'ephemeral' as const };
    next = async () => ({ ok: true, value: reply });
    const quick = fake.responseUrl('quick');
    const ack = await post(slashBody(fixture('slash-pledge-alibaba', { response_url: quick })));
    expect(JSON.parse(ack)).toMatchObject({ text: 'ready', response_type: 'ephemeral' });

    next = () => slowly({ ok: true, value: { ...reply, summary: 'late' } });
    const late = fake.responseUrl('late');
    expect(await post(slashBody(fixture('slash-pledge-alibaba', { response_url: late })))).toBe('');
    const [followed] = await fake.waitFor(new URL(late).pathname);
    expect(followed!.body).toMatchObject({ text: 'late', response_type: 'ephemeral' });
    expect(fake.calls(new URL(quick).pathname)).toHaveLength(0);
  });

  it('a thrown error is logged (without the text typed) and answered with the internal error reply', async () => {
    next = async () => {
      throw new Error('boom in the core');
    };
    const url = fake.responseUrl('throws');
    const reply = await answerOf(await post(slashBody(fixture('slash-pledge-alibaba', { response_url: url }))), url);
    expect(String(reply.text)).toContain('Something went wrong on our side');
    const logged = lines.find((l) => l.msg === 'slack command threw');
    expect(logged).toMatchObject({ command: 'pledge', via: 'slash', err: { message: 'boom in the core' } });
    expect(JSON.stringify(lines)).not.toContain('alibaba');
  });

  it('{ok:false} renders through errorReply; a button with a command we do not know says so', async () => {
    next = async () => ({ ok: false, error: new PledgewatchError('store_unavailable', 'db down') });
    const url = fake.responseUrl('fails');
    const reply = await answerOf(await post(slashBody(fixture('slash-tariff-china', { response_url: url }))), url);
    expect(String(reply.text)).toContain('The pledge record is unreachable right now');

    const stale = fixture('block-actions-history', { response_url: fake.responseUrl('stale-button') }) as { actions: { value: string }[]; response_url: string };
    stale.actions[0]!.value = '/no-such-command x';
    await post(payloadBody(stale));
    const [answer] = await fake.waitFor(new URL(stale.response_url).pathname);
    expect(String(answer!.body.text)).toContain('That button no longer works');
  });

  it('a response_url that fails is logged, not thrown', async () => {
    next = () => slowly({ ok: true as const, value: { summary: 'fine', sections: [], visibility: 'ephemeral' as const } });
    const url = fake.responseUrl().replace('/respond/', '/gone/');
    await post(slashBody(fixture('slash-pledge-alibaba', { response_url: url })));
    await fake.waitFor(new URL(url).pathname);
    await new Promise((r) => setTimeout(r, 100));
    expect(lines.find((l) => l.msg === 'slack response_url post failed')).toMatchObject({ via: 'slash', err: { code: 'slack_bolt_respond_error', status: 404 } });
  });
});

describe('Slack adapter: Socket Mode', () => {
  it('with SLACK_APP_TOKEN it mounts no HTTP route (Bolt’s SocketModeReceiver takes over at start), and stops cleanly unstarted', async () => {
    const config = loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test-000000000000-socket', SLACK_APP_TOKEN: 'xapp-test-socket' });
    const adapter = createSlackAdapter({ config, commands: { run: async () => ({ ok: true, value: { summary: '', sections: [], visibility: 'ephemeral' } }) }, store: {} as Store, log: createLogger('silent') });
    const web = new Hono();
    adapter.mount(web);
    expect((await web.request('/slack/events', { method: 'POST', body: 'x' })).status).toBe(404);
    await expect(adapter.stop?.()).resolves.toBeUndefined();
  });
});
