import { PledgewatchError, err, ok } from '../errors';
import type { ListItem, Reply } from '../reply';
import { type CommandGrammar, type GrammarCommand, findCommand } from './grammar';
import type { CommandResult } from './types';

/**
 * The manual, generated from the commands' grammars: `/pledge help` (reading and following),
 * `/pledge-admin help` (every editor's command with its syntax) and `/pledge-admin help
 * <command>` (syntax, each key, an example).
 */
export const PLEDGE_HELP = '/pledge help';
export const ADMIN_HELP = '/pledge-admin help';
export const adminHelpFor = (name: string): string => `${ADMIN_HELP} ${name}`;

const exampleItem = (g: CommandGrammar): ListItem => ({ title: g.syntax, detail: `${g.summary} e.g. ${g.example}` });

interface ManualGroup {
  heading: string;
  commands: readonly CommandGrammar[];
}

export function pledgeManual(groups: readonly ManualGroup[]): Reply {
  return {
    summary: 'pledgewatch: every command, with an example each',
    title: 'pledgewatch',
    sections: [
      ...groups.map((g) => ({ kind: 'list' as const, heading: g.heading, items: g.commands.map(exampleItem) })),
      { kind: 'context', text: `Editors change the record with /pledge-admin: ${ADMIN_HELP} lists its commands.` },
    ],
    visibility: 'ephemeral',
  };
}

function adminManual(table: Readonly<Record<string, GrammarCommand>>): Reply {
  const commands = Object.values(table);
  return {
    summary: `pledgewatch editors: ${commands.length} admin commands`,
    title: '/pledge-admin: the editors’ commands',
    sections: [
      { kind: 'list', items: commands.map((c) => ({ title: c.syntax, detail: c.summary })) },
      { kind: 'context', text: `Each key explained, with an example: ${ADMIN_HELP} <command>, e.g. ${adminHelpFor('set-status')}. Text with spaces goes in double quotes.` },
    ],
    visibility: 'ephemeral',
  };
}

function commandManual(g: CommandGrammar): Reply {
  return {
    summary: `${g.syntax}: ${g.summary}`,
    title: g.syntax.split(' ').slice(0, 2).join(' '),
    sections: [
      { kind: 'text', text: g.summary },
      { kind: 'text', text: g.syntax },
      ...(g.keys.length > 0 ? [{ kind: 'list' as const, heading: 'Keys', items: g.keys.map((k) => ({ title: k.name, detail: k.meaning })) }] : []),
      { kind: 'text', text: `Example: ${g.example}` },
    ],
    visibility: 'ephemeral',
  };
}

/** `/pledge-admin help [command]` */
export function adminHelp(table: Readonly<Record<string, GrammarCommand>>, args: string[]): CommandResult {
  const [word, ...extra] = args;
  if (!word) return ok(adminManual(table));
  const found = extra.length === 0 ? findCommand(table, word.toLowerCase().replace(/^\/?pledge-admin\s*/, '')) : undefined;
  if (!found) {
    return err(
      new PledgewatchError('bad_input', `“${args.join(' ')}” is not an admin command.`, {
        hint: `Admin commands: ${Object.keys(table).join(', ')}. ${ADMIN_HELP} lists them with their syntax.`,
      }),
    );
  }
  return ok(commandManual(found));
}
