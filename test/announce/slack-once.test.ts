import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAnnouncer } from '../../src/adapters/slack';
import { createDispatcher } from '../../src/announce/dispatcher';
import { createOutboxQueue } from '../../src/db/outbox-queue';
import type { Store } from '../../src/core/ports';
import { type DbHandle, query } from '../../src/db/client';
import { createStore } from '../../src/db/store';
import { type FakeSlack, startFakeSlack } from '../adapters/slack/fake-slack';
import { testDrivers } from '../support/db';

const log = pino({ level: 'silent' });
const SLUG = 'alibaba-1m-us-jobs';

/**
 * What a kill between Slack's answer and our commit leaves, for each kind of Slack post: the
 * message is in the channel (or thread), the row is pending with its attempt marked started.
 * The next attempt finds the message by its metadata and records it; nothing is posted twice.
 */
describe.each(testDrivers())('Slack posts once after a lost answer, on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;
  let slack: FakeSlack;
  beforeAll(async () => {
    handle = await driver.open();
    store = createStore(handle.db);
    slack = await startFakeSlack();
  });
  afterAll(async () => {
    await handle?.close();
    await slack?.close();
  });

  const dispatcher = () =>
    createDispatcher({
      queue: createOutboxQueue(handle),
      store,
      announcers: [createSlackAnnouncer({ SLACK_BOT_TOKEN: 'xoxb-test-000000000000-once', SLACK_API_URL: slack.apiUrl })],
      log,
      pollMs: 50,
      channelGapMs: 0,
    });
  const drain = async () => {
    const d = dispatcher();
    while ((await d.runOnce()) > 0);
  };
  /** the row as a kill right after Slack answered leaves it */
  const forget = (id: number) =>
    handle.db.execute(sql`update outbox set state = 'pending', message_id = null, delivered_at = null, lease_until = null, next_attempt_at = now(),
      attempt_started_at = now() - interval '2 seconds', first_attempt_at = now() - interval '2 seconds' where id = ${id}`);

  it('an announcement and a correction note in its thread: found again, not posted again', async () => {
    await store.subscribe({ platform: 'slack', workspace: 'T1', id: 'C0ONCE' }, { scope: 'all' }, 'test');
    await store.publishStatusChange(
      { slug: SLUG, status: 'broken', effectiveOn: '2026-11-23', sourceUrl: 'https://example.org/once', quote: 'q', quoteBy: null, reason: null, note: null, editor: 'test', approver: null },
      'test',
    );
    await drain();
    const [post] = await query<{ id: number; message_id: string }>(handle.db, sql`select id, message_id from outbox where kind = 'post'`);
    await forget(post!.id);
    await drain();
    expect(slack.messages.get('C0ONCE')).toHaveLength(1);
    expect((await query<{ message_id: string; recovery: string }>(handle.db, sql`select message_id, recovery from outbox where id = ${post!.id}`))[0]).toEqual({
      message_id: post!.message_id,
      recovery: 'found',
    });

    await store.correctStatusChange({ slug: SLUG, fields: { quote: 'the corrected words' }, editor: 'test' }, 'test');
    await drain();
    const [reply] = await query<{ id: number; message_id: string }>(handle.db, sql`select id, message_id from outbox where kind = 'thread_reply'`);
    const inThread = () => slack.messages.get('C0ONCE')!.filter((m) => m.thread_ts === post!.message_id && m.ts !== post!.message_id);
    expect(inThread()).toHaveLength(1);
    await forget(reply!.id);
    await drain();
    expect(inThread()).toHaveLength(1);
    expect(slack.calls('conversations.replies').at(-1)!.body).toMatchObject({ channel: 'C0ONCE', ts: post!.message_id });
    const states = await query<{ kind: string; state: string }>(handle.db, sql`select kind, state from outbox order by id`);
    expect(states.every((s) => s.state === 'delivered')).toBe(true);
    expect(await store.outboxOverview(5)).toMatchObject({ recovered: { found: 2, unchecked: 0 } });
  });
});
