/**
 * The one article pipeline: extract and detect in the worker pool, credit the outlet (one
 * rule, core/outlet.ts), store each finding that maps to a status as a proposal. Every way an
 * article comes in calls it: `pledgewatch ingest` (and the console's ingest), POST
 * /api/articles, the feed poller and "Send to pledgewatch". Nothing here publishes.
 */
import { chooseOutlet } from '../core/outlet';
import type { PledgeReads, ProposalIntake } from '../core/ports';
import type { Detector } from './detector';
import type { ArticleInput } from './limits';
import { loadProfiles } from './profiles';
import { type ProposalRef, proposeFindings } from './propose';
import type { MatchingProfile, PledgeFinding } from './types';

/** What the pipeline needs: the pledges to match (profiles) and the proposals to write. */
export interface ArticleDeps {
  store: PledgeReads & ProposalIntake;
  detector: Detector;
  /** the matching profiles when the caller has them already (the poller, once a poll) */
  profiles?: MatchingProfile[];
}

/** Where the article came from; the outlet is chosen from these and the page's site name. */
export interface ArticleOrigin {
  url: string | null;
  /** the name the sender gave */
  outlet?: string | null;
  /** the site name, when the caller extracted the page itself */
  siteName?: string | null;
  /** the feed the article was listed in */
  feedTitle?: string | null;
}

export type IngestOutcome =
  | { kind: 'ingested'; findings: PledgeFinding[]; proposals: ProposalRef[]; outlet: string | null; title: string | null; chars: number }
  /** over the size limit: nothing detected, nothing stored */
  | { kind: 'too_large'; message: string }
  /** no article text and no headline from the caller: nothing to read, nothing stored */
  | { kind: 'empty' };

export async function ingestArticle(deps: ArticleDeps, article: ArticleInput, origin: ArticleOrigin): Promise<IngestOutcome> {
  const profiles = deps.profiles ?? (await loadProfiles(deps.store));
  const done = await deps.detector.run({ article, profiles });
  if (done.kind === 'too_large') return { kind: 'too_large', message: done.message };
  if (done.chars === 0 && !article.title?.trim()) return { kind: 'empty' };
  const outlet = chooseOutlet({ ...origin, siteName: origin.siteName ?? done.siteName });
  const findings = done.findings.map((f) => (outlet ? { ...f, outlet } : f));
  const proposals = await proposeFindings(deps.store, findings, { sourceUrl: origin.url, outlet });
  return { kind: 'ingested', findings, proposals, outlet, title: done.title, chars: done.chars };
}
