import { eq, sql } from 'drizzle-orm';
import { PledgewatchError } from '../core/errors';
import type { CorrectionInput, NewFact, NewPledgeSource, NewTariff, PublishedChange } from '../core/ports';
import type { ChannelRef } from '../core/identity';
import { auditedChannel } from './subscription-queries';
import type { PledgeStatus } from '../core/vocabulary';
import { type Db, query } from './client';
import { getAnnouncement, SUPERSEDED } from './outbox-queries';
import { WEBHOOK_PLATFORM } from '../core/vocabulary';
import { currentChangeWhere } from './pledge-queries';
import {
  entities,
  entityAliases,
  facts,
  pledgeSources,
  pledgeTariffLinks,
  pledges,
  reviewChannels,
  sources,
  statusChanges,
  tariffActionSources,
  tariffActions,
  tariffRateSteps,
} from './schema';
import { queuePendingForChannel } from './review-queries';
import { personFor } from './people-queries';
import { notifyOutbox, notifySchedule } from './notify';
import { appendAudit, refreshPledgeStatus, sourceForUrl } from './write-queries';

const notFound = (what: string, slug: string) => new PledgewatchError('not_found', `No ${what} has the slug “${slug}”.`);
const txOf = <T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> => db.transaction((t) => fn(t as unknown as Db));

async function pledgeId(tx: Db, slug: string): Promise<number> {
  const [row] = await tx.select({ id: pledges.id }).from(pledges).where(eq(pledges.slug, slug));
  if (!row) throw notFound('pledge', slug);
  return row.id;
}

export async function correctStatusChange(db: Db, input: CorrectionInput, actor: string): Promise<PublishedChange> {
  return txOf(db, async (tx) => {
    const id = await pledgeId(tx, input.slug);
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

export async function addFact(db: Db, f: NewFact, actor: string): Promise<void> {
  await txOf(db, async (tx) => {
    const id = await pledgeId(tx, f.slug);
    const sourceId = await sourceForUrl(tx, f.sourceUrl, actor);
    await tx.insert(facts).values({
      pledgeId: id, kind: f.value !== null ? 'figure' : 'context', statement: f.statement, value: f.value, unit: f.unit,
      asOf: f.asOf, attributedTo: f.attributedTo, sourceId, createdBy: actor,
    });
    await appendAudit(tx, { actor, action: 'pledge-admin add-fact', target: f.slug, outcome: 'ok', after: f });
  });
}

export async function addPledgeSource(db: Db, s: NewPledgeSource, actor: string): Promise<'added' | 'exists'> {
  return txOf(db, async (tx) => {
    const id = await pledgeId(tx, s.slug);
    const [known] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.url, s.url));
    const sourceId =
      known?.id ??
      (await tx
        .insert(sources)
        .values({ url: s.url, outlet: s.outlet ?? new URL(s.url).hostname.replace(/^www\./, ''), title: s.title, publishedOn: s.publishedOn, note: `added by ${actor}` })
        .returning({ id: sources.id }))[0]!.id;
    const added = await tx.insert(pledgeSources).values({ pledgeId: id, sourceId }).onConflictDoNothing().returning({ id: pledgeSources.pledgeId });
    if (added.length === 0) return 'exists';
    await appendAudit(tx, { actor, action: 'pledge-admin add-source', target: s.slug, outcome: 'ok', after: s });
    return 'added';
  });
}

export async function addTariff(db: Db, t: NewTariff, actor: string): Promise<'added' | 'exists'> {
  return txOf(db, async (tx) => {
    const [existing] = await tx.select({ id: tariffActions.id }).from(tariffActions).where(eq(tariffActions.slug, t.slug));
    if (existing) return 'exists';
    let retaliatesForId: number | null = null;
    if (t.retaliatesFor) {
      const [r] = await tx.select({ id: tariffActions.id }).from(tariffActions).where(eq(tariffActions.slug, t.retaliatesFor));
      if (!r) throw notFound('tariff action', t.retaliatesFor);
      retaliatesForId = r.id;
    }
    const [row] = await tx
      .insert(tariffActions)
      .values({
        slug: t.slug, name: t.name, listName: t.listName, imposer: t.imposer, target: t.target, announcedOn: t.announcedOn,
        effectiveOn: t.effectiveOn, status: t.status, legalBasis: t.legalBasis, tradeCoveredUsd: t.tradeCoveredUsd,
        tradeCoveredCertainty: t.tradeCoveredUsd === null ? 'not_confirmed' : 'stated', description: t.name, answers: t.answers, retaliatesForId,
      })
      .returning({ id: tariffActions.id });
    await tx.insert(tariffRateSteps).values({ actionId: row!.id, ratePct: t.ratePct, effectiveOn: t.effectiveOn, applied: t.status === 'in_effect' ? true : null });
    await tx.insert(tariffActionSources).values({ actionId: row!.id, sourceId: await sourceForUrl(tx, t.sourceUrl, actor) });
    await appendAudit(tx, { actor, action: 'pledge-admin add-tariff', target: t.slug, outcome: 'ok', after: t });
    return 'added';
  });
}

export async function linkTariff(db: Db, pledgeSlug: string, tariffSlug: string, note: string | null, actor: string): Promise<'linked' | 'exists'> {
  return txOf(db, async (tx) => {
    const pid = await pledgeId(tx, pledgeSlug);
    const [t] = await tx.select({ id: tariffActions.id }).from(tariffActions).where(eq(tariffActions.slug, tariffSlug));
    if (!t) throw notFound('tariff action', tariffSlug);
    const added = await tx.insert(pledgeTariffLinks).values({ pledgeId: pid, tariffActionId: t.id, note }).onConflictDoNothing().returning({ id: pledgeTariffLinks.pledgeId });
    if (added.length === 0) return 'exists';
    await appendAudit(tx, { actor, action: 'pledge-admin link', target: pledgeSlug, outcome: 'ok', after: { tariff: tariffSlug, note } });
    return 'linked';
  });
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
