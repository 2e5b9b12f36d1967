import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { type Db, txOf } from '../client';
import {
  entities,
  entityAliases,
  facts,
  people,
  pledgeSources,
  pledgeTariffLinks,
  pledges,
  seedRuns,
  sources,
  statusChanges,
  tariffActionSources,
  tariffActions,
  tariffRateSteps,
} from '../schema';
import { refreshSearchText } from '../search-text';
import { refreshShipped, tariffActionValues } from './refresh';
import type { SeedBundle } from './types';

interface SeedReport {
  sources: number;
  entities: number;
  people: number;
  pledges: number;
  statusChanges: number;
  facts: number;
  tariffActions: number;
}

const SEED_EDITOR = 'seed';

/**
 * `seed`, unless this very bundle (by fingerprint) was loaded before: a start on an existing
 * store then costs one lookup. Null when it was skipped.
 */
export async function seedOnce(db: Db, bundle: SeedBundle): Promise<SeedReport | null> {
  const fingerprint = createHash('sha256').update(JSON.stringify(bundle)).digest('hex');
  const [done] = await db.select({ f: seedRuns.fingerprint }).from(seedRuns).where(eq(seedRuns.fingerprint, fingerprint)).limit(1);
  if (done) return null;
  const report = await seed(db, bundle);
  await db.insert(seedRuns).values({ fingerprint }).onConflictDoNothing();
  return report;
}

/**
 * Loads a bundle in one transaction, keyed by natural keys (slugs, seed keys, URLs): rows
 * already present are left as they are, so a second run adds nothing. Returns what it added.
 */
export async function seed(db: Db, bundle: SeedBundle): Promise<SeedReport> {
  return txOf(db, async (tx) => {
    const report: SeedReport = { sources: 0, entities: 0, people: 0, pledges: 0, statusChanges: 0, facts: 0, tariffActions: 0 };
    const sourceIds = new Map<string, number>();
    for (const s of bundle.sources) {
      const [existing] = await tx
        .select({ id: sources.id })
        .from(sources)
        .where(s.url ? sql`${sources.seedKey} = ${s.key} or ${sources.url} = ${s.url}` : eq(sources.seedKey, s.key))
        .limit(1);
      if (existing) {
        sourceIds.set(s.key, existing.id);
        continue;
      }
      const [row] = await tx
        .insert(sources)
        .values({ seedKey: s.key, url: s.url, outlet: s.outlet, title: s.title, publishedOn: s.publishedOn, note: s.note })
        .returning({ id: sources.id });
      sourceIds.set(s.key, row!.id);
      report.sources++;
    }
    const sourceId = (key: string): number => {
      const id = sourceIds.get(key);
      if (id === undefined) throw new Error(`seed: unknown source key ${key}`);
      return id;
    };

    const entityIds = new Map<string, number>();
    for (const e of bundle.entities) {
      const inserted = await tx
        .insert(entities)
        .values({ slug: e.slug, name: e.name, kind: e.kind, country: e.country })
        .onConflictDoNothing()
        .returning({ id: entities.id });
      if (inserted.length > 0) report.entities++;
      const [row] = await tx.select({ id: entities.id }).from(entities).where(eq(entities.slug, e.slug));
      entityIds.set(e.slug, row!.id);
      if (e.aliases.length > 0) {
        await tx
          .insert(entityAliases)
          .values(e.aliases.map((alias) => ({ entityId: row!.id, alias })))
          .onConflictDoNothing();
      }
    }
    const entityId = (slug: string): number => {
      const id = entityIds.get(slug);
      if (id === undefined) throw new Error(`seed: unknown entity ${slug}`);
      return id;
    };

    const personIds = new Map<string, number>();
    for (const p of bundle.people) {
      const inserted = await tx
        .insert(people)
        .values({ slug: p.slug, name: p.name, role: p.role, entityId: p.entitySlug ? entityId(p.entitySlug) : null, aliases: p.aliases ?? [] })
        .onConflictDoNothing()
        .returning({ id: people.id });
      if (inserted.length > 0) report.people++;
      const [row] = await tx.select({ id: people.id }).from(people).where(eq(people.slug, p.slug));
      personIds.set(p.slug, row!.id);
    }

    const actionIds = new Map<string, number>();
    const newActions: typeof bundle.tariffActions = [];
    for (const a of bundle.tariffActions) {
      const inserted = await tx
        .insert(tariffActions)
        .values(tariffActionValues(a))
        .onConflictDoNothing()
        .returning({ id: tariffActions.id });
      if (inserted[0]) {
        newActions.push(a);
        report.tariffActions++;
        actionIds.set(a.slug, inserted[0].id);
        if (a.rateSteps.length > 0) {
          await tx.insert(tariffRateSteps).values(a.rateSteps.map((s) => ({ actionId: inserted[0]!.id, ...s })));
        }
        await tx
          .insert(tariffActionSources)
          .values([...new Set(a.sourceKeys.map(sourceId))].map((id) => ({ actionId: inserted[0]!.id, sourceId: id })));
      } else {
        const [row] = await tx.select({ id: tariffActions.id }).from(tariffActions).where(eq(tariffActions.slug, a.slug));
        actionIds.set(a.slug, row!.id);
      }
    }
    const actionId = (slug: string): number => {
      const id = actionIds.get(slug);
      if (id === undefined) throw new Error(`seed: unknown tariff action ${slug}`);
      return id;
    };
    for (const a of newActions) {
      if (a.retaliatesFor) {
        await tx.update(tariffActions).set({ retaliatesForId: actionId(a.retaliatesFor) }).where(eq(tariffActions.slug, a.slug));
      }
    }

    const newPledgeIds: number[] = [];
    for (const p of bundle.pledges) {
      const current = p.history.at(-1);
      const [inserted] = await tx
        .insert(pledges)
        .values({
          slug: p.slug,
          entityId: entityId(p.entitySlug),
          byPersonId: personIds.get(p.by) ?? null,
          madeTo: p.to,
          madeOn: p.madeOn,
          place: p.place,
          title: p.title,
          text: p.text,
          deadline: p.deadline,
          deadlineNote: p.deadlineNote,
          targetQuantity: p.target?.quantity,
          targetUnit: p.target?.unit,
          keywords: p.keywords,
          status: current?.status ?? 'not_yet_rated',
          statusEffectiveOn: current?.effectiveOn,
          searchText: '',
        })
        .onConflictDoNothing()
        .returning({ id: pledges.id });
      if (!inserted) continue;
      report.pledges++;
      newPledgeIds.push(inserted.id);
      await tx
        .insert(pledgeSources)
        .values([...new Set(p.sourceKeys.map(sourceId))].map((id) => ({ pledgeId: inserted.id, sourceId: id })));
      let previous: (typeof p.history)[number]['status'] | null = null;
      for (const c of p.history) {
        await tx.insert(statusChanges).values({
          pledgeId: inserted.id,
          status: c.status,
          previousStatus: previous,
          effectiveOn: c.effectiveOn,
          sourceId: sourceId(c.sourceKey),
          quote: c.quote,
          quoteByPersonId: c.quoteBy ? (personIds.get(c.quoteBy) ?? null) : null,
          reason: c.reason,
          note: c.note,
          editor: SEED_EDITOR,
          // shipped history is dated as what it is: recorded when it happened, not when seeded
          recordedAt: new Date(`${c.effectiveOn}T00:00:00Z`),
        });
        previous = c.status;
        report.statusChanges++;
      }
      if (p.tariffLinks.length > 0) {
        await tx
          .insert(pledgeTariffLinks)
          .values(p.tariffLinks.map((l) => ({ pledgeId: inserted.id, tariffActionId: actionId(l.actionSlug), note: l.note })));
      }
    }

    for (const f of bundle.facts) {
      const pledgeRow = f.pledgeSlug
        ? (await tx.select({ id: pledges.id }).from(pledges).where(eq(pledges.slug, f.pledgeSlug)))[0]
        : undefined;
      const inserted = await tx
        .insert(facts)
        .values({
          seedKey: f.key,
          pledgeId: pledgeRow?.id,
          entityId: f.entitySlug ? entityId(f.entitySlug) : null,
          kind: f.kind,
          statement: f.statement,
          value: f.value,
          unit: f.unit,
          asOf: f.asOf,
          attributedTo: f.attributedTo,
          sourceId: sourceId(f.sourceKey),
          createdBy: SEED_EDITOR,
        })
        .onConflictDoNothing()
        .returning({ id: facts.id });
      report.facts += inserted.length;
    }

    // rows that were already there take up corrections to the shipped data
    await refreshShipped(tx, bundle, sourceId, actionId);

    if (report.entities + report.people + newPledgeIds.length > 0) {
      // new entities or people may add aliases to existing pledges too: refresh all then
      await refreshSearchText(tx, report.entities + report.people > 0 ? undefined : newPledgeIds);
    }
    return report;
  });
}
