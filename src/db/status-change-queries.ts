import { sql } from 'drizzle-orm';
import { PledgewatchError } from '../core/errors';
import type { CorrectionInput, NewStatusChange, PublishedChange } from '../core/ports';
import { type PledgeStatus, WEBHOOK_PLATFORM } from '../core/vocabulary';
import { getAnnouncement } from './announcement-queries';
import { appendAudit } from './audit-queries';
import { type Db, query, txOf } from './client';
import { notifyDesk, notifyOutbox } from './notify';
import { SUPERSEDED } from './outbox-queries';
import { personFor } from './people-queries';
import { currentChangeWhere } from './pledge-queries';
import { pledgeIdOf } from './pledge-record-queries';
import { supersedeProposals } from './review-queries';
import { statusChanges } from './schema';
import { sourceForUrl } from './source-queries';

/** Status changes: publishing one (set-status, an approved proposal) and correcting the standing one. Each is one transaction with its outbox rows and audit row. */

/**
 * Appends the change, recomputes the pledge's standing status, queues one announcement per
 * subscribed channel and webhook and writes the audit row: one transaction. NOTIFY wakes dispatchers at commit.
 */
export async function publishStatusChange(db: Db, input: NewStatusChange, actor: string): Promise<PublishedChange> {
  return txOf(db, (tx) => publishInTransaction(tx, input, actor));
}

/** What the audit row of a publish says: set-status by default; an approval names its proposal. */
interface PublishAudit {
  action: string;
  after?: Record<string, unknown>;
}

/**
 * publishStatusChange's work inside a transaction the caller owns (an approved proposal is
 * marked in the same one). `tx` must be a transaction: the pledge row stays locked until it ends.
 */
export async function publishInTransaction(
  tx: Db,
  input: NewStatusChange,
  actor: string,
  auditAs: PublishAudit = { action: 'pledge-admin set-status' },
): Promise<PublishedChange> {
  // The pledge row is locked, so the checks below see what no concurrent publish can change.
  const [pledge] = await query<{ id: number; status: PledgeStatus; status_effective_on: string | null; entity_slug: string }>(
    tx,
    sql`select p.id, p.status, p.status_effective_on::text as status_effective_on, e.slug as entity_slug
        from pledges p join entities e on e.id = p.entity_id
        where p.slug = ${input.slug} for update of p`,
  );
  if (!pledge) throw new PledgewatchError('not_found', `No pledge has the slug “${input.slug}”.`);
  if (pledge.status === input.status) {
    throw new PledgewatchError('conflict', `${input.slug} is already ${input.status.replaceAll('_', ' ')} (since ${pledge.status_effective_on ?? 'its start'}). Nothing was changed.`, {
      hint: 'To fix the record of that change, use /pledge-admin correct.',
    });
  }
  if (pledge.status_effective_on && input.effectiveOn < pledge.status_effective_on) {
    throw new PledgewatchError('conflict', `${input.slug} has been ${pledge.status.replaceAll('_', ' ')} since ${pledge.status_effective_on}; a change dated ${input.effectiveOn} would not be its current status. Nothing was changed.`, {
      hint: 'To fix the date of the standing change, use /pledge-admin correct <slug> date=YYYY-MM-DD.',
    });
  }
  const sourceId = await sourceForUrl(tx, input.sourceUrl, input.editor);
  const [change] = await tx
    .insert(statusChanges)
    .values({
      pledgeId: pledge.id,
      status: input.status,
      previousStatus: pledge.status,
      effectiveOn: input.effectiveOn,
      sourceId,
      quote: input.quote,
      quoteByPersonId: input.quoteBy ? await personFor(tx, input.quoteBy) : null,
      reason: input.reason,
      note: input.note,
      editor: input.editor,
      approver: input.approver,
    })
    .returning({ id: statusChanges.id });
  await refreshPledgeStatus(tx, pledge.id);
  const superseded = await supersedeProposals(tx, pledge.id, input.status, change!.id, actor);
  const queued = await query<{ id: number }>(
    tx,
    sql`insert into outbox (status_change_id, kind, platform, workspace, channel_id)
        select distinct ${change!.id}::int, 'post'::delivery_kind, s.platform, s.workspace, s.channel_id
        from (select platform, workspace, channel_id, scope, scope_ref from subscriptions
              union all select ${WEBHOOK_PLATFORM}, '', id::text, scope, scope_ref from webhooks) s
        where s.scope = 'all'
           or (s.scope = 'entity' and s.scope_ref = ${pledge.entity_slug})
           or (s.scope = 'pledge' and s.scope_ref = ${input.slug})
        on conflict do nothing
        returning id`,
  );
  await appendAudit(tx, {
    actor,
    action: auditAs.action,
    target: input.slug,
    outcome: 'ok',
    before: { status: pledge.status },
    after: { status: input.status, effectiveOn: input.effectiveOn, sourceUrl: input.sourceUrl, quote: input.quote, quoteBy: input.quoteBy, reason: input.reason, changeId: change!.id, ...auditAs.after, ...(superseded.length ? { supersededProposals: superseded } : {}) },
    detail: `status ${input.status.replaceAll('_', ' ')} (was ${pledge.status.replaceAll('_', ' ')}) from ${input.effectiveOn}; ${queued.length} announcement(s) queued`,
  });
  if (queued.length > 0) await notifyOutbox(tx, change!.id);
  await notifyDesk(tx, `change:${change!.id}`);
  const announcement = await getAnnouncement(tx, change!.id);
  return { change: announcement!.change, pledge: announcement!.pledge, deliveries: queued.length };
}

/** pledges.status follows the standing change: latest effective date, not itself corrected. */
async function refreshPledgeStatus(db: Db, pledgeId: number): Promise<void> {
  await db.execute(sql`
    update pledges p set status = c.status, status_effective_on = c.effective_on
    from (select c.status, c.effective_on from status_changes c
          where c.pledge_id = ${pledgeId} and not exists (select 1 from status_changes c2 where c2.corrects_id = c.id)
          order by c.effective_on desc, c.id desc limit 1) c
    where p.id = ${pledgeId}`);
}

export async function correctStatusChange(db: Db, input: CorrectionInput, actor: string): Promise<PublishedChange> {
  return txOf(db, async (tx) => {
    const id = await pledgeIdOf(tx, input.slug);
    await tx.execute(sql`select id from pledges where id = ${id} for update`);
    const [standing] = await query<{
      id: number; status: PledgeStatus; previous_status: PledgeStatus | null; effective_on: string; source_id: number;
      quote: string | null; quote_by_person_id: number | null; reason: string | null; note: string | null; approver: string | null;
    }>(tx, sql`select c.id, c.status, c.previous_status, c.effective_on::text as effective_on, c.source_id, c.quote,
          c.quote_by_person_id, c.reason, c.note, c.approver
        from status_changes c where c.pledge_id = ${id} and ${currentChangeWhere}
        order by c.effective_on desc, c.id desc limit 1`);
    if (!standing) throw new PledgewatchError('not_found', `${input.slug} has no status change to correct.`);
    const f = input.fields;
    const sourceId = f.sourceUrl ? await sourceForUrl(tx, f.sourceUrl, input.editor) : standing.source_id;
    const [row] = await tx
      .insert(statusChanges)
      .values({
        pledgeId: id,
        status: f.status ?? standing.status,
        previousStatus: standing.previous_status,
        effectiveOn: f.effectiveOn ?? standing.effective_on,
        sourceId,
        quote: f.quote !== undefined ? f.quote : standing.quote,
        quoteByPersonId: f.quoteBy !== undefined ? (f.quoteBy ? await personFor(tx, f.quoteBy) : null) : f.quote !== undefined ? null : standing.quote_by_person_id,
        reason: (f.reason !== undefined ? f.reason : standing.reason) as never,
        note: f.note !== undefined ? f.note : standing.note,
        editor: input.editor,
        approver: standing.approver,
        correctsId: standing.id,
      })
      .returning({ id: statusChanges.id });
    const correctionId = row!.id;
    await refreshPledgeStatus(tx, id);
    // Every channel that saw the chain this change belongs to: delivered posts get an edit and a
    // thread reply; posts not sent yet are superseded by a fresh post of the corrected text.
    const chain = sql`with recursive chain(id) as (select ${standing.id}::int union all
      select c.corrects_id from status_changes c join chain on c.id = chain.id where c.corrects_id is not null) select id from chain`;
    // Channels whose post is delivered, or on its way right now (leased), get an edit and a
    // thread reply; their target message is looked up when they are sent. Posts and edits not
    // yet on their way are replaced: a fresh post of the corrected text goes instead.
    const updates = await query<{ id: number }>(
      tx,
      sql`insert into outbox (status_change_id, kind, platform, workspace, channel_id, target_message_id)
          select distinct on (o.platform, o.workspace, o.channel_id, k.kind) ${correctionId}::int, k.kind, o.platform, o.workspace, o.channel_id, o.message_id
          from outbox o cross join (values ('edit'::delivery_kind), ('thread_reply'::delivery_kind)) k(kind)
          where o.kind = 'post' and o.status_change_id in (${chain}) and o.platform <> ${WEBHOOK_PLATFORM}
            and (o.state = 'delivered' or (o.state = 'pending' and o.lease_until > now()))
          order by o.platform, o.workspace, o.channel_id, k.kind, (o.message_id is not null) desc, o.id
          on conflict do nothing returning id`,
    );
    // A webhook has no post to edit: it gets the correction as an event of its own.
    const hooked = await query<{ id: number }>(
      tx,
      sql`insert into outbox (status_change_id, kind, platform, workspace, channel_id)
          select distinct ${correctionId}::int, 'post'::delivery_kind, o.platform, o.workspace, o.channel_id from outbox o
          where o.kind = 'post' and o.status_change_id in (${chain}) and o.platform = ${WEBHOOK_PLATFORM}
            and (o.state = 'delivered' or (o.state = 'pending' and o.lease_until > now()))
          on conflict do nothing returning id`,
    );
    const superseded = await query<{ kind: string; platform: string; workspace: string; channel_id: string }>(
      tx,
      sql`update outbox set state = 'dead', last_error = ${`${SUPERSEDED} ${correctionId}`}, lease_until = null
          where kind in ('post', 'edit') and state = 'pending' and status_change_id in (${chain})
            and (lease_until is null or lease_until <= now())
          returning kind, platform, workspace, channel_id`,
    );
    for (const s of superseded.filter((r) => r.kind === 'post')) {
      await tx.execute(sql`insert into outbox (status_change_id, kind, platform, workspace, channel_id)
        values (${correctionId}, 'post', ${s.platform}, ${s.workspace}, ${s.channel_id}) on conflict do nothing`);
    }
    await appendAudit(tx, {
      actor,
      action: 'pledge-admin correct',
      target: input.slug,
      outcome: 'ok',
      before: { changeId: standing.id, status: standing.status, effectiveOn: standing.effective_on, quote: standing.quote, reason: standing.reason },
      after: { changeId: correctionId, ...f },
    });
    const deliveries = updates.length + hooked.length + superseded.filter((r) => r.kind === 'post').length;
    if (deliveries > 0) await notifyOutbox(tx, correctionId);
    const a = await getAnnouncement(tx, correctionId);
    return { change: a!.change, pledge: a!.pledge, deliveries };
  });
}
