import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../core/identity';
import type { AuditEntry, AuditRecord, NewStatusChange, PublishedChange } from '../core/ports';
import { PledgewatchError } from '../core/errors';
import type { PledgeStatus } from '../core/vocabulary';
import { type Db, query } from './client';
import { notifyDesk, notifyOutbox } from './notify';
import { personFor } from './people-queries';
import { supersedeProposals } from './review-queries';
import { getAnnouncement } from './outbox-queries';
import { WEBHOOK_PLATFORM } from '../core/vocabulary';
import { auditLog, editors, sources, statusChanges } from './schema';


export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    outcome: entry.outcome,
    before: entry.before ?? null,
    after: entry.after ?? null,
    detail: entry.detail,
  });
}

export async function listAudit(db: Db, opts: { target?: string; limit: number }): Promise<AuditRecord[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(opts.target ? eq(auditLog.target, opts.target) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(opts.limit);
  return rows.map((r) => ({ ...r, detail: r.detail ?? undefined, before: r.before ?? undefined, after: r.after ?? undefined }));
}

/** A source by URL, created with its host as the outlet when it is new. */
export async function sourceForUrl(db: Db, url: string, createdFor: string): Promise<number> {
  const [existing] = await db.select({ id: sources.id }).from(sources).where(eq(sources.url, url)).limit(1);
  if (existing) return existing.id;
  const outlet = new URL(url).hostname.replace(/^www\./, '');
  const [row] = await db
    .insert(sources)
    .values({ url, outlet, note: `added by ${createdFor}` })
    .onConflictDoUpdate({ target: sources.url, set: { url } })
    .returning({ id: sources.id });
  return row!.id;
}

/**
 * Appends the change, recomputes the pledge's standing status, queues one announcement per
 * subscribed channel and webhook and writes the audit row: one transaction. NOTIFY wakes dispatchers at commit.
 */
export async function publishStatusChange(db: Db, input: NewStatusChange, actor: string): Promise<PublishedChange> {
  return db.transaction((t) => publishInTransaction(t as unknown as Db, input, actor));
}

/** What the audit row of a publish says: set-status by default; an approval names its proposal. */
export interface PublishAudit {
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
export async function refreshPledgeStatus(db: Db, pledgeId: number): Promise<void> {
  await db.execute(sql`
    update pledges p set status = c.status, status_effective_on = c.effective_on
    from (select c.status, c.effective_on from status_changes c
          where c.pledge_id = ${pledgeId} and not exists (select 1 from status_changes c2 where c2.corrects_id = c.id)
          order by c.effective_on desc, c.id desc limit 1) c
    where p.id = ${pledgeId}`);
}

/** A grant in the database that has not been revoked. */
export async function isGrantedEditor(db: Db, who: Actor): Promise<boolean> {
  const rows = await db
    .select({ id: editors.id })
    .from(editors)
    .where(and(eq(editors.platform, who.platform), eq(editors.workspace, who.workspace), eq(editors.userId, who.userId), isNull(editors.revokedAt)))
    .limit(1);
  return rows.length > 0;
}

export async function grantEditor(db: Db, who: Actor, actor: string): Promise<'granted' | 'already'> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const match = and(eq(editors.platform, who.platform), eq(editors.workspace, who.workspace), eq(editors.userId, who.userId));
    const [row] = await tx.select().from(editors).where(match).for('update');
    if (row && row.revokedAt === null) return 'already';
    if (row) await tx.update(editors).set({ revokedAt: null, grantedBy: actor, grantedAt: new Date() }).where(match);
    else await tx.insert(editors).values({ platform: who.platform, workspace: who.workspace, userId: who.userId, grantedBy: actor });
    await appendAudit(tx, { actor, action: 'pledge-admin grant', target: `${who.platform}:${who.workspace}/${who.userId}`, outcome: 'ok', before: { editor: false }, after: { editor: true } });
    return 'granted';
  });
}

export async function revokeEditor(db: Db, who: Actor, actor: string): Promise<'revoked' | 'not_editor'> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const match = and(eq(editors.platform, who.platform), eq(editors.workspace, who.workspace), eq(editors.userId, who.userId), isNull(editors.revokedAt));
    const updated = await tx.update(editors).set({ revokedAt: new Date() }).where(match).returning({ id: editors.id });
    if (updated.length === 0) return 'not_editor';
    await appendAudit(tx, { actor, action: 'pledge-admin revoke', target: `${who.platform}:${who.workspace}/${who.userId}`, outcome: 'ok', before: { editor: true }, after: { editor: false } });
    return 'revoked';
  });
}
