import type { FactKind, PledgeStatus, StatusReason } from '../vocabulary';

export interface SourceRef {
  outlet: string;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
}

export interface PledgeSummary {
  slug: string;
  title: string;
  entityName: string;
  byName: string | null;
  madeOn: string;
  status: PledgeStatus;
  statusOn: string | null;
}

export interface PledgeMatch extends PledgeSummary {
  /** 0..1, higher is better */
  score: number;
}

/** What an editor states in a status change, as written and as read back. */
export interface StatusChangeFields {
  status: PledgeStatus;
  effectiveOn: string;
  quote: string | null;
  /** who spoke the quote (a row in people); null: not said */
  quoteBy: string | null;
  reason: StatusReason | null;
  note: string | null;
  editor: string;
  approver: string | null;
}

export interface StatusChange extends StatusChangeFields {
  id: number;
  previousStatus: PledgeStatus | null;
  recordedAt: Date;
  correctsId: number | null;
  source: SourceRef;
}

export interface Fact {
  kind: FactKind;
  statement: string;
  value: number | null;
  unit: string | null;
  asOf: string | null;
  attributedTo: string | null;
  source: SourceRef;
}

export interface LinkedTariff {
  slug: string;
  name: string;
  imposer: string;
  target: string;
  tradeCoveredUsd: number | null;
  effectiveOn: string | null;
  note: string | null;
}

export interface PledgeDetail extends PledgeSummary {
  entitySlug: string;
  aliases: string[];
  byRole: string | null;
  madeTo: string | null;
  place: string | null;
  text: string;
  deadline: string | null;
  deadlineNote: string | null;
  target: { quantity: number; unit: string } | null;
  /** extra words an editor gave for matching and search */
  keywords: string[];
  latestChange: StatusChange | null;
  sources: SourceRef[];
  facts: Fact[];
  tariffs: LinkedTariff[];
}
