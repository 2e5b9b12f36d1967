// `npm run build` (and `prepare`, so `npm ci` builds): src/cli.ts -> dist/, ES modules for
// Node 20. Each verb's dynamic import becomes its own chunk, so `pledgewatch help` loads
// almost nothing and `ask` never loads Slack, Discord or the NLP model. Packages stay in
// node_modules (PGlite's WebAssembly, pino's transports and wink's model are found there).
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });
await build({
  absWorkingDir: root.pathname,
  // the detection worker is an entry of its own: piscina loads it by file in each thread
  entryPoints: { cli: 'src/cli.ts', 'detect-worker': 'src/ingest/detect-task.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
// files the code reads at run time, beside the bundle
copyFileSync(new URL('src/adapters/web/tracker.css', root), new URL('dist/tracker.css', root));
