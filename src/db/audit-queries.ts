import { desc, eq } from 'drizzle-orm';
import type { ChannelRef } from '../core/identity';
import type { AuditEntry, AuditRecord } from '../core/ports';
import type { Db } from './client';
import { auditLog } from './schema';

/** The audit trail: written inside the transaction of what it records. */
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

/** a channel as its audit rows have always named it */
export const auditedChannel = (c: ChannelRef) => ({ platform: c.platform, workspace: c.workspace, channelId: c.id });
