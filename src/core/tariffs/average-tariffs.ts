import type { SourceRef } from '../pledges/types';

/**
 * PIIE's average-tariff series (Chad P. Bown, "US-China Trade War Tariffs: An Up-to-Date
 * Chart"): the trade-weighted average US tariff on imports from China, and China's on US
 * goods, at the turns of the trade war. A published dataset, shipped as it was published;
 * `when` says in words what period a reading stands for, `on` is where the chart puts it.
 */
export interface AverageTariffPoint {
  imposer: 'US' | 'CN';
  on: string;
  ratePct: number;
  when: string;
}

export const averageTariffSource: SourceRef = {
  outlet: 'PIIE',
  title: 'US-China Trade War Tariffs: An Up-to-Date Chart',
  url: 'https://www.piie.com/research/piie-charts/us-china-trade-war-tariffs-date-chart',
  publishedOn: '2019-12-19',
};

export const averageTariffs: readonly AverageTariffPoint[] = [
  { imposer: 'US', on: '2018-01-01', ratePct: 3.0, when: 'January 2018, before the trade war' },
  { imposer: 'US', on: '2018-04-01', ratePct: 3.8, when: 'first half of 2018' },
  { imposer: 'US', on: '2018-09-24', ratePct: 12.0, when: 'after the July–September 2018 tariffs' },
  { imposer: 'US', on: '2019-06-15', ratePct: 12.0, when: 'held until mid-June 2019' },
  { imposer: 'US', on: '2019-12-15', ratePct: 21.0, when: 'December 2019' },
  { imposer: 'US', on: '2020-02-14', ratePct: 19.3, when: 'from February 2020, once Phase One took effect' },
  { imposer: 'CN', on: '2018-01-01', ratePct: 8.0, when: 'start of 2018, before the trade war' },
  { imposer: 'CN', on: '2018-01-01', ratePct: 7.2, when: 'start of 2018, before the trade war' },
  { imposer: 'CN', on: '2018-09-24', ratePct: 18.3, when: 'after the July–September 2018 tariffs' },
  { imposer: 'CN', on: '2019-12-15', ratePct: 21.1, when: 'December 2019' },
  { imposer: 'CN', on: '2020-02-14', ratePct: 20.9, when: 'from February 2020, once Phase One took effect' },
];

/** A side's readings in order, one per date: where PIIE gives a range (7.2–8.0%), it says so. */
export function averageReadings(imposer: 'US' | 'CN'): { on: string; label: string; when: string }[] {
  const out: { on: string; label: string; when: string }[] = [];
  for (const p of averageTariffs.filter((q) => q.imposer === imposer)) {
    if (out.some((r) => r.on === p.on)) continue;
    const rates = averageTariffs.filter((q) => q.imposer === imposer && q.on === p.on).map((q) => q.ratePct);
    const label = rates.length > 1 ? `${Math.min(...rates).toFixed(1)}–${Math.max(...rates).toFixed(1)}%` : `${p.ratePct.toFixed(1)}%`;
    out.push({ on: p.on, label, when: p.when });
  }
  return out;
}
