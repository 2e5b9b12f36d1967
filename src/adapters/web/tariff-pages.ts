/**
 * `/tariffs` (the summary table and the chart of rates over time) and `/tariffs/:slug` (one
 * action: its rate steps, dates, legal basis, retaliation both ways, sources and its chart).
 */
import { countryName, formatPct, statusWords } from '../../core/format';
import { averageTariffs, averageTariffSource } from '../../core/tariffs/average-tariffs';
import { partiesText, rateStepText, tradeCovered } from '../../core/tariffs/present';
import type { TariffAction } from '../../core/tariffs/types';
import { legalBasisLabels } from '../../core/vocabulary';
import { chartFigure, date, h, type Html, layout, link, type Links, source, tariffPath, tariffStatusBadge } from './html';

const actionLink = (links: Links, a: { slug: string; name: string }) => h`<a href="${link(links, tariffPath(a.slug))}">${a.name}</a>`;

function averagesTable(): Html {
  const side = (code: string) => (code === 'US' ? 'US on Chinese goods' : 'China on US goods');
  return h`<table><caption>Average tariff, % (PIIE)</caption>
    <thead><tr><th scope="col">Tariffs</th><th scope="col">When</th><th scope="col">Chart date</th><th scope="col" class="num">Average</th></tr></thead>
    <tbody>${averageTariffs.map((p) => h`<tr><th scope="row">${side(p.imposer)}</th><td>${p.when}</td><td>${date(p.on)}</td><td class="num">${formatPct(p.ratePct)}</td></tr>`)}</tbody></table>`;
}

function stepsTable(actions: TariffAction[]): Html {
  return h`<table><caption>Rate steps of each action</caption>
    <thead><tr><th scope="col">Action</th><th scope="col">Rate step</th></tr></thead>
    <tbody>${actions.flatMap((a) => a.rateSteps.map((s) => h`<tr><th scope="row">${partiesText(a)}: ${a.listName ?? a.name}</th><td>${rateStepText(s)}</td></tr>`))}</tbody></table>`;
}

const averagesCaption = h`Average tariffs from ${source(averageTariffSource)} (Chad P. Bown); rate steps from each action's sources.`;

function summaryRow(links: Links, a: TariffAction): Html {
  return h`<tr>
    <th scope="row">${actionLink(links, a)}</th>
    <td data-label="Imposer → target">${countryName(a.imposer)} → ${countryName(a.target)}</td>
    <td data-label="Trade covered" class="num"><data value="${a.tradeCoveredUsd ?? ''}">${tradeCovered(a)}</data></td>
    <td data-label="Rates"><ul class="steps">${a.rateSteps.map((s) => h`<li>${rateStepText(s)}</li>`)}</ul></td>
    <td data-label="In effect">${a.effectiveOn ? date(a.effectiveOn) : 'never'}</td>
    <td data-label="Status">${tariffStatusBadge(a.status)}</td>
  </tr>`;
}

export function tariffsPage(links: Links, actions: TariffAction[]): Html {
  const byDate = [...actions].sort((x, y) => (x.effectiveOn ?? x.announcedOn).localeCompare(y.effectiveOn ?? y.announcedOn));
  return layout(
    links,
    'US–China tariff actions, 2018–2019',
    h`<p class="kicker">Trade war</p>
    <h1>US–China tariff actions, 2018–2019</h1>
    <p class="lede">${actions.length} actions on the record: who imposed tariffs on whom, on how much trade, at what rates and
      from when, and which action each one answered. Also as <a href="${link(links, '/api/tariffs')}">JSON</a>.</p>
    ${chartFigure(
      links,
      '/charts/tariff-rates',
      'Line chart: the average US tariff on Chinese goods rose from 3.0% in January 2018 to 21.0% in December 2019 and eased to 19.3% under Phase One; China\'s on US goods rose from 7.2–8.0% to 21.1%, then 20.9%. Below it, each action\'s rate steps by effective date.',
      averagesCaption,
      h`${averagesTable()}${stepsTable(byDate)}`,
    )}
    <h2>All actions, by date in effect</h2>
    <div class="scroll"><table class="summary">
      <caption>Tariff actions: imposer → target, yearly trade covered (USD), rate steps, date in effect, status</caption>
      <thead><tr><th scope="col">Action</th><th scope="col">Imposer → target</th><th scope="col" class="num">Trade covered</th><th scope="col">Rates</th><th scope="col">In effect</th><th scope="col">Status</th></tr></thead>
      <tbody>${byDate.map((a) => summaryRow(links, a))}</tbody>
    </table></div>
    <p class="muted">Statuses: ${['in_effect', 'scheduled', 'threatened', 'postponed', 'suspended', 'reduced', 'removed'].map((s) => h`${tariffStatusBadge(s as TariffAction['status'])} `)}</p>`,
    {
      description: `${actions.length} US–China tariff actions of 2018–2019 with trade covered, rates and dates; the average US tariff on Chinese goods rose from 3.0% to 21.0%.`,
      path: '/tariffs',
      image: '/charts/tariff-rates.png',
      imageAlt: 'Average US and Chinese tariffs on each other\'s goods, 2018–2020, and each action\'s rate steps',
    },
  );
}

export function tariffPage(links: Links, a: TariffAction): Html {
  const row = (label: string, value: Html | string) => h`<dt>${label}</dt><dd>${value}</dd>`;
  const title = `${partiesText(a)}: ${a.name}`;
  return layout(
    links,
    title,
    h`<article>
    <p class="kicker"><a href="${link(links, '/tariffs')}">Tariff actions</a></p>
    <h1>${title}</h1>
    <p>${tariffStatusBadge(a.status)}${a.statusNote ? h` <span class="muted">${a.statusNote}</span>` : ''}</p>
    <p class="lede">${a.description}</p>
    <dl>
      ${row('Imposer → target', `${countryName(a.imposer)} → ${countryName(a.target)}`)}
      ${a.listName ? row('List', a.listName) : ''}
      ${row('Trade covered', h`<data value="${a.tradeCoveredUsd ?? ''}">${tradeCovered(a)}</data>${a.tradeCoveredUsd !== null ? ' a year (USD)' : ''}${a.tradeCoveredNote ? ` — ${a.tradeCoveredNote}` : ''}`)}
      ${row('Rate steps', a.rateSteps.length > 0 ? h`<ul class="steps">${a.rateSteps.map((s) => h`<li>${rateStepText(s)}${s.note ? h` <span class="muted">(${s.note})</span>` : ''}</li>`)}</ul>` : '—')}
      ${row('Announced', h`${date(a.announcedOn)}${a.announcedNote ? ` (${a.announcedNote})` : ''}`)}
      ${row('In effect', a.effectiveOn ? h`${date(a.effectiveOn)}${a.effectiveNote ? ` (${a.effectiveNote})` : ''}` : a.effectiveNote ?? 'never')}
      ${row('Legal basis', [legalBasisLabels[a.legalBasis], a.instrument].filter(Boolean).join('; '))}
      ${row('Status', statusWords(a.status))}
      ${row('Retaliates for', a.retaliatesFor ? actionLink(links, a.retaliatesFor) : a.answers)}
      ${a.answeredBy.length > 0 ? row('Answered by', h`${a.answeredBy.map((r, i) => h`${i > 0 ? '; ' : ''}${actionLink(links, r)}`)}`) : ''}
      ${a.productCount !== null ? row('Products', a.productCount.toLocaleString('en-US')) : ''}
    </dl>
    ${chartFigure(
      links,
      `/charts/tariffs/${encodeURIComponent(a.slug)}`,
      `Chart of this action's rate steps: ${a.rateSteps.map(rateStepText).join('; ')}; with the average tariff of the same side (PIIE) for context.`,
      h`Rate steps of this action; the dashed grey line is the average tariff from ${source(averageTariffSource)}.`,
      h`<table><caption>Rate steps</caption><thead><tr><th scope="col" class="num">Rate</th><th scope="col">Applies to</th><th scope="col">Date</th><th scope="col">Applied</th></tr></thead>
        <tbody>${a.rateSteps.map((s) => h`<tr><td class="num">${formatPct(s.ratePct)}</td><td>${s.appliesTo ?? 'all goods on the list'}</td><td>${date(s.effectiveOn)}</td><td>${s.applied === true ? 'yes' : s.applied === false ? 'never applied' : 'not known'}</td></tr>`)}</tbody></table>`,
    )}
    <h2>Sources</h2>
    <ul>${a.sources.map((s) => h`<li>${source(s)}</li>`)}</ul>
    <p class="muted">Also as <a href="${link(links, '/api/tariffs')}">JSON</a>. <a href="${link(links, '/tariffs')}">All tariff actions</a>.</p>
    </article>`,
    {
      description: `${countryName(a.imposer)} → ${countryName(a.target)}, ${statusWords(a.status)}: ${a.rateSteps.map(rateStepText).join('; ')}. Trade covered: ${tradeCovered(a)}.`,
      path: tariffPath(a.slug),
      image: `/charts/tariffs/${encodeURIComponent(a.slug)}.png`,
      imageAlt: `Rate steps of ${a.name}`,
    },
  );
}
