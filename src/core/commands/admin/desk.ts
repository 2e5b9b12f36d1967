import { buildDigest, deadlineItem } from '../../announcements/desk';
import { PledgewatchError, err, ok } from '../../errors';
import { localDate } from '../../schedule';
import type { CommandDeps, CommandResult } from '../types';
import type { DeskReads, FeedReads, ProposalReads } from '../../ports';
import { grammar } from '../grammar';

/** Each command's grammar, beside it (the manual is generated from these). */
export const deadlinesGrammar = grammar('deadlines', `
  /pledge-admin deadlines
  Pledges whose deadline is coming (within PLEDGEWATCH_REMINDER_DAYS) or has passed with no final status.
  e.g. /pledge-admin deadlines
`);
export const digestGrammar = grammar('digest', `
  /pledge-admin digest
  The editors’ digest now: proposals waiting, changes published since the last digest, deadlines, failing feeds.
  e.g. /pledge-admin digest
`);

const settings = (deps: CommandDeps<unknown>) => deps.desk ?? { timeZone: 'UTC', reminderDays: 30 };
const LIMIT = 25;

const unexpected = (args: string[], syntax: string) =>
  err(new PledgewatchError('bad_input', `Unexpected “${args.join(' ')}”.`, { hint: `Usage: ${syntax}` }));

/** `deadlines` */
export async function listDeadlines(deps: CommandDeps<DeskReads>, args: string[]): Promise<CommandResult> {
  if (args.length > 0) return unexpected(args, deadlinesGrammar.syntax);
  const { timeZone, reminderDays } = settings(deps);
  const today = localDate(deps.clock.now(), timeZone);
  const { coming, passed } = await deps.store.deadlines({ today, days: reminderDays, limit: LIMIT });
  const title = `Deadlines: ${coming.length} in the next ${reminderDays} days, ${passed.length} passed with no final status`;
  return ok({
    summary: title,
    title,
    sections: [
      coming.length ? { kind: 'list', heading: `Coming (by ${today} + ${reminderDays} days)`, items: coming.map((d) => deadlineItem(d, today)) } : { kind: 'text', text: 'Coming: none.' },
      passed.length ? { kind: 'list', heading: 'Passed', items: passed.map((d) => deadlineItem(d, today)) } : { kind: 'text', text: 'Passed: none.' },
      { kind: 'context', text: `Dates in ${timeZone}. Final statuses: kept, broken, retracted.` },
    ],
    visibility: 'ephemeral',
  });
}

/** `digest`: what the next scheduled digest would say, now. */
export async function showDigest(deps: CommandDeps<DeskReads & ProposalReads & FeedReads>, args: string[]): Promise<CommandResult> {
  if (args.length > 0) return unexpected(args, digestGrammar.syntax);
  const { timeZone, reminderDays } = settings(deps);
  const now = deps.clock.now();
  const since = (await deps.store.lastDigestAt()) ?? new Date(now.getTime() - 7 * 86_400_000);
  return ok(await buildDigest(deps.store, { since, until: now, today: localDate(now, timeZone), reminderDays }));
}
