import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commands } from '../../src/core/commands';
import type { Actor, CommandInput } from '../../src/core/commands';
import { errorReply } from '../../src/core/error-reply';
import type { Store } from '../../src/core/ports';
import { type DbHandle, query } from '../../src/db/client';
import { renderText } from '../../src/render/text';
import { openCommands, testDrivers } from '../support/db';

const editor: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0EDITOR' };
const reporter: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0REPORTER' };
const slackChannel = { platform: 'slack' as const, workspace: 'T1', id: 'C0NEWS' };
const discordChannel = { platform: 'discord' as const, workspace: 'G1', id: '900000000000000001' };
const discordEditor: Actor = { platform: 'discord', workspace: 'G1', userId: '42' };

describe.each(testDrivers())('editors and publishing on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;
  let commands: Commands;

  beforeAll(async () => {
    ({ handle, store, commands } = await openCommands(driver, { bootstrapEditors: ['slack:U0EDITOR', 'discord:42'], now: new Date('2026-11-23T12:00:00Z') }));
  });
  afterAll(async () => handle?.close());

  async function run(command: CommandInput['command'], text: string, actor: Actor, channel: CommandInput['channel'] | null = slackChannel) {
    const result = await commands.run({ command, text, actor, ...(channel ? { channel } : {}) });
    return { ok: result.ok, code: result.ok ? undefined : result.error.code, text: renderText(result.ok ? result.value : errorReply(result.error)) };
  }
  const count = async (table: string, where = sql`true`) =>
    Number((await query<{ n: string | number }>(handle.db, sql`select count(*) as n from ${sql.raw(table)} where ${where}`))[0]?.n);

  it('subscribing needs an editor; the refusal is audited and writes nothing', async () => {
    const r = await run('pledge', 'subscribe all', reporter);
    expect(r.code).toBe('forbidden');
    expect(await count('subscriptions')).toBe(0);
    expect(await count('audit_log', sql`outcome = 'refused' and action = 'pledge subscribe'`)).toBe(1);
  });

  it('editors subscribe channels on both platforms, by all, entity or slug', async () => {
    expect((await run('pledge', 'subscribe all', editor)).text).toContain('now gets announcements for every pledge');
    expect((await run('pledge', 'subscribe all', editor)).text).toContain('already follows');
    expect((await run('pledge', 'subscribe all', discordEditor, discordChannel)).ok).toBe(true);
    expect((await run('pledge', 'subscribe Alibaba Group', editor)).text).toContain('every pledge by Alibaba Group');
    expect((await run('pledge', 'subscribe alibaba-1m-us-jobs', editor)).text).toContain('(alibaba-1m-us-jobs)');
    expect((await run('pledge', 'subscribe narnia', editor)).code).toBe('not_found');
    const listed = await run('pledge', 'subscriptions', reporter);
    expect(listed.text).toContain('every pledge; every pledge by Alibaba Group; Alibaba Group: create 1 million US jobs');
    expect((await run('pledge', 'subscribe all', editor, null)).code).toBe('bad_input');
  });

  it('malformed set-status commands say what is wrong and what is valid; nothing written, attempt audited', async () => {
    const before = await count('status_changes');
    const cases: [string, string][] = [
      ['set-status alibaba-1m-us-jobs exploded https://example.org/a "q"', 'not_yet_rated, in_progress'],
      ['set-status alibaba-1m-us-jobs broken not-a-url "q"', 'is not a valid source URL'],
      ['set-status alibaba-1m-us-jobs broken ftp://example.org/a "q"', 'not a web link'],
      ['set-status alibaba-1m-us-jobs broken https://example.org/a', 'The quote is required'],
      ['set-status alibaba-1m-us-jobs broken https://example.org/a "q" sulking', 'premise_changed, changed_opinion'],
      ['set-status alibaba-1m-us-jobs broken https://example.org/a "q" date=2031-01-01', 'is in the future'],
      ['set-status alibaba-1m-us-jobs broken https://example.org/a "q" date=2019-02-30', 'is not a date'],
      ['set-status no-such-pledge broken https://example.org/a "q"', 'No pledge has the slug'],
      ['set-status alibaba-1m-us-jobs retracted https://example.org/a "q"', 'already retracted'],
      [`set-status alibaba-1m-us-jobs broken https://example.org/a "${'x'.repeat(2500)}"`, 'the limit is 2,000'],
      ['frobnicate', 'Admin commands: add-pledge, edit-pledge, add-fact, add-source, set-status, correct'],
    ];
    for (const [text, expected] of cases) {
      const r = await run('pledge-admin', text, editor);
      expect(r.ok, text).toBe(false);
      expect(r.text, text).toContain(expected);
    }
    expect(await count('status_changes')).toBe(before);
    expect(await count('outbox')).toBe(0);
    expect(await count('audit_log', sql`outcome = 'refused' and actor = 'slack:T1/U0EDITOR'`)).toBe(cases.length);
  });

  it('a non-editor’s set-status changes nothing and announces nothing', async () => {
    const r = await run('pledge-admin', 'set-status alibaba-1m-us-jobs broken https://example.org/src "quote"', reporter);
    expect(r.code).toBe('forbidden');
    expect(await count('outbox')).toBe(0);
    expect((await store.getPledge('alibaba-1m-us-jobs'))!.status).toBe('retracted');
  });

  it('an editor’s set-status writes the change, the status, one delivery per channel and the audit row, at once', async () => {
    const r = await run('pledge-admin', 'set-status alibaba-1m-us-jobs broken https://example.org/src "The jobs never came." deadline_passed', editor);
    expect(r.ok).toBe(true);
    expect(r.text).toContain('retracted → broken from 2026-11-23. Announcing to 2 subscribed channels.');
    const p = await store.getPledge('alibaba-1m-us-jobs');
    expect(p!.status).toBe('broken');
    expect(p!.latestChange).toMatchObject({ status: 'broken', previousStatus: 'retracted', quote: 'The jobs never came.', reason: 'deadline_passed', editor: 'slack:T1/U0EDITOR' });
    expect(p!.latestChange!.source).toMatchObject({ url: 'https://example.org/src', outlet: 'example.org' });
    // three subscriptions in the Slack channel (all, entity, pledge) still make one delivery there
    const rows = await query<{ platform: string; channel_id: string; state: string }>(handle.db, sql`select platform, channel_id, state from outbox order by platform`);
    expect(rows).toEqual([
      { platform: 'discord', channel_id: '900000000000000001', state: 'pending' },
      { platform: 'slack', channel_id: 'C0NEWS', state: 'pending' },
    ]);
    const [audit] = await store.listAudit({ target: 'alibaba-1m-us-jobs', limit: 1 });
    expect(audit).toMatchObject({ outcome: 'ok', action: 'pledge-admin set-status', before: { status: 'retracted' } });
  });

  it('the announcement names the new status, quote, source and previous status', async () => {
    const [row] = await query<{ status_change_id: number }>(handle.db, sql`select status_change_id from outbox limit 1`);
    const a = await store.getAnnouncement(row!.status_change_id);
    expect(a!.pledge.slug).toBe('alibaba-1m-us-jobs');
    expect(a!.change.previousStatus).toBe('retracted');
  });

  it('recent changes (the Atom feed) list published changes newest first, each with its pledge', async () => {
    const recent = await store.recentChanges(2);
    expect(recent).toHaveLength(2);
    expect(recent.map((r) => [r.pledge.slug, r.change.status])).toEqual([
      ['alibaba-1m-us-jobs', 'broken'],
      ['alibaba-1m-us-jobs', 'retracted'],
    ]);
    expect(recent[0]!.change.recordedAt.getTime()).toBeGreaterThanOrEqual(recent[1]!.change.recordedAt.getTime());
    expect(await store.recentChanges(50)).toHaveLength(3);
  });

  it('grant and revoke are per platform and workspace, audited', async () => {
    expect((await run('pledge-admin', 'set-status alibaba-1m-us-jobs kept https://example.org/k "k"', reporter)).code).toBe('forbidden');
    expect((await run('pledge-admin', 'grant U0REPORTER', editor)).text).toContain('U0REPORTER is now an editor here.');
    expect((await run('pledge-admin', 'grant U0REPORTER', editor)).text).toContain('already an editor');
    expect(await store.isGrantedEditor(reporter)).toBe(true);
    expect(await store.isGrantedEditor({ ...reporter, workspace: 'T2' })).toBe(false);
    expect((await run('pledge', 'subscriptions', reporter)).ok).toBe(true);
    expect((await run('pledge-admin', 'revoke U0REPORTER', editor)).text).toContain('no longer an editor');
    expect(await store.isGrantedEditor(reporter)).toBe(false);
    expect((await run('pledge-admin', 'grant', editor)).code).toBe('bad_input');
    const log = await run('pledge-admin', 'audit', editor);
    expect(log.text).toContain('pledge-admin revoke slack:T1/U0REPORTER — ok');
  });

  it('the outbox command lists pending deliveries; retry refuses a live one', async () => {
    const r = await run('pledge-admin', 'outbox', editor);
    expect(r.text).toContain('Outbox: 2 pending, 0 dead, 0 delivered');
    const [row] = await query<{ id: number }>(handle.db, sql`select id from outbox limit 1`);
    expect((await run('pledge-admin', `outbox retry ${row!.id}`, editor)).code).toBe('conflict');
    expect((await run('pledge-admin', 'outbox retry x', editor)).code).toBe('bad_input');
  });

  it('a publish that fails half-way leaves nothing behind', async () => {
    const before = { changes: await count('status_changes'), outbox: await count('outbox'), audit: await count('audit_log') };
    // a status outside the enum fails inside the transaction, after the source row was written
    await expect(
      store.publishStatusChange(
        { slug: 'alibaba-1m-us-jobs', status: 'exploded' as never, effectiveOn: '2026-11-23', sourceUrl: 'https://example.org/x', quote: 'q', quoteBy: null, reason: null, note: null, editor: 'test', approver: null },
        'test',
      ),
    ).rejects.toThrow();
    expect(await count('status_changes')).toBe(before.changes);
    expect(await count('outbox')).toBe(before.outbox);
    expect(await count('audit_log')).toBe(before.audit);
    expect(await count('sources', sql`url = 'https://example.org/x'`)).toBe(0);
  });

  it('two editors publishing the same change at once announce it once; a back-dated change is refused', async () => {
    const before = await count('outbox');
    const text = 'set-status alibaba-1m-us-jobs kept https://example.org/k "Kept after all."';
    const [a, b] = await Promise.all([run('pledge-admin', text, editor), run('pledge-admin', text, discordEditor, discordChannel)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)!.text).toContain('already kept');
    expect(await count('outbox')).toBe(before + 2);
    const old = await run('pledge-admin', 'set-status alibaba-1m-us-jobs stalled https://example.org/o "old news" date=2019-01-01', editor);
    expect(old.code).toBe('conflict');
    expect(old.text).toContain('would not be its current status');
    expect((await store.getPledge('alibaba-1m-us-jobs'))!.status).toBe('kept');
  });
});
