import { PledgewatchError, err, ok } from '../errors';
import { pledgeBadge, reasonText, statusWords } from '../format';
import { sourceLink } from '../pledges/present';
import type { ListItem } from '../reply';
import { grammar } from './grammar';
import type { CommandDeps, CommandResult } from './types';
import type { PledgeReads } from '../ports';

export const historyGrammar = grammar('history', `
  /pledge history <slug>
  Every status change of a pledge, oldest first, with quote and source; corrections marked.
  slug: the pledge’s slug, shown under each pledge (alibaba-1m-us-jobs)
  e.g. /pledge history alibaba-1m-us-jobs
`);

/** `/pledge history <slug>`: every status change, oldest first, corrections marked. */
export async function pledgeHistory(deps: CommandDeps<PledgeReads>, args: string[]): Promise<CommandResult> {
  const slug = args.join('-').toLowerCase();
  if (!slug) {
    return err(new PledgewatchError('bad_input', 'Whose history? Give a pledge slug.', { hint: `Usage: ${historyGrammar.syntax}, e.g. ${historyGrammar.example}.` }));
  }
  const history = await deps.store.pledgeHistory(slug);
  if (history === null) {
    return err(
      new PledgewatchError('not_found', `No pledge has the slug “${slug}”.`, {
        hint: 'Find the slug with /pledge <query>; it is shown under each pledge.',
      }),
    );
  }
  const items: ListItem[] = history.map((c) => {
    const from = c.previousStatus ? `${statusWords(c.previousStatus)} → ` : '';
    const detail = [
      c.quote ? `“${c.quote}”${c.quoteBy ? ` — ${c.quoteBy}` : ''}` : null,
      c.reason ? `reason: ${reasonText(c.reason)}` : null,
      c.note,
      `source: ${sourceLink(c.source).label}${c.source.url ? ` <${c.source.url}>` : ''}`,
      c.correctsId ? `corrects change #${c.correctsId}` : null,
      `recorded ${c.recordedAt.toISOString().slice(0, 10)} by ${c.editor}${c.approver ? `, approved by ${c.approver}` : ''}`,
    ]
      .filter(Boolean)
      .join('\n');
    return { title: `${c.effectiveOn}: ${from}${statusWords(c.status)}`, detail, badge: pledgeBadge(c.status, null) };
  });
  return ok({
    summary: `History of ${slug}: ${history.length} status change${history.length === 1 ? '' : 's'}`,
    title: `History of ${slug}`,
    sections: [{ kind: 'list', items }],
    visibility: 'ephemeral',
  });
}
