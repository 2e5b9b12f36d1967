import type { FigureCertainty, LegalBasis, TariffStatus } from '../vocabulary';
import type { SourceRef } from '../pledges/types';

export interface RateStep {
  ratePct: number;
  effectiveOn: string | null;
  appliesTo: string | null;
  /** null: not confirmed either way */
  applied: boolean | null;
  note: string | null;
}

export interface TariffRef {
  slug: string;
  name: string;
}

export interface TariffAction {
  slug: string;
  name: string;
  listName: string | null;
  imposer: string;
  target: string;
  announcedOn: string;
  announcedNote: string | null;
  effectiveOn: string | null;
  effectiveNote: string | null;
  status: TariffStatus;
  statusNote: string | null;
  legalBasis: LegalBasis;
  instrument: string | null;
  tradeCoveredUsd: number | null;
  tradeCoveredCertainty: FigureCertainty;
  tradeCoveredNote: string | null;
  productCount: number | null;
  description: string;
  answers: string;
  retaliatesFor: TariffRef | null;
  answeredBy: TariffRef[];
  rateSteps: RateStep[];
  sources: SourceRef[];
}

/** What `/tariff <query>` asks for, parsed by the core; the store turns it into SQL. */
export type TariffFilter =
  | { kind: 'all' }
  | { kind: 'parties'; countries: string[] }
  | { kind: 'list'; list: string }
  | { kind: 'date'; date: string }
  | { kind: 'retaliation' }
  | { kind: 'slug'; slug: string }
  | { kind: 'text'; text: string };
