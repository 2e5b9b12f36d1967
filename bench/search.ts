/**
 * Search alone, in process, at BENCH_SEARCH_PLEDGES (default 1,000,000) synthetic pledges: the
 * store's ranked search as /pledge calls it, and the whole lookup (search + the pledge's
 * detail + the reply) through the core. On the PostgreSQL server when there, else embedded.
 */
import { createCommands } from '../src/core/commands';
import { ANSWER_SIMILARITY } from '../src/core/commands/pledge-lookup';
import { normalizeSearch } from '../src/core/pledges/search-query';
import { benchDatabase, loadedStore, postgresDown } from './lib/data';
import { type BenchContext, percentile } from './lib/report';

const PLEDGES = Number(process.env.BENCH_SEARCH_PLEDGES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 140);
const queries = ['alibaba', 'alibab', 'jack ma', '1m jobs', 'million jobs', 'quillon harbour', 'alibaba-1m-us-jobs'];
const actor = { platform: 'console' as const, workspace: 'local', userId: 'bench' };

async function timed(run: (q: string) => Promise<unknown>): Promise<{ p50: number; p99: number; worst: string }> {
  for (const q of queries) await run(q);
  const times: number[] = [];
  const byQuery = new Map<string, number[]>();
  for (let i = 0; i < RUNS; i++) {
    const q = queries[i % queries.length]!;
    const t = performance.now();
    await run(q);
    const ms = performance.now() - t;
    times.push(ms);
    byQuery.set(q, [...(byQuery.get(q) ?? []), ms]);
  }
  times.sort((a, b) => a - b);
  const medians = [...byQuery].map(([q, xs]) => [q, percentile(xs.sort((a, b) => a - b), 50)] as const).sort((a, b) => b[1] - a[1]);
  return { p50: percentile(times, 50), p99: percentile(times, 99), worst: `slowest median: “${medians[0]![0]}” ${medians[0]![1].toFixed(1)} ms` };
}

export default async function search(ctx: BenchContext): Promise<void> {
  const down = await postgresDown(ctx.postgresUrl);
  const where = down
    ? { pgliteDir: `${ctx.workDir}/pglite-${PLEDGES}` }
    : { databaseUrl: await benchDatabase(ctx.postgresUrl, `pledgewatch_bench_${PLEDGES}`) };
  const store = down ? 'embedded' : 'postgres';
  if (down) ctx.say(`search: no PostgreSQL (${down}); on the embedded store`);
  ctx.say(`search: preparing ${PLEDGES.toLocaleString('en-US')} pledges on ${store}`);
  const opened = await loadedStore(where, PLEDGES, ctx.say);
  try {
    const commands = createCommands({ store: opened.store, clock: { now: () => new Date() }, bootstrapEditors: [] });
    const alone = await timed((q) => opened.store.searchPledges(normalizeSearch(q), { limit: 6, minSimilarity: ANSWER_SIMILARITY }));
    const size = `${(PLEDGES / 1e6).toLocaleString('en-US')}M pledges`;
    ctx.add({ section: 'search', measure: `${store}, ${size}: search p50`, value: alone.p50, unit: 'ms' });
    ctx.add({ section: 'search', measure: `${store}, ${size}: search p99`, value: alone.p99, unit: 'ms', target: { of: 'figure', op: '<', n: 20 }, note: alone.worst });
    const lookup = await timed((q) => commands.run({ command: 'pledge', text: q, actor }));
    ctx.add({ section: 'search', measure: `${store}, ${size}: whole /pledge lookup p99`, value: lookup.p99, unit: 'ms', note: `p50 ${lookup.p50.toFixed(1)} ms; ${lookup.worst}` });
  } finally {
    await opened.handle.close();
  }
}
