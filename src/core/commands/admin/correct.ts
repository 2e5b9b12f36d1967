import { PledgewatchError, err, ok } from '../../errors';
import { actorId } from '../../editors';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import type { PledgeWrites } from '../../ports';
import { pledgeStatuses, statusReasons } from '../../vocabulary';
import { grammar } from '../grammar';
import { isSlug, parseChangeFields, splitPairs } from './args';

export const correctGrammar = grammar('correct', `
  /pledge-admin correct <slug> [quote="..."] [by="<who said it>"] [source=<url>] [date=YYYY-MM-DD] [reason=<reason>] [status=<status>] [note="..."]
  Correct the pledge’s latest status change: a new row pointing at it; the posts that announced it are edited.
  slug: the pledge
  quote: the corrected quote
  by: who spoke the quote
  source: the corrected source link
  date: the corrected effective date
  reason: the corrected reason: ${statusReasons.join(', ')}
  status: the corrected status: ${pledgeStatuses.join(', ')}
  note: what was wrong
  e.g. /pledge-admin correct acme-500-jobs date=2025-05-30 note="the hiring began on the 30th"
`);
const USAGE = correctGrammar.syntax;

/** Corrects the pledge's standing status change: a new row, the posts that announced it edited. */
export async function correct(deps: CommandDeps<PledgeWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const [slug, ...extra] = words;
  if (!slug || !isSlug(slug.toLowerCase()) || extra.length > 0) {
    return err(new PledgewatchError('bad_input', slug ? `Unexpected “${extra.join(' ') || slug}”.` : 'Correct which pledge?', { hint: `Usage: ${USAGE}` }));
  }
  const unknown = [...pairs.keys()].filter((k) => !['quote', 'by', 'source', 'date', 'reason', 'status', 'note'].includes(k));
  if (unknown.length > 0 || pairs.size === 0) {
    return err(new PledgewatchError('bad_input', unknown.length ? `Unknown field: ${unknown.join(', ')}.` : 'Correct what?', { hint: `Usage: ${USAGE}` }));
  }
  const fields = parseChangeFields(pairs, deps.clock.now().toISOString().slice(0, 10));
  if (!fields.ok) return fields;
  const published = await deps.store.correctStatusChange({ slug: slug.toLowerCase(), fields: fields.value, editor: actorId(input.actor) }, actorId(input.actor));
  const text = `Corrected ${published.pledge.slug} (change #${published.change.correctsId} → #${published.change.id}). ` +
    (published.deliveries > 0 ? `${published.deliveries} announcement update${published.deliveries === 1 ? '' : 's'} queued.` : 'It had not been announced anywhere.');
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
}
