import { PledgewatchError, err, ok } from '../errors';
import { cleanText } from '../input';
import { parseTariffQuery } from '../tariffs/parse-query';
import { tariffChartReply, tariffDetailReply, tariffListItem } from '../tariffs/present';
import type { TariffFilter } from '../tariffs/types';
import { grammar } from './grammar';
import { nextPageAction, pageFooter, PAGE_SIZE, parsePage } from './paging';
import type { CommandDeps, CommandResult } from './types';
import type { TariffReads } from '../ports';

export const tariffGrammar = grammar('tariff', `
  /tariff <query> [page <n>]
  Tariff actions: imposer → target, trade covered, rates, dates, legal basis, status and what each retaliates for.
  query: a country or pair (china, us china), a list (list 3, list 4a), a date (2018-09-24), retaliation, chart (the average-tariff chart), or a tariff slug
  n: the page of a long answer, from 1
  e.g. /tariff list 3
`);

/** `/tariff <query> [page N]`: by country pair, list, date, slug or words (`/tariff help` is the /pledge manual's). */
export async function tariff(deps: CommandDeps<TariffReads>, text: string): Promise<CommandResult> {
  const cleaned = cleanText(text);
  if (!cleaned.ok) return cleaned;
  if (cleaned.value.toLowerCase() === 'chart') return ok(tariffChartReply(deps));
  const words = cleaned.value.split(' ');
  // "list 3" is a list name, not page 3; only "page N" pages a tariff answer.
  const paged = words.at(-2)?.toLowerCase() === 'page' ? parsePage(words) : parsePage([...words, 'page', '1']);
  if (!paged.ok) return paged;
  const { rest, page } = paged.value;
  const query = rest.join(' ');
  const filter = parseTariffQuery(query);
  if (!filter.ok) return filter;
  const actions = await deps.store.findTariffs(filter.value);
  if (actions.length === 0) {
    return err(
      new PledgewatchError('not_found', `No tariff action matches “${query}”.`, {
        hint: 'Try a country (/tariff china), a list (/tariff list 3), a date (/tariff 2018-09-24) or /tariff retaliation. Help: /pledge help.',
      }),
    );
  }
  const [only] = actions;
  if (actions.length === 1 && only) return ok(tariffDetailReply(only, deps));
  const shown = actions.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  if (shown.length === 0) {
    return err(new PledgewatchError('bad_input', `There is no page ${page}: ${actions.length} actions fit on ${Math.ceil(actions.length / PAGE_SIZE)}.`));
  }
  const title = `${actions.length} tariff actions: ${describe(filter.value)}`;
  return ok({
    summary: title,
    title,
    sections: [
      { kind: 'list', items: shown.map(tariffListItem) },
      ...pageFooter(page, actions.length),
    ],
    actions: nextPageAction(page, actions.length, `/tariff ${query} page`),
    visibility: 'ephemeral',
  });
}

function describe(f: TariffFilter): string {
  switch (f.kind) {
    case 'all':
      return 'all on record';
    case 'parties':
      return f.countries.join(' and ');
    case 'list':
      return f.list;
    case 'date':
      return `announced or effective ${f.date}`;
    case 'retaliation':
      return 'retaliation';
    case 'slug':
      return f.slug;
    case 'text':
      return `“${f.text}”`;
  }
}
