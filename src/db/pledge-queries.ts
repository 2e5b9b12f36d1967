import { sql } from 'drizzle-orm';
import { isSlug } from '../core/commands/admin/args';
import type { Page } from '../core/ports';
import type { Fact, LinkedTariff, PledgeDetail, PledgeMatch, PledgeSummary, StatusChange } from '../core/pledges/types';
import type { FactKind, PledgeStatus, StatusReason } from '../core/vocabulary';
import { finalPledgeStatuses } from '../core/vocabulary';
import { type Db, query } from './client';
import { type SourceRow, sourceColumns, toSourceRef } from './rows';

export interface SummaryRow  {
  id: number;
  slug: string;
  title: string;
  entity_name: string;
  by_name: string | null;
  made_on: string;
  status: PledgeStatus;
  status_effective_on: string | null;
}

export const summaryColumns = sql.raw(`p.id, p.slug, p.title, e.name as entity_name, pe.name as by_name,
  p.made_on::text as made_on, p.status, p.status_effective_on::text as status_effective_on`);
export const summaryFrom = sql.raw(`pledges p join entities e on e.id = p.entity_id left join people pe on pe.id = p.by_person_id`);

export const toSummary = (r: SummaryRow): PledgeSummary => ({
  slug: r.slug,
  title: r.title,
  entityName: r.entity_name,
  byName: r.by_name,
  madeOn: r.made_on,
  status: r.status,
  statusOn: r.status_effective_on,
});

/**
 * An exact slug first: one btree lookup, answered at once. Then two index-backed stages.
 * First the pledges whose search words contain every word of the query (full text, stemmed:
 * "jobs" finds "job"), ranked by trigram word similarity; only when none has them all, the
 * same with each query word corrected to its nearest indexed words, which tolerates typos
 * ("alibab"), keeping those whose similarity to the whole query passes `minSimilarity`.
 * Matching every word first keeps a query with one common word from ranking half the table.
 */
/** How many matches a stage reads at most: a query of common words stops there. */
const MATCHES_READ = 500;
/** How many indexed words a query word may be corrected to, nearest first. */
const CORRECTIONS = 3;
/** How many of those stage 1 ranks by similarity; more are cut by text rank first. */
const CANDIDATES = 100;

export async function searchPledges(db: Db, text: string, limit: number, minSimilarity: number): Promise<PledgeMatch[]> {
  if (isSlug(text)) {
    const bySlug = await query<SummaryRow>(db, sql`select ${summaryColumns} from ${summaryFrom} where p.slug = ${text}`);
    if (bySlug[0]) return [{ ...toSummary(bySlug[0]), score: 1 }];
  }
  const rows = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    // The query reaches each predicate as a constant, so the planner can use the GIN indexes.
    // Reading a match costs a heap row and trigram similarity ~20 µs, so a query of common
    // words (tens of thousands with them all at 1M pledges) reads at most MATCHES_READ of them
    // in table order, keeps the best CANDIDATES by the stored tsvector's rank, and ranks those.
    const exact = await query<SummaryRow & { score: number | string }>(tx, sql`
      with matches as materialized (
        select p.id, p.search_tsv, p.made_on, p.slug from pledges p
        where p.search_tsv @@ plainto_tsquery('english', ${text})
        limit ${MATCHES_READ}),
      candidates as (
        select m.id from matches m
        order by ts_rank(m.search_tsv, plainto_tsquery('english', ${text}), 1) desc, m.made_on desc, m.slug
        limit ${CANDIDATES})
      select ${summaryColumns}, least(1.0, word_similarity(${text}, p.search_text) + 0.25) as score
      from candidates c join ${summaryFrom} on p.id = c.id
      order by score desc, p.made_on desc, p.slug
      limit ${limit}`);
    if (exact.length > 0) return exact;
    // A typo: each query word not indexed as it is is corrected to its nearest indexed words
    // (search_words: one lookup, not a similarity per pledge), and the corrected words run the
    // bounded full-text stage; comparing the whole query with every pledge's text cost ~20 µs
    // a row, 23 ms to 1 s at 1M pledges. A word as typed is kept if indexed; one with a digit
    // or under three letters is never corrected: "1m" is near every number, "us" every word
    // starting with u.
    // The words' estimate is the planner's default (hundreds), enough for JIT compiling, which
    // costs 60-120 ms against a lookup of a few index pages: off for this transaction.
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(minSimilarity)}, true),
      set_config('jit', 'off', true)`);
    const near = await query<{ q: string; word: string }>(tx, sql`
      select q.w as q, c.word from search_words_in(${text}) as q(w)
      cross join lateral (
        select s.word from search_words s where s.word = q.w
        union all
        (select s.word from search_words s
         where length(q.w) >= 3 and q.w !~ '[0-9]' and q.w <% s.word and s.word <> q.w
         order by word_similarity(q.w, s.word) desc, s.word limit ${CORRECTIONS})) c`);
    const byWord = new Map<string, string[]>();
    for (const r of near) byWord.set(r.q, [...(byWord.get(r.q) ?? []), r.word]);
    if (byWord.size === 0) return [];
    const corrected = sql.join(
      [...byWord.values()].map((ws) => sql`(${sql.join(ws.map((w) => sql`plainto_tsquery('english', ${w})`), sql` || `)})`),
      sql` && `);
    return query<SummaryRow & { score: number | string }>(tx, sql`
      with matches as materialized (
        select p.id, p.search_tsv, p.made_on, p.slug from pledges p
        where p.search_tsv @@ (${corrected})
        limit ${MATCHES_READ}),
      candidates as materialized (
        select m.id from matches m
        order by ts_rank(m.search_tsv, (${corrected}), 1) desc, m.made_on desc, m.slug
        limit ${CANDIDATES}),
      scored as (
        select c.id, word_similarity(${text}, p.search_text) as score
        from candidates c join pledges p on p.id = c.id)
      select ${summaryColumns}, s.score
      from scored s join ${summaryFrom} on p.id = s.id
      where s.score >= ${minSimilarity}
      order by s.score desc, p.made_on desc, p.slug
      limit ${limit}`);
  });
  return rows.map((r) => ({ ...toSummary(r), score: Number(r.score) }));
}

export async function listPledges(
  db: Db,
  opts: { status?: PledgeStatus; limit: number; offset: number },
): Promise<Page<PledgeSummary>> {
  const where = opts.status ? sql`p.status = ${opts.status}` : sql`true`;
  const [items, count] = await Promise.all([
    query<SummaryRow>(db, sql`
      select ${summaryColumns} from ${summaryFrom} where ${where}
      order by p.status_effective_on desc nulls last, p.made_on desc, p.slug
      limit ${opts.limit} offset ${opts.offset}`),
    query<{ n: number | string }>(db, sql`select count(*) as n from pledges p where ${where}`),
  ]);
  return { items: items.map(toSummary), total: Number(count[0]?.n ?? 0) };
}

/** Pledges with a deadline on or after `from` and no final status, soonest first. */
export async function comingDeadlines(db: Db, opts: { from: string; limit: number }): Promise<(PledgeSummary & { deadline: string })[]> {
  const rows = await query<SummaryRow & { deadline: string }>(db, sql`
    select ${summaryColumns}, p.deadline::text as deadline from ${summaryFrom}
    where p.deadline >= ${opts.from}::date and p.status not in (${sql.join(finalPledgeStatuses.map((s) => sql`${s}`), sql`, `)})
    order by p.deadline, p.slug limit ${opts.limit}`);
  return rows.map((r) => ({ ...toSummary(r), deadline: r.deadline }));
}

export interface ChangeRow extends SourceRow, Record<string, unknown> {
  id: number;
  status: PledgeStatus;
  previous_status: PledgeStatus | null;
  effective_on: string;
  recorded_at: string | Date;
  quote: string | null;
  quote_by: string | null;
  reason: StatusReason | null;
  note: string | null;
  editor: string;
  approver: string | null;
  corrects_id: number | null;
}

export const changeSelect = sql.raw(`select c.id, c.status, c.previous_status, c.effective_on::text as effective_on,
  c.recorded_at, c.quote, qp.name as quote_by, c.reason, c.note, c.editor, c.approver, c.corrects_id, ${sourceColumns}
  from status_changes c join sources s on s.id = c.source_id left join people qp on qp.id = c.quote_by_person_id`);

export const toChange = (r: ChangeRow): StatusChange => ({
  id: r.id,
  status: r.status,
  previousStatus: r.previous_status,
  effectiveOn: r.effective_on,
  recordedAt: new Date(r.recorded_at),
  quote: r.quote,
  quoteBy: r.quote_by,
  reason: r.reason,
  note: r.note,
  editor: r.editor,
  approver: r.approver,
  correctsId: r.corrects_id,
  source: toSourceRef(r),
});

/** The change that stands: the latest by effective date that no later row corrects. */
export const currentChangeWhere = sql.raw(
  `not exists (select 1 from status_changes c2 where c2.corrects_id = c.id)`,
);

export async function pledgeHistory(db: Db, slug: string): Promise<StatusChange[] | null> {
  if (!isSlug(slug)) return null;
  const pledge = await query<{ id: number }>(db, sql`select id from pledges where slug = ${slug}`);
  const id = pledge[0]?.id;
  if (id === undefined) return null;
  const rows = await query<ChangeRow>(db, sql`${changeSelect} where c.pledge_id = ${id} order by c.effective_on, c.id`);
  return rows.map(toChange);
}

interface DetailRow extends SummaryRow {
  entity_id: number;
  entity_slug: string;
  by_role: string | null;
  made_to: string | null;
  place: string | null;
  text: string;
  deadline: string | null;
  deadline_note: string | null;
  target_quantity: string | number | null;
  target_unit: string | null;
  keywords: string[];
}

export async function getPledge(db: Db, slug: string): Promise<PledgeDetail | null> {
  // no pledge has a slug like that (a NUL, a path's junk): nothing to ask the database
  if (!isSlug(slug)) return null;
  const found = await query<DetailRow>(db, sql`
    select ${summaryColumns}, e.id as entity_id, e.slug as entity_slug, pe.role as by_role, p.made_to, p.place,
      p.text, p.deadline::text as deadline, p.deadline_note, p.target_quantity, p.target_unit, p.keywords
    from ${summaryFrom} where p.slug = ${slug}`);
  const p = found[0];
  if (!p) return null;
  const [aliases, change, sources, facts, tariffs] = await Promise.all([
    query<{ alias: string }>(db, sql`select alias from entity_aliases where entity_id = ${p.entity_id} order by alias`),
    query<ChangeRow>(db, sql`${changeSelect} where c.pledge_id = ${p.id} and ${currentChangeWhere}
      order by c.effective_on desc, c.id desc limit 1`),
    query<SourceRow>(db, sql`select ${sql.raw(sourceColumns)} from pledge_sources ps join sources s on s.id = ps.source_id
      where ps.pledge_id = ${p.id} order by s.published_on nulls last, s.id`),
    query<FactRow>(db, sql`select f.kind, f.statement, f.value, f.unit, f.as_of::text as as_of, f.attributed_to, ${sql.raw(sourceColumns)}
      from facts f join sources s on s.id = f.source_id
      where f.pledge_id = ${p.id} or (f.pledge_id is null and f.entity_id = ${p.entity_id})
      order by (f.kind = 'figure') desc, f.id`),
    query<LinkRow>(db, sql`select t.slug, t.name, t.imposer, t.target, t.trade_covered_usd, t.effective_on::text as effective_on, l.note
      from pledge_tariff_links l join tariff_actions t on t.id = l.tariff_action_id
      where l.pledge_id = ${p.id} order by t.effective_on, t.id`),
  ]);
  const latest = change[0];
  return {
    ...toSummary(p),
    entitySlug: p.entity_slug,
    aliases: aliases.map((a) => a.alias),
    byRole: p.by_role,
    madeTo: p.made_to,
    place: p.place,
    text: p.text,
    deadline: p.deadline,
    deadlineNote: p.deadline_note,
    target: p.target_quantity !== null && p.target_unit ? { quantity: Number(p.target_quantity), unit: p.target_unit } : null,
    keywords: p.keywords ?? [],
    latestChange: latest ? toChange(latest) : null,
    sources: sources.map(toSourceRef),
    facts: facts.map(toFact),
    tariffs: tariffs.map(toLink),
  };
}

interface FactRow extends SourceRow, Record<string, unknown> {
  kind: FactKind;
  statement: string;
  value: string | number | null;
  unit: string | null;
  as_of: string | null;
  attributed_to: string | null;
}

const toFact = (r: FactRow): Fact => ({
  kind: r.kind,
  statement: r.statement,
  value: r.value === null ? null : Number(r.value),
  unit: r.unit,
  asOf: r.as_of,
  attributedTo: r.attributed_to,
  source: toSourceRef(r),
});

interface LinkRow  {
  slug: string;
  name: string;
  imposer: string;
  target: string;
  trade_covered_usd: string | number | null;
  effective_on: string | null;
  note: string | null;
}

const toLink = (r: LinkRow): LinkedTariff => ({
  slug: r.slug,
  name: r.name,
  imposer: r.imposer,
  target: r.target,
  tradeCoveredUsd: r.trade_covered_usd === null ? null : Number(r.trade_covered_usd),
  effectiveOn: r.effective_on,
  note: r.note,
});
