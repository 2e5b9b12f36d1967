/**
 * What every bench section adds to: rows of one table, printed once at the end of a run.
 * A row is a figure, optionally with the baseline it was measured against in the same run,
 * their ratio and the target it should meet.
 */
export interface Row {
  section: string;
  measure: string;
  value: number;
  unit: string;
  /** the bare baseline's figure in the same run */
  baseline?: number;
  /** `figure <= n` or `figure >= n` (absolute), or `ratio <= n` / `ratio >= n` (to the baseline) */
  target?: { of: 'figure' | 'ratio'; op: '<=' | '>=' | '<'; n: number };
  note?: string;
}

export interface BenchContext {
  add(row: Row): void;
  /** a line of progress on stderr, so the table stays clean on stdout */
  say(line: string): void;
  /** a section that could not run says why; it shows under the table */
  skip(section: string, why: string): void;
  /** scratch space kept between runs (data directories, loaded databases) */
  workDir: string;
  /** PostgreSQL server URL without a database name, e.g. postgres://postgres@127.0.0.1:5432 */
  postgresUrl: string;
}

const fmt = (n: number, unit: string): string => {
  if (unit === '/s') return n >= 100 ? n.toFixed(0) : n.toFixed(1);
  if (unit === 'ms') return n >= 100 ? n.toFixed(0) : n.toFixed(1);
  if (unit === 's') return n.toFixed(2);
  if (unit === 'MB') return n.toFixed(0);
  return String(n);
};

function verdict(row: Row): string {
  const t = row.target;
  if (!t) return '';
  const x = t.of === 'ratio' ? (row.baseline ? row.value / row.baseline : Number.NaN) : row.value;
  const pass = t.op === '<=' ? x <= t.n : t.op === '<' ? x < t.n : x >= t.n;
  return `${t.of === 'ratio' ? '×' : ''}${t.op} ${t.n}${t.of === 'figure' ? ` ${row.unit}` : ''} ${pass ? 'ok' : 'MISSED'}`;
}

export function printTable(rows: Row[], skipped: string[], header: string[]): void {
  const cells = rows.map((r) => [
    r.section,
    r.measure,
    `${fmt(r.value, r.unit)} ${r.unit}`,
    r.baseline === undefined ? '' : `${fmt(r.baseline, r.unit)} ${r.unit}`,
    r.baseline ? `×${(r.value / r.baseline).toFixed(2)}` : '',
    verdict(r),
    r.note ?? '',
  ]);
  const head = ['section', 'measure', 'figure', 'baseline', 'ratio', 'target', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  for (const h of header) console.log(h);
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
  for (const s of skipped) console.log(`skipped: ${s}`);
}

/** p-th percentile of a sample (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
