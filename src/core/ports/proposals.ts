import type { ChannelRef } from '../identity';
import type { PledgeStatus, ProposalState, StatusReason } from '../vocabulary';
import type { PublishedChange } from './pledge-writes';

/** Newswire proposals: what an article says, waiting for an editor. */
export interface ProposalReads {
  listProposals(opts: { state: ProposalState; limit: number }): Promise<Proposal[]>;
  getProposal(id: number): Promise<Proposal | null>;
}

/** What the newswire writes: proposals, never the record itself. */
export interface ProposalIntake {
  /**
   * Records a proposed status change, or adds the article as another source of the pending
   * proposal for the same pledge and status. null: the pledge already has that status.
   */
  proposeChange(input: NewProposal): Promise<{ id: number; created: boolean } | null>;
}

/** Editors' review: where proposals are posted, and the decision on one. */
export interface ProposalReview {
  /** also queues the pending proposals for the channel; resolves to how many */
  setReviewChannel(channel: ChannelRef, actor: string): Promise<{ queued: number }>;
  /**
   * Approving publishes the change exactly as set-status does (one transaction: change,
   * outbox rows, audit row, the proposal marked approved). A decided proposal is a conflict.
   */
  decideProposal(id: number, decision: ProposalDecision, actor: string): Promise<DecidedProposal>;
}

export interface NewProposal {
  slug: string;
  status: PledgeStatus;
  /** the detector's finding, e.g. scaled_back for a proposed compromise */
  finding: string;
  quote: string;
  sentence: string;
  confidence: number;
  /** the article's URL; an article without one is a source with no URL */
  sourceUrl: string | null;
  /** the outlet's name; 'wire copy' when unknown */
  outlet: string | null;
}

export interface ProposalSource {
  url: string | null;
  outlet: string;
}

export interface Proposal {
  id: number;
  slug: string;
  pledgeTitle: string;
  currentStatus: PledgeStatus;
  status: PledgeStatus;
  finding: string;
  quote: string;
  sentence: string;
  confidence: number;
  state: ProposalState;
  createdAt: Date;
  /** oldest first */
  sources: ProposalSource[];
  decidedBy: string | null;
  decidedAt: Date | null;
  /** the editor's reason for a rejection */
  decisionNote: string | null;
  statusChangeId: number | null;
}

export type ProposalDecision =
  /** `sourceUrl` is added to the proposal's sources and used instead of the first one */
  | {
      decision: 'approved';
      sourceUrl?: string;
      /** an editor's changes to what is published; the proposal's own values otherwise */
      status?: PledgeStatus;
      quote?: string;
      effectiveOn?: string;
      reason?: StatusReason;
    }
  | { decision: 'rejected'; reason?: string };

export interface DecidedProposal {
  proposal: Proposal;
  /** set when the decision was an approval */
  published?: PublishedChange;
}
