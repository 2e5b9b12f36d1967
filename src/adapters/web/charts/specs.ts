/**
 * The tracker's pictures as Vega-Lite specs: PIIE's average tariffs and every action's rate
 * steps over time, one action's steps against its side's average, a pledge's status timeline
 * and the tally of pledges by status. Data in, spec out; nothing here renders or reads the store.
 */
import { countryShort, formatPct, pledgeBadge, statusWords } from '../../../core/format';
import type { PledgeView } from '../../../core/tracker/pledge-views';
import { type AverageTariffPoint, averageReadings, averageTariffs } from '../../../core/tariffs/average-tariffs';
import type { TariffAction } from '../../../core/tariffs/types';
import { pledgeStatuses, type PledgeStatus } from '../../../core/vocabulary';
import { CHART_FONT, type ChartSpec } from './render';

const WIDTH = 640;
const SIDE_NAMES: Record<string, string> = { US: 'US tariffs on Chinese goods', CN: "China's tariffs on US goods" };
const SIDE_COLOURS = { domain: Object.values(SIDE_NAMES), range: ['#1f4e9c', '#c0392b'] };
/** the pledge palette, the same colours as the tracker's badges */
const toneHex = { alert: '#b3261e', warning: '#8a5a00', good: '#1e6b34', info: '#0b57d0', neutral: '#5f6368' } as const;
const pledgeColours = {
  domain: pledgeStatuses.map(statusWords),
  range: pledgeStatuses.map((s) => toneHex[pledgeBadge(s, null).tone]),
};

const config = {
  font: CHART_FONT,
  background: '#ffffff',
  view: { stroke: null },
  axis: { labelColor: '#333333', titleColor: '#333333', gridColor: '#e6e6e6', labelFontSize: 12, titleFontSize: 12 },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom' as const },
  title: { fontSize: 16, anchor: 'start' as const, color: '#1b1b1b', subtitleColor: '#555555', subtitleFontSize: 12 },
};

const sideOf = (code: string): string => SIDE_NAMES[code] ?? `${countryShort(code)} tariffs`;
/** One label per side and date (the range where PIIE gives one), on the first reading of that date. */
function averageRows(points: readonly AverageTariffPoint[]) {
  const labels = new Map(['US', 'CN'].flatMap((side) => averageReadings(side as 'US' | 'CN').map((r): [string, string] => [`${side}:${r.on}`, r.label])));
  const seen = new Set<string>();
  return points.map((p) => {
    const key = `${p.imposer}:${p.on}`;
    const label = seen.has(key) ? '' : (labels.get(key) ?? '');
    seen.add(key);
    return { on: p.on, rate: p.ratePct, side: sideOf(p.imposer), label, below: p.imposer === 'US' };
  });
}
const dateAxis = { field: 'on', type: 'temporal' as const, title: null, axis: { format: '%b %Y', labelAngle: 0, tickCount: 6 } };

function averagesLayer(height: number) {
  return {
    width: WIDTH,
    height,
    title: { text: 'Average tariff, US and China (PIIE)', subtitle: 'Trade-weighted average tariff on the other side\'s goods, %' },
    data: { values: averageRows(averageTariffs) },
    encoding: {
      x: dateAxis,
      y: { field: 'rate', type: 'quantitative' as const, title: 'average tariff, %', scale: { domain: [0, 25] } },
      color: { field: 'side', type: 'nominal' as const, title: null, scale: SIDE_COLOURS, legend: { orient: 'top' as const, labelLimit: 320 } },
    },
    layer: [
      { mark: { type: 'line' as const, strokeWidth: 3, point: { size: 50, filled: true } } },
      // US readings under the line, China's above, so the two never print over each other
      { transform: [{ filter: 'datum.below' }], mark: { type: 'text' as const, dy: 14, dx: 4, align: 'left' as const, fontSize: 11 }, encoding: { text: { field: 'label' } } },
      { transform: [{ filter: '!datum.below' }], mark: { type: 'text' as const, dy: -10, dx: 4, align: 'left' as const, fontSize: 11 }, encoding: { text: { field: 'label' } } },
    ],
  };
}

const STATE_SHAPES = { domain: ['applied', 'never applied', 'not known whether applied'], range: ['circle', 'cross', 'diamond'] };
const stepState = (applied: boolean | null) => (applied === true ? 'applied' : applied === false ? 'never applied' : 'not known whether applied');

/** /charts/tariff-rates: PIIE's averages over every action's rate steps. */
export function tariffRatesSpec(actions: TariffAction[]): ChartSpec {
  const steps = actions.flatMap((a) =>
    a.rateSteps
      .filter((s) => s.effectiveOn)
      .map((s) => ({ on: s.effectiveOn, rate: s.ratePct, side: sideOf(a.imposer), state: stepState(s.applied), action: a.listName ?? a.name })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config,
    vconcat: [
      averagesLayer(240),
      {
        width: WIDTH,
        height: 200,
        title: { text: 'Rate steps of each tariff action', subtitle: 'One mark per rate and date: circles took effect, crosses never did, diamonds not known' },
        data: { values: steps },
        mark: { type: 'point', size: 70, strokeWidth: 2, filled: true },
        encoding: {
          x: { ...dateAxis, scale: { domain: ['2018-01-01', '2020-03-01'] } },
          y: { field: 'rate', type: 'quantitative', title: 'tariff rate, %', scale: { domain: [0, 32] } },
          color: { field: 'side', type: 'nominal', title: null, scale: SIDE_COLOURS, legend: null },
          shape: { field: 'state', type: 'nominal', title: null, scale: STATE_SHAPES, legend: { labelLimit: 320, symbolFillColor: '#777777' } },
        },
      },
    ],
    resolve: { scale: { color: 'shared' } },
  } as ChartSpec;
}

/** /charts/tariffs/<slug>: the action's rate steps, with its side's average for context. */
export function tariffActionSpec(a: TariffAction): ChartSpec {
  const steps = a.rateSteps
    .filter((s) => s.effectiveOn)
    .map((s) => ({ on: s.effectiveOn, rate: s.ratePct, label: `${formatPct(s.ratePct)}${s.appliesTo ? ` (${s.appliesTo})` : ''}`, state: stepState(s.applied) }));
  const context = averageRows(averageTariffs.filter((p) => p.imposer === a.imposer || (a.imposer === 'WORLD' && p.imposer === 'US')));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config,
    width: WIDTH,
    height: 260,
    title: { text: `${a.listName ?? a.name}: rate steps`, subtitle: `Grey: ${context[0]?.side ?? 'average tariff'}, average (PIIE)` },
    layer: [
      {
        data: { values: context },
        mark: { type: 'line', color: '#9e9e9e', strokeDash: [4, 3], strokeWidth: 2 },
        encoding: { x: dateAxis, y: { field: 'rate', type: 'quantitative', title: 'tariff rate, %', scale: { domain: [0, 32] } } },
      },
      {
        data: { values: steps },
        mark: { type: 'point', size: 120, strokeWidth: 2.5, filled: true, color: a.imposer === 'CN' ? '#c0392b' : '#1f4e9c' },
        encoding: {
          x: { ...dateAxis, scale: { domain: ['2018-01-01', '2020-03-01'] } },
          y: { field: 'rate', type: 'quantitative' },
          shape: { field: 'state', type: 'nominal', title: null, scale: STATE_SHAPES, legend: { labelLimit: 320 } },
        },
      },
      {
        data: { values: steps },
        mark: { type: 'text', dx: 8, align: 'left', fontSize: 11, color: '#1b1b1b' },
        encoding: { x: { field: 'on', type: 'temporal' }, y: { field: 'rate', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  } as ChartSpec;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** /charts/pledges/<slug>: each status as a band from its date to the next, the deadline marked. */
export function pledgeTimelineSpec({ pledge: p, standing: rows }: PledgeView): ChartSpec {
  const last = rows.at(-1)?.effectiveOn ?? p.madeOn;
  const end = p.deadline && p.deadline > last ? p.deadline : addDays(last, 365);
  const bands = rows.map((c, i) => ({ from: c.effectiveOn, to: rows[i + 1]?.effectiveOn ?? end, status: statusWords(c.status), label: `${statusWords(c.status)} from ${c.effectiveOn}` }));
  const marks = [{ on: p.madeOn, what: `pledged ${p.madeOn}` }, ...(p.deadline ? [{ on: p.deadline, what: `deadline ${p.deadline}` }] : [])];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config,
    width: WIDTH,
    height: 70,
    title: { text: 'Status over time', subtitle: `${p.entityName}: ${p.title}` },
    layer: [
      {
        data: { values: bands },
        mark: { type: 'bar', height: 34 },
        encoding: {
          x: { field: 'from', type: 'temporal', title: null, axis: { format: '%Y', tickCount: 6 } },
          x2: { field: 'to' },
          color: { field: 'status', type: 'nominal', title: null, scale: pledgeColours, legend: { values: [...new Set(bands.map((b) => b.status))] } },
        },
      },
      {
        data: { values: bands },
        mark: { type: 'text', align: 'left', dx: 4, color: '#ffffff', fontWeight: 'bold', fontSize: 12 },
        encoding: { x: { field: 'from', type: 'temporal' }, text: { field: 'label' } },
      },
      {
        data: { values: marks },
        mark: { type: 'rule', color: '#1b1b1b', strokeDash: [3, 3] },
        encoding: { x: { field: 'on', type: 'temporal' } },
      },
      {
        data: { values: marks },
        mark: { type: 'text', align: 'right', dx: -3, dy: -26, fontSize: 11, color: '#1b1b1b' },
        encoding: { x: { field: 'on', type: 'temporal' }, text: { field: 'what' } },
      },
    ],
  } as ChartSpec;
}

/** /charts/pledge-status: how many pledges stand at each status. */
export function pledgeTallySpec(counts: Record<PledgeStatus, number>): ChartSpec {
  const values = pledgeStatuses.map((s) => ({ status: statusWords(s), n: counts[s] }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config,
    width: WIDTH,
    height: 220,
    title: { text: 'Pledges by status', subtitle: 'pledgewatch: every pledge on the record, at its current status' },
    data: { values },
    encoding: {
      y: { field: 'status', type: 'nominal', title: null, sort: null, axis: { labelFontSize: 13 } },
      x: { field: 'n', type: 'quantitative', title: 'pledges', axis: { tickMinStep: 1, format: 'd' } },
    },
    layer: [
      { mark: { type: 'bar' }, encoding: { color: { field: 'status', type: 'nominal', scale: pledgeColours, legend: null } } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 13 }, encoding: { text: { field: 'n' } } },
    ],
  } as ChartSpec;
}
