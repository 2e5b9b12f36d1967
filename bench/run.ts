/**
 * `npm run bench`: /pledge lookup latency through the core and the real store (PGlite in
 * memory), first on the shipped data (the baseline), then with 100,000 more pledges. Prints
 * percentiles and the ratio to the baseline measured in this same run; then the newswire's 1 MB
 * article (bench/newswire.ts). No assertions: figures.
 */
import { sql } from 'drizzle-orm';
import { createCommands } from '../src/core/commands';
import { openDb } from '../src/db/client';
import { seed } from '../src/db/seed';
import { shippedData } from '../src/db/seed/data';
import { refreshSearchText } from '../src/db/search-text';
import { createStore } from '../src/db/store';

const PLEDGES = Number(process.env.BENCH_PLEDGES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const queries = ['alibaba', 'alibab', 'jack ma', '1m jobs', 'million jobs', 'foxconn wisconsin', 'alibaba-1m-us-jobs'];
const actor = { platform: 'console' as const, workspace: 'local', userId: 'bench' };

async function measure(label: string, run: (q: string) => Promise<unknown>): Promise<{ p50: number; p95: number; p99: number }> {
  for (const q of queries) await run(q); // warm caches and plans
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const q = queries[i % queries.length]!;
    const t = performance.now();
    await run(q);
    times.push(performance.now() - t);
  }
  const perQuery = queries.map((q, qi) => {
    const mine = times.filter((_, i) => i % queries.length === qi).sort((a, b) => a - b);
    return `${q} ${mine[Math.floor(mine.length / 2)]!.toFixed(1)}`;
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  const r = { p50: at(50), p95: at(95), p99: at(99) };
  console.log(`${label.padEnd(34)} p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  (${RUNS} lookups)`);
  console.log(`${''.padEnd(34)} median per query (ms): ${perQuery.join(', ')}`);
  return r;
}

const handle = await openDb({ pgliteDir: 'memory://' });
await handle.migrate();
await seed(handle.db, shippedData);
const commands = createCommands({ store: createStore(handle.db), clock: { now: () => new Date() }, bootstrapEditors: [] });
const lookup = async (q: string) => {
  const r = await commands.run({ command: 'pledge', text: q, actor });
  if (!r.ok && r.error.code !== 'not_found') throw r.error;
};

const base = await measure('/pledge, shipped data (baseline)', lookup);

const started = performance.now();
// Synthetic text from ordinary words, so trigram and full-text statistics look like real copy.
const words = sql.raw(`array['steel','plant','jobs','factory','investment','wind','solar','coal','bank','airline','tariff','export',
  'farm','soybean','chip','battery','mine','port','rail','bridge','school','hospital','water','housing','tax','wage','union',
  'pension','clinic','museum','stadium','harbour','refinery','pipeline','satellite','vaccine','trial','fund','grant','loan']`);
const names = sql.raw(`array['Northwind','Contoso','Fabrikam','Globex','Initech','Umbrella','Hooli','Vandelay','Stark','Wayne',
  'Tyrell','Cyberdyne','Soylent','Acme','Gringotts','Monarch','Oscorp','Pied Piper','Wonka','Dunder']`);
await handle.db.execute(sql`insert into entities (slug, name, kind)
  select 'bench-entity-' || g, (${names})[1 + g % 20] || ' ' || (${words})[1 + (g * 7) % 40] || ' ' || g, 'company'
  from generate_series(1, ${Math.ceil(PLEDGES / 10)}) g`);
await handle.db.execute(sql`insert into pledges (slug, entity_id, made_on, title, text, status, search_text)
  select 'bench-pledge-' || g,
    (select id from entities where slug = 'bench-entity-' || (1 + g % ${Math.ceil(PLEDGES / 10)})),
    date '2015-01-01' + (g % 3000),
    'invest ' || (g % 900 + 1) || ' million dollars in a ' || (${words})[1 + g % 40] || ' ' || (${words})[1 + (g * 3) % 40],
    'A pledge to build ' || (${words})[1 + (g * 11) % 40] || ' and ' || (${words})[1 + (g * 13) % 40] || ' projects, creating '
      || (g % 50 + 1) || ',000 ' || (${words})[1 + (g * 17) % 40] || ' jobs by ' || (2018 + g % 10),
    (array['not_yet_rated','in_progress','stalled','kept','broken'])[1 + g % 5]::pledge_status, ''
  from generate_series(1, ${PLEDGES}) g`);
await refreshSearchText(handle.db);
await handle.db.execute(sql`analyze`);
console.log(`loaded ${PLEDGES.toLocaleString('en-US')} synthetic pledges in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const big = await measure(`/pledge, +${PLEDGES.toLocaleString('en-US')} pledges`, lookup);
console.log(`ratio to baseline: p50 ×${(big.p50 / base.p50).toFixed(2)}, p99 ×${(big.p99 / base.p99).toFixed(2)}`);
await handle.close();

const { benchNewswire } = await import('./newswire');
await benchNewswire();
