/**
 * Time to answer through the real server (a child process, as `npm start` runs it) over signed
 * Slack HTTP and signed Discord interactions, against the bare baselines measured in the same
 * block; on PostgreSQL and on the embedded store, each with BENCH_PLEDGES synthetic pledges.
 * Also the server's resident memory idle (after start) and loaded (its peak under the load).
 */
import { benchDatabase, loadedStore, postgresDown } from './lib/data';
import { DISCORD_APP, discordKeys, type LoadResult, type Probe, runLoad, SLACK_SECRET, type Target } from './lib/load';
import { spawnServer } from './lib/proc';
import type { BenchContext } from './lib/report';
import { startSink } from './lib/sink';

const PLEDGES = Number(process.env.BENCH_PLEDGES ?? 100_000);
const MS = Number(process.env.BENCH_SECONDS ?? 2.5) * 1000;
const lines: [string, string][] = [
  ['/pledge alibaba', 'Alibaba'],
  ['/pledge alibab', 'Alibaba'],
  ['/tariff china', 'China'],
];
const platforms = ['slack', 'discord'] as const;
const clientCounts = [1, 10];

const tsx = ['--import', 'tsx'];

export default async function answers(ctx: BenchContext): Promise<void> {
  const sink = await startSink();
  const keys = discordKeys();
  const platformEnv = {
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench-000000000000',
    SLACK_API_URL: `${sink.url}/slack/api/`,
    DISCORD_APPLICATION_ID: DISCORD_APP,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_API_URL: `${sink.url}/discord/api`,
  };
  const bolt = await spawnServer('node', [...tsx, 'bench/baselines/bolt-app.ts'], { SLACK_SIGNING_SECRET: SLACK_SECRET });
  const bare = await spawnServer('node', [...tsx, 'bench/baselines/discord-bare.ts'], { DISCORD_PUBLIC_KEY: keys.publicKeyHex });
  const baselineOf = { slack: bolt, discord: bare };
  try {
    const pgDown = await postgresDown(ctx.postgresUrl);
    if (pgDown) ctx.skip('answers on PostgreSQL', `no server at ${ctx.postgresUrl} (${pgDown})`);
    const stores: { name: string; env: Record<string, string> }[] = [];
    if (!pgDown) stores.push({ name: 'postgres', env: { DATABASE_URL: await benchDatabase(ctx.postgresUrl, `pledgewatch_bench_${PLEDGES}`) } });
    stores.push({ name: 'embedded', env: { PGLITE_DIR: `${ctx.workDir}/pglite-${PLEDGES}` } });

    for (const store of stores) {
      ctx.say(`${store.name}: preparing ${PLEDGES.toLocaleString('en-US')} pledges`);
      const opened = await loadedStore({ databaseUrl: store.env.DATABASE_URL, pgliteDir: store.env.PGLITE_DIR }, PLEDGES, ctx.say);
      await opened.handle.close();
      const server = await spawnServer('node', ['bin/pledgewatch.js', 'serve'], { ...platformEnv, ...store.env, PORT: '0', LOG_LEVEL: 'info' });
      try {
        await new Promise((r) => setTimeout(r, 1000));
        const idle = server.rss().now;
        const target: Target = { url: server.url, sink, keys };
        for (const platform of platforms) {
          for (const clients of clientCounts) {
            const base = await runLoad({ ...target, url: baselineOf[platform].url }, { platform, line: '/pledge alibaba', expect: 'bare baseline' }, clients, MS);
            ctx.say(`  bare ${platform} ×${clients}: ${base.perSecond.toFixed(0)}/s p99 ${base.p99.toFixed(1)} ms`);
            for (const [line, expect] of lines) {
              const probe: Probe = { platform, line, expect };
              const got = await runLoad(target, probe, clients, MS);
              ctx.say(`  ${platform} ${line} ×${clients}: ${got.perSecond.toFixed(0)}/s p50 ${got.p50.toFixed(1)} p99 ${got.p99.toFixed(1)} ms, ${got.inAck}/${got.answers} in the ack, ${got.failures} failed`);
              addRows(ctx, store.name, probe, clients, got, base, line === '/pledge alibaba' && clients === 10);
            }
          }
        }
        const rss = server.rss();
        ctx.add({ section: 'memory', measure: `${store.name}: idle RSS after start`, value: idle, unit: 'MB', target: { of: 'figure', op: '<=', n: store.name === 'postgres' ? 150 : 300 } });
        ctx.add({ section: 'memory', measure: `${store.name}: peak RSS under the load above`, value: rss.peak, unit: 'MB' });
      } finally {
        await server.stop();
      }
    }
  } finally {
    await bolt.stop();
    await bare.stop();
    await sink.close();
  }
}

function addRows(ctx: BenchContext, store: string, probe: Probe, clients: number, got: LoadResult, base: LoadResult, targeted: boolean): void {
  const what = `${store} ${probe.platform} ${probe.line} ×${clients}`;
  const note = `p50 ${got.p50.toFixed(1)} ms; ${got.answers ? Math.round((100 * got.inAck) / got.answers) : 0}% in ack${got.failures ? `; ${got.failures} FAILED` : ''}`;
  ctx.add({ section: 'answers', measure: `${what}: answers/s`, value: got.perSecond, unit: '/s', baseline: base.perSecond, note, ...(targeted ? { target: { of: 'ratio', op: '>=', n: 0.5 } } : {}) });
  ctx.add({ section: 'answers', measure: `${what}: p99`, value: got.p99, unit: 'ms', baseline: base.p99, ...(targeted ? { target: { of: 'ratio', op: '<=', n: 2 } } : {}) });
}
