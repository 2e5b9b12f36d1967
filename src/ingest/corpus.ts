/**
 * Labelled article sets for the eval, read from disk: the newswire corpus format
 * (test/fixtures/newswire: pledges.json, and per set a folder of *.txt with labels.json
 * `[{file, register, findings: [{slug, finding}], note}]`), the older Alibaba fixtures
 * (test/fixtures/articles/labels.json) and the seed articles in ../shared/seeds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileFromPledge } from './profiles';
import { type Finding, findings, type MatchingProfile } from './types';

export interface Expected {
  slug: string;
  finding: Finding;
}

export interface LabelledArticle {
  name: string;
  body: string;
  expected: Expected[];
  register?: string;
}

/** One pledge of a corpus's pledges.json, as an editor would enter it with add-pledge. */
interface CorpusPledge {
  slug: string;
  entity: string;
  aliases?: string[];
  by?: string | null;
  role?: string | null;
  title: string;
  target?: { quantity: number; unit: string } | null;
  place?: string | null;
  keywords?: string[];
}

/** The profiles of a corpus's pledges.json: the same profileFromPledge the store's pledges go through. */
export function loadCorpusProfiles(file: string): MatchingProfile[] {
  const pledges = JSON.parse(readFileSync(file, 'utf8')) as CorpusPledge[];
  for (const p of pledges) if (p.target && !(typeof p.target.quantity === 'number' && typeof p.target.unit === 'string')) throw new Error(`${file}: ${p.slug}: a target needs a quantity and a unit (or null)`);
  return pledges.map((p) =>
    profileFromPledge({
      slug: p.slug,
      entityName: p.entity,
      aliases: p.aliases ?? [],
      byName: p.by ?? null,
      byRole: p.role ?? null,
      title: p.title,
      target: p.target ?? null,
      keywords: p.keywords ?? [],
      place: p.place ?? null,
    }),
  );
}

const isFinding = (f: string): f is Finding => (findings as readonly string[]).includes(f);

/** A corpus set: `dir`/labels.json and the files it names. Throws when a label or a file is wrong. */
export function loadCorpusSet(dir: string): LabelledArticle[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { file: string; register?: string; findings: Expected[] }[];
  return labels.map((l) => {
    for (const f of l.findings) if (!isFinding(f.finding)) throw new Error(`${dir}/labels.json: ${l.file}: unknown finding ${f.finding}`);
    return { name: l.file, body: readFileSync(join(dir, l.file), 'utf8'), expected: l.findings, ...(l.register ? { register: l.register } : {}) };
  });
}

/** The older fixtures (labels.json in `dir`: `{articles: {file: Expected[]}}`). */
export function loadLabelled(dir: string): LabelledArticle[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { articles: Record<string, Expected[]> };
  return Object.entries(labels.articles).map(([name, expected]) => ({ name, body: readFileSync(join(dir, name), 'utf8'), expected }));
}

/** The seed articles: each a retraction of `slug`. Throws when the folder is missing: the regression must not be skipped silently. */
export function loadSeeds(dir: string, slug = 'alibaba-1m-us-jobs'): LabelledArticle[] {
  if (!existsSync(dir)) throw new Error(`the seed articles are missing: ${dir} does not exist (it is ../shared/seeds beside the repository)`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no seed articles (*.txt) in ${dir}`);
  return files.map((name) => ({ name: `seeds/${name}`, body: readFileSync(join(dir, name), 'utf8'), expected: [{ slug, finding: 'retracted' as const }] }));
}
