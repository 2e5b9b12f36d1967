import { and, eq, sql } from 'drizzle-orm';
import type { ChannelRef } from '../core/identity';
import type { SubscriptionTarget } from '../core/ports';
import { type Db, query, txOf } from './client';
import { subscriptions } from './schema';
import { appendAudit, auditedChannel } from './audit-queries';

export async function findEntity(db: Db, q: string): Promise<{ slug: string; name: string } | null> {
  const [row] = await query<{ slug: string; name: string }>(
    db,
    sql`select e.slug, e.name from entities e
        where e.slug = lower(${q}) or lower(e.name) = lower(${q})
           or exists (select 1 from entity_aliases a where a.entity_id = e.id and lower(a.alias) = lower(${q}))
        order by (e.slug = lower(${q})) desc limit 1`,
  );
  return row ?? null;
}

const scopeRef = (t: SubscriptionTarget): string => (t.scope === 'all' ? '' : t.slug);

export async function subscribe(db: Db, c: ChannelRef, t: SubscriptionTarget, actor: string): Promise<'added' | 'exists'> {
  return txOf(db, async (tx) => {
    const added = await tx
      .insert(subscriptions)
      .values({ platform: c.platform, workspace: c.workspace, channelId: c.id, scope: t.scope, scopeRef: scopeRef(t), createdBy: actor })
      .onConflictDoNothing()
      .returning({ id: subscriptions.id });
    if (added.length === 0) return 'exists';
    await appendAudit(tx, { actor, action: 'pledge subscribe', target: `${t.scope}:${scopeRef(t)}`, outcome: 'ok', after: { ...auditedChannel(c), ...t } });
    return 'added';
  });
}

export async function unsubscribe(db: Db, c: ChannelRef, t: SubscriptionTarget, actor: string): Promise<'removed' | 'absent'> {
  return txOf(db, async (tx) => {
    const removed = await tx
      .delete(subscriptions)
      .where(
        and(
          eq(subscriptions.platform, c.platform),
          eq(subscriptions.workspace, c.workspace),
          eq(subscriptions.channelId, c.id),
          eq(subscriptions.scope, t.scope),
          eq(subscriptions.scopeRef, scopeRef(t)),
        ),
      )
      .returning({ id: subscriptions.id });
    if (removed.length === 0) return 'absent';
    await appendAudit(tx, { actor, action: 'pledge unsubscribe', target: `${t.scope}:${scopeRef(t)}`, outcome: 'ok', before: { ...auditedChannel(c), ...t } });
    return 'removed';
  });
}

export async function listSubscriptions(db: Db, c: ChannelRef): Promise<SubscriptionTarget[]> {
  const rows = await query<{ scope: 'all' | 'entity' | 'pledge'; scope_ref: string; name: string | null }>(
    db,
    sql`select s.scope, s.scope_ref,
          coalesce((select e.name from entities e where s.scope = 'entity' and e.slug = s.scope_ref),
                   (select e.name || ': ' || p.title from pledges p join entities e on e.id = p.entity_id where s.scope = 'pledge' and p.slug = s.scope_ref)) as name
        from subscriptions s
        where s.platform = ${c.platform} and s.workspace = ${c.workspace} and s.channel_id = ${c.id}
        order by s.scope, s.scope_ref`,
  );
  return rows.map((r) => (r.scope === 'all' ? { scope: 'all' } : { scope: r.scope, slug: r.scope_ref, name: r.name ?? r.scope_ref }));
}
