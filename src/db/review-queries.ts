/**
 * Review posts: a newswire proposal put before the editors' review channels through the
 * outbox, and edits of those posts when the proposal gains a source or is decided. Every
 * function runs inside the caller's transaction, so a proposal and its posts commit together.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { ChannelRef } from '../core/identity';
import { appendAudit, auditedChannel } from './audit-queries';
import { type Db, query, txOf } from './client';
import { notifyOutbox, notifySchedule } from './notify';
import { reviewChannels } from './schema';

/**
 * Outbox rows for review posts from `select` (proposal_id, kind, platform, workspace,
 * channel_id), each at most once; the dispatcher is woken when any was queued.
 */
async function queueFrom(tx: Db, select: SQL, ref: string): Promise<number> {
  const rows = await query<{ id: number }>(
    tx,
    sql`insert into outbox (proposal_id, kind, platform, workspace, channel_id) ${select} on conflict do nothing returning id`,
  );
  if (rows.length > 0) await notifyOutbox(tx, ref);
  return rows.length;
}

/** One post of the proposal per review channel. */
export const queueReviewPosts = (tx: Db, proposalId: number): Promise<number> =>
  queueFrom(tx, sql`select ${proposalId}::int, 'post'::delivery_kind, platform, workspace, channel_id from review_channels`, `proposal:${proposalId}`);

/**
 * An edit of every review post of the proposal that is not dead. The edit renders the
 * proposal as it is when sent, so one waiting edit per channel covers any number of changes.
 */
export const queueReviewEdits = (tx: Db, proposalId: number): Promise<number> =>
  queueFrom(
    tx,
    sql`select distinct ${proposalId}::int, 'edit'::delivery_kind, platform, workspace, channel_id from outbox
        where proposal_id = ${proposalId} and kind = 'post' and state <> 'dead'`,
    `proposal:${proposalId}`,
  );

/** A channel that has just become a review channel gets the proposals still waiting, oldest first. */
const queuePendingForChannel = (tx: Db, c: ChannelRef): Promise<number> =>
  queueFrom(
    tx,
    sql`select r.id, 'post'::delivery_kind, ${c.platform}, ${c.workspace}, ${c.id} from proposals r where r.state = 'pending' order by r.id`,
    `review:${c.platform}:${c.id}`,
  );

/**
 * Pending proposals for the status a pledge has just reached another way (an editor's
 * set-status): nothing is left to decide, so they are closed as superseded by that change,
 * and their review posts edited to say so. Resolves to their ids.
 */
export async function supersedeProposals(tx: Db, pledgeId: number, status: string, changeId: number, actor: string): Promise<number[]> {
  const rows = await query<{ id: number }>(
    tx,
    sql`update proposals set state = 'superseded', decided_by = ${actor}, decided_at = now(), status_change_id = ${changeId}
        where pledge_id = ${pledgeId} and status = ${status}::pledge_status and state = 'pending' returning id`,
  );
  for (const { id } of rows) await queueReviewEdits(tx, id);
  return rows.map((r) => r.id);
}

export async function setReviewChannel(db: Db, c: ChannelRef, actor: string): Promise<{ queued: number }> {
  return txOf(db, async (tx) => {
    await tx
      .insert(reviewChannels)
      .values({ platform: c.platform, workspace: c.workspace, channelId: c.id, setBy: actor })
      .onConflictDoUpdate({ target: [reviewChannels.platform, reviewChannels.workspace], set: { channelId: c.id, setBy: actor, setAt: new Date() } });
    const queued = await queuePendingForChannel(tx, c);
    await notifySchedule(tx, `review:${c.platform}:${c.id}`);
    await appendAudit(tx, { actor, action: 'pledge-admin review-channel', target: `${c.platform}:${c.workspace}`, outcome: 'ok', after: auditedChannel(c), detail: `${queued} pending proposal(s) queued` });
    return { queued };
  });
}
