import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../core/identity';
import { type Db, txOf } from './client';
import { appendAudit } from './audit-queries';
import { editors } from './schema';

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
  return txOf(db, async (tx) => {
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
  return txOf(db, async (tx) => {
    const match = and(eq(editors.platform, who.platform), eq(editors.workspace, who.workspace), eq(editors.userId, who.userId), isNull(editors.revokedAt));
    const updated = await tx.update(editors).set({ revokedAt: new Date() }).where(match).returning({ id: editors.id });
    if (updated.length === 0) return 'not_editor';
    await appendAudit(tx, { actor, action: 'pledge-admin revoke', target: `${who.platform}:${who.workspace}/${who.userId}`, outcome: 'ok', before: { editor: true }, after: { editor: false } });
    return 'revoked';
  });
}
