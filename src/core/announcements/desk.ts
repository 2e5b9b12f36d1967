import type { DeadlineItem, DeadlineReminder, DeskReads, FeedReads, ProposalReads } from '../ports';
import type { ListItem, Reply, Section } from '../reply';
import { daysBetween } from '../schedule';

/** The editors' desk posts: deadline reminders and the digest, to the review channels. */

const words = (s: string) => s.replaceAll('_', ' ');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "in 29 days", "today", "3 days ago" for a deadline seen on `today`. */
function whenDue(deadline: string, today: string): string {
  const d = daysBetween(today, deadline);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d > 0) return `in ${d} days`;
  return d === -1 ? 'yesterday' : `${-d} days ago`;
}

export function deadlineItem(p: DeadlineItem, today: string): ListItem {
  return {
    title: `${p.entityName}: ${p.title} (${p.slug})`,
    detail: `deadline ${p.deadline}, ${whenDue(p.deadline, today)} · ${words(p.status)}`,
    command: `/pledge ${p.slug}`,
  };
}

export function reminderReply(r: DeadlineReminder): Reply {
  const lead =
    r.milestone === 'coming'
      ? `Deadline ${whenDue(r.deadline, r.madeOn)} (${r.deadline})`
      : `Deadline passed (${r.deadline}) with no final status`;
  const summary = `${lead}: ${r.pledge.entityName}: ${r.pledge.title} (${r.pledge.slug})`;
  return {
    summary,
    title: lead,
    sections: [
      { kind: 'text', text: `${r.pledge.entityName}: ${r.pledge.title} (${r.pledge.slug}) is ${words(r.pledge.status)}.` },
      { kind: 'context', text: `To record what became of it: /pledge-admin set-status ${r.pledge.slug} <status> <source-url> "<quote>"` },
    ],
    visibility: 'in_channel',
  };
}

interface DigestWindow {
  /** changes published since (and before `until`) */
  since: Date;
  until: Date;
  /** the newsroom's date, and how far ahead deadlines count as coming */
  today: string;
  reminderDays: number;
}

const LIMIT = 10;
const more = (shown: number, total: number) => (total > shown ? [{ kind: 'context' as const, text: `and ${total - shown} more` }] : []);

/** The digest as it stands now: proposals waiting, changes published in the window, deadlines, failing feeds. */
export async function buildDigest(store: ProposalReads & DeskReads & FeedReads, w: DigestWindow): Promise<Reply> {
  const [proposals, changes, deadlines, feeds] = await Promise.all([
    store.listProposals({ state: 'pending', limit: 100 }),
    store.changesBetween(w.since, w.until, 100),
    store.deadlines({ today: w.today, days: w.reminderDays, limit: LIMIT }),
    store.listFeeds(),
  ]);
  const failing = feeds.filter((f) => f.failures > 0);
  const sinceDay = w.since.toISOString().slice(0, 10);
  const sections: Section[] = [];
  const list = (heading: string, items: ListItem[], total = items.length) => {
    if (items.length === 0) sections.push({ kind: 'text', text: `${heading}: none.` });
    else sections.push({ kind: 'list', heading, items: items.slice(0, LIMIT) }, ...more(Math.min(items.length, LIMIT), total));
  };
  list(
    `Proposals waiting (${proposals.length})`,
    proposals.map((p) => ({ title: `#${p.id} ${p.slug} → ${words(p.status)}`, detail: `since ${p.createdAt.toISOString().slice(0, 10)} · ${plural(p.sources.length, 'source')}`, command: `/pledge-admin proposal ${p.id}` })),
  );
  list(
    `Published since ${sinceDay} (${changes.length})`,
    changes.map((c) => ({ title: `${c.pledge.entityName}: ${c.pledge.title} → ${words(c.change.status)}${c.change.correctsId ? ' (correction)' : ''}`, detail: `from ${c.change.effectiveOn}`, command: `/pledge ${c.pledge.slug}` })),
  );
  list(`Deadlines in the next ${w.reminderDays} days`, deadlines.coming.map((d) => deadlineItem(d, w.today)));
  list('Deadlines passed with no final status', deadlines.passed.map((d) => deadlineItem(d, w.today)));
  list(
    `Feeds failing (${failing.length})`,
    failing.map((f) => ({ title: f.url, detail: `${plural(f.failures, 'failure')} in a row${f.lastError ? `: ${f.lastError}` : ''}` })),
  );
  const summary = `Editors' digest: ${plural(proposals.length, 'proposal')} waiting, ${plural(changes.length, 'change')} published, ${deadlines.coming.length} deadline(s) coming, ${deadlines.passed.length} passed, ${plural(failing.length, 'feed')} failing`;
  return { summary, title: `Editors' digest, ${w.today}`, sections, visibility: 'ephemeral' };
}
