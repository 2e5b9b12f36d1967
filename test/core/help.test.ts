import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, CommandName, Commands } from '../../src/core/commands';
import { syntaxKeys } from '../../src/core/commands/grammar';
import { pledgeCommands } from '../../src/core/commands/pledge';
import { adminCommands } from '../../src/core/commands/pledge-admin';
import type { DbHandle } from '../../src/db/client';
import { asText, openCommands, pgliteDriver } from '../support/db';

const editor: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0EDITOR' };
const reporter: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0REPORTER' };
const adminEntries = Object.values(adminCommands);
const pledgeEntries = Object.values(pledgeCommands);

describe('the manual is generated from the command grammar', () => {
  let handle: DbHandle;
  let commands: Commands;
  const run = async (command: CommandName, text: string, actor = editor) =>
    asText(await commands.run({ command, text, actor, channel: { platform: 'slack', workspace: 'T1', id: 'C0DESK' } }));

  beforeAll(async () => {
    ({ handle, commands } = await openCommands(pgliteDriver, { bootstrapEditors: ['slack:U0EDITOR'], now: new Date('2026-11-23T12:00:00Z') }));
  });
  afterAll(async () => handle?.close());

  it('every dispatcher entry has a syntax that starts with its own name, a summary, an example, and a key for each word of its syntax', () => {
    for (const [word, c] of Object.entries(adminCommands)) {
      expect(c.name, word).toBe(word);
      expect(c.syntax.startsWith(`/pledge-admin ${word}`), word).toBe(true);
      expect(c.example.startsWith(`/pledge-admin ${word}`), word).toBe(true);
      expect(c.summary.length, word).toBeGreaterThan(10);
      expect(c.keys.map((k) => k.name).sort(), word).toEqual(syntaxKeys(c.syntax).sort());
    }
    for (const [word, c] of Object.entries(pledgeCommands)) {
      expect(c.syntax.startsWith(`/pledge ${word}`), word).toBe(true);
      expect(c.example.startsWith(`/pledge ${word}`), word).toBe(true);
      expect(c.keys.map((k) => k.name).sort(), word).toEqual(syntaxKeys(c.syntax).sort());
    }
  });

  it('the table is keyed by own property: Object builtins are not commands', async () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const r = await run('pledge-admin', word);
      expect(r.code, word).toBe('bad_input');
      expect(r.text, word).toContain('is not an admin command');
      expect(r.text, word).toContain('/pledge-admin help');
    }
  });

  it('/pledge help names every /pledge subcommand with its example, the lookup and /tariff, and points at /pledge-admin help', async () => {
    const { ok, text } = await run('pledge', 'help', reporter);
    expect(ok).toBe(true);
    expect(pledgeEntries.map((c) => c.name)).toEqual(expect.arrayContaining(['list', 'history', 'subscribe', 'unsubscribe', 'subscriptions', 'help']));
    for (const c of pledgeEntries) {
      expect(text, c.name).toContain(c.syntax);
      expect(text, c.name).toContain(c.example);
    }
    expect(text).toContain('/pledge <query>');
    expect(text).toContain('/pledge jack ma');
    expect(text).toContain('/tariff <query>');
    expect(text).toContain('/pledge-admin help');
    // `/pledge` alone, `/tariff help` and `/tariff` alone are the same manual
    expect((await run('pledge', '', reporter)).text).toBe(text);
    expect((await run('tariff', 'help', reporter)).text).toBe(text);
    expect((await run('tariff', '', reporter)).text).toBe(text);
  });

  it('/pledge-admin help lists every admin command with its syntax, and a non-editor may read it', async () => {
    const { ok, text } = await run('pledge-admin', 'help', reporter);
    expect(ok).toBe(true);
    for (const c of adminEntries) expect(text, c.name).toContain(c.syntax);
    expect(text).toContain('/pledge-admin help <command>');
  });

  it.each(adminEntries.map((c) => [c.name]))('/pledge-admin help %s gives the syntax, every key with its meaning, and an example', async (name) => {
    const c = adminCommands[name]!;
    const { ok, text } = await run('pledge-admin', `help ${name}`, reporter);
    expect(ok).toBe(true);
    expect(text).toContain(c.syntax);
    expect(text).toContain(`Example: ${c.example}`);
    for (const k of c.keys) {
      expect(text).toContain(k.name);
      expect(text).toContain(k.meaning);
    }
  });

  it('help for an unknown command says so and lists the real ones', async () => {
    const r = await run('pledge-admin', 'help frobnicate', reporter);
    expect(r.code).toBe('bad_input');
    expect(r.text).toContain('“frobnicate” is not an admin command');
    expect(r.text).toContain('set-status');
  });

  it('every example parses: run by an editor in table order, none is refused as malformed', async () => {
    for (const c of [...adminEntries, ...pledgeEntries]) {
      const [slash, ...rest] = c.example.split(' ');
      const r = await run(slash!.slice(1) as CommandName, rest.join(' '));
      expect(r.code, `${c.example}\n${r.text}`).not.toBe('bad_input');
    }
  });

  it('a malformed admin command points at its own help; an unknown one at the list', async () => {
    const bad = await run('pledge-admin', 'set-status alibaba-1m-us-jobs broken not-a-url "q"');
    expect(bad.code).toBe('bad_input');
    expect(bad.text).toContain('/pledge-admin help set-status');
    const missing = await run('pledge-admin', 'approve');
    expect(missing.text).toContain('/pledge-admin help approve');
    const unknown = await run('pledge-admin', 'frobnicate');
    expect(unknown.text).toContain('/pledge-admin help lists them');
    const none = await run('pledge-admin', '');
    expect(none.text).toContain('/pledge-admin help');
  });

  it('a malformed /pledge command points at /pledge help', async () => {
    for (const text of ['list sulking', 'history', 'list page']) {
      const r = await run('pledge', text, reporter);
      expect(r.code, text).toBe('bad_input');
      expect(r.text, text).toContain('/pledge help');
    }
    const unknown = await run('pledge', 'no such thing at all', reporter);
    expect(unknown.text).toContain('/pledge help');
    const tariffPage = await run('tariff', 'china page 0', reporter);
    expect(tariffPage.code).toBe('bad_input');
    expect(tariffPage.text).toContain('Help: /pledge help');
  });
});
