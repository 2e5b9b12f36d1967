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
    for (const name of Object.keys(adminCommands)) {
      const reason = textOnlyAdminCommands[name];
      expect(onDiscord.has(name) || (reason !== undefined && reason.length > 10), `${name}: add it to admin-spec.ts or to textOnlyAdminCommands with a reason`).toBe(true);
    }
    for (const name of Object.keys(textOnlyAdminCommands)) expect(onDiscord.has(name), `${name} is both`).toBe(false);
  });

  it('every Discord subcommand runs a core command, and its keyed options are keys of that command', () => {
    for (const sub of adminSubcommands) {
      const table = sub.runs?.command === 'pledge' ? pledgeCommands : adminCommands;
      const core = findCommand(table, sub.runs?.words[0] ?? sub.name);
      expect(core, sub.name).toBeDefined();
      const keys = new Set(core!.keys.map((k) => norm(k.name)));
      for (const o of sub.options.filter((o) => o.form === 'keyed')) {
        expect(keys.has(norm(o.key ?? o.name)), `${sub.name} ${o.name}`).toBe(true);
      }
    }
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
