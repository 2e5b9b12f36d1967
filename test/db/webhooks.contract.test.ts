import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, CommandInput, Commands } from '../../src/core/commands';
import { type DbHandle, query } from '../../src/db/client';
import { asText, openCommands, testDrivers } from '../support/db';

const editor: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0EDITOR' };
const reporter: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0REPORTER' };

describe.each(testDrivers())('webhook subscriptions on $name', (driver) => {
  let handle: DbHandle;
  let commands: Commands;
  // ids as the replies give them (a refused insert may use up a number)
  let a = '';
  let b = '';

  beforeAll(async () => {
    ({ handle, commands } = await openCommands(driver, { bootstrapEditors: ['slack:U0EDITOR'], now: new Date('2026-11-23T12:00:00Z') }));
  });
  afterAll(async () => handle?.close());

  const admin = async (text: string, actor: Actor = editor) => asText(await commands.run({ command: 'pledge-admin', text, actor } satisfies CommandInput));
  const hookRows = (where = sql`true`) =>
    query<{ channel_id: string; kind: string; state: string; status_change_id: number; last_error: string | null }>(
      handle.db,
      sql`select channel_id, kind, state, status_change_id, last_error from outbox where platform = 'webhook' and ${where} order by id`,
    );

  it('adding one needs an editor and https; the secret is in the reply once and in no audit row', async () => {
    expect((await admin('add-webhook https://hooks.example.org/a', reporter)).code).toBe('forbidden');
    expect((await admin('add-webhook http://hooks.example.org/a')).text).toContain('webhooks use https://');
    expect((await admin('add-webhook not-a-url')).code).toBe('bad_input');
    expect((await admin('add-webhook https://hooks.example.org/a narnia')).code).toBe('not_found');
    const added = await admin('add-webhook https://hooks.example.org/a');
    expect(added.text).toMatch(/Webhook \d+ added: https:\/\/hooks.example.org\/a gets announcements for every pledge/);
    a = /Webhook (\d+) added/.exec(added.text)![1]!;
    const secret = /whsec_[A-Za-z0-9_-]{43}/.exec(added.text)?.[0];
    expect(secret).toBeDefined();
    expect((await admin('add-webhook https://hooks.example.org/a all')).text).toContain('already gets announcements');
    const second = await admin('add-webhook https://hooks.example.org/b Alibaba Group');
    expect(second.text).toContain('every pledge by Alibaba Group');
    b = /Webhook (\d+) added/.exec(second.text)![1]!;
    await admin('add-pledge slug=other-plant entity="Other Motors" title="open a plant" made=2026-01-15 source=https://example.org/other');
    expect((await admin('add-webhook https://hooks.example.org/c other-plant')).text).toContain('(other-plant)');
    const audit = await query<{ n: string | number }>(handle.db, sql`select count(*) as n from audit_log where coalesce(after::text, '') || coalesce(detail, '') like '%whsec_%'`);
    expect(Number(audit[0]!.n)).toBe(0);
    const listed = await admin('webhooks');
    expect(listed.text).toContain(`#${b} https://hooks.example.org/b`);
    expect(listed.text).not.toContain(secret!);
  });

  it('a published change queues one delivery per matching webhook, in the same transaction', async () => {
    const r = await admin('set-status alibaba-1m-us-jobs broken https://example.org/alibaba-broken "No jobs came."');
    expect(r.ok, r.text).toBe(true);
    const rows = await hookRows();
    expect(rows.map((x) => [x.channel_id, x.kind, x.state])).toEqual([
      [a, 'post', 'pending'],
      [b, 'post', 'pending'],
    ]);
  });

  it('a correction reaches each webhook as an event of its own, never as an edit', async () => {
    const r = await admin('correct alibaba-1m-us-jobs quote="No jobs came at all."');
    expect(r.ok, r.text).toBe(true);
    const rows = await hookRows(sql`state = 'pending'`);
    expect(rows.map((x) => [x.channel_id, x.kind])).toEqual([
      [a, 'post'],
      [b, 'post'],
    ]);
    expect(new Set(rows.map((x) => x.status_change_id)).size).toBe(1);
    expect((await hookRows(sql`kind <> 'post'`)).length).toBe(0);
  });

  it('removing a webhook drops what was waiting for it', async () => {
    expect((await admin('remove-webhook 99')).code).toBe('not_found');
    expect((await admin('remove-webhook 3000000000')).code).toBe('bad_input');
    expect((await admin('remove-webhook')).code).toBe('bad_input');
    expect((await admin('remove-webhook 1 2')).code).toBe('bad_input');
    expect((await admin('remove-webhook https://hooks.example.org/a')).text).toContain(`Removed webhook ${a} (https://hooks.example.org/a, every pledge)`);
    const rows = await hookRows(sql`channel_id = ${a}`);
    expect(rows.every((x) => x.state === 'dead')).toBe(true);
    expect(rows.filter((x) => x.last_error === 'webhook removed').length).toBeGreaterThan(0);
    expect((await hookRows(sql`channel_id = ${b} and state = 'pending'`)).length).toBe(1);
    expect((await admin('webhooks')).text).not.toContain('hooks.example.org/a');
  });
});
