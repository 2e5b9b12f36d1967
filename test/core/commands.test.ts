import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Commands, createCommands } from '../../src/core/commands';
import type { Actor, CommandName } from '../../src/core/commands';
import { errorReply } from '../../src/core/error-reply';
import type { Reply } from '../../src/core/reply';
import { type DbHandle, query } from '../../src/db/client';
import { createStore } from '../../src/db/store';
import { renderText } from '../../src/render/text';
import { pgliteDriver } from '../support/db';

const reporter: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0REPORTER' };

describe('read commands over the seeded store', () => {
  let handle: DbHandle;
  let commands: Commands;

  beforeAll(async () => {
    handle = await pgliteDriver.open();
    commands = createCommands({
      store: createStore(handle.db),
      clock: { now: () => new Date('2026-11-23T12:00:00Z') },
      bootstrapEditors: ['slack:U0EDITOR'],
    });
  });
  afterAll(async () => handle?.close());

  async function run(command: CommandName, text: string, actor = reporter): Promise<{ reply: Reply; text: string; ok: boolean }> {
    const result = await commands.run({ command, text, actor });
    const reply = result.ok ? result.value : errorReply(result.error);
    return { reply, text: renderText(reply), ok: result.ok };
  }

  it.each(['alibaba', 'alibab', 'Jack Ma', 'million jobs', '1m jobs', 'alibaba-1m-us-jobs'])('/pledge %s shows the retraction in full', async (q) => {
    const { reply, text, ok } = await run('pledge', q);
    expect(ok).toBe(true);
    expect(reply.badge).toMatchObject({ status: 'retracted', tone: 'alert' });
    expect(text).toContain('RETRACTED · 2018-09-19');
    expect(text).toContain('That premise no longer exists today, so our promise cannot be fulfilled.');
    expect(text).toMatch(/Source: .*<https?:\/\/[^>]+>/);
    expect(text).toContain('2017-01-09, Trump Tower');
    expect(text).toContain('Deadline:');
    expect(text).toContain('$200B');
    expect(reply.actions?.map((a) => a.id)).toEqual(['history', 'share', 'subscribe']);
  });

  it('an unknown pledge is a clear not_found with a hint', async () => {
    const { reply, text, ok } = await run('pledge', 'acme riverton');
    expect(ok).toBe(false);
    expect(reply.error?.code).toBe('not_found');
    expect(text).toContain('No pledge matches “acme riverton”.');
    expect(text).toContain('/pledge list');
  });

  it('a near miss suggests the closest pledge', async () => {
    const { text } = await run('pledge', 'alobobo');
    expect(text).toContain('No pledge matches');
    expect(text).toContain('/pledge alibaba-1m-us-jobs');
  });

  it('empty text and "help" show help', async () => {
    for (const q of ['', '   ', 'help']) {
      const { text, ok } = await run('pledge', q);
      expect(ok).toBe(true);
      expect(text).toContain('/pledge list [<status>] [<page>]');
    }
  });

  it('hostile input gets a clear answer, never a crash', async () => {
    const long = await run('pledge', 'a'.repeat(10_000));
    expect(long.reply.error?.code).toBe('bad_input');
    expect(long.text).toContain('10,000 characters');
    for (const q of ["'; drop table pledges; --", '\u0000\u0007\u001b[31m', '🚀💥', '" OR 1=1 --', '%', '\\']) {
      const r = await run('pledge', q);
      expect(['not_found', 'bad_input', undefined]).toContain(r.reply.error?.code);
    }
    const still = await run('pledge', 'alibaba');
    expect(still.ok).toBe(true);
  });

  it('/pledge list and list retracted; a bad status lists the valid ones', async () => {
    expect((await run('pledge', 'list')).text).toContain('Alibaba Group: create 1 million US jobs');
    expect((await run('pledge', 'list retracted')).text).toContain('1 retracted pledge\n');
    const bad = await run('pledge', 'list exploded');
    expect(bad.reply.error?.code).toBe('bad_input');
    expect(bad.text).toContain('not_yet_rated, in_progress');
    expect((await run('pledge', 'list kept')).text).toContain('No kept pledges on record.');
    expect((await run('pledge', 'list retracted 7')).reply.error?.code).toBe('bad_input');
  });

  it('/pledge history shows each change with its source', async () => {
    const { text, ok } = await run('pledge', 'history alibaba-1m-us-jobs');
    expect(ok).toBe(true);
    expect(text).toContain('2017-01-09: in progress');
    expect(text).toContain('2018-09-19: in progress → retracted');
    expect(text).toContain('reason: the premise changed');
    expect((await run('pledge', 'history nope')).reply.error?.code).toBe('not_found');
    expect((await run('pledge', 'history')).reply.error?.code).toBe('bad_input');
  });

  it('/tariff china lists List 3 and China’s same-day $60B answer, linked', async () => {
    const { text, ok } = await run('tariff', 'china');
    expect(ok).toBe(true);
    expect(text).toMatch(/US → CN: .*List 3.* · \$200B/);
    expect(text).toContain('10% from 2018-09-24');
    expect(text).toMatch(/CN → US: .* · \$60B/);
    expect(text).toMatch(/answered by [^\n]*China's response to List 3/);
    expect(text).toContain('page 1 of 2');
    expect(text).toContain('Next page: /tariff china page 2');
    expect((await run('tariff', 'china page 2')).ok).toBe(true);
  });

  it('/tariff list 3 is one action in full: rates, dates, legal basis, what it answers', async () => {
    const { text } = await run('tariff', 'list 3');
    expect(text).toContain('Trade covered:');
    expect(text).toContain('$200B');
    expect(text).toContain('10% from 2018-09-24');
    expect(text).toContain('25% from 2019-05-10');
    expect(text).toContain('Section 301, Trade Act of 1974');
    expect(text).toContain('Answered by:');
  });

  it('/tariff by date and retaliation; unknown and malformed queries explain themselves', async () => {
    expect((await run('tariff', '2018-09-24')).text).toContain('$200B');
    expect((await run('tariff', 'retaliation')).ok).toBe(true);
    const none = await run('tariff', 'narnia');
    expect(none.reply.error?.code).toBe('not_found');
    expect(none.text).toContain('/tariff list 3');
    expect((await run('tariff', '2018-13-45')).reply.error?.code).toBe('bad_input');
    expect((await run('tariff', 'x'.repeat(5000))).reply.error?.code).toBe('bad_input');
  });

  it('a non-editor’s /pledge-admin is refused, changes nothing, and is audited', async () => {
    const before = await query<{ n: string | number }>(handle.db, sql`select count(*) as n from status_changes`);
    const { reply, text } = await run('pledge-admin', 'set-status alibaba-1m-us-jobs broken https://example.org/src "q"');
    expect(reply.error?.code).toBe('forbidden');
    expect(text).toContain('Only editors');
    const after = await query<{ n: string | number }>(handle.db, sql`select count(*) as n from status_changes`);
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n));
    const audit = await query<{ actor: string; outcome: string; action: string; target: string }>(
      handle.db,
      sql`select actor, outcome, action, target from audit_log order by id desc limit 1`,
    );
    expect(audit[0]).toEqual({ actor: 'slack:T1/U0REPORTER', outcome: 'refused', action: 'pledge-admin set-status', target: 'alibaba-1m-us-jobs' });
  });

  it('a store that goes away answers store_unavailable, not a stack trace', async () => {
    const gone = await pgliteDriver.open();
    const cmds = createCommands({ store: createStore(gone.db), clock: { now: () => new Date() }, bootstrapEditors: [] });
    await gone.close();
    const result = await cmds.run({ command: 'pledge', text: 'alibaba', actor: reporter });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('store_unavailable');
      expect(renderText(errorReply(result.error))).toContain('unreachable right now');
    }
  });

  it('/tariff china: List 4A before 4B (by the date each takes effect, then list), and the next-page hint once', async () => {
    const page1 = await run('tariff', 'china');
    const page2 = await run('tariff', 'china page 2');
    const order = [...page1.text.matchAll(/List (4[AB])/g), ...page2.text.matchAll(/List (4[AB])/g)].map((m) => m[1]);
    expect(order.indexOf('4A')).toBeLessThan(order.indexOf('4B'));
    expect(page1.text).toContain('page 1 of 2');
    expect(page1.text.match(/\/tariff china page 2/g)).toHaveLength(1);
    expect(page2.text).not.toContain('page 3');
  });

  it('"Did you mean one of these?" has no stray colon', async () => {
    const { text } = await run('pledge', 'alipay');
    expect(text).toContain('Did you mean one of these?');
    expect(text).not.toContain('?:');
  });
});
