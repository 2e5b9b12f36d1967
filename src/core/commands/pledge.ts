import { ok } from '../errors';
import { cleanText, tokenize } from '../input';
import type { Reply } from '../reply';
import { type GrammarCommand, commandTable, findCommand, pointAtHelp, grammar } from './grammar';
import { PLEDGE_HELP, pledgeManual } from './manual';
import { historyGrammar, pledgeHistory } from './pledge-history';
import { listGrammar, listPledges } from './pledge-list';
import { lookupGrammar, lookupPledge } from './pledge-lookup';
import { subscribeGrammar, subscriptions, subscriptionsGrammar, unsubscribeGrammar } from './subscriptions';
import { tariffGrammar } from './tariff';
import type { CommandDeps, CommandInput, CommandResult } from './types';

const pledgeHelpGrammar = grammar('help', `
  /pledge help
  This manual: every command, with an example each.
  e.g. /pledge help
`);

/** `/pledge <word> ...` subcommands; any other first word is a lookup. */
export const pledgeCommands: Readonly<Record<string, GrammarCommand>> = commandTable([
  { ...listGrammar, run: (deps, args) => listPledges(deps, args) },
  { ...historyGrammar, run: (deps, args) => pledgeHistory(deps, args) },
  { ...subscribeGrammar, run: (deps, args, input) => subscriptions(deps, 'subscribe', args, input) },
  { ...unsubscribeGrammar, run: (deps, args, input) => subscriptions(deps, 'unsubscribe', args, input) },
  { ...subscriptionsGrammar, run: (deps, args, input) => subscriptions(deps, 'subscriptions', args, input) },
  { ...pledgeHelpGrammar, run: async () => ok(pledgeHelpReply()) },
]);

/** `/pledge help` (and `/tariff help`): the readers' manual, from the grammars. */
export function pledgeHelpReply(): Reply {
  const c = pledgeCommands;
  return pledgeManual([
    { heading: 'Pledges', commands: [lookupGrammar, c.list!, c.history!, c.help!] },
    { heading: 'Announcements in this channel', commands: [c.subscribe!, c.unsubscribe!, c.subscriptions!] },
    { heading: 'Tariffs', commands: [tariffGrammar] },
  ]);
}

/** `/pledge ...`: a subcommand from the table, or a lookup. A malformed one points at the manual. */
export async function pledge(deps: CommandDeps, text: string, input: CommandInput): Promise<CommandResult> {
  const cleaned = cleanText(text);
  if (!cleaned.ok) return pointAtHelp(cleaned, PLEDGE_HELP);
  const query = cleaned.value;
  const [first, ...rest] = tokenize(query);
  if (first === undefined) return ok(pledgeHelpReply());
  const sub = findCommand(pledgeCommands, first.toLowerCase());
  const result = sub ? await sub.run(deps, rest, input) : await lookupPledge(deps, query);
  return pointAtHelp(result, PLEDGE_HELP);
}
