/**
 * The detection eval: runs extract + detect over labelled articles and scores each finding
 * by precision and recall over (article, pledge) pairs. `npm run eval` and the eval test use
 * this same code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from './detect';
import { extractArticle } from './extract';
import { type Finding, findings, type MatchingProfile } from './types';

export interface Expected {
  slug: string;
  finding: Finding;
}

export interface LabelledArticle {
  name: string;
  body: string;
  expected: Expected[];
}

export interface ArticleResult extends LabelledArticle {
  got: Expected[];
}

export interface ClassScore {
  finding: Finding;
  expected: number;
  predicted: number;
  correct: number;
  /** null when nothing was predicted / expected */
  precision: number | null;
  recall: number | null;
}

export interface EvalReport {
  articles: ArticleResult[];
  scores: ClassScore[];
  /** articles labelled as about no tracked pledge */
  untracked: number;
  /** findings other than 'mention' made for those: each would become a proposal */
  untrackedProposals: number;
  /** any finding, mentions included, made for those */
  untrackedFindings: number;
}

/** The labelled fixtures (labels.json in `dir`) plus, when `seedsDir` exists, its *.txt labelled retracted for `seedSlug`. */
export function loadLabelled(dir: string, seedsDir?: string, seedSlug = 'alibaba-1m-us-jobs'): LabelledArticle[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { articles: Record<string, Expected[]> };
  const out = Object.entries(labels.articles).map(([name, expected]) => ({ name, body: readFileSync(join(dir, name), 'utf8'), expected }));
  if (seedsDir && existsSync(seedsDir)) {
    for (const name of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
      out.push({ name: `seeds/${name}`, body: readFileSync(join(seedsDir, name), 'utf8'), expected: [{ slug: seedSlug, finding: 'retracted' }] });
    }
  }
  return out;
}

const key = (article: string, e: Expected) => `${article}\u0000${e.slug}\u0000${e.finding}`;
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function evaluate(articles: LabelledArticle[], profiles: MatchingProfile[]): EvalReport {
  const results: ArticleResult[] = articles.map((a) => ({
    ...a,
    got: detect(extractArticle(a.body).text, profiles).map((f) => ({ slug: f.slug, finding: f.finding })),
  }));
  const expected = new Set(results.flatMap((r) => r.expected.map((e) => key(r.name, e))));
  const predicted = new Set(results.flatMap((r) => r.got.map((e) => key(r.name, e))));
  const scores = findings.map((finding): ClassScore => {
    const exp = [...expected].filter((k) => k.endsWith(`\u0000${finding}`));
    const pred = [...predicted].filter((k) => k.endsWith(`\u0000${finding}`));
    const correct = pred.filter((k) => expected.has(k)).length;
    return { finding, expected: exp.length, predicted: pred.length, correct, precision: ratio(correct, pred.length), recall: ratio(correct, exp.length) };
  });
  const untracked = results.filter((r) => r.expected.length === 0);
  return {
    articles: results,
    scores,
    untracked: untracked.length,
    untrackedProposals: untracked.reduce((n, r) => n + r.got.filter((g) => g.finding !== 'mention').length, 0),
    untrackedFindings: untracked.reduce((n, r) => n + r.got.length, 0),
  };
}

const pct = (x: number | null) => (x === null ? '–' : x.toFixed(2));

/** The report as Markdown: the score table, the no-tracked-pledge line, and every miss. */
export function renderReport(report: EvalReport): string {
  const lines = [
    '| finding | expected | predicted | correct | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...report.scores.map((s) => `| ${s.finding} | ${s.expected} | ${s.predicted} | ${s.correct} | ${pct(s.precision)} | ${pct(s.recall)} |`),
    '',
    `Articles about no tracked pledge: ${report.untracked}; proposals made for them: ${report.untrackedProposals} (findings of any kind, mentions included: ${report.untrackedFindings}).`,
  ];
  const misses = report.articles.filter((r) => key(r.name, r.expected[0] ?? { slug: '', finding: 'mention' }) !== key(r.name, r.got[0] ?? { slug: '', finding: 'mention' }) || r.expected.length !== r.got.length);
  if (misses.length > 0) {
    lines.push('', 'Disagreements with the labels:', '');
    for (const m of misses) {
      const show = (xs: Expected[]) => (xs.length ? xs.map((x) => `${x.slug} ${x.finding}`).join(', ') : 'nothing');
      lines.push(`- ${m.name}: expected ${show(m.expected)}; got ${show(m.got)}`);
    }
  }
  return lines.join('\n');
}

/** Whether the report meets the targets: retracted precision and recall ≥ 0.9, no proposal for an untracked article. */
export function meetsTargets(report: EvalReport): boolean {
  const r = report.scores.find((s) => s.finding === 'retracted')!;
  return (r.precision ?? 0) >= 0.9 && (r.recall ?? 0) >= 0.9 && report.untrackedProposals === 0;
}
