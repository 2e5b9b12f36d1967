import { PledgewatchError, err, ok } from '../../errors';
import { actorId } from '../../editors';
import type { CorrectionInput } from '../../ports';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import { isSlug, parseDate, parseReason, parseStatus, parseText, parseUrl, splitPairs } from './args';

const USAGE = '/pledge-admin correct <slug> [quote="..."] [source=<url>] [date=YYYY-MM-DD] [reason=<reason>] [status=<status>] [note="..."]';

/** Corrects the pledge's standing status change: a new row, the posts that announced it edited. */
export async function correct(deps: CommandDeps, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const [slug, ...extra] = words;
  if (!slug || !isSlug(slug.toLowerCase()) || extra.length > 0) {
    return err(new PledgewatchError('bad_input', slug ? `Unexpected “${extra.join(' ') || slug}”.` : 'Correct which pledge?', { hint: `Usage: ${USAGE}` }));
  }
  const unknown = [...pairs.keys()].filter((k) => !['quote', 'source', 'date', 'reason', 'status', 'note'].includes(k));
  if (unknown.length > 0 || pairs.size === 0) {
    return err(new PledgewatchError('bad_input', unknown.length ? `Unknown field: ${unknown.join(', ')}.` : 'Correct what?', { hint: `Usage: ${USAGE}` }));
  }
  const fields: CorrectionInput['fields'] = {};
  const today = deps.clock.now().toISOString().slice(0, 10);
  if (pairs.has('quote')) {
    const q = parseText(pairs.get('quote'), 'quote=');
    if (!q.ok) return q;
    fields.quote = q.value;
  }
  if (pairs.has('source')) {
    const u = parseUrl(pairs.get('source'));
    if (!u.ok) return u;
    fields.sourceUrl = u.value;
  }
  if (pairs.has('date')) {
    const d = parseDate(pairs.get('date'), 'date=', today);
    if (!d.ok) return d;
    fields.effectiveOn = d.value;
  }
  if (pairs.has('reason')) {
    const r = parseReason(pairs.get('reason'));
    if (!r.ok) return r;
    fields.reason = r.value;
  }
  if (pairs.has('status')) {
    const s = parseStatus(pairs.get('status'));
    if (!s.ok) return s;
    fields.status = s.value;
  }
  if (pairs.has('note')) {
    const n = parseText(pairs.get('note'), 'note=');
    if (!n.ok) return n;
    fields.note = n.value;
  }
  const published = await deps.store.correctStatusChange({ slug: slug.toLowerCase(), fields, editor: actorId(input.actor) }, actorId(input.actor));
  const text = `Corrected ${published.pledge.slug} (change #${published.change.correctsId} → #${published.change.id}). ` +
    (published.deliveries > 0 ? `${published.deliveries} announcement update${published.deliveries === 1 ? '' : 's'} queued.` : 'It had not been announced anywhere.');
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
}
