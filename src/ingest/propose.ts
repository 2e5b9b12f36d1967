/**
 * Findings -> proposals: the last step of the article pipeline (pipeline.ts).
 * Nothing here publishes: a proposal waits for an editor's /pledge-admin approve.
 */
import type { NewProposal, ProposalIntake } from '../core/ports';
import type { PledgeStatus } from '../core/vocabulary';
import type { Finding, PledgeFinding } from './types';

/**
 * The status a finding proposes. `mention` never proposes anything. `reaffirmed` proposes
 * nothing for now: "still committed" does not say which status the pledge should have
 * (in_progress? unchanged?), so an editor reads those articles instead.
 */
export const proposedStatus: Record<Finding, PledgeStatus | null> = {
  retracted: 'retracted',
  broken: 'broken',
  kept: 'kept',
  scaled_back: 'compromise',
  reaffirmed: null,
  mention: null,
};

export interface ProposalRef {
  id: number;
  slug: string;
  status: PledgeStatus;
  created: boolean;
}

/** The source the proposals cite: the article's URL when known, and the outlet's name. */
export interface CitedSource {
  sourceUrl: string | null;
  outlet: string | null;
}

/**
 * One proposal (or one more source on the pending one) per finding that maps to a status.
 * A finding whose status the pledge already has proposes nothing.
 */
export async function proposeFindings(store: ProposalIntake, findings: PledgeFinding[], cited: CitedSource): Promise<ProposalRef[]> {
  const out: ProposalRef[] = [];
  for (const f of findings) {
    const status = proposedStatus[f.finding];
    if (!status) continue;
    const input: NewProposal = {
      slug: f.slug,
      status,
      finding: f.finding,
      quote: f.quote,
      sentence: f.sentence,
      confidence: f.confidence,
      sourceUrl: cited.sourceUrl,
      outlet: cited.outlet ?? f.outlet ?? null,
    };
    const proposed = await store.proposeChange(input);
    if (proposed) out.push({ id: proposed.id, slug: f.slug, status, created: proposed.created });
  }
  return out;
}
