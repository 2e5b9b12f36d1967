/**
 * `GET /charts/...svg|png`: the tracker's charts as images at stable URLs (the pages show the
 * SVG, chat shows the PNG). Renders are cached in memory under a hash of the data they draw,
 * so a change to the record is a new key and the stale picture is never served.
 */
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { PledgewatchError } from '../../../core/errors';
import { pledgeView, statusCounts } from '../../../core/tracker/pledge-views';
import { tariffsView, tariffView } from '../../../core/tracker/tariff-views';
import type { TrackerDeps } from '../api';
import { textErrors } from '../text-errors';
import { type ChartSpec, renderSvg, svgToPng } from './render';
import { pledgeTallySpec, pledgeTimelineSpec, tariffActionSpec, tariffRatesSpec } from './specs';

const MAX_ENTRIES = 200;
const CHART_CACHE_CONTROL = 'public, max-age=300';

interface ChartCache {
  get(name: string, data: unknown, spec: () => ChartSpec): Promise<{ svg: string; png: () => Buffer }>;
  readonly size: number;
}

/** Renders once per distinct data; the PNG is made on first ask and kept beside its SVG. */
export function createChartCache(): ChartCache {
  const entries = new Map<string, { svg: string; png?: Buffer }>();
  return {
    get size() {
      return entries.size;
    },
    async get(name, data, spec) {
      const key = `${name}:${createHash('sha256').update(JSON.stringify(data)).digest('base64url')}`;
      let entry = entries.get(key);
      if (!entry) {
        // one picture per name: the previous render of this chart is stale now
        for (const k of entries.keys()) if (k.startsWith(`${name}:`)) entries.delete(k);
        entry = { svg: await renderSvg(spec()) };
        entries.set(key, entry);
        if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      }
      const found = entry;
      return { svg: found.svg, png: () => (found.png ??= svgToPng(found.svg)) };
    },
  };
}

/** `name.svg` or `name.png`; anything else is no chart. */
function parseFile(file: string): { name: string; format: 'svg' | 'png' } {
  const m = /^([a-z0-9-]{1,120})\.(svg|png)$/.exec(file);
  if (!m) throw new PledgewatchError('not_found', 'There is no chart at this address.');
  return { name: m[1]!, format: m[2] as 'svg' | 'png' };
}

export function createCharts({ store, log, cache }: Omit<TrackerDeps, 'links'> & { cache: ChartCache }): Hono {
  const charts = new Hono();
  charts.onError(textErrors(log));

  const send = async (c: Context, format: 'svg' | 'png', name: string, data: unknown, spec: () => ChartSpec) => {
    const chart = await cache.get(name, data, spec);
    c.header('Cache-Control', CHART_CACHE_CONTROL);
    if (format === 'png') return c.body(new Uint8Array(chart.png()), 200, { 'Content-Type': 'image/png' });
    return c.body(chart.svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
  };

  charts.get('/charts/:file', async (c) => {
    const { name, format } = parseFile(c.req.param('file'));
    if (name === 'tariff-rates') {
      const actions = await tariffsView(store);
      return send(c, format, name, actions, () => tariffRatesSpec(actions));
    }
    if (name === 'pledge-status') {
      const counts = await statusCounts(store);
      return send(c, format, name, counts, () => pledgeTallySpec(counts));
    }
    throw new PledgewatchError('not_found', 'There is no chart at this address.');
  });

  charts.get('/charts/tariffs/:file', async (c) => {
    const { name: slug, format } = parseFile(c.req.param('file'));
    const action = await tariffView(store, slug);
    return send(c, format, `tariffs/${slug}`, action, () => tariffActionSpec(action));
  });

  charts.get('/charts/pledges/:file', async (c) => {
    const { name: slug, format } = parseFile(c.req.param('file'));
    const view = await pledgeView(store, slug);
    return send(c, format, `pledges/${slug}`, view, () => pledgeTimelineSpec(view));
  });
  return charts;
}
