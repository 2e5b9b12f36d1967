// `npm run build` (and `prepare`, so `npm ci` builds): src/cli.ts -> dist/, ES modules for
// Node 20. Each verb's dynamic import becomes its own chunk, so `pledgewatch help` loads
// almost nothing and `ask` never loads Slack, Discord or the NLP model. Packages stay in
// node_modules (PGlite's WebAssembly, pino's transports and wink's model are found there).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });
await build({
  absWorkingDir: root.pathname,
  entryPoints: { cli: 'src/cli.ts' },
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
