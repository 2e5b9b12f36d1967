import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { SubscriptionTarget, WebhookInfo } from '../core/ports';
import { WEBHOOK_PLATFORM } from '../core/vocabulary';
import { type Db, query, txOf } from './client';
import { appendAudit } from './audit-queries';


const scopeRef = (t: SubscriptionTarget): string => (t.scope === 'all' ? '' : t.slug);

/** A webhook and its new secret, which the caller shows once: only the dispatcher reads it again. */
export async function addWebhook(db: Db, url: string, t: SubscriptionTarget, actor: string): Promise<{ id: number; secret: string } | 'exists'> {
  return txOf(db, async (tx) => {
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const [row] = await query<{ id: number }>(
      tx,
      sql`insert into webhooks (url, scope, scope_ref, secret, created_by) values (${url}, ${t.scope}, ${scopeRef(t)}, ${secret}, ${actor})
          on conflict do nothing returning id`,
    );
    if (!row) return 'exists';
    // the audit row names the webhook, never its secret
    await appendAudit(tx, { actor, action: 'pledge-admin add-webhook', target: `webhook:${row.id}`, outcome: 'ok', after: { url, ...t } });
    return { id: row.id, secret };
  });
}

/** Removes the webhook(s) and dead-letters what was still waiting for them, in one transaction. */
export async function removeWebhook(db: Db, ref: { id: number } | { url: string }, actor: string): Promise<WebhookInfo[]> {
  return txOf(db, async (tx) => {
    const removed = await listWebhooks(tx, 'id' in ref ? sql`w.id = ${ref.id}` : sql`w.url = ${ref.url}`);
    if (removed.length === 0) return [];
    const ids = sql.join(removed.map((w) => sql`${w.id}`), sql`, `);
    await tx.execute(sql`update outbox set state = 'dead', last_error = 'webhook removed', lease_until = null
      where platform = ${WEBHOOK_PLATFORM} and state = 'pending' and channel_id in (select id::text from webhooks where id in (${ids}))`);
    await tx.execute(sql`delete from webhooks where id in (${ids})`);
    for (const w of removed) {
      await appendAudit(tx, { actor, action: 'pledge-admin remove-webhook', target: `webhook:${w.id}`, outcome: 'ok', before: { url: w.url, ...w.target } });
    }
    return removed;
  });
}

export async function listWebhooks(db: Db, where = sql`true`): Promise<WebhookInfo[]> {
  const rows = await query<{
    id: number;
    url: string;
    scope: 'all' | 'entity' | 'pledge';
    scope_ref: string;
    name: string | null;
    created_by: string;
    created_at: string | Date;
    delivered: string | number;
    pending: string | number;
    dead: string | number;
  }>(
    db,
    sql`select w.id, w.url, w.scope, w.scope_ref, w.created_by, w.created_at,
          coalesce((select e.name from entities e where w.scope = 'entity' and e.slug = w.scope_ref),
                   (select e.name || ': ' || p.title from pledges p join entities e on e.id = p.entity_id where w.scope = 'pledge' and p.slug = w.scope_ref)) as name,
          count(*) filter (where o.state = 'delivered') as delivered, count(*) filter (where o.state = 'pending') as pending,
          count(*) filter (where o.state = 'dead') as dead
        from webhooks w left join outbox o on o.platform = ${WEBHOOK_PLATFORM} and o.channel_id = w.id::text
        where ${where} group by w.id order by w.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    target: r.scope === 'all' ? { scope: 'all' } : { scope: r.scope, slug: r.scope_ref, name: r.name ?? r.scope_ref },
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
    delivered: Number(r.delivered),
    pending: Number(r.pending),
    dead: Number(r.dead),
  }));
}

/** What signing a delivery needs: the dispatcher's alone (the secret never reaches the core). */
export async function webhookEndpoint(db: Db, id: number): Promise<{ url: string; secret: string } | null> {
  const [row] = await query<{ url: string; secret: string }>(db, sql`select url, secret from webhooks where id = ${id}`);
  return row ?? null;
}
