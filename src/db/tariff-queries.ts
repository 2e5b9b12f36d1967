import { type SQL, eq, sql } from 'drizzle-orm';
import type { NewTariff } from '../core/ports';
import type { TariffAction, TariffFilter, TariffRef } from '../core/tariffs/types';
import type { FigureCertainty, LegalBasis, TariffStatus } from '../core/vocabulary';
import { appendAudit } from './audit-queries';
import { type Db, query, txOf } from './client';
import { notFound, pledgeIdOf } from './pledge-record-queries';
import { type SourceRow, sourceColumns, toSourceRef } from './rows';
import { pledgeTariffLinks, tariffActionSources, tariffActions, tariffRateSteps } from './schema';
import { sourceForUrl } from './source-queries';

interface ActionRow  {
  id: number;
  slug: string;
  name: string;
  list_name: string | null;
  imposer: string;
  target: string;
  announced_on: string;
  announced_note: string | null;
  effective_on: string | null;
  effective_note: string | null;
  status: TariffStatus;
  status_note: string | null;
  legal_basis: LegalBasis;
  instrument: string | null;
  trade_covered_usd: string | number | null;
  trade_covered_certainty: FigureCertainty;
  trade_covered_note: string | null;
  product_count: number | null;
  description: string;
  answers: string;
  retaliates_for_slug: string | null;
  retaliates_for_name: string | null;
}

function whereOf(filter: TariffFilter): SQL {
  switch (filter.kind) {
    case 'all':
      return sql`true`;
    case 'parties': {
      const [a, b] = filter.countries;
      if (b === undefined) return sql`(t.imposer = ${a} or t.target = ${a} or t.target = 'WORLD')`;
      return sql`((t.imposer = ${a} and t.target in (${b}, 'WORLD')) or (t.imposer = ${b} and t.target in (${a}, 'WORLD')))`;
    }
    case 'list':
      return sql`lower(t.list_name) = lower(${filter.list})`;
    case 'date':
      return sql`(t.announced_on = ${filter.date}::date or t.effective_on = ${filter.date}::date
        or exists (select 1 from tariff_rate_steps r where r.action_id = t.id and r.effective_on = ${filter.date}::date))`;
    case 'retaliation':
      return sql`t.retaliates_for_id is not null`;
    case 'slug':
      return sql`t.slug = ${filter.slug}`;
    case 'text': {
      const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return sql`(t.name ilike ${like} or t.description ilike ${like} or t.list_name ilike ${like} or t.answers ilike ${like})`;
    }
  }
}

export async function findTariffs(db: Db, filter: TariffFilter): Promise<TariffAction[]> {
  const found = await query<ActionRow>(db, sql`
    select t.id, t.slug, t.name, t.list_name, t.imposer, t.target, t.announced_on::text as announced_on, t.announced_note,
      t.effective_on::text as effective_on, t.effective_note, t.status, t.status_note, t.legal_basis, t.instrument,
      t.trade_covered_usd, t.trade_covered_certainty, t.trade_covered_note, t.product_count, t.description, t.answers,
      rf.slug as retaliates_for_slug, rf.name as retaliates_for_name
    from tariff_actions t left join tariff_actions rf on rf.id = t.retaliates_for_id
    where ${whereOf(filter)}
    order by coalesce(t.effective_on, (select min(s.effective_on) from tariff_rate_steps s where s.action_id = t.id), t.announced_on),
      t.list_name nulls last, t.imposer desc, t.id`);
  const actions = found;
  if (actions.length === 0) return [];
  const ids = sql.join(
    actions.map((a) => sql`${a.id}`),
    sql`, `,
  );
  const [steps, sources, answeredBy] = await Promise.all([
    query<StepRow>(db, sql`select action_id, rate_pct, effective_on::text as effective_on, applies_to, applied, note
      from tariff_rate_steps where action_id in (${ids}) order by action_id, effective_on nulls last, id`),
    query<SourceRow & { action_id: number }>(db, sql`select tas.action_id, ${sql.raw(sourceColumns)}
      from tariff_action_sources tas join sources s on s.id = tas.source_id
      where tas.action_id in (${ids}) order by tas.action_id, s.published_on nulls last, s.id`),
    query<{ retaliates_for_id: number; slug: string; name: string }>(db, sql`select retaliates_for_id, slug, name
      from tariff_actions where retaliates_for_id in (${ids}) order by effective_on, id`),
  ]);
  return actions.map((a) => ({
    slug: a.slug,
    name: a.name,
    listName: a.list_name,
    imposer: a.imposer,
    target: a.target,
    announcedOn: a.announced_on,
    announcedNote: a.announced_note,
    effectiveOn: a.effective_on,
    effectiveNote: a.effective_note,
    status: a.status,
    statusNote: a.status_note,
    legalBasis: a.legal_basis,
    instrument: a.instrument,
    tradeCoveredUsd: a.trade_covered_usd === null ? null : Number(a.trade_covered_usd),
    tradeCoveredCertainty: a.trade_covered_certainty,
    tradeCoveredNote: a.trade_covered_note,
    productCount: a.product_count,
    description: a.description,
    answers: a.answers,
    retaliatesFor:
      a.retaliates_for_slug && a.retaliates_for_name ? { slug: a.retaliates_for_slug, name: a.retaliates_for_name } : null,
    answeredBy: answeredBy
      .filter((r) => r.retaliates_for_id === a.id)
      .map((r): TariffRef => ({ slug: r.slug, name: r.name })),
    rateSteps: steps
      .filter((s) => s.action_id === a.id)
      .map((s) => ({
        ratePct: Number(s.rate_pct),
        effectiveOn: s.effective_on,
        appliesTo: s.applies_to,
        applied: s.applied,
        note: s.note,
      })),
    sources: sources.filter((s) => s.action_id === a.id).map(toSourceRef),
  }));
}

interface StepRow  {
  action_id: number;
  rate_pct: string | number;
  effective_on: string | null;
  applies_to: string | null;
  applied: boolean | null;
  note: string | null;
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
    const pid = await pledgeIdOf(tx, pledgeSlug);
    const [t] = await tx.select({ id: tariffActions.id }).from(tariffActions).where(eq(tariffActions.slug, tariffSlug));
    if (!t) throw notFound('tariff action', tariffSlug);
    const added = await tx.insert(pledgeTariffLinks).values({ pledgeId: pid, tariffActionId: t.id, note }).onConflictDoNothing().returning({ id: pledgeTariffLinks.pledgeId });
    if (added.length === 0) return 'exists';
    await appendAudit(tx, { actor, action: 'pledge-admin link', target: pledgeSlug, outcome: 'ok', after: { tariff: tariffSlug, note } });
    return 'linked';
  });
}
