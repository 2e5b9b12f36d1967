import { type SQL, sql } from 'drizzle-orm';
import type { ChannelRelease, ClaimedDelivery, OutboxOverview, OutboxRow } from '../core/ports';
import type { PledgeStatus } from '../core/vocabulary';
import { appendAudit } from './audit-queries';
import { type Db, query, txOf } from './client';
import { notifyOutbox } from './notify';
import type { RawRow } from './rows';
import type { outbox } from './schema';

/** The outbox: the dispatcher's claims, leases and outcomes, then what editors see of it and retry. */

/** The pacing row that stands for a whole workspace (channel '*') or the whole platform (both '*'). */
const WIDE = '*';

const due = sql`o.state = 'pending' and o.next_attempt_at <= now() and (o.lease_until is null or o.lease_until < now())`;
const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
const secs = (ms: number) => sql`make_interval(secs => ${Math.max(0, ms) / 1000})`;

/**
 * Claims due deliveries, at most one per channel and only in channels whose pacing allows a
 * post now, and holds those channels until the outcome is recorded. Channel pacing rows and
 * outbox rows are both locked SKIP LOCKED: dispatchers on one database claim disjoint channels
 * side by side, and none waits for another. The lease keeps others off a row while it is sent;
 * a dispatcher that dies mid-send leaves a lease (and a channel hold) that expires.
 */
export async function claimDue(
  db: Db,
  opts: { worker: string; platforms: string[]; limit: number; leaseMs: number },
): Promise<ClaimedDelivery[]> {
  if (opts.platforms.length === 0) return [];
  const platforms = list(opts.platforms);
  // a channel's first delivery brings its pacing row, so that there is a row to lock
  await db.execute(sql`insert into channel_pacing (platform, workspace, channel_id)
    select distinct o.platform, o.workspace, o.channel_id from outbox o
    where ${due} and o.platform in (${platforms})
      and not exists (select 1 from channel_pacing p where p.platform = o.platform and p.workspace = o.workspace and p.channel_id = o.channel_id)
    on conflict do nothing`);
  const rows = await query<
    RawRow<
      typeof outbox.$inferSelect,
      | 'id' | 'statusChangeId' | 'proposalId' | 'reminderId' | 'digestId' | 'kind' | 'platform' | 'workspace' | 'channelId'
      | 'targetMessageId' | 'attempts' | 'attemptStartedAt' | 'firstAttemptAt'
    > & { platform: ClaimedDelivery['platform'] }
  >(
    db,
    sql`with ch as (
          select p.platform, p.workspace, p.channel_id from channel_pacing p
          where p.platform in (${platforms}) and p.channel_id <> ${WIDE} and p.next_allowed_at <= now()
            and not exists (select 1 from channel_pacing w where w.platform = p.platform and w.workspace in (p.workspace, ${WIDE})
                            and w.channel_id = ${WIDE} and w.next_allowed_at > now())
            and exists (select 1 from outbox o where o.platform = p.platform and o.workspace = p.workspace and o.channel_id = p.channel_id and ${due})
          order by p.next_allowed_at, p.channel_id
          limit ${opts.limit}
          for update of p skip locked),
        picked as (
          select r.id from ch cross join lateral (
            select o.id from outbox o
            where o.platform = ch.platform and o.workspace = ch.workspace and o.channel_id = ch.channel_id and ${due}
            order by o.next_attempt_at, o.id limit 1
            for update skip locked) r),
        claimed as (
          update outbox o set lease_until = now() + ${secs(opts.leaseMs)}, leased_by = ${opts.worker}, attempts = o.attempts + 1
          where o.id in (select id from picked)
          returning o.id, o.status_change_id, o.proposal_id, o.reminder_id, o.digest_id, o.kind, o.platform, o.workspace, o.channel_id, o.target_message_id,
                    o.attempts, o.attempt_started_at, o.first_attempt_at),
        held as (
          update channel_pacing p set next_allowed_at = now() + ${secs(opts.leaseMs)}, held_by = ${opts.worker}
          from claimed c where p.platform = c.platform and p.workspace = c.workspace and p.channel_id = c.channel_id)
        select * from claimed`,
  );
  return rows
    .map((r) => ({
      id: r.id,
      statusChangeId: r.status_change_id,
      proposalId: r.proposal_id,
      reminderId: r.reminder_id,
      digestId: r.digest_id,
      kind: r.kind,
      platform: r.platform,
      workspace: r.workspace,
      channelId: r.channel_id,
      targetMessageId: r.target_message_id,
      attempts: r.attempts,
      outcomeUnknown: r.attempt_started_at !== null,
      firstAttemptAt: r.first_attempt_at === null ? null : new Date(r.first_attempt_at),
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Records that a request for the row is about to go out (and extends this worker's lease).
 * False when the lease ran out and another worker has the row: then this one must not send.
 * Until the outcome is recorded, a later claim knows this attempt may have posted.
 */
export async function startAttempt(db: Db, id: number, worker: string, leaseMs: number): Promise<Date | null> {
  const [row] = await query<{ first_attempt_at: string | Date }>(
    db,
    sql`update outbox set lease_until = now() + ${secs(leaseMs)}, attempt_started_at = now(), first_attempt_at = coalesce(first_attempt_at, now())
        where id = ${id} and state = 'pending' and leased_by = ${worker} returning first_attempt_at`,
  );
  return row ? new Date(row.first_attempt_at) : null;
}


/** Ends this worker's hold on the row's channel (a later holder's hold is left alone). */
function release(done: SQL, worker: string, r: ChannelRelease): SQL {
  return sql`with done as (${done}),
    freed as (update channel_pacing p set next_allowed_at = now() + ${secs(r.waitMs)}, held_by = null
      from done d where p.platform = d.platform and p.workspace = d.workspace and p.channel_id = d.channel_id and p.held_by = ${worker})
    ${r.pause ? sql`, paused as (insert into channel_pacing (platform, workspace, channel_id, next_allowed_at)
        select d.platform, ${r.pause.scope === 'platform' ? WIDE : sql`d.workspace`}, ${WIDE}, now() + ${secs(r.pause.ms)} from done d
        on conflict (platform, workspace, channel_id) do update set next_allowed_at = greatest(channel_pacing.next_allowed_at, excluded.next_allowed_at))` : sql``}
    select count(*) from done`;
}

export async function markDelivered(
  db: Db,
  id: number,
  worker: string,
  delivered: { messageId: string; recovery?: 'found' | 'unchecked' },
  r: ChannelRelease,
): Promise<void> {
  await db.execute(
    release(
      sql`update outbox set state = 'delivered', message_id = ${delivered.messageId}, delivered_at = now(), lease_until = null,
            last_error = null, attempt_started_at = null, recovery = coalesce(${delivered.recovery ?? null}, recovery)
          where id = ${id} and state = 'pending' returning platform, workspace, channel_id`,
      worker,
      r,
    ),
  );
}

/**
 * Only the lease holder reschedules or dead-letters a row; a stale worker changes nothing.
 * `maybeSent` keeps the attempt marked as started, so the next one looks before posting; a
 * rate-limited attempt does not count towards the row's attempts.
 */
export async function markRetry(
  db: Db,
  id: number,
  worker: string,
  retry: { error: string; delayMs: number; maybeSent: boolean; rateLimited: boolean },
  r: ChannelRelease,
): Promise<void> {
  await db.execute(
    release(
      sql`update outbox set next_attempt_at = now() + ${secs(retry.delayMs)}, lease_until = null, last_error = ${retry.error.slice(0, 500)},
            attempt_started_at = ${retry.maybeSent ? sql`attempt_started_at` : sql`null`},
            attempts = ${retry.rateLimited ? sql`greatest(attempts - 1, 0)` : sql`attempts`}
          where id = ${id} and state = 'pending' and leased_by = ${worker} returning platform, workspace, channel_id`,
      worker,
      r,
    ),
  );
}

export async function markDead(db: Db, id: number, worker: string, error: string, r: ChannelRelease): Promise<void> {
  await db.execute(
    release(
      sql`update outbox set state = 'dead', lease_until = null, attempt_started_at = null, last_error = ${error.slice(0, 500)}
          where id = ${id} and state = 'pending' and leased_by = ${worker} returning platform, workspace, channel_id`,
      worker,
      r,
    ),
  );
}

/** The earliest time a pending delivery falls due (its lease ends, its channel is free), for the dispatcher's sleep. */
export async function nextDueAt(db: Db, platforms: string[]): Promise<Date | null> {
  if (platforms.length === 0) return null;
  const [row] = await query<{ at: string | Date | null }>(
    db,
    sql`select min(greatest(o.next_attempt_at, coalesce(o.lease_until, o.next_attempt_at), coalesce(p.next_allowed_at, o.next_attempt_at),
               coalesce((select max(w.next_allowed_at) from channel_pacing w where w.platform = o.platform
                         and w.workspace in (o.workspace, ${WIDE}) and w.channel_id = ${WIDE}), o.next_attempt_at))) as at
        from outbox o left join channel_pacing p on p.platform = o.platform and p.workspace = o.workspace and p.channel_id = o.channel_id
        where o.state = 'pending' and o.platform in (${list(platforms)})`,
  );
  return row?.at ? new Date(row.at) : null;
}




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
