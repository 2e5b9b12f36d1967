import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAnnouncer, DELIVERY_EVENT } from '../../../src/adapters/slack/announcer';
import type { Reply } from '../../../src/core/reply';
import { createLogger } from '../../../src/logger';
import { type FakeSlack, startFakeSlack } from './fake-slack';

const TOKEN = 'xoxb-test-000000000000-recheck';
const reply: Reply = { summary: 'BROKEN: a pledge', title: 'BROKEN: a pledge', sections: [{ kind: 'text', text: 'The jobs never came.' }], visibility: 'in_channel' };

/**
 * chat.postMessage has no idempotency key, so every post carries its delivery key as message
 * metadata; a retry after a lost answer reads the channel (or thread) for it before posting.
 */
describe('Slack announcer: the metadata check after a lost answer', () => {
  let fake: FakeSlack;
  const lines: string[] = [];
  const log = createLogger('debug', new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => fake?.close());
  const announcer = () => createSlackAnnouncer({ SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: fake.apiUrl }, { log });
  const posts = () => fake.calls('chat.postMessage').length;
  const since = () => new Date(Date.now() - 5_000);

  it('every post carries its delivery key as metadata, and Slack keeps it', async () => {
    const out = await announcer().post('C0META', reply, { deliveryKey: 'pw1' });
    expect(out.kind).toBe('delivered');
    expect(fake.calls('chat.postMessage').at(-1)!.body.metadata).toEqual({ event_type: DELIVERY_EVENT, event_payload: { key: 'pw1' } });
    expect(fake.messages.get('C0META')!.at(-1)!.metadata).toEqual({ event_type: 'pledgewatch_delivery', event_payload: { key: 'pw1' } });
  });

  it('a retry finds the message its earlier attempt posted and records it instead of posting again', async () => {
    const a = announcer();
    const first = await a.post('C0FOUND', reply, { deliveryKey: 'pw2' });
    await a.post('C0FOUND', reply, { deliveryKey: 'pw-other' });
    const before = posts();
    const again = await a.post('C0FOUND', reply, { deliveryKey: 'pw2', recheck: { since: since() } });
    expect(again).toEqual({ kind: 'delivered', messageId: (first as { messageId: string }).messageId, recovery: 'found' });
    expect(posts()).toBe(before);
    const history = fake.calls('conversations.history').at(-1)!;
    expect(history.body).toMatchObject({ channel: 'C0FOUND', include_all_metadata: 'true', inclusive: 'true' });
    // the search starts a little before the first attempt, in Slack's ts form
    expect(String(history.body.oldest)).toMatch(/^\d{10}\.\d{6}$/);
    expect(fake.messages.get('C0FOUND')).toHaveLength(2);
  });

  it('a retry whose earlier attempt never landed posts, once', async () => {
    const before = posts();
    const out = await announcer().post('C0EMPTY', reply, { deliveryKey: 'pw3', recheck: { since: since() } });
    expect(out).toMatchObject({ kind: 'delivered' });
    expect((out as { recovery?: string }).recovery).toBeUndefined();
    expect(posts()).toBe(before + 1);
    expect(fake.messages.get('C0EMPTY')).toHaveLength(1);
  });

  it('a thread reply is looked for in its thread with conversations.replies', async () => {
    const a = announcer();
    const parent = (await a.post('C0THREAD', reply, { deliveryKey: 'pw4' })) as { messageId: string };
    const first = (await a.post('C0THREAD', reply, { deliveryKey: 'pw5', threadOf: parent.messageId })) as { messageId: string };
    const before = posts();
    const again = await a.post('C0THREAD', reply, { deliveryKey: 'pw5', threadOf: parent.messageId, recheck: { since: since() } });
    expect(again).toEqual({ kind: 'delivered', messageId: first.messageId, recovery: 'found' });
    expect(posts()).toBe(before);
    expect(fake.calls('conversations.replies').at(-1)!.body).toMatchObject({ channel: 'C0THREAD', ts: parent.messageId, include_all_metadata: 'true' });
    // a reply in a thread is not in the channel's own timeline
    const other = await a.post('C0THREAD', reply, { deliveryKey: 'pw5', recheck: { since: since() } });
    expect((other as { recovery?: string }).recovery).toBeUndefined();
  });

  it('pages through a busy channel to find it', async () => {
    const a = announcer();
    const mine = (await a.post('C0BUSY', reply, { deliveryKey: 'pw6' })) as { messageId: string };
    for (let i = 0; i < 230; i++) await a.post('C0BUSY', reply, { deliveryKey: `noise-${i}` });
    const histories = fake.calls('conversations.history').length;
    expect(await a.post('C0BUSY', reply, { deliveryKey: 'pw6', recheck: { since: since() } })).toEqual({ kind: 'delivered', messageId: mine.messageId, recovery: 'found' });
    expect(fake.calls('conversations.history').length - histories).toBe(2);
  });

  it.each([
    ['missing_scope', { ok: false, error: 'missing_scope', needed: 'channels:history', provided: 'commands,chat:write,chat:write.public' }],
    ['not_in_channel', { ok: false, error: 'not_in_channel' }],
  ])('history closed (%s): posts without the check, says so, and logs it', async (code, body) => {
    const channel = `C0CLOSED${code.length}`;
    const a = announcer();
    await a.post(channel, reply, { deliveryKey: 'pw7' });
    fake.script('conversations.history', { body });
    const before = posts();
    const out = await a.post(channel, reply, { deliveryKey: 'pw7', recheck: { since: since() } });
    expect(out).toMatchObject({ kind: 'delivered', recovery: 'unchecked' });
    expect(posts()).toBe(before + 1);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'slack history unreadable; posting again without the check');
    expect(logged.at(-1)).toMatchObject({ channelId: channel, error: code });
  });

  it('a history check that fails for a passing reason is a retry that still may have posted, and posts nothing', async () => {
    fake.script('conversations.history', { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } });
    const before = posts();
    const out = await announcer().post('C0LIMITED', reply, { deliveryKey: 'pw8', recheck: { since: since() } });
    expect(out).toEqual({ kind: 'retry', reason: 'ratelimited', retryAfterMs: 3000, rateLimit: 'channel', maybeSent: true });
    expect(posts()).toBe(before);
  });

  it('the fake answers as Slack does: metadata only with include_all_metadata, unknown threads refused', async () => {
    const res = await fetch(`${fake.apiUrl}conversations.history`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${TOKEN}` },
      body: new URLSearchParams({ channel: 'C0META' }),
    });
    const page = (await res.json()) as { ok: boolean; messages: Record<string, unknown>[]; has_more: boolean };
    expect(page.ok).toBe(true);
    expect(page.messages[0]).toMatchObject({ type: 'message', bot_id: 'B0PLEDGEBOT' });
    expect(page.messages[0]!.metadata).toBeUndefined();
    const thread = await fetch(`${fake.apiUrl}conversations.replies`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ channel: 'C0META', ts: '1.000001' }),
    });
    expect(await thread.json()).toEqual({ ok: false, error: 'thread_not_found' });
  });
});
