import { eq, sql } from 'drizzle-orm';
import { PledgewatchError } from '../core/errors';
import type { FieldChange, NewFact, NewPledge, NewPledgeSource, PledgeEdit } from '../core/ports';
import { describeFieldChanges } from '../core/pledges/field-changes';
import type { Target } from '../core/pledges/target';
import { appendAudit } from './audit-queries';
import { type Db, query, txOf } from './client';
import { personFor, slugify } from './people-queries';
import { entities, entityAliases, facts, pledgeSources, pledges, people, sources } from './schema';
import { notifySchedule } from './notify';
import { refreshSearchText } from './search-text';
import { sourceForUrl } from './source-queries';
import { outletOf } from '../core/outlet';


/** The entity with that name (or slug, or alias); created as a company when there is none. */
async function entityFor(tx: Db, name: string, fallbackSlug: string): Promise<number> {
  const slug = slugify(name) || fallbackSlug;
  const [found] = await query<{ id: number }>(
    tx,
    sql`select e.id from entities e where e.slug = ${slug} or lower(e.name) = lower(${name})
        or exists (select 1 from entity_aliases a where a.entity_id = e.id and lower(a.alias) = lower(${name}))
        order by (lower(e.name) = lower(${name})) desc, e.id limit 1`,
  );
  return found?.id ?? (await tx.insert(entities).values({ slug, name, kind: 'company' }).returning({ id: entities.id }))[0]!.id;
}

export async function addPledge(db: Db, p: NewPledge, actor: string): Promise<'added' | 'exists'> {
  return txOf(db, async (tx) => {
    const [existing] = await tx.select({ id: pledges.id }).from(pledges).where(eq(pledges.slug, p.slug));
    if (existing) return 'exists';
    const entityId = await entityFor(tx, p.entityName, p.slug);
    if (p.aliases.length > 0) await tx.insert(entityAliases).values(p.aliases.map((alias) => ({ entityId, alias }))).onConflictDoNothing();
    const byPersonId = p.byName ? await personFor(tx, p.byName, { role: p.byRole, entityId }) : null;
    const [row] = await tx
      .insert(pledges)
      .values({
        slug: p.slug, entityId, byPersonId, madeTo: p.madeTo, madeOn: p.madeOn, place: p.place, title: p.title, text: p.text,
        deadline: p.deadline, targetQuantity: p.target?.quantity ?? null, targetUnit: p.target?.unit ?? null, keywords: p.keywords, searchText: '',
      })
      .returning({ id: pledges.id });
    const sourceId = await sourceForUrl(tx, p.sourceUrl, actor);
    await tx.insert(pledgeSources).values({ pledgeId: row!.id, sourceId });
    await refreshSearchText(tx, [row!.id]);
    await appendAudit(tx, { actor, action: 'pledge-admin add-pledge', target: p.slug, outcome: 'ok', after: p });
    if (p.deadline) await notifySchedule(tx, `deadline:${p.slug}`);
    return 'added';
  });
}

interface RecordRow {
  id: number;
  entity_id: number;
  entity_name: string;
  by_person_id: number | null;
  by_name: string | null;
  by_role: string | null;
  made_to: string | null;
  made_on: string;
  title: string;
  text: string;
  deadline: string | null;
  target_quantity: string | number | null;
  target_unit: string | null;
  place: string | null;
  keywords: string[];
  aliases: string[];
}

const same = (a: FieldChange['before'], b: FieldChange['before']): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes what the edit names, in one transaction with the pledge row locked: the person and
 * entity are looked up (or created) by name, aliases replace the entity's, search text is
 * rebuilt, and the audit row holds each changed field's old and new value.
 */
export async function editPledge(db: Db, slug: string, edit: PledgeEdit, actor: string): Promise<FieldChange[]> {
  return txOf(db, async (tx) => {
    const [r] = await query<RecordRow>(
      tx,
      sql`select p.id, p.entity_id, e.name as entity_name, p.by_person_id, pe.name as by_name, pe.role as by_role, p.made_to,
            p.made_on::text as made_on, p.title, p.text, p.deadline::text as deadline, p.target_quantity, p.target_unit, p.place, p.keywords,
            coalesce((select array_agg(a.alias order by a.alias) from entity_aliases a where a.entity_id = p.entity_id), '{}') as aliases
          from pledges p join entities e on e.id = p.entity_id left join people pe on pe.id = p.by_person_id
          where p.slug = ${slug} for update of p`,
    );
    if (!r) throw new PledgewatchError('not_found', `No pledge has the slug “${slug}”.`);
    const target: Target | null = r.target_quantity !== null && r.target_unit ? { quantity: Number(r.target_quantity), unit: r.target_unit } : null;
    const before: Required<PledgeEdit> = {
      entityName: r.entity_name, byName: r.by_name, byRole: r.by_role, madeTo: r.made_to, madeOn: r.made_on, title: r.title, text: r.text,
      deadline: r.deadline, target, place: r.place, aliases: r.aliases, keywords: r.keywords,
    };
    const changes: FieldChange[] = [];
    for (const field of Object.keys(before) as (keyof PledgeEdit)[]) {
      const after = edit[field];
      if (after === undefined || same(before[field], after)) continue;
      changes.push({ field, before: before[field], after });
    }
    if (changes.length === 0) return [];
    const changed = (f: keyof PledgeEdit) => changes.some((c) => c.field === f);

    let entityId = r.entity_id;
    if (changed('entityName')) entityId = await entityFor(tx, edit.entityName!, slug);
    if (changed('aliases')) {
      await tx.delete(entityAliases).where(eq(entityAliases.entityId, entityId));
      if (edit.aliases!.length > 0) await tx.insert(entityAliases).values(edit.aliases!.map((alias) => ({ entityId, alias }))).onConflictDoNothing();
    }
    let byPersonId = r.by_person_id;
    if (changed('byName')) byPersonId = edit.byName ? await personFor(tx, edit.byName, { role: edit.byRole ?? null, entityId }) : null;
    else if (changed('byRole') && byPersonId !== null) await tx.update(people).set({ role: edit.byRole ?? null }).where(eq(people.id, byPersonId));
    await tx
      .update(pledges)
      .set({
        entityId,
        byPersonId,
        ...(changed('madeTo') ? { madeTo: edit.madeTo ?? null } : {}),
        ...(changed('madeOn') ? { madeOn: edit.madeOn! } : {}),
        ...(changed('title') ? { title: edit.title! } : {}),
        ...(changed('text') ? { text: edit.text! } : {}),
        ...(changed('deadline') ? { deadline: edit.deadline ?? null } : {}),
        ...(changed('target') ? { targetQuantity: edit.target?.quantity ?? null, targetUnit: edit.target?.unit ?? null } : {}),
        ...(changed('place') ? { place: edit.place ?? null } : {}),
        ...(changed('keywords') ? { keywords: edit.keywords! } : {}),
      })
      .where(eq(pledges.id, r.id));
    // the entity's aliases are in the search text of all its pledges
    const others = changed('aliases') ? await tx.select({ id: pledges.id }).from(pledges).where(eq(pledges.entityId, entityId)) : [];
    await refreshSearchText(tx, [...new Set([r.id, ...others.map((o) => o.id)])]);
    await appendAudit(tx, {
      actor,
      action: 'pledge-admin edit-pledge',
      target: slug,
      outcome: 'ok',
      before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
      after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
      detail: describeFieldChanges(changes),
    });
    if (changed('deadline')) await notifySchedule(tx, `deadline:${slug}`);
    return changes;
  });
}

export const notFound = (what: string, slug: string) => new PledgewatchError('not_found', `No ${what} has the slug “${slug}”.`);

/** A pledge's row id by slug; not_found when there is none. */
export async function pledgeIdOf(tx: Db, slug: string): Promise<number> {
  const [row] = await tx.select({ id: pledges.id }).from(pledges).where(eq(pledges.slug, slug));
  if (!row) throw notFound('pledge', slug);
  return row.id;
}

export async function addFact(db: Db, f: NewFact, actor: string): Promise<void> {
  await txOf(db, async (tx) => {
    const id = await pledgeIdOf(tx, f.slug);
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
    const id = await pledgeIdOf(tx, s.slug);
    const [known] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.url, s.url));
    const sourceId =
      known?.id ??
      (await tx
        .insert(sources)
        .values({ url: s.url, outlet: s.outlet ?? outletOf(s.url) ?? s.url, title: s.title, publishedOn: s.publishedOn, note: `added by ${actor}` })
        .returning({ id: sources.id }))[0]!.id;
    const added = await tx.insert(pledgeSources).values({ pledgeId: id, sourceId }).onConflictDoNothing().returning({ id: pledgeSources.pledgeId });
    if (added.length === 0) return 'exists';
    await appendAudit(tx, { actor, action: 'pledge-admin add-source', target: s.slug, outcome: 'ok', after: s });
    return 'added';
  });
}
