/**
 * The newswire's share of `npm run bench`: a 1 MB article in one paragraph (the first seed
 * article, ../shared/seeds, repeated: real copy, not cue-stuffed filler) through the
 * detection worker pool as POST /api/articles runs it, after one warm-up article that loads
 * the model. Prints the wall time per run and, for the same work in this thread, the CPU
 * time: on a busy machine the wall time measures the queue for the cores, the CPU time the work.
 */
import type { BenchContext } from './lib/report';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanParagraphs } from '../src/ingest/boilerplate';
import { detect } from '../src/ingest/detect';
import { createDetector } from '../src/ingest/detector';
import { seedProfiles } from '../src/ingest/seed-profiles';

export async function benchNewswire(runs = 3): Promise<{ wallMs: number[]; cpuMs: number; chars: number; findings: string[] }> {
  const seeds = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
  const first = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()[0];
  if (!first) throw new Error(`no seed article in ${seeds}`);
  // its paragraphs as the newswire keeps them (boilerplate out), joined into one
  const story = cleanParagraphs(readFileSync(join(seeds, first), 'utf8')).join(' ');
  let text = '';
  while (text.length < 1024 * 1024) text += `${story} `;
  const profiles = seedProfiles();
  const detector = createDetector({ maxThreads: 1 });
  const wallMs: number[] = [];
  let findings: string[] = [];
  try {
    await detector.run({ article: { text: story }, profiles });
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const done = await detector.run({ article: { text }, profiles });
      wallMs.push(performance.now() - t);
      if (done.kind !== 'detected') throw new Error(done.message);
      findings = done.findings.map((f) => `${f.slug} ${f.finding}`);
    }
  } finally {
    await detector.close();
  }
  detect(story, profiles); // load the model here too before timing
  const cpu = process.cpuUsage();
  detect(text, profiles);
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`newswire: 1 MB single-paragraph article (${text.length.toLocaleString('en-US')} characters) through the worker pool: ${wallMs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')} wall; same work in-process ${(cpuMs / 1000).toFixed(2)} s CPU; found ${findings.join(', ') || 'nothing'}`);
  return { wallMs, cpuMs, chars: text.length, findings };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchNewswire();

/** The section of `npm run bench`: the 1 MB article's wall time through the pool and CPU time in process. */
export default async function newswire(ctx: BenchContext): Promise<void> {
  const r = await benchNewswire();
  const section = 'newswire, 1 MB single-paragraph article';
  ctx.add({ section, measure: 'worker pool, best of 3 (wall)', value: Math.min(...r.wallMs) / 1000, unit: 's', target: { of: 'figure', op: '<', n: 2 } });
  ctx.add({ section, measure: 'detection in process (CPU)', value: r.cpuMs / 1000, unit: 's', note: r.findings.join(', ') || 'nothing found' });
}
