import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { facts, pledgeSources, pledges, tariffActionSources, tariffActions, tariffRateSteps } from '../schema';
import type { SeedBundle, TariffActionSeed } from './types';

/** The columns of a shipped tariff action, for its insert and its refresh alike. */
export const tariffActionValues = (a: TariffActionSeed) => ({
  slug: a.slug,
  name: a.name,
  listName: a.listName ?? null,
  imposer: a.imposer,
  target: a.target,
  announcedOn: a.announcedOn,
  announcedNote: a.announcedNote ?? null,
  effectiveOn: a.effectiveOn ?? null,
  effectiveNote: a.effectiveNote ?? null,
  status: a.status,
  statusNote: a.statusNote ?? null,
  legalBasis: a.legalBasis,
  instrument: a.instrument ?? null,
  tradeCoveredUsd: a.tradeCoveredUsd ?? null,
  tradeCoveredCertainty: a.tradeCoveredCertainty,
  tradeCoveredNote: a.tradeCoveredNote ?? null,
  productCount: a.productCount ?? null,
  description: a.description,
  answers: a.answers,
});

/**
 * Brings the rows the shipped data owns up to date in a store seeded by an earlier release:
 * sources (by seed key; a URL another row already holds is left alone), tariff actions with
 * their rate steps and sources, and drops the links to shipped sources and the shipped facts the data no longer carries.
 * Rows editors wrote are never touched, nor is any status change: history is append-only (a
 * trigger refuses rewrites), so seeded changes keep the recorded-at their store gave them.
 * Runs inside the seed's transaction.
 */
export async function refreshShipped(
  tx: Db,
  bundle: SeedBundle,
  sourceId: (key: string) => number,
  actionId: (slug: string) => number,
): Promise<void> {
  for (const s of bundle.sources) {
    await tx.execute(sql`
      update sources set outlet = ${s.outlet}, title = ${s.title ?? null}, published_on = ${s.publishedOn ?? null}, note = ${s.note ?? null},
        url = case when ${s.url ?? null}::text is null or exists (select 1 from sources o where o.url = ${s.url ?? null} and o.seed_key is distinct from ${s.key}) then url else ${s.url ?? null} end
      where seed_key = ${s.key}`);
  }
  for (const a of bundle.tariffActions) {
    const id = actionId(a.slug);
    const { slug: _slug, ...values } = tariffActionValues(a);
    await tx.update(tariffActions).set(values).where(eq(tariffActions.id, id));
    await tx.delete(tariffRateSteps).where(eq(tariffRateSteps.actionId, id));
    if (a.rateSteps.length > 0) await tx.insert(tariffRateSteps).values(a.rateSteps.map((s) => ({ actionId: id, ...s })));
    await tx.delete(tariffActionSources).where(eq(tariffActionSources.actionId, id));
    await tx.insert(tariffActionSources).values([...new Set(a.sourceKeys.map(sourceId))].map((sid) => ({ actionId: id, sourceId: sid })));
  }
  const shippedKeys = sql.join(bundle.sources.map((s) => sql`${s.key}`), sql`, `);
  for (const p of bundle.pledges) {
    const [row] = await tx.select({ id: pledges.id }).from(pledges).where(eq(pledges.slug, p.slug));
    if (!row) continue;
    await tx.execute(sql`delete from ${pledgeSources} where pledge_id = ${row.id}
      and source_id in (select id from sources where seed_key is not null and seed_key not in (${shippedKeys}))`);
  }
  const factKeys = sql.join(bundle.facts.map((f) => sql`${f.key}`), sql`, `);
  await tx.execute(sql`delete from ${facts} where created_by = 'seed' and seed_key is not null and seed_key not in (${factKeys})`);
}
