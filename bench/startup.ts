/**
 * Start-up, each against `node -e 0` in the same run: `pledgewatch help`, `ask` on an existing
 * embedded store with no bot running, `npm start` to listening on that data dir, and `ask`
 * through the running bot. The data dir is the answers section's (BENCH_PLEDGES pledges).
 */
import { existsSync } from 'node:fs';
import { loadedStore } from './lib/data';
import { median, spawnServer, timeCommand } from './lib/proc';
import type { BenchContext } from './lib/report';

const PLEDGES = Number(process.env.BENCH_PLEDGES ?? 100_000);
const ask = ['bin/pledgewatch.js', 'ask', '/pledge alibaba'];

async function times(n: number, run: () => Promise<{ ms: number; peakMb: number }>): Promise<{ s: number; peakMb: number }> {
  const got: { ms: number; peakMb: number }[] = [];
  for (let i = 0; i < n; i++) got.push(await run());
  return { s: median(got.map((g) => g.ms)) / 1000, peakMb: Math.max(...got.map((g) => g.peakMb)) };
}

export default async function startup(ctx: BenchContext): Promise<void> {
  const dir = `${ctx.workDir}/pglite-${PLEDGES}`;
  if (!existsSync(dir)) await (await loadedStore({ pgliteDir: dir }, PLEDGES, ctx.say)).handle.close();
  const env = { PGLITE_DIR: dir, DATABASE_URL: '', LOG_LEVEL: '' };
  const node = await times(5, () => timeCommand('node', ['-e', '0']));
  const row = (measure: string, t: { s: number; peakMb: number }, limit: number) =>
    ctx.add({ section: 'start-up', measure, value: t.s, unit: 's', baseline: node.s, target: { of: 'figure', op: '<=', n: limit }, note: `peak RSS ${t.peakMb.toFixed(0)} MB` });

  row('pledgewatch help', await times(5, () => timeCommand('node', ['bin/pledgewatch.js', 'help'], env)), 0.4);
  const alone = await times(3, () => timeCommand('node', ask, env));
  row(`ask "/pledge alibaba", no bot, embedded +${PLEDGES / 1000}k`, alone, 2);

  const starts: number[] = [];
  let server;
  for (let i = 0; i < 3; i++) {
    await server?.stop();
    server = await spawnServer('npm', ['start', '--silent'], { ...env, PORT: '0' });
    starts.push(server.startMs);
  }
  try {
    ctx.add({ section: 'start-up', measure: 'npm start to listening, existing data dir', value: median(starts) / 1000, unit: 's', baseline: node.s, target: { of: 'figure', op: '<=', n: 2 } });
    row('ask "/pledge alibaba" through the running bot', await times(5, () => timeCommand('node', ask, env)), 0.6);
  } finally {
    await server?.stop();
  }
}
