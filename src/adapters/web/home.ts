/**
 * The tracker's front page (`GET /`: the tally by status, search, filters, the pledges with
 * the most recent status change first) and `/about` (what is tracked and how to read it).
 */
import { pledgeBadge, reasonText, statusWords } from '../../core/format';
import { pledgeHeadline } from '../../core/pledges/present';
import type { PledgeSummary } from '../../core/pledges/types';
import type { PledgeListView } from '../../core/tracker/pledge-views';
import { pledgeStatuses, statusReasons, type PledgeStatus } from '../../core/vocabulary';
import { badge, chartFigure, date, h, type Html, layout, link, type Links, pledgePath } from './html';

/** What each pledge status means, for readers (About page and the tally's titles). */
const statusMeaning: Record<PledgeStatus, string> = {
  not_yet_rated: 'On the record, not yet rated: no evidence either way so far.',
  in_progress: 'Work towards the pledge has started or is under way.',
  stalled: 'No progress, or it is held up by money, law or politics.',
  compromise: 'Partly delivered, or delivered in a smaller or changed form.',
  kept: 'Delivered as promised.',
  broken: 'Not delivered, and the time or the means to deliver it have run out.',
  retracted: 'Withdrawn by the pledger themselves.',
};

/** The front page: a page of the list (or a search) and the tally by status. */
type IndexView = PledgeListView & { counts: Record<PledgeStatus, number> };

function tally(links: Links, counts: Record<PledgeStatus, number>, current: PledgeStatus | undefined): Html {
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  return h`<ul class="tally" aria-label="Pledges by status">
    <li><a href="${link(links, '/')}" class="t-neutral${current ? '' : ' current'}"><span class="n">${all}</span><span class="l">all pledges</span></a></li>
    ${pledgeStatuses.map(
      (s) => h`<li><a href="${link(links, `/?status=${s}`)}" class="t-${pledgeBadge(s, null).tone}${current === s ? ' current' : ''}" title="${statusMeaning[s]}"><span class="n">${counts[s]}</span><span class="l">${statusWords(s)}</span></a></li>`,
    )}
  </ul>`;
}

function pager(links: Links, page: number, pages: number, status: string | undefined): Html {
  const href = (n: number) => link(links, `/?${status ? `status=${encodeURIComponent(status)}&` : ''}page=${n}`);
  return h`<nav aria-label="Pages" class="pager"><p>Page ${page} of ${pages}
    ${page > 1 ? h` · <a href="${href(page - 1)}" rel="prev">newer changes</a>` : ''}
    ${page < pages ? h` · <a href="${href(page + 1)}" rel="next">older changes</a>` : ''}</p></nav>`;
}

function pledgeTable(links: Links, items: PledgeSummary[], caption: string): Html {
  return h`<div class="scroll"><table>
      <caption>${caption}</caption>
      <thead><tr><th scope="col">Pledge</th><th scope="col">Pledged by</th><th scope="col">Made</th><th scope="col">Status</th></tr></thead>
      <tbody>${items.map(
        (p) => h`<tr>
      <th scope="row"><a href="${link(links, pledgePath(p.slug))}">${pledgeHeadline(p)}</a></th>
      <td>${p.byName ?? p.entityName}</td>
      <td>${date(p.madeOn)}</td>
      <td>${badge(pledgeBadge(p.status, null))} ${p.statusOn ? h`since ${date(p.statusOn)}` : ''}</td>
    </tr>`,
      )}</tbody>
    </table></div>`;
}

export function indexPage(links: Links, v: IndexView): Html {
  const title = v.search ? `Search: ${v.search.q}` : v.status ? `Pledges: ${statusWords(v.status)}` : 'Pledge tracker';
  const found = v.search
    ? h`<p>${v.items.length === 0 ? `No pledge matches “${v.search.q}”.` : `${v.items.length} ${v.items.length === 1 ? 'pledge matches' : 'pledges match'} “${v.search.q}”, best match first.`}
      <a href="${link(links, '/')}">All pledges</a></p>
      ${v.search.near.length > 0 ? h`<h2>Closest matches</h2>${pledgeTable(links, v.search.near, 'Pledges close to what you searched for')}` : ''}`
    : h`<p>${v.total === 1 ? '1 pledge' : `${v.total} pledges`}${v.status ? h` with the status <strong>${statusWords(v.status)}</strong>` : ' on the record'}, the most recent status change first.</p>`;
  return layout(
    links,
    title,
    h`<p class="kicker">Promise tracker</p>
    <h1>${title}</h1>
    <p class="lede">Public pledges by companies and governments, each with its current status, the date it changed, the
      words that changed it and their source. Alongside them, the <a href="${link(links, '/tariffs')}">US–China tariff actions</a>
      of 2018–2019, which some of these pledges were made, and withdrawn, over.</p>
    ${tally(links, v.counts, v.status)}
    <form class="search" action="${link(links, '/')}" method="get" role="search">
      <label for="q" class="muted">Search pledges</label>
      <input id="q" name="q" type="search" value="${v.search?.q ?? ''}" placeholder="a company, a person or a few words: alibaba, jack ma, 1m jobs" maxlength="200">
      <button type="submit">Search</button>
    </form>
    ${found}
    ${v.items.length > 0 ? pledgeTable(links, v.items, v.search ? 'Matching pledges, best match first' : 'Pledges, most recent status change first') : v.search ? '' : h`<p>No pledges on this page.</p>`}
    ${v.search ? '' : pager(links, v.page, v.pages, v.status)}
    ${chartFigure(
      links,
      '/charts/pledge-status',
      `Bar chart: pledges by status. ${pledgeStatuses.map((s) => `${statusWords(s)}: ${v.counts[s]}`).join('; ')}.`,
      h`Pledges by status.`,
      h`<table><caption>Pledges by status</caption><thead><tr><th scope="col">Status</th><th scope="col" class="num">Pledges</th></tr></thead>
        <tbody>${pledgeStatuses.map((s) => h`<tr><th scope="row">${statusWords(s)}</th><td class="num">${v.counts[s]}</td></tr>`)}</tbody></table>`,
    )}`,
    {
      description: `${Object.values(v.counts).reduce((a, b) => a + b, 0)} public pledges tracked by status (${pledgeStatuses.filter((s) => v.counts[s] > 0).map((s) => `${v.counts[s]} ${statusWords(s)}`).join(', ')}), each with its source.`,
      path: v.status ? `/?status=${v.status}` : '/',
      image: '/charts/pledge-status.png',
      imageAlt: 'Pledges on the record, counted by status',
    },
  );
}

export function aboutPage(links: Links): Html {
  return layout(
    links,
    'About the tracker',
    h`<p class="kicker">Methodology</p>
    <h1>About the tracker</h1>
    <p class="lede">pledgewatch is a newsroom's record of public pledges: promises of jobs, investment or policy made by
      companies, their leaders and governments, and what became of them. It also keeps the tariff actions of the
      2018–2019 US–China trade war, because several pledges were made and withdrawn around them.</p>
    <h2>What is tracked</h2>
    <p>A pledge is on the record when it was made in public, by someone who can deliver it, with a source we can link:
      who promised what, to whom, when and where, by what deadline, and how much (jobs, dollars). Each pledge carries its
      facts and the analysis around it, every one with its source.</p>
    <p>A <a href="${link(links, '/tariffs')}">tariff action</a> is a government's tariff on another country's goods: who imposed
      it on whom, on how much trade a year (as estimated when it was announced), its rates and the dates they took effect,
      its legal basis, and which earlier action it answered.</p>
    <h2>What each status means</h2>
    <dl>${pledgeStatuses.map((s) => h`<dt>${badge(pledgeBadge(s, null))}</dt><dd>${statusMeaning[s]}</dd>`)}</dl>
    <p>Retracted is the case most trackers do not have: the pledger took the promise back themselves. Tariff actions
      have statuses of their own (threatened, scheduled, in effect, postponed, suspended, reduced, removed), shown in
      outlined badges so they are never mistaken for a pledge's.</p>
    <h2>How a status changes</h2>
    <p>Only an editor changes a status, and only with a source: the link to what was said or done, the date it took
      effect, the words that changed it where there are some, and the reason in one of these terms:
      ${statusReasons.map((r, i) => h`${i > 0 ? ', ' : ''}<em>${reasonText(r)}</em>`)}. News reports can propose a change;
      an editor reads the source before anything is published. Every change is announced once, with its source, to the
      newsrooms' channels that follow it, and appears in the <a href="${link(links, '/feed.atom')}">Atom feed</a>.</p>
    <h2>Corrections</h2>
    <p>The history is never rewritten. When an entry was wrong, the correction is a new entry that points at the one
      it corrects; the page shows both, the corrected one struck through, and the posts that announced it are edited
      with a note saying what changed.</p>
    <h2>How to read the record</h2>
    <ul>
      <li>The badge is the current status; “since” is the date it took effect, not the date we wrote it down.</li>
      <li>The status history runs oldest first. Each entry gives its source and the day it was recorded.</li>
      <li>Money is in US dollars; trade covered by a tariff is the yearly value of the goods on its list, as estimated
        when it was announced. Where no firm figure was published the record says so rather than guess.</li>
      <li>Every page is also available as JSON (<a href="${link(links, '/api/pledges')}">/api/pledges</a>,
        <a href="${link(links, '/api/tariffs')}">/api/tariffs</a>), and a pledge's status can be embedded in a story.</li>
    </ul>`,
    {
      description: 'What pledgewatch tracks, what each status means, how a status changes, how corrections work and how to read the record.',
      path: '/about',
      image: '/charts/pledge-status.png',
      imageAlt: 'Pledges on the record, counted by status',
    },
  );
}
