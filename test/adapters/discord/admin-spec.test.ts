import { describe, expect, it } from 'vitest';
import { adminSubcommands, textOnlyAdminCommands } from '../../../src/adapters/discord/admin-spec';
import { commandDefinitions } from '../../../src/adapters/discord/definitions';
import { commandWords } from '../../../src/adapters/discord/parse';
import { findCommand } from '../../../src/core/commands/grammar';
import { pledgeCommands } from '../../../src/core/commands/pledge';
import { adminCommands } from '../../../src/core/commands/pledge-admin';

const norm = (key: string) => key.replace(/-/g, '_');

describe('the Discord admin grammar agrees with the core’s', () => {
  it('every core admin command is a Discord subcommand, or text-only with a reason', () => {
    const onDiscord = new Set(adminSubcommands.map((s) => s.name));
    expect(onDiscord.size).toBeGreaterThan(20);
    for (const name of Object.keys(adminCommands)) {
      const reason = textOnlyAdminCommands[name];
      expect(onDiscord.has(name) || (reason !== undefined && reason.length > 10), `${name}: add it to admin-spec.ts or to textOnlyAdminCommands with a reason`).toBe(true);
    }
    for (const name of Object.keys(textOnlyAdminCommands)) expect(onDiscord.has(name), `${name} is both`).toBe(false);
  });

  it('every Discord subcommand runs a core command, and its keyed options are keys of that command', () => {
    let checked = 0;
    for (const sub of adminSubcommands) {
      const table = sub.runs?.command === 'pledge' ? pledgeCommands : adminCommands;
      const core = findCommand(table, sub.runs?.words[0] ?? sub.name);
      expect(core, sub.name).toBeDefined();
      const keys = new Set(core!.keys.map((k) => norm(k.name)));
      for (const o of sub.options.filter((o) => o.form === 'keyed')) {
        expect(keys.has(norm(o.key ?? o.name)), `${sub.name} ${o.name}`).toBe(true);
        checked++;
      }
    }
    expect(checked, 'keyed options checked').toBeGreaterThan(40);
  });

  /** A syntax's `key=`s and `<word>`s in order, each with whether it sits outside [brackets]. */
  function parts(syntax: string): { keyed: Map<string, boolean>; positional: boolean[] } {
    const required = syntax.replace(/\[[^\]]*\]/g, ' ');
    const keyed = new Map([...syntax.matchAll(/(?<![\w-])([a-z][a-z0-9-]*)=/g)].map((m) => [norm(m[1]!), new RegExp(`(?<![\\w-])${m[1]}=`).test(required)]));
    const positional = [...syntax.matchAll(/(?:^|[\s[])"?<([a-z][a-z0-9-]*)>/g)].map((m) => new RegExp(`"?<${m[1]}>`).test(required));
    return { keyed, positional };
  }

  it('the other way round: every key and word of the core command is a Discord option, as required as in the core', () => {
    let checked = 0;
    for (const sub of adminSubcommands) {
      const table = sub.runs?.command === 'pledge' ? pledgeCommands : adminCommands;
      const core = parts(findCommand(table, sub.runs?.words[0] ?? sub.name)!.syntax);
      const raw = sub.options.some((o) => o.form === 'raw');
      const keyed = sub.options.filter((o) => o.form === 'keyed');
      const omitted = sub.omits?.keys ?? [];
      for (const key of omitted) expect(core.keyed.has(norm(key)) && !keyed.some((o) => norm(o.key ?? o.name) === norm(key)), `${sub.name} omits ${key}`).toBe(true);
      if (!raw) {
        const offered = [...keyed.map((o) => norm(o.key ?? o.name)), ...omitted.map(norm)].sort();
        expect(offered, `${sub.name}: a key the core reads has no Discord option`).toEqual([...core.keyed.keys()].sort());
      }
      for (const o of keyed) expect(Boolean(o.required), `${sub.name} ${o.name} required`).toBe(core.keyed.get(norm(o.key ?? o.name)));
      // positional options go back into words in order, so their number and which are required must match
      const positional = sub.options.filter((o) => o.form === 'positional');
      expect(positional.map((o) => Boolean(o.required)), `${sub.name}: positional options`).toEqual(core.positional);
      checked += keyed.length + positional.length;
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('the syntax reader behind the check finds every key and word, and which sit in [brackets]', () => {
    const core = parts('/pledge-admin add-source <slug> <url> [outlet="<outlet>"] [title="<title>"] [date=YYYY-MM-DD] [by=<who>]');
    expect([...core.keyed.keys()]).toEqual(['outlet', 'title', 'date', 'by']);
    expect([...core.keyed.values()]).toEqual([false, false, false, false]);
    expect(core.positional).toEqual([true, true]);
    expect(parts('/pledge-admin audit [<slug>]').positional).toEqual([false]);
    expect(parts('/x add slug=<slug> [text="<t>"]').keyed).toEqual(new Map([['slug', true], ['text', false]]));
  });

  it('Discord allows 25 subcommands; /pledge-admin is hidden from members who cannot manage the server', () => {
    const admin = commandDefinitions().find((c) => c.name === 'pledge-admin')!;
    expect('options' in admin && admin.options?.length).toBeLessThanOrEqual(25);
    expect(admin.default_member_permissions).toBe(String(1 << 5)); // MANAGE_GUILD
  });

  it('/pledge-admin help command:set-status is the words the core reads', () => {
    expect(commandWords('pledge-admin', [{ name: 'help', type: 1, options: [{ name: 'command', type: 3, value: 'set-status' }] }])).toEqual({
      command: 'pledge-admin',
      text: 'help set-status',
    });
  });
});
