/**
 * The detection eval: runs extract + detect over labelled articles and scores each finding by
 * precision and recall over (article, pledge, finding) triples, plus the confusion matrix over
 * (article, pledge) pairs. `npm run eval` and the eval tests use this same code.
 */
import { detect } from './detect';
import { extractArticle } from './extract';
import type { Expected, LabelledArticle } from './corpus';
import { type Finding, findings, type MatchingProfile } from './types';

export type { Expected, LabelledArticle } from './corpus';

export interface ArticleResult extends LabelledArticle {
  got: (Expected & { sentence: string })[];
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

/** 'none': no finding for that pledge (expected or got) */
export type Cell = Finding | 'none';

export interface EvalReport {
  articles: ArticleResult[];
  scores: ClassScore[];
  /** expected -> got -> count, over every (article, pledge) pair labelled or found */
  confusion: Record<Cell, Record<Cell, number>>;
  /** pairs where the finding found is the one labelled, over all pairs labelled or found */
  accuracy: number | null;
  /** articles labelled as about no tracked pledge */
  untracked: number;
  /** findings other than 'mention' made for those: each would become a proposal */
  untrackedProposals: number;
  /** any finding, mentions included, made for those */
  untrackedFindings: number;
  /** findings (any) for a pledge the article is not labelled with, in any article */
  strayFindings: number;
}

const key = (article: string, e: Expected) => `${article}\u0000${e.slug}\u0000${e.finding}`;
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
export const cells: Cell[] = [...findings, 'none'];

export function evaluate(articles: LabelledArticle[], profiles: MatchingProfile[]): EvalReport {
  const results: ArticleResult[] = articles.map((a) => ({
    ...a,
    got: detect(extractArticle(a.body).text, profiles).map((f) => ({ slug: f.slug, finding: f.finding, sentence: f.sentence })),
  }));
  const expected = new Set(results.flatMap((r) => r.expected.map((e) => key(r.name, e))));
  const predicted = new Set(results.flatMap((r) => r.got.map((e) => key(r.name, e))));
  const scores = findings.map((finding): ClassScore => {
    const exp = [...expected].filter((k) => k.endsWith(`\u0000${finding}`));
    const pred = [...predicted].filter((k) => k.endsWith(`\u0000${finding}`));
    const correct = pred.filter((k) => expected.has(k)).length;
    return { finding, expected: exp.length, predicted: pred.length, correct, precision: ratio(correct, pred.length), recall: ratio(correct, exp.length) };
  });
  const confusion = Object.fromEntries(cells.map((e) => [e, Object.fromEntries(cells.map((g) => [g, 0]))])) as EvalReport['confusion'];
  let pairs = 0;
  let right = 0;
  let stray = 0;
  for (const r of results) {
    const slugs = new Set([...r.expected.map((e) => e.slug), ...r.got.map((g) => g.slug)]);
    for (const slug of slugs) {
      const e: Cell = r.expected.find((x) => x.slug === slug)?.finding ?? 'none';
      const g: Cell = r.got.find((x) => x.slug === slug)?.finding ?? 'none';
      confusion[e][g]++;
      pairs++;
      if (e === g) right++;
      if (e === 'none') stray++;
    }
  }
  const untracked = results.filter((r) => r.expected.length === 0);
  return {
    articles: results,
    scores,
    confusion,
    accuracy: ratio(right, pairs),
    untracked: untracked.length,
    untrackedProposals: untracked.reduce((n, r) => n + r.got.filter((g) => g.finding !== 'mention').length, 0),
    untrackedFindings: untracked.reduce((n, r) => n + r.got.length, 0),
    strayFindings: stray,
  };
}

/**
 * Reports of several sets, each scored against its own pledges, as one: counts and the
 * confusion matrix summed, the ratios taken again from the sums (not averaged per set).
 */
export function poolReports(reports: EvalReport[]): EvalReport {
  const scores = findings.map((finding): ClassScore => {
    const of = reports.map((r) => r.scores.find((x) => x.finding === finding)!);
    const expected = of.reduce((n, x) => n + x.expected, 0);
    const predicted = of.reduce((n, x) => n + x.predicted, 0);
    const correct = of.reduce((n, x) => n + x.correct, 0);
    return { finding, expected, predicted, correct, precision: ratio(correct, predicted), recall: ratio(correct, expected) };
  });
  const confusion = Object.fromEntries(cells.map((e) => [e, Object.fromEntries(cells.map((g) => [g, reports.reduce((n, r) => n + r.confusion[e][g], 0)]))])) as EvalReport['confusion'];
  const pairs = cells.reduce((n, e) => n + cells.reduce((m, g) => m + confusion[e][g], 0), 0);
  const right = findings.reduce((n, f) => n + confusion[f][f], 0);
  const sum = (k: 'untracked' | 'untrackedProposals' | 'untrackedFindings' | 'strayFindings') => reports.reduce((n, r) => n + r[k], 0);
  return {
    articles: reports.flatMap((r) => r.articles),
    scores,
    confusion,
    accuracy: ratio(right, pairs),
    untracked: sum('untracked'),
    untrackedProposals: sum('untrackedProposals'),
    untrackedFindings: sum('untrackedFindings'),
    strayFindings: sum('strayFindings'),
  };
}

const pct = (x: number | null) => (x === null ? '–' : x.toFixed(2));
const show = (xs: Expected[]) => (xs.length ? xs.map((x) => `${x.slug} ${x.finding}`).join(', ') : 'nothing');
const sameSet = (a: Expected[], b: Expected[]) => a.length === b.length && a.every((x) => b.some((y) => y.slug === x.slug && y.finding === x.finding));

/** The report as Markdown: the score table, the confusion matrix, the no-tracked-pledge line, and every miss. */
export function renderReport(report: EvalReport, opts: { misses?: boolean } = {}): string {
  const lines = [
    '| finding | expected | predicted | correct | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...report.scores.map((s) => `| ${s.finding} | ${s.expected} | ${s.predicted} | ${s.correct} | ${pct(s.precision)} | ${pct(s.recall)} |`),
    '',
    `All findings together: ${pct(report.accuracy)} correct (of every article-pledge pair labelled or found, the share where the finding is the label).`,
    '',
    'Confusion matrix (rows: labelled; columns: found; none = no finding for that pledge):',
    '',
    `| labelled \\ found | ${cells.join(' | ')} |`,
    `|---|${cells.map(() => '---:').join('|')}|`,
    ...cells.map((e) => `| ${e} | ${cells.map((g) => report.confusion[e][g]).join(' | ')} |`),
    '',
    `Articles about no tracked pledge: ${report.untracked}; proposals made for them: ${report.untrackedProposals} (findings of any kind, mentions included: ${report.untrackedFindings}). Findings for a pledge an article is not labelled with, in any article: ${report.strayFindings}.`,
  ];
  const misses = report.articles.filter((r) => !sameSet(r.expected, r.got));
  if (opts.misses !== false && misses.length > 0) {
    lines.push('', 'Disagreements with the labels:', '');
    for (const m of misses) lines.push(`- ${m.name}: expected ${show(m.expected)}; got ${show(m.got)}`);
  }
  return lines.join('\n');
}

export interface Targets {
  retractedPrecision: number;
  retractedRecall: number;
  accuracy: number;
}

/** The targets of issue 15 for a set about many pledges (the dev and sealed sets). */
export const corpusTargets: Targets = { retractedPrecision: 0.9, retractedRecall: 0.8, accuracy: 0.75 };

/** Whether the report meets the targets, with no proposal for an untracked article and no finding for a pledge an article does not concern. */
export function meetsTargets(report: EvalReport, t: Targets = corpusTargets): boolean {
  const r = report.scores.find((s) => s.finding === 'retracted')!;
  return (r.precision ?? 0) >= t.retractedPrecision && (r.recall ?? 0) >= t.retractedRecall && (report.accuracy ?? 0) >= t.accuracy && report.untrackedProposals === 0 && report.strayFindings === 0;
}
