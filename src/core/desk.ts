import { reviewReply } from './announcements/review';
import { pledgeHelpReply } from './commands/pledge';
import { pledgeBadge, statusWords } from './format';
import { pledgeHeadline, sourceLink } from './pledges/present';
import type { Announcements, Clock, FeedReads, PledgeReads, ProposalReads } from './ports';
import type { Reply } from './reply';

/** How many of each the desk shows; the commands list the rest. */
const DESK_LIMIT = 5;

const block = (title: string, sections: Reply['sections']): Reply => ({ summary: title, title, sections, visibility: 'ephemeral' });

/**
 * The editors' desk (Slack's App Home): for editors, the proposals waiting (with the review
 * buttons), coming deadlines and failing feeds; for everyone, the latest published changes
 * and how to use the bot. One Reply per part, in the order shown.
 */
export async function deskReplies(deps: { store: PledgeReads & ProposalReads & FeedReads & Announcements; clock: Clock }, opts: { editor: boolean }): Promise<Reply[]> {
  const { store } = deps;
  const parts: Reply[] = [];
  if (opts.editor) {
    const today = deps.clock.now().toISOString().slice(0, 10);
    const [pending, deadlines, feeds] = await Promise.all([
      store.listProposals({ state: 'pending', limit: DESK_LIMIT }),
      store.comingDeadlines({ from: today, limit: DESK_LIMIT }),
      store.listFeeds(),
    ]);
    parts.push(
      block(
        pending.length === 0 ? 'No proposals waiting' : `Proposals waiting for an editor (${pending.length === DESK_LIMIT ? `the newest ${DESK_LIMIT}` : pending.length})`,
        [{ kind: 'context', text: pending.length === 0 ? 'The newswire has proposed nothing that waits for you.' : 'All of them: /pledge-admin proposals.' }],
      ),
      ...pending.map(reviewReply),
    );
    parts.push(
      block('Coming deadlines', [
        deadlines.length === 0
          ? { kind: 'text', text: 'No open pledge has a deadline ahead.' }
          : { kind: 'list', items: deadlines.map((p) => ({ title: `${p.deadline}: ${pledgeHeadline(p)}`, badge: pledgeBadge(p.status, p.statusOn), command: `/pledge ${p.slug}` })) },
      ]),
    );
    const failing = feeds.filter((f) => f.failures > 0);
    parts.push(
      block('Feeds', [
        failing.length === 0
          ? { kind: 'text', text: feeds.length === 0 ? 'The newswire polls no feed yet: /pledge-admin add-feed <url>.' : `All ${feeds.length} feeds are healthy.` }
          : {
              kind: 'list',
              heading: `${failing.length} of ${feeds.length} failing`,
              items: failing.map((f) => ({ title: f.url, detail: `${f.failures} failure${f.failures === 1 ? '' : 's'} in a row${f.lastError ? `: ${f.lastError}` : ''}` })),
            },
      ]),
    );
  }
  const recent = await store.recentChanges(DESK_LIMIT);
  parts.push(
    block('Recent changes', [
      recent.length === 0
        ? { kind: 'text', text: 'No status change published yet.' }
        : {
            kind: 'list',
            items: recent.map(({ pledge, change }) => ({
              title: `${change.effectiveOn}: ${pledgeHeadline(pledge)}`,
              detail: `${change.previousStatus ? `${statusWords(change.previousStatus)} → ` : ''}${statusWords(change.status)} · ${sourceLink(change.source).label}`,
              badge: pledgeBadge(change.status, change.effectiveOn),
              command: `/pledge ${pledge.slug}`,
            })),
          },
    ]),
  );
  parts.push({ ...pledgeHelpReply(), title: 'How to use pledgewatch' });
  return parts;
}
