/**
 * `GET /api/pledges`, `/api/pledges/:slug`, `/api/tariffs`: the core's tracker views
 * (core/tracker/) as JSON, the same views the HTML pages render. Stable
 * camelCase names, dates as ISO strings, money as numbers named `...Usd`. The mapping below
 * is the public contract, so core types are copied field by field, never dumped whole (and
 * editors' chat identities stay out of it).
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { PledgewatchError, failureKind, httpStatus, userMessage } from '../../core/errors';
import type { Announcements, PledgeReads, TariffReads } from '../../core/ports';
import type { PledgeSummary, SourceRef } from '../../core/pledges/types';
import { type HistoryEntry, pledgeListView, pledgeView, type PledgeView } from '../../core/tracker/pledge-views';
import { tariffsView } from '../../core/tracker/tariff-views';
import { formatTarget } from '../../core/pledges/target';
import type { TariffAction } from '../../core/tariffs/types';
import { isPledgeStatus, legalBasisLabels, pledgeStatuses, type PledgeStatus } from '../../core/vocabulary';
import type { Logger } from '../../logger';
import { type Links, link, pledgePath, tariffPath } from './html';

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

/** What an error becomes on the tracker: its HTTP status (the core's, per code) and a line a reader can act on. */
export function errorStatus(error: Error): { status: 400 | 403 | 404 | 409 | 500 | 503; code: string; message: string } {
  if (!(error instanceof PledgewatchError) || failureKind(error.code) === 'bug') {
    return { status: 500, code: 'internal', message: 'Something went wrong on our side. The error was logged.' };
  }
  return { status: httpStatus(error.code), code: error.code === 'bad_input' ? 'bad_request' : error.code, message: userMessage(error) };
}

/** Logs what the reader did not cause; the reader gets the status and a short line, never a stack. */
export function logTrackerError(log: Logger, error: Error, path: string, status: number): void {
  if (status === 503) log.warn({ err: error.message, path }, 'tracker: store unavailable');
  else if (status >= 500) log.error({ err: error, path }, 'tracker: request failed');
}

const sourceJson = (s: SourceRef) => ({ outlet: s.outlet, title: s.title, url: s.url, publishedOn: s.publishedOn });

const pledgeSummaryJson = (links: Links, p: PledgeSummary) => ({
  slug: p.slug,
  title: p.title,
  entityName: p.entityName,
  byName: p.byName,
  madeOn: p.madeOn,
  status: p.status,
  statusOn: p.statusOn,
  url: link(links, pledgePath(p.slug)),
});

function changeJson(c: HistoryEntry) {
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
    correctedById: c.correctedById,
    source: sourceJson(c.source),
  };
}

function pledgeDetailJson(links: Links, { pledge: p, history, latest }: PledgeView) {
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
    latestChange: latest ? changeJson(latest) : null,
    history: history.map(changeJson),
    facts: p.facts.map(({ kind, statement, value, unit, asOf, attributedTo, source }) => ({ kind, statement, value, unit, asOf, attributedTo, source: sourceJson(source) })),
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

const tariffJson = (links: Links, a: TariffAction) => ({
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
    const { items, total, page, perPage, pages } = await pledgeListView(store, { page: pageParam(c), status: statusParam(c) });
    c.header('Cache-Control', CACHE_CONTROL);
    return c.json({ items: items.map((p) => pledgeSummaryJson(links, p)), total, page, perPage, pages });
  });

  api.get('/api/pledges/:slug', async (c) => {
    const view = await pledgeView(store, c.req.param('slug'));
    c.header('Cache-Control', CACHE_CONTROL);
    return c.json(pledgeDetailJson(links, view));
  });

  api.get('/api/tariffs', async (c) => {
    const actions = await tariffsView(store);
    c.header('Cache-Control', CACHE_CONTROL);
    return c.json({ items: actions.map((a) => tariffJson(links, a)), total: actions.length });
  });
  return api;
}
