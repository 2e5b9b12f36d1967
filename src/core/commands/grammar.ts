import { PledgewatchError, err } from '../errors';
import type { CommandDeps, CommandInput, CommandResult } from './types';

/**
 * A command's grammar, written beside the command it describes: the manual (`help`) and the
 * usage hints of its error replies are generated from it, so they cannot drift apart.
 */
interface CommandKey {
  /** as the syntax writes it: `slug` for `<slug>`, `date` for `date=YYYY-MM-DD` */
  name: string;
  meaning: string;
}

export interface CommandGrammar {
  /** the word that selects it: `set-status` (for a /pledge lookup, `lookup`) */
  name: string;
  /** the full form: `/pledge-admin set-status <slug> <status> ...`; [optional] parts in brackets */
  syntax: string;
  /** one line: what it does */
  summary: string;
  /** every `<word>` and `key=` of the syntax, with what it means */
  keys: CommandKey[];
  /** one complete command as a user would type it */
  example: string;
}

const KEY_LINE = /^([a-z][a-z0-9-]*): (.+)$/;

/**
 * A grammar written as its help reads, one line each: the syntax, the summary, a
 * `key: meaning` line per `<word>` and `key=` of the syntax, and `e.g. <example>` last.
 * Indentation and blank lines are ignored; a malformed grammar throws when its module loads.
 */
export function grammar(name: string, text: string): CommandGrammar {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const [syntax, summary, ...rest] = lines;
  const example = rest.pop();
  if (!syntax || !summary || !example?.startsWith('e.g. ')) throw new Error(`grammar ${name}: needs a syntax, a summary and an "e.g. ..." line`);
  const keys = rest.map((line) => {
    const m = KEY_LINE.exec(line);
    if (!m) throw new Error(`grammar ${name}: “${line}” is not a "key: meaning" line`);
    return { name: m[1]!, meaning: m[2]! };
  });
  return { name, syntax, summary, keys, example: example.slice('e.g. '.length) };
}

type Subcommand = (deps: CommandDeps, args: string[], input: CommandInput) => Promise<CommandResult>;

/** A subcommand and its grammar: a command cannot be added to a dispatcher without its help. */
export interface GrammarCommand extends CommandGrammar {
  run: Subcommand;
}

/** A dispatcher's table, keyed by each grammar's own name. */
export function commandTable(commands: GrammarCommand[]): Readonly<Record<string, GrammarCommand>> {
  return Object.freeze(Object.fromEntries(commands.map((c) => [c.name, c])));
}

/** The entry for `word`, own properties only (`constructor` or `__proto__` is no command). */
export function findCommand(table: Readonly<Record<string, GrammarCommand>>, word: string): GrammarCommand | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** `Usage: <syntax>` for an error hint. */
const usage = (g: Pick<CommandGrammar, 'syntax'>): string => `Usage: ${g.syntax}`;

/** The words of a syntax that need a key entry: positional `<word>`s and `key=`s. */
export function syntaxKeys(syntax: string): string[] {
  const positional = [...syntax.matchAll(/(?:^|[\s[])"?<([a-z][a-z0-9-]*)>/g)].map((m) => m[1]!);
  const keyed = [...syntax.matchAll(/(?<![\w-])([a-z][a-z0-9-]*)=/g)].map((m) => m[1]!);
  return [...new Set([...positional, ...keyed])];
}

/**
 * A malformed command's error, pointing at the help for it. Other results pass unchanged.
 */
export function pointAtHelp(result: CommandResult, helpCommand: string): CommandResult {
  if (result.ok || result.error.code !== 'bad_input') return result;
  const { hint, suggestions } = result.error.extra;
  if (hint?.includes(helpCommand)) return result;
  const more = `Help: ${helpCommand}`;
  return err(
    new PledgewatchError('bad_input', result.error.message, {
      hint: hint ? `${/[.?!:]$/.test(hint) ? hint : `${hint}.`} ${more}` : more,
      ...(suggestions ? { suggestions } : {}),
    }),
  );
}
