#!/usr/bin/env node
// The compiled CLI (npm ci builds dist/ through the prepare script; npm run build rebuilds it).
// A checkout whose sources changed since the last build (a pull, an edit) is rebuilt first, so
// `npm start` never runs yesterday's code; the check is a walk of src/'s modification times.
import { readdirSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const newest = (dir) => {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
};
const mtime = (url) => {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return 0;
  }
};
const sources = new URL('src/', root);
if (mtime(sources) > 0 && mtime(new URL('dist/cli.js', root)) < newest(sources)) {
  try {
    await import('../scripts/build.mjs');
  } catch (error) {
    process.stderr.write(`pledgewatch: src/ changed since dist/ was built and the rebuild failed (${error.message}); run npm run build\n`);
    process.exit(1);
  }
}
await import('../dist/cli.js');
