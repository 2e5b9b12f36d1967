import { sql } from 'drizzle-orm';
import type { OutboxOverview, OutboxRow } from '../core/ports';
import type { PledgeStatus } from '../core/vocabulary';
import { appendAudit } from './audit-queries';
import { type Db, query, txOf } from './client';
import { notifyOutbox } from './notify';



/**
 * The message an edit or thread reply acts on: the delivered post of the same channel for any
 * change in the correction chain, or for a review post's edit, the post of the same proposal.
 * Null while that post is still on its way.
 */
export async function postedMessageFor(db: Db, deliveryId: number): Promise<{ messageId: string | null; postDead: boolean }> {
  const [row] = await query<{ message_id: string | null; dead: boolean }>(
    db,
    sql`with recursive me as (select * from outbox where id = ${deliveryId}),
        chain(id) as (select (select corrects_id from status_changes where id = (select status_change_id from me))
          union all select c.corrects_id from status_changes c join chain on c.id = chain.id where c.corrects_id is not null)
        select o.message_id, bool_and(o.state = 'dead') over () as dead from outbox o, me
        where o.kind = 'post' and o.platform = me.platform and o.workspace = me.workspace and o.channel_id = me.channel_id
          and (o.status_change_id in (select id from chain) or o.proposal_id = me.proposal_id)
        order by (o.message_id is not null) desc, o.id limit 1`,
  );
  return { messageId: row?.message_id ?? null, postDead: row ? row.dead : true };
}

export const SUPERSEDED = 'superseded by correction';

export async function outboxOverview(db: Db, limit: number): Promise<OutboxOverview> {
  const counts = await query<{ state: OutboxRow['state']; recovery: string | null; n: string | number }>(
    db,
    sql`select state, recovery, count(*) as n from outbox group by state, recovery`,
  );
  const rows = await query<{
    id: number;
    kind: string;
    platform: string;
    channel_id: string;
    state: OutboxRow['state'];
    attempts: number;
    next_attempt_at: string | Date;
    last_error: string | null;
    slug: string;
    status: PledgeStatus | null;
    proposal_id: number | null;
    about: string | null;
  }>(
    db,
    sql`select o.id, o.kind, o.platform, o.channel_id, o.state, o.attempts, o.next_attempt_at, o.last_error, coalesce(p.slug, '') as slug,
               coalesce(c.status, r.status) as status, o.proposal_id,
               case when o.reminder_id is not null then 'deadline reminder (' || dr.milestone || ') for ' || p.slug
                    when o.digest_id is not null then 'digest of ' || d.period_key end as about
        from outbox o left join status_changes c on c.id = o.status_change_id left join proposals r on r.id = o.proposal_id
        left join deadline_reminders dr on dr.id = o.reminder_id left join digests d on d.id = o.digest_id
        left join pledges p on p.id = coalesce(c.pledge_id, r.pledge_id, dr.pledge_id)
        where o.state in ('pending', 'dead') order by o.state, o.id desc limit ${limit}`,
  );
  const byState = { pending: 0, delivered: 0, dead: 0 };
  const recovered = { found: 0, unchecked: 0 };
  for (const c of counts) {
    byState[c.state] += Number(c.n);
    if (c.recovery === 'found' || c.recovery === 'unchecked') recovered[c.recovery] += Number(c.n);
  }
  return {
    counts: byState,
    recovered,
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      platform: r.platform,
      channelId: r.channel_id,
      state: r.state,
      attempts: r.attempts,
      nextAttemptAt: new Date(r.next_attempt_at),
      lastError: r.last_error,
      pledgeSlug: r.slug,
      status: r.status,
      proposalId: r.proposal_id,
      about: r.about,
    })),
  };
}

export async function retryDelivery(db: Db, id: number, actor: string): Promise<'queued' | 'not_dead'> {
  return txOf(db, async (tx) => {
    // A delivery a correction replaced stays dead: sending it now would post the old text.
    const updated = await query<{ id: number }>(
      tx,
      sql`update outbox set state = 'pending', next_attempt_at = now(), attempts = 0, lease_until = null
          where id = ${id} and state = 'dead' and coalesce(last_error, '') not like ${`${SUPERSEDED}%`} returning id`,
    );
    if (updated.length === 0) return 'not_dead';
    await appendAudit(tx, { actor, action: 'pledge-admin outbox retry', target: `outbox:${id}`, outcome: 'ok', detail: 'dead delivery queued again' });
    await notifyOutbox(tx, id);
    return 'queued';
  });
}
