/**
 * `npm run bench`: one run, one table. Each section is a file in bench/ whose default export
 * takes a BenchContext and adds rows (bench/lib/report.ts); the sections below run in this
 * order when their file exists, so another one is added by writing its file and naming it here.
 * No assertions: figures, their ratios to the baselines of the same run, and the targets.
 *
 * BENCH_ONLY=answers,startup runs some; BENCH_PLEDGES, BENCH_SEARCH_PLEDGES and BENCH_SECONDS
 * change the sizes; BENCH_POSTGRES_URL the server (default postgres://postgres@127.0.0.1:5432).
 * Loaded stores are kept in BENCH_DIR (default /tmp/pledgewatch-bench) for the next run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { BenchContext, Row } from './lib/report';
import { printTable } from './lib/report';

const sections = ['answers', 'search', 'startup', 'newswire', 'fanout'];
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());

const rows: Row[] = [];
const skipped: string[] = [];
const workDir = process.env.BENCH_DIR ?? '/tmp/pledgewatch-bench';
mkdirSync(workDir, { recursive: true });
const ctx: BenchContext = {
  add: (row) => rows.push(row),
  say: (line) => process.stderr.write(`${line}\n`),
  skip: (section, why) => skipped.push(`${section}: ${why}`),
  workDir,
  postgresUrl: (process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, ''),
};

const load = (label: string) => `${label} ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
const header = [`pledgewatch bench, ${new Date().toISOString()}, node ${process.version}, ${cpus().length} cores`, load('load average at start:')];
const started = performance.now();
for (const name of sections) {
  if (only && !only.includes(name)) continue;
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  ctx.say(`== ${name}`);
  const t = performance.now();
  try {
    const section = (await import(file.href)) as { default: (c: BenchContext) => Promise<void> };
    await section.default(ctx);
  } catch (error) {
    skipped.push(`${name}: failed: ${(error as Error).stack ?? String(error)}`);
  }
  ctx.say(`   ${name} took ${((performance.now() - t) / 1000).toFixed(0)} s`);
}
header.push(load('load average at end:  '), `whole run ${((performance.now() - started) / 1000).toFixed(0)} s`);
printTable(rows, skipped, header);
