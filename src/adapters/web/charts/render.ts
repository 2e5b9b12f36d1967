/**
 * Vega-Lite spec -> SVG (vega's headless renderer, no browser) -> PNG (resvg). Text in the
 * PNG is drawn with DejaVu Sans from the dejavu-fonts-ttf package, so a server with no
 * system fonts renders the same picture; system fonts are not loaded.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));

export const CHART_FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

export type ChartSpec = TopLevelSpec;

/**
 * Loaded on first use, not at start-up: vega-lite adds `Set.prototype.toJSON` when it loads,
 * which breaks discord.js's bundled util.inspect if that loads after it.
 */
const libraries = async () => Promise.all([import('vega'), import('vega-lite')]);

export async function renderSvg(spec: ChartSpec): Promise<string> {
  const [vega, vl] = await libraries();
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
