import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAnnouncer, nonceFor } from '../../../src/adapters/discord/announcer';
import type { Reply } from '../../../src/core/reply';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord';

const retraction: Reply = {
  summary: 'Alibaba Group: create 1 million US jobs — retracted',
  title: 'Alibaba Group: create 1 million US jobs',
  badge: { label: 'RETRACTED · 2018-09-19', tone: 'alert', status: 'retracted' },
  sections: [{ kind: 'quote', text: 'That premise no longer exists today, so our promise cannot be fulfilled.', by: 'Jack Ma', on: '2018-09-19', source: { label: 'CNBC', url: 'https://www.cnbc.com/' } }],
  actions: [
    { id: 'history', label: 'History', command: '/pledge history alibaba-1m-us-jobs' },
    { id: 'share', label: 'Post to channel', command: '/pledge alibaba-1m-us-jobs' },
  ],
  visibility: 'in_channel',
};

describe('Discord announcer: one request per attempt, outcomes for the outbox', () => {
  let fake: FakeDiscord;
  let announcer: ReturnType<typeof createDiscordAnnouncer>;
  let channel = 1_187_000_000_000_010_000n;
  // a channel of its own per test, so one test's rate-limit state cannot touch another
  const nextChannel = () => String(channel++);

  beforeAll(async () => {
    fake = await startFakeDiscord();
    announcer = createDiscordAnnouncer({ DISCORD_API_URL: fake.apiUrl, DISCORD_BOT_TOKEN: 'test-token' });
  });
  afterAll(async () => {
    await fake?.close();
  });

  const requestsTo = (id: string) => fake.requests.filter((r) => r.path.startsWith(`/channels/${id}/`));

  it('posts with the delivery key as nonce and enforce_nonce, and returns the message id', async () => {
    const id = nextChannel();
    const outcome = await announcer.post(id, retraction, { deliveryKey: 'change-7-chan-3' });
    expect(outcome.kind).toBe('delivered');
    const [sent] = requestsTo(id);
    expect(sent?.method).toBe('POST');
    expect(sent?.authorized).toBe(true);
    const body = sent?.body as Record<string, unknown>;
    expect(body.nonce).toBe('change-7-chan-3');
    expect(body.enforce_nonce).toBe(true);
    expect(body.message_reference).toBeUndefined();
    expect(JSON.stringify(body.embeds)).toContain('That premise no longer exists today');
    expect(JSON.stringify(body.components)).not.toContain('Post to channel');
    expect(outcome).toEqual({ kind: 'delivered', messageId: expect.stringMatching(/^\d+$/) });
  });

  it('hashes a delivery key longer than 25 characters into a stable 25-character nonce', async () => {
    const key = 'status-change-123456:discord:1187000000000010000';
    expect(nonceFor(key)).toHaveLength(25);
    expect(nonceFor(key)).toBe(nonceFor(key));
    const id = nextChannel();
    await announcer.post(id, retraction, { deliveryKey: key });
    expect((requestsTo(id)[0]?.body as { nonce: string }).nonce).toBe(nonceFor(key));
  });

  it('replies under a post with message_reference, and edits with PATCH', async () => {
    const id = nextChannel();
    await announcer.post(id, retraction, { deliveryKey: 'k1', threadOf: '1187000000000000777' });
    expect((requestsTo(id)[0]?.body as { message_reference: unknown }).message_reference).toEqual({
      message_id: '1187000000000000777',
      fail_if_not_exists: false,
    });
    const edited = await announcer.edit(id, '1187000000000000777', retraction);
    expect(edited).toEqual({ kind: 'delivered', messageId: '1187000000000000777' });
    expect(requestsTo(id)[1]).toMatchObject({ method: 'PATCH', path: `/channels/${id}/messages/1187000000000000777` });
  });

  it('429 with retry_after is a retry after that long, with no retry of its own', async () => {
    const id = nextChannel();
    fake.script('POST', new RegExp(`^/channels/${id}/messages$`), {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 2, global: false },
      headers: { 'retry-after': '2', 'x-ratelimit-scope': 'user' },
    });
    const outcome = await announcer.post(id, retraction, { deliveryKey: 'k429' });
    expect(outcome).toMatchObject({ kind: 'retry', retryAfterMs: 2000 });
    expect(requestsTo(id)).toHaveLength(1);
  });

  it('500 is a retry, after exactly one request', async () => {
    const id = nextChannel();
    fake.script('POST', new RegExp(`^/channels/${id}/messages$`), { status: 500, body: { message: 'oops' } });
    expect(await announcer.post(id, retraction, { deliveryKey: 'k500' })).toMatchObject({ kind: 'retry' });
    expect(requestsTo(id)).toHaveLength(1);
  });

  it.each([
    [10003, 404, 'Unknown Channel'],
    [50001, 403, 'Missing Access'],
    [50013, 403, 'Missing Permissions'],
  ])('error %i is dead', async (code, status, message) => {
    const id = nextChannel();
    fake.script('POST', new RegExp(`^/channels/${id}/messages$`), { status, body: { code, message } });
    const outcome = await announcer.post(id, retraction, { deliveryKey: `k${code}` });
    expect(outcome.kind).toBe('dead');
    expect(outcome.kind === 'dead' && outcome.reason).toContain(String(code));
  });

  it('401 (bad token) is dead, and stays dead', async () => {
    const own = createDiscordAnnouncer({ DISCORD_API_URL: fake.apiUrl, DISCORD_BOT_TOKEN: 'revoked-token' });
    const id = nextChannel();
    fake.script('POST', new RegExp(`^/channels/${id}/messages$`), { status: 401, body: { code: 0, message: '401: Unauthorized' } });
    expect(await own.post(id, retraction, { deliveryKey: 'k401' })).toMatchObject({ kind: 'dead' });
    expect(await own.post(id, retraction, { deliveryKey: 'k401b' })).toMatchObject({ kind: 'dead' });
  });

  it('a network error is a retry', async () => {
    const down = createDiscordAnnouncer({ DISCORD_API_URL: 'http://127.0.0.1:9/api', DISCORD_BOT_TOKEN: 'test-token' });
    expect(await down.post('1187000000000000200', retraction, { deliveryKey: 'knet' })).toMatchObject({ kind: 'retry' });
  });
});
