import { PledgewatchError, err, ok } from '../../errors';
import { actorId } from '../../editors';
import { statusWords } from '../../format';
import { pledgeStatuses, statusReasons } from '../../vocabulary';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import type { PledgeReads, PledgeWrites } from '../../ports';
import { grammar } from '../grammar';
import { quoteSection } from '../../pledges/present';
import { parseDate, parseReason, parseStatus, parseText, parseUrl, refuseUnknown, splitPairs } from './args';
import { MAX_NAME } from './pledge-fields';

export const setStatusGrammar = grammar('set-status', `
  /pledge-admin set-status <slug> <status> <source-url> "<quote>" [<reason>] [by="<who said it>"] [date=YYYY-MM-DD] [note="..."]
  Publish a status change: recorded, and announced to the channels that follow the pledge.
  slug: the pledge
  status: the new status: ${pledgeStatuses.join(', ')}
  source-url: the link that shows it (required)
  quote: the words that show it, in double quotes
  reason: why, when it is known: ${statusReasons.join(', ')}
  by: who spoke the quote, e.g. by="Jane Doe"
  date: the date it took effect (default today)
  note: a note for the record
  e.g. /pledge-admin set-status acme-500-jobs in_progress https://www.example.com/acme-hiring "We have hired the first 120 people" date=2025-06-01
`);
const SET_STATUS_USAGE = setStatusGrammar.syntax;

/** Publishes a status change: validated whole, written in one transaction with its announcements. */
export async function setStatus(deps: CommandDeps<PledgeReads & PledgeWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const [slug, statusWord, url, quoteWord, reasonWord, ...extra] = words;
  if (!slug) return err(new PledgewatchError('bad_input', 'Which pledge?', { hint: `Usage: ${SET_STATUS_USAGE}` }));
  if (extra.length > 0) {
    return err(new PledgewatchError('bad_input', `Unexpected “${extra.join(' ')}”.`, { hint: `Usage: ${SET_STATUS_USAGE}. Put quotes around text with spaces.` }));
  }
  const known = refuseUnknown(pairs, ['reason', 'by', 'date', 'note'], SET_STATUS_USAGE);
  if (!known.ok) return known;
  const status = parseStatus(statusWord);
  if (!status.ok) return status;
  const sourceUrl = parseUrl(url);
  if (!sourceUrl.ok) return sourceUrl;
  const quote = parseText(quoteWord, 'The quote');
  if (!quote.ok) return quote;
  const reason = parseReason(reasonWord ?? pairs.get('reason'));
  if (!reason.ok) return reason;
  const today = deps.clock.now().toISOString().slice(0, 10);
  const effectiveOn = parseDate(pairs.get('date') ?? today, 'The effective date', today);
  if (!effectiveOn.ok) return effectiveOn;
  const quoteBy = pairs.get('by')?.trim() ? parseText(pairs.get('by'), 'by=', MAX_NAME) : ok(null);
  if (!quoteBy.ok) return quoteBy;
  const note = pairs.has('note') ? parseText(pairs.get('note'), 'The note') : ok(null);
  if (!note.ok) return note;

  const pledge = await deps.store.getPledge(slug.toLowerCase());
  if (!pledge) {
    return err(new PledgewatchError('not_found', `No pledge has the slug “${slug}”.`, { hint: 'Find it with /pledge <query>; the slug is shown under each pledge.' }));
  }
  const published = await deps.store.publishStatusChange(
    {
      slug: pledge.slug,
      status: status.value,
      effectiveOn: effectiveOn.value,
      sourceUrl: sourceUrl.value,
      quote: quote.value,
      quoteBy: quoteBy.value,
      reason: reason.value,
      note: note.value,
      editor: actorId(input.actor),
      approver: null,
    },
    actorId(input.actor),
  );
  const before = published.change.previousStatus;
  const text = `${pledge.slug}: ${before ? `${statusWords(before)} → ` : ''}${statusWords(status.value)} from ${effectiveOn.value}. ` +
    (published.deliveries > 0
      ? `Announcing to ${published.deliveries} subscribed channel${published.deliveries === 1 ? '' : 's'}.`
      : 'No channel subscribes to it, so nothing will be announced.');
  return ok({ summary: text, sections: [{ kind: 'text', text }, quoteSection(published.change)], visibility: 'ephemeral' });
}
