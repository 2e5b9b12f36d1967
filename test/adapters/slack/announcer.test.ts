import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAnnouncer } from '../../../src/adapters/slack';
import type { Reply } from '../../../src/core/reply';
import { createLogger } from '../../../src/logger';
import { type FakeSlack, startFakeSlack } from './fake-slack';

const TOKEN = 'xoxb-test-000000000000-announcer';

const announcement: Reply = {
  summary: 'Alibaba Group: create 1 million US jobs — retracted since 2018-09-19',
  title: 'Alibaba Group: create 1 million US jobs',
  badge: { label: 'RETRACTED · 2018-09-19', tone: 'alert', status: 'retracted' },
  sections: [
    {
      kind: 'quote',
      text: 'That premise no longer exists today, so our promise cannot be fulfilled.',
      by: 'Jack Ma',
      on: '2018-09-19',
      source: { label: 'Xinhua', url: 'http://xinhuanet.com/english/2018-09/20/c_137480016.htm' },
    },
  ],
  actions: [
    { id: 'history', label: 'History', command: '/pledge history alibaba-1m-us-jobs' },
    { id: 'share', label: 'Post to channel', command: '/pledge alibaba-1m-us-jobs' },
  ],
  visibility: 'in_channel',
};

/** a port with nothing listening on it */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('Slack announcer against a fake Slack Web API', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake?.close();
  });
  const lines: string[] = [];
  const log = createLogger('debug', new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
  const announcer = () => createSlackAnnouncer({ SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: fake.apiUrl }, { log });

  it('posts with chat.postMessage and returns the message ts; the token goes as a bearer header', async () => {
    const before = fake.calls('chat.postMessage').length;
    const outcome = await announcer().post('C0NEWSDESK', announcement, { deliveryKey: 'change-1:C0NEWSDESK' });
    expect(outcome).toMatchObject({ kind: 'delivered', messageId: expect.stringMatching(/^\d+\.\d+$/) });
    const calls = fake.calls('chat.postMessage');
    expect(calls).toHaveLength(before + 1);
    const req = calls.at(-1)!;
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req.body.channel).toBe('C0NEWSDESK');
    expect(String(req.body.text)).toContain('retracted');
    expect(JSON.stringify(req.body.blocks)).toContain('That premise no longer exists today');
    expect(JSON.stringify(req.body.blocks)).not.toContain('pledgewatch:share');
    expect(req.body.thread_ts).toBeUndefined();
  });

  it('replies in a thread when threadOf is given, and edits with chat.update', async () => {
    const a = announcer();
    const parent = await a.post('C0NEWSDESK', announcement, { deliveryKey: 'k2-parent' });
    const parentTs = (parent as { messageId: string }).messageId;
    const posted = await a.post('C0NEWSDESK', announcement, { deliveryKey: 'k2', threadOf: parentTs });
    expect(posted.kind).toBe('delivered');
    expect(fake.calls('chat.postMessage').at(-1)!.body.thread_ts).toBe(parentTs);
    const edited = await a.edit('C0NEWSDESK', parentTs, { ...announcement, summary: 'Corrected' });
    expect(edited).toEqual({ kind: 'delivered', messageId: parentTs });
    const update = fake.calls('chat.update').at(-1)!;
    expect(update.body).toMatchObject({ channel: 'C0NEWSDESK', ts: parentTs, text: 'Corrected' });
  });

  it('429 with Retry-After: 2 is a retry after 2000 ms, in one request (the client does not retry)', async () => {
    const before = fake.calls('chat.postMessage').length;
    fake.script('chat.postMessage', { status: 429, headers: { 'retry-after': '2' }, body: { ok: false, error: 'ratelimited' } });
    const outcome = await announcer().post('C0NEWSDESK', announcement, { deliveryKey: 'k3' });
    // our pacing keeps each channel to one a second, so a 429 is taken as the workspace's limit
    expect(outcome).toEqual({ kind: 'retry', reason: 'ratelimited', retryAfterMs: 2000, rateLimit: 'workspace' });
    expect(fake.calls('chat.postMessage')).toHaveLength(before + 1);
  });

  it('a 500 is a retry that may have posted, in one request', async () => {
    const before = fake.calls('chat.postMessage').length;
    fake.script('chat.postMessage', { status: 500, body: { ok: false } });
    expect(await announcer().post('C0NEWSDESK', announcement, { deliveryKey: 'k4' })).toEqual({ kind: 'retry', reason: 'http_500', maybeSent: true });
    expect(fake.calls('chat.postMessage')).toHaveLength(before + 1);
  });

  it.each(['channel_not_found', 'not_in_channel', 'invalid_auth', 'account_inactive', 'is_archived'])('%s is dead', async (error) => {
    fake.script('chat.postMessage', { body: { ok: false, error } });
    expect(await announcer().post('C0GONE', announcement, { deliveryKey: 'k5' })).toEqual({ kind: 'dead', reason: error });
  });

  it('an unknown platform error is dead with its code; a transient one is a retry', async () => {
    fake.script('chat.postMessage', { body: { ok: false, error: 'some_new_error' } });
    expect(await announcer().post('C0NEWSDESK', announcement, { deliveryKey: 'k6' })).toEqual({ kind: 'dead', reason: 'some_new_error' });
    fake.script('chat.update', { body: { ok: false, error: 'service_unavailable' } });
    expect(await announcer().edit('C0NEWSDESK', '1.2', announcement)).toEqual({ kind: 'retry', reason: 'service_unavailable' });
  });

  it('connection refused is a retry that cannot have posted', async () => {
    const port = await closedPort();
    const offline = createSlackAnnouncer({ SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `http://127.0.0.1:${port}/api/` }, { log });
    expect(await offline.post('C0NEWSDESK', announcement, { deliveryKey: 'k7' })).toEqual({ kind: 'retry', reason: 'network' });
  });

  it('logged each failure with its outcome, and never the token', () => {
    const failures = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'slack announcement not delivered');
    expect(failures.length).toBeGreaterThanOrEqual(8);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
