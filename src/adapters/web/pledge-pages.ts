/**
 * `/pledges/:slug` (the pledge, its status timeline chart, history, facts, tariffs, sources)
 * and `/embed/pledges/:slug`, the small status box a story embeds in an iframe.
 */
import { countryName, formatUsd, pledgeBadge, reasonText, statusWords } from '../../core/format';
import { pledgeHeadline } from '../../core/pledges/present';
import { formatTarget } from '../../core/pledges/target';
import type { Fact, LinkedTariff, PledgeDetail } from '../../core/pledges/types';
import type { HistoryEntry, PledgeView } from '../../core/tracker/pledge-views';
import { chartFigure, absolute, badge, CSS_PATH, date, h, type Html, layout, link, type Links, pledgePath, source, tariffPath } from './html';

function changeItem(c: HistoryEntry): Html {
  const fixedBy = c.correctedById;
  return h`<li id="change-${c.id}">
    <p>${badge(pledgeBadge(c.status, null))} from ${date(c.effectiveOn)}
      ${c.previousStatus ? h`<span class="muted">(was ${statusWords(c.previousStatus)})</span>` : ''}
      ${c.correctsId !== null ? h`<strong>Correction</strong> of <a href="#change-${c.correctsId}">an earlier entry</a>.` : ''}
      ${fixedBy !== null ? h`<strong>Corrected</strong> by <a href="#change-${fixedBy}">a later entry</a>.` : ''}</p>
    <div class="${fixedBy !== null ? 'corrected' : ''}">
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
  return h`<li><a href="${link(links, tariffPath(t.slug))}">${countryName(t.imposer)} → ${countryName(t.target)}: ${t.name}</a>
    ${detail ? h`<span class="muted">${detail}</span>` : ''}${t.note ? h`<br>${t.note}` : ''}</li>`;
}

/** One line a reader, an unfurl or a CMS shows for the pledge: status, date, who and what. */
export function pledgeDescription(p: PledgeDetail): string {
  const since = p.statusOn ? ` since ${p.statusOn}` : '';
  return `${statusWords(p.status).toUpperCase()}${since}. ${p.byName ?? p.entityName} pledged on ${p.madeOn}${p.madeTo ? ` to ${p.madeTo}` : ''}: ${p.text}`.slice(0, 300);
}

const oembedHref = (links: Links, slug: string): string =>
  absolute(links, `/oembed?format=json&url=${encodeURIComponent(absolute(links, pledgePath(slug)))}`);

export function pledgePage(links: Links, { pledge: p, history, standing: timeline }: PledgeView): Html {
  const change = p.latestChange;
  const row = (label: string, value: Html | string) => h`<dt>${label}</dt><dd>${value}</dd>`;
  return layout(
    links,
    pledgeHeadline(p),
    h`<article>
    <p class="kicker"><a href="${link(links, '/')}">Pledge tracker</a></p>
    <h1>${pledgeHeadline(p)}</h1>
    <p>${badge(pledgeBadge(p.status, null))} ${p.statusOn ? h`since ${date(p.statusOn)}` : ''}</p>
    <dl>
      ${row('Pledged by', [p.byName, p.byRole].filter(Boolean).join(', ') || p.entityName)}
      ${row('On behalf of', p.entityName)}
      ${p.madeTo ? row('To', p.madeTo) : ''}
      ${row('Made', h`${date(p.madeOn)}${p.place ? `, ${p.place}` : ''}`)}
      ${p.deadline ? row('Deadline', h`${date(p.deadline)}${p.deadlineNote ? ` (${p.deadlineNote})` : ''}`) : ''}
      ${p.target ? row('Target', h`<data value="${p.target.quantity}">${formatTarget(p.target)}</data>`) : ''}
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
    ${chartFigure(
      links,
      `/charts/pledges/${encodeURIComponent(p.slug)}`,
      `Status timeline: ${timeline.map((c) => `${statusWords(c.status)} from ${c.effectiveOn}`).join(', then ') || 'no status change yet'}${p.deadline ? `; deadline ${p.deadline}` : ''}.`,
      h`Status over time, from the pledge's history below.`,
      h`<table><caption>Status timeline</caption><thead><tr><th scope="col">From</th><th scope="col">Status</th></tr></thead>
        <tbody>${timeline.map((c) => h`<tr><td>${date(c.effectiveOn)}</td><td>${statusWords(c.status)}</td></tr>`)}</tbody></table>`,
    )}
    <h2>Status history</h2>
    ${history.length === 0 ? h`<p>No status change recorded yet.</p>` : h`<ol class="history">${history.map(changeItem)}</ol>`}
    ${p.facts.length > 0 ? h`<h2>Facts</h2><ul class="items">${p.facts.map(factItem)}</ul>` : ''}
    ${p.tariffs.length > 0 ? h`<h2>Linked tariff actions</h2><ul class="items">${p.tariffs.map((t) => linkedTariffItem(links, t))}</ul>` : ''}
    ${p.sources.length > 0 ? h`<h2>Sources</h2><ul>${p.sources.map((s) => h`<li>${source(s)}</li>`)}</ul>` : ''}
    <h2>Embed this pledge</h2>
    <p class="muted">Paste the page's address into a CMS that reads oEmbed, or use
      <code>&lt;iframe src="${absolute(links, `/embed${pledgePath(p.slug)}`)}" width="480" height="360"&gt;&lt;/iframe&gt;</code>.
      Also as <a href="${link(links, `/api${pledgePath(p.slug)}`)}">JSON</a>.</p>
    </article>`,
    {
      description: pledgeDescription(p),
      path: pledgePath(p.slug),
      image: `/charts/pledges/${encodeURIComponent(p.slug)}.png`,
      imageAlt: `Status timeline of ${pledgeHeadline(p)}: ${statusWords(p.status)}`,
      oembed: oembedHref(links, p.slug),
    },
  );
}

/** The embeddable box: no site chrome, links open the tracker in a new tab. */
export function embedPage(links: Links, p: PledgeDetail): Html {
  const change = p.latestChange;
  const page = absolute(links, pledgePath(p.slug));
  return h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pledgeHeadline(p)} · pledgewatch</title>
<link rel="stylesheet" href="${absolute(links, CSS_PATH)}">
<link rel="icon" href="data:,">
<link rel="canonical" href="${page}">
</head>
<body>
<section class="embed" aria-label="pledgewatch status">
  <p class="kicker">pledgewatch · pledge status</p>
  <p><strong><a href="${page}" target="_blank" rel="noopener">${pledgeHeadline(p)}</a></strong></p>
  <p>${badge(pledgeBadge(p.status, null))} ${p.statusOn ? h`since ${date(p.statusOn)}` : ''}</p>
  <p class="muted">${p.byName ?? p.entityName}, ${date(p.madeOn)}${p.madeTo ? ` to ${p.madeTo}` : ''}</p>
  ${change?.quote ? h`<blockquote><p>“${change.quote}”</p></blockquote>${change.quoteBy ? h`<p class="muted">— ${change.quoteBy}, ${date(change.effectiveOn)}</p>` : ''}` : ''}
  ${change ? h`<p class="muted">Source: ${source(change.source)}</p>` : ''}
  <p><a href="${page}" target="_blank" rel="noopener">The full record on pledgewatch</a></p>
</section>
</body>
</html>`;
}
