/**
 * `GET /api/pledges`, `/api/pledges/:slug`, `/api/tariffs`: the record as JSON. Stable
 * camelCase names, dates as ISO strings, money as numbers named `...Usd`. The mapping below
 * is the public contract, so core types are copied field by field, never dumped whole (and
 * editors' chat identities stay out of it).
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { PledgewatchError, userMessage } from '../../core/errors';
import type { Announcements, PledgeReads, TariffReads } from '../../core/ports';
import type { PledgeDetail, PledgeSummary, SourceRef, StatusChange } from '../../core/pledges/types';
import { formatTarget } from '../../core/pledges/target';
import type { TariffAction } from '../../core/tariffs/types';
import { isPledgeStatus, legalBasisLabels, pledgeStatuses, type PledgeStatus } from '../../core/vocabulary';
import type { Logger } from '../../logger';
import { type Links, link, pledgePath, tariffPath } from './html';

export const PAGE_SIZE = 50;
export const CACHE_CONTROL = 'public, max-age=60';

export interface TrackerDeps {
  /** the tracker's pages, charts, API and Atom feed read these and nothing else */
  store: PledgeReads & TariffReads & Announcements;
  log: Logger;
  links: Links;
}

/** `?page=N`: a whole number from 1; absent means 1. Anything else is the caller's mistake. */
export function pageParam(c: Context): number {
  const raw = c.req.query('page');
  if (raw === undefined || raw === '') return 1;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) {
    throw new PledgewatchError('bad_input', `page must be a whole number from 1 up; “${raw.slice(0, 40)}” is not one.`);
  }
  return Number(raw);
}

/** `?status=`: one of the contract's pledge statuses, or none. */
export function statusParam(c: Context): PledgeStatus | undefined {
  const raw = c.req.query('status');
  if (raw === undefined || raw === '') return undefined;
  if (!isPledgeStatus(raw)) {
    throw new PledgewatchError('bad_input', `status must be one of ${pledgeStatuses.join(', ')}; “${raw.slice(0, 40)}” is not.`);
  }
  return raw;
}

/** What an error becomes on the tracker: its HTTP status and a line a reader can act on. */
export function errorStatus(error: Error): { status: 400 | 404 | 409 | 500 | 503; code: string; message: string } {
  if (error instanceof PledgewatchError) {
    if (error.code === 'bad_input') return { status: 400, code: 'bad_request', message: error.message };
    if (error.code === 'conflict') return { status: 409, code: 'conflict', message: error.message };
    if (error.code === 'not_found') return { status: 404, code: 'not_found', message: error.message };
    if (error.code === 'store_unavailable') return { status: 503, code: 'store_unavailable', message: userMessage(error) };
  }
  return { status: 500, code: 'internal', message: 'Something went wrong on our side. The error was logged.' };
}

/** Logs what the reader did not cause; the reader gets the status and a short line, never a stack. */
export function logTrackerError(log: Logger, error: Error, path: string, status: number): void {
  if (status === 503) log.warn({ err: error.message, path }, 'tracker: store unavailable');
  else if (status >= 500) log.error({ err: error, path }, 'tracker: request failed');
}

const sourceJson = (s: SourceRef) => ({ outlet: s.outlet, title: s.title, url: s.url, publishedOn: s.publishedOn });

export const pledgeSummaryJson = (links: Links, p: PledgeSummary) => ({
  slug: p.slug,
  title: p.title,
  entityName: p.entityName,
  byName: p.byName,
  madeOn: p.madeOn,
  status: p.status,
  statusOn: p.statusOn,
  url: link(links, pledgePath(p.slug)),
});

export function changeJson(c: StatusChange, correctedBy: number | null = null) {
  return {
    id: c.id,
    status: c.status,
    previousStatus: c.previousStatus,
    effectiveOn: c.effectiveOn,
    recordedAt: c.recordedAt.toISOString(),
    quote: c.quote,
    quoteBy: c.quoteBy,
    reason: c.reason,
    note: c.note,
    correctsId: c.correctsId,
    correctedById: correctedBy,
    source: sourceJson(c.source),
  };
}

/** For each change, the id of the later row that corrects it (null while it stands). */
export function correctedBy(history: StatusChange[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const c of history) if (c.correctsId !== null) map.set(c.correctsId, c.id);
  return map;
}

function pledgeDetailJson(links: Links, p: PledgeDetail, history: StatusChange[]) {
  const corrections = correctedBy(history);
  return {
    ...pledgeSummaryJson(links, p),
    entity: { slug: p.entitySlug, name: p.entityName, aliases: p.aliases },
    by: p.byName ? { name: p.byName, role: p.byRole } : null,
    madeTo: p.madeTo,
    place: p.place,
    text: p.text,
    deadline: p.deadline,
    deadlineNote: p.deadlineNote,
    /** quantity in full units; unit a lower-case ISO currency code (usd) or a noun (jobs); text as people read it */
    target: p.target ? { quantity: p.target.quantity, unit: p.target.unit, text: formatTarget(p.target) } : null,
    keywords: p.keywords,
    latestChange: p.latestChange ? changeJson(p.latestChange, corrections.get(p.latestChange.id) ?? null) : null,
    history: history.map((c) => changeJson(c, corrections.get(c.id) ?? null)),
    facts: p.facts.map((f) => ({
      kind: f.kind,
      statement: f.statement,
      value: f.value,
      unit: f.unit,
      asOf: f.asOf,
      attributedTo: f.attributedTo,
      source: sourceJson(f.source),
    })),
    tariffs: p.tariffs.map((t) => ({
      slug: t.slug,
      name: t.name,
      imposer: t.imposer,
      target: t.target,
      tradeCoveredUsd: t.tradeCoveredUsd,
      effectiveOn: t.effectiveOn,
      note: t.note,
      url: link(links, tariffPath(t.slug)),
    })),
    sources: p.sources.map(sourceJson),
  };
}

export const tariffJson = (links: Links, a: TariffAction) => ({
  slug: a.slug,
  name: a.name,
  listName: a.listName,
  imposer: a.imposer,
  target: a.target,
  announcedOn: a.announcedOn,
  announcedNote: a.announcedNote,
  effectiveOn: a.effectiveOn,
  effectiveNote: a.effectiveNote,
  status: a.status,
  statusNote: a.statusNote,
  legalBasis: a.legalBasis,
  legalBasisLabel: legalBasisLabels[a.legalBasis],
  instrument: a.instrument,
  tradeCoveredUsd: a.tradeCoveredUsd,
  tradeCoveredCertainty: a.tradeCoveredCertainty,
  tradeCoveredNote: a.tradeCoveredNote,
  productCount: a.productCount,
  description: a.description,
  answers: a.answers,
  retaliatesFor: a.retaliatesFor ? { slug: a.retaliatesFor.slug, name: a.retaliatesFor.name } : null,
  answeredBy: a.answeredBy.map((r) => ({ slug: r.slug, name: r.name })),
  rateSteps: a.rateSteps.map((s) => ({ ratePct: s.ratePct, effectiveOn: s.effectiveOn, appliesTo: s.appliesTo, applied: s.applied, note: s.note })),
  sources: a.sources.map(sourceJson),
  url: link(links, tariffPath(a.slug)),
});

/** The JSON routes, with their own error renderer: JSON whatever went wrong. */
export function createApi({ store, log, links }: TrackerDeps): Hono {
  const api = new Hono();
  api.onError((error, c) => {
    const { status, code, message } = errorStatus(error);
    logTrackerError(log, error, c.req.path, status);
    c.header('Cache-Control', 'no-store');
    return c.json({ error: code, message }, status);
  });

  api.get('/api/pledges', async (c) => {
    const page = pageParam(c);
    const status = statusParam(c);
    const { items, total } = await store.listPledges({ ...(status ? { status } : {}), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    c.header('Cache-Control', CACHE_CONTROL);
    return c.json({
      items: items.map((p) => pledgeSummaryJson(links, p)),
      total,
      page,
      perPage: PAGE_SIZE,
      pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    });
  });

  api.get('/api/pledges/:slug', async (c) => {
    const slug = c.req.param('slug');
    const [pledge, history] = await Promise.all([store.getPledge(slug), store.pledgeHistory(slug)]);
    if (!pledge) throw new PledgewatchError('not_found', `No pledge “${slug.slice(0, 80)}”.`);
    c.header('Cache-Control', CACHE_CONTROL);
    return c.json(pledgeDetailJson(links, pledge, history ?? []));
  });

  api.get('/api/tariffs', async (c) => {
    const actions = await store.findTariffs({ kind: 'all' });
    c.header('Cache-Control', CACHE_CONTROL);
    return c.json({ items: actions.map((a) => tariffJson(links, a)), total: actions.length });
  });
  return api;
}
