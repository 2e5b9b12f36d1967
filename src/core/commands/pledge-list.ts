import { PledgewatchError, err, ok } from '../errors';
import { statusWords } from '../format';
import { pledgeListItem } from '../pledges/present';
import { isPledgeStatus, pledgeStatuses, type PledgeStatus } from '../vocabulary';
import { nextPageAction, pageFooter, parsePage, PAGE_SIZE } from './paging';
import { grammar } from './grammar';
import type { CommandDeps, CommandResult } from './types';
import type { PledgeReads } from '../ports';

export const listGrammar = grammar('list', `
  /pledge list [<status>] [<page>]
  Every pledge on record, or those with one status, ten a page.
  status: one of ${pledgeStatuses.join(', ')}
  page: the page number, from 1
  e.g. /pledge list retracted
`);

/** `/pledge list [status] [page]` */
export async function listPledges(deps: CommandDeps<PledgeReads>, args: string[]): Promise<CommandResult> {
  const paged = parsePage(args);
  if (!paged.ok) return paged;
  const { rest, page } = paged.value;
  let status: PledgeStatus | undefined;
  if (rest.length > 1) {
    return err(new PledgewatchError('bad_input', `“/pledge list ${args.join(' ')}” takes one status at most.`, { hint: `Statuses: ${pledgeStatuses.join(', ')}.` }));
  }
  if (rest[0] !== undefined) {
    const word = rest[0].toLowerCase().replace(/[\s-]/g, '_');
    if (!isPledgeStatus(word)) {
      return err(new PledgewatchError('bad_input', `“${rest[0]}” is not a pledge status.`, { hint: `Statuses: ${pledgeStatuses.join(', ')}.` }));
    }
    status = word;
  }
  const { items, total } = await deps.store.listPledges({ ...(status ? { status } : {}), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const noun = (n: number) => `${status ? `${statusWords(status)} ` : ''}pledge${n === 1 ? '' : 's'}`;
  const what = noun(2);
  if (total === 0) return ok({ summary: `No ${what} on record.`, sections: [{ kind: 'text', text: `No ${what} on record.` }], visibility: 'ephemeral' });
  if (items.length === 0) {
    return err(new PledgewatchError('bad_input', `There is no page ${page}: ${total} ${what} fit on ${Math.ceil(total / PAGE_SIZE)}.`));
  }
  return ok({
    summary: `${total} ${noun(total)}`,
    title: `${total} ${noun(total)}`,
    sections: [
      { kind: 'list', items: items.map(pledgeListItem) },
      ...pageFooter(page, total),
    ],
    actions: nextPageAction(page, total, `/pledge list${status ? ` ${status}` : ''}`),
    visibility: 'ephemeral',
  });
}
