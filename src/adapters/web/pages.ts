/**
 * The public tracker's pages: `GET /`, `/pledges/:slug`, `/tariffs`. Server-rendered HTML,
 * every value escaped by `h`, every fact with its source. Words and figures come from the
 * core's presenters and formatters; this file only lays them out.
 */
import { Hono } from 'hono';
import { PledgewatchError } from '../../core/errors';
import { countryName, formatQuantity, formatUsd, pledgeBadge, reasonText, statusWords, tariffBadge } from '../../core/format';
import { pledgeHeadline } from '../../core/pledges/present';
import type { Fact, LinkedTariff, PledgeDetail, PledgeSummary, StatusChange } from '../../core/pledges/types';
import { partiesText, rateStepText, tradeCovered } from '../../core/tariffs/present';
import type { TariffAction } from '../../core/tariffs/types';
import { legalBasisLabels } from '../../core/vocabulary';
import { CACHE_CONTROL, correctedBy, errorStatus, logTrackerError, PAGE_SIZE, pageParam, statusParam, type TrackerDeps } from './api';
import { badge, date, h, type Html, layout, link, type Links, messagePage, pledgePath, source } from './html';

const tariffHref = (links: Links, slug: string) => link(links, `/tariffs#${encodeURIComponent(slug)}`);

function statusCell(p: PledgeSummary): Html {
  return h`${badge(pledgeBadge(p.status, null))} ${p.statusOn ? h`since ${date(p.statusOn)}` : ''}`;
}

function pager(links: Links, page: number, pages: number, status: string | undefined): Html {
  const href = (n: number) => link(links, `/?${status ? `status=${encodeURIComponent(status)}&` : ''}page=${n}`);
  return h`<nav aria-label="Pages"><p>Page ${page} of ${pages}
    ${page > 1 ? h` · <a href="${href(page - 1)}" rel="prev">newer changes</a>` : ''}
    ${page < pages ? h` · <a href="${href(page + 1)}" rel="next">older changes</a>` : ''}</p></nav>`;
}

function indexPage(links: Links, items: PledgeSummary[], total: number, page: number, status: string | undefined): Html {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const rows = items.map(
    (p) => h`<tr>
      <th scope="row"><a href="${link(links, pledgePath(p.slug))}">${pledgeHeadline(p)}</a></th>
      <td>${p.byName ?? p.entityName}</td>
      <td>${date(p.madeOn)}</td>
      <td>${statusCell(p)}</td>
    </tr>`,
  );
  const title = status ? `Pledges: ${statusWords(status)}` : 'Pledge tracker';
  return layout(
    links,
    title,
    h`<h1>${title}</h1>
    <p>${total === 1 ? '1 pledge' : `${total} pledges`} on the record, the most recent status change first.
      See also the <a href="${link(links, '/tariffs')}">tariff actions</a> and the
      <a href="${link(links, '/feed.atom')}">Atom feed of status changes</a>.</p>
    ${items.length === 0
      ? h`<p>No pledges on this page.</p>`
      : h`<div class="scroll"><table>
      <caption class="muted">Pledges, most recent status change first</caption>
      <thead><tr><th scope="col">Pledge</th><th scope="col">Pledged by</th><th scope="col">Made</th><th scope="col">Status</th></tr></thead>
      <tbody>${rows}</tbody>
    </table></div>`}
    ${pager(links, page, pages, status)}`,
  );
}

function changeItem(c: StatusChange, corrections: Map<number, number>): Html {
  const fixedBy = corrections.get(c.id);
  return h`<li id="change-${c.id}">
    <p>${badge(pledgeBadge(c.status, null))} from ${date(c.effectiveOn)}
      ${c.previousStatus ? h`<span class="muted">(was ${statusWords(c.previousStatus)})</span>` : ''}
      ${c.correctsId !== null ? h`<strong>Correction</strong> of <a href="#change-${c.correctsId}">an earlier entry</a>.` : ''}
      ${fixedBy !== undefined ? h`<strong>Corrected</strong> by <a href="#change-${fixedBy}">a later entry</a>.` : ''}</p>
    <div class="${fixedBy !== undefined ? 'corrected' : ''}">
      ${c.quote ? h`<blockquote><p>“${c.quote}”</p></blockquote>${c.quoteBy ? h`<p>— ${c.quoteBy}</p>` : ''}` : ''}
      ${c.reason ? h`<p>Reason: ${reasonText(c.reason)}</p>` : ''}
      ${c.note ? h`<p>${c.note}</p>` : ''}
    </div>
    <p class="muted">Source: ${source(c.source)} · recorded ${date(c.recordedAt)}</p>
  </li>`;
}

function factItem(f: Fact): Html {
  const meta = [f.attributedTo ? `according to ${f.attributedTo}` : null, f.asOf ? `as of ${f.asOf}` : null].filter(Boolean).join(', ');
  return h`<li>${f.statement}${meta ? h` <span class="muted">(${meta})</span>` : ''}<br><span class="muted">Source: ${source(f.source)}</span></li>`;
}

function linkedTariffItem(links: Links, t: LinkedTariff): Html {
  const detail = [t.tradeCoveredUsd !== null ? `${formatUsd(t.tradeCoveredUsd)} of trade` : null, t.effectiveOn ? `from ${t.effectiveOn}` : null]
    .filter(Boolean)
    .join(' · ');
  return h`<li><a href="${tariffHref(links, t.slug)}">${countryName(t.imposer)} → ${countryName(t.target)}: ${t.name}</a>
    ${detail ? h`<span class="muted">${detail}</span>` : ''}${t.note ? h`<br>${t.note}` : ''}</li>`;
}

function pledgePage(links: Links, p: PledgeDetail, history: StatusChange[]): Html {
  const change = p.latestChange;
  const corrections = correctedBy(history);
  const row = (label: string, value: Html | string) => h`<dt>${label}</dt><dd>${value}</dd>`;
  return layout(
    links,
    pledgeHeadline(p),
    h`<article>
    <h1>${pledgeHeadline(p)}</h1>
    <p>${statusCell(p)}</p>
    <dl>
      ${row('Pledged by', [p.byName, p.byRole].filter(Boolean).join(', ') || p.entityName)}
      ${row('On behalf of', p.entityName)}
      ${p.madeTo ? row('To', p.madeTo) : ''}
      ${row('Made', h`${date(p.madeOn)}${p.place ? `, ${p.place}` : ''}`)}
      ${p.deadline ? row('Deadline', h`${date(p.deadline)}${p.deadlineNote ? ` (${p.deadlineNote})` : ''}`) : ''}
      ${p.target ? row('Target', formatQuantity(p.target.quantity, p.target.unit)) : ''}
      ${row('Status', h`${statusWords(p.status)}${p.statusOn ? h` since ${date(p.statusOn)}` : ''}${change?.reason ? ` (${reasonText(change.reason)})` : ''}`)}
    </dl>
    <h2>The pledge</h2>
    <p>${p.text}</p>
    ${change
      ? h`<h2>Current status</h2>
      ${change.quote ? h`<figure><blockquote><p>“${change.quote}”</p></blockquote>
        <figcaption>${change.quoteBy ? `${change.quoteBy}, ` : ''}${date(change.effectiveOn)}. Source: ${source(change.source)}</figcaption></figure>`
        : h`<p>${statusWords(change.status)} from ${date(change.effectiveOn)}. Source: ${source(change.source)}</p>`}`
      : ''}
    <h2>Status history</h2>
    ${history.length === 0 ? h`<p>No status change recorded yet.</p>` : h`<ol class="history">${history.map((c) => changeItem(c, corrections))}</ol>`}
    ${p.facts.length > 0 ? h`<h2>Facts</h2><ul class="items">${p.facts.map(factItem)}</ul>` : ''}
    ${p.tariffs.length > 0 ? h`<h2>Linked tariff actions</h2><ul class="items">${p.tariffs.map((t) => linkedTariffItem(links, t))}</ul>` : ''}
    ${p.sources.length > 0 ? h`<h2>Sources</h2><ul>${p.sources.map((s) => h`<li>${source(s)}</li>`)}</ul>` : ''}
    <p class="muted">Also as <a href="${link(links, `/api${pledgePath(p.slug)}`)}">JSON</a>.</p>
    </article>`,
  );
}

function tariffArticle(links: Links, a: TariffAction): Html {
  const row = (label: string, value: Html | string) => h`<dt>${label}</dt><dd>${value}</dd>`;
  const steps = a.rateSteps.map((s) => h`<li>${rateStepText(s)}${s.note ? h` <span class="muted">(${s.note})</span>` : ''}</li>`);
  return h`<article id="${a.slug}">
    <h2>${partiesText(a)}: ${a.name}</h2>
    <p>${badge(tariffBadge(a.status))}${a.statusNote ? h` <span class="muted">${a.statusNote}</span>` : ''}</p>
    <dl>
      ${row('Imposer → target', `${countryName(a.imposer)} → ${countryName(a.target)}`)}
      ${a.listName ? row('List', a.listName) : ''}
      ${row('Trade covered', h`<data value="${a.tradeCoveredUsd ?? ''}">${tradeCovered(a)}</data>${a.tradeCoveredUsd !== null ? ' (USD)' : ''}${a.tradeCoveredNote ? ` — ${a.tradeCoveredNote}` : ''}`)}
      ${row('Rates', steps.length > 0 ? h`<ul>${steps}</ul>` : '—')}
      ${row('Announced', h`${date(a.announcedOn)}${a.announcedNote ? ` (${a.announcedNote})` : ''}`)}
      ${row('Effective', a.effectiveOn ? h`${date(a.effectiveOn)}${a.effectiveNote ? ` (${a.effectiveNote})` : ''}` : a.effectiveNote ?? 'never')}
      ${row('Legal basis', [legalBasisLabels[a.legalBasis], a.instrument].filter(Boolean).join('; '))}
      ${row('Status', statusWords(a.status))}
      ${row('Retaliates for', a.retaliatesFor ? h`<a href="#${a.retaliatesFor.slug}">${a.retaliatesFor.name}</a>` : a.answers)}
      ${a.answeredBy.length > 0 ? row('Answered by', h`${a.answeredBy.map((r, i) => h`${i > 0 ? '; ' : ''}<a href="#${r.slug}">${r.name}</a>`)}`) : ''}
      ${a.productCount !== null ? row('Products', a.productCount.toLocaleString('en-US')) : ''}
    </dl>
    <p>${a.description}</p>
    <h3>Sources</h3>
    <ul>${a.sources.map((s) => h`<li>${source(s)}</li>`)}</ul>
  </article>`;
}

function tariffsPage(links: Links, actions: TariffAction[]): Html {
  return layout(
    links,
    'Tariff actions',
    h`<h1>Tariff actions</h1>
    <p>${actions.length} actions on the record: who imposed what on whom, on how much trade, at what rates and from when.
      Also as <a href="${link(links, '/api/tariffs')}">JSON</a>.</p>
    ${actions.map((a) => tariffArticle(links, a))}`,
  );
}

/** The HTML routes, with their own error renderer: an HTML page whatever went wrong. */
export function createPages({ store, log, links }: TrackerDeps): Hono {
  const pages = new Hono();
  pages.onError((error, c) => {
    const { status, message } = errorStatus(error);
    logTrackerError(log, error, c.req.path, status);
    const title = { 400: 'Bad request', 404: 'Not found', 409: 'Conflict', 500: 'Something went wrong', 503: 'Temporarily unavailable' }[status];
    c.header('Cache-Control', 'no-store');
    return c.html(messagePage(links, title, message), status);
  });

  pages.get('/', async (c) => {
    const page = pageParam(c);
    const status = statusParam(c);
    const { items, total } = await store.listPledges({ ...(status ? { status } : {}), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    c.header('Cache-Control', CACHE_CONTROL);
    return c.html(indexPage(links, items, total, page, status));
  });

  pages.get('/pledges/:slug', async (c) => {
    const slug = c.req.param('slug');
    const [pledge, history] = await Promise.all([store.getPledge(slug), store.pledgeHistory(slug)]);
    if (!pledge) throw new PledgewatchError('not_found', `There is no pledge “${slug.slice(0, 80)}” on the record.`);
    c.header('Cache-Control', CACHE_CONTROL);
    return c.html(pledgePage(links, pledge, history ?? []));
  });

  pages.get('/tariffs', async (c) => {
    const actions = await store.findTariffs({ kind: 'all' });
    c.header('Cache-Control', CACHE_CONTROL);
    return c.html(tariffsPage(links, actions));
  });
  return pages;
}

/** The HTML 404 for any path no route claims (the API keeps its JSON one). */
export const notFoundPage = (links: Links): Html =>
  messagePage(links, 'Not found', 'There is no page at this address.');
