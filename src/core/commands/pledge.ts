import { ok } from '../errors';
import { cleanText, tokenize } from '../input';
import { helpReply } from './help';
import { pledgeHistory } from './pledge-history';
import { listPledges } from './pledge-list';
import { lookupPledge } from './pledge-lookup';
import { subscriptions } from './subscriptions';
import type { CommandDeps, CommandInput, CommandResult } from './types';

/** `/pledge ...`: help, list, history, or a lookup. */
export async function pledge(deps: CommandDeps, text: string, input: CommandInput): Promise<CommandResult> {
  const cleaned = cleanText(text);
  if (!cleaned.ok) return cleaned;
  const query = cleaned.value;
  const [first, ...rest] = tokenize(query);
  switch (first?.toLowerCase()) {
    case undefined:
    case 'help':
      return ok(helpReply());
    case 'list':
      return listPledges(deps, rest);
    case 'history':
      return pledgeHistory(deps, rest);
    case 'subscribe':
    case 'unsubscribe':
    case 'subscriptions':
      return subscriptions(deps, first.toLowerCase() as 'subscribe', rest, input);
    default:
      return lookupPledge(deps, query);
  }
}
