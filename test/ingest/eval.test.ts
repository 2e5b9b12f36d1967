import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLabelled, loadSeeds } from '../../src/ingest/corpus';
import { evaluate, meetsTargets, poolReports, renderReport } from '../../src/ingest/evaluate';
import { seedProfiles } from '../../src/ingest/seed-profiles';
import { seedsDir } from '../support/seeds';

describe('newswire detection eval, regression set (the same code as npm run eval)', () => {
  const articles = [...loadLabelled(join(process.cwd(), 'test/fixtures/articles')), ...loadSeeds(seedsDir())];
  const report = evaluate(articles, seedProfiles());

  it('has a labelled set of positives, hard negatives and articles about no tracked pledge, and the three seeds', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(articles.filter((a) => a.name.startsWith('seeds/'))).toHaveLength(3);
    expect(report.untracked).toBeGreaterThanOrEqual(8);
  });

  it('meets the targets: retracted precision and recall ≥ 0.9, no finding for an untracked article', () => {
    const retracted = report.scores.find((s) => s.finding === 'retracted')!;
    expect(retracted.precision, renderReport(report)).toBeGreaterThanOrEqual(0.9);
    expect(retracted.recall, renderReport(report)).toBeGreaterThanOrEqual(0.9);
    expect(report.untrackedProposals).toBe(0);
    expect(report.untrackedFindings).toBe(0);
    expect(meetsTargets(report, { retractedPrecision: 0.9, retractedRecall: 0.9, accuracy: 0.9 }), renderReport(report)).toBe(true);
  });

  it('never turns a denial or a reaffirmation into a retraction', () => {
    const denials = report.articles.filter((a) => a.expected.some((e) => e.finding === 'reaffirmed'));
    expect(denials.length).toBeGreaterThanOrEqual(4);
    for (const a of denials) expect(a.got.map((g) => g.finding), a.name).not.toContain('retracted');
  });

  it('fails loudly when the seed articles are missing, rather than skipping them', () => {
    expect(() => loadSeeds(join(process.cwd(), '../shared/no-such-seeds'))).toThrow(/seed articles are missing/);
  });
});

describe('pooling the reports of sets scored apart (the real-coverage sets)', () => {
  const articles = [...loadLabelled(join(process.cwd(), 'test/fixtures/articles')), ...loadSeeds(seedsDir())];
  it('gives what one report over all the articles gives: counts summed, ratios from the sums', () => {
    const whole = evaluate(articles, seedProfiles());
    const parts = [articles.slice(0, 7), articles.slice(7, 20), articles.slice(20)].map((a) => evaluate(a, seedProfiles()));
    const pooled = poolReports(parts);
    expect(pooled.scores).toEqual(whole.scores);
    expect(pooled.confusion).toEqual(whole.confusion);
    expect(pooled.accuracy).toBe(whole.accuracy);
    expect([pooled.untracked, pooled.untrackedProposals, pooled.untrackedFindings, pooled.strayFindings]).toEqual([whole.untracked, whole.untrackedProposals, whole.untrackedFindings, whole.strayFindings]);
    expect(pooled.articles).toHaveLength(articles.length);
  });
  it('of no report is empty: no ratio to give', () => {
    const pooled = poolReports([]);
    expect(pooled.accuracy).toBeNull();
    expect(pooled.scores.every((x) => x.precision === null && x.recall === null)).toBe(true);
  });
});
