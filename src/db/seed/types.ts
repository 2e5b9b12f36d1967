import type {
  EntityKind,
  FactKind,
  FigureCertainty,
  LegalBasis,
  PledgeStatus,
  StatusReason,
  TariffStatus,
} from '../../core/vocabulary';

/** ISO date, YYYY-MM-DD. */
type IsoDate = `${number}-${number}-${number}`;

/** A source as the record cites it. `key` is how other seed rows refer to it. */
export interface SourceSeed {
  key: string;
  outlet: string;
  title?: string;
  /** Omitted only where no URL is known; never invented. */
  url?: string;
  publishedOn?: IsoDate;
  note?: string;
}

export interface EntitySeed {
  slug: string;
  name: string;
  kind: EntityKind;
  /** ISO 3166-1 alpha-2 */
  country?: string;
  aliases: string[];
}

export interface PersonSeed {
  slug: string;
  name: string;
  role?: string;
  entitySlug?: string;
  aliases?: string[];
}

interface StatusChangeSeed {
  status: PledgeStatus;
  effectiveOn: IsoDate;
  sourceKey: string;
  quote?: string;
  /** person slug of the speaker */
  quoteBy?: string;
  reason?: StatusReason;
  note?: string;
}

export interface PledgeSeed {
  slug: string;
  entitySlug: string;
  /** person slug */
  by: string;
  /** to whom the pledge was made, as a newsroom would write it */
  to: string;
  madeOn: IsoDate;
  place?: string;
  /** short headline form: "create 1 million US jobs" */
  title: string;
  /** what was promised, in full */
  text: string;
  deadline?: IsoDate;
  deadlineNote?: string;
  target?: { quantity: number; unit: string };
  /** extra search terms ("1m jobs", "million jobs") */
  keywords: string[];
  sourceKeys: string[];
  /** oldest first; the last one is the current status */
  history: StatusChangeSeed[];
  tariffLinks: { actionSlug: string; note: string }[];
}

export interface FactSeed {
  key: string;
  pledgeSlug?: string;
  entitySlug?: string;
  statement: string;
  /** a number with its unit, where the fact is a figure */
  value?: number;
  unit?: string;
  asOf?: IsoDate;
  /** person who said it, for analysts' comments (free text: "Arthur Kroeber, Gavekal Dragonomics") */
  attributedTo?: string;
  kind: FactKind;
  sourceKey: string;
}

interface RateStepSeed {
  ratePct: number;
  effectiveOn?: IsoDate;
  /** which goods the rate applies to, where the action has several rates */
  appliesTo?: string;
  /** false for steps scheduled or threatened but never applied; null where the sources do not confirm either */
  applied: boolean | null;
  note?: string;
}

export interface TariffActionSeed {
  slug: string;
  name: string;
  /** "List 3", "List 4A"; omitted for actions that are no list */
  listName?: string;
  /** ISO alpha-2, or "WORLD" */
  imposer: string;
  target: string;
  announcedOn: IsoDate;
  announcedNote?: string;
  effectiveOn?: IsoDate;
  effectiveNote?: string;
  status: TariffStatus;
  statusNote?: string;
  legalBasis: LegalBasis;
  instrument?: string;
  /** annual trade covered, in US dollars (not billions) */
  tradeCoveredUsd?: number;
  tradeCoveredCertainty: FigureCertainty;
  tradeCoveredNote?: string;
  productCount?: number;
  description: string;
  /** slug of the action this one answers */
  retaliatesFor?: string;
  /** what it answers, in words */
  answers: string;
  rateSteps: RateStepSeed[];
  sourceKeys: string[];
}

export interface SeedBundle {
  sources: SourceSeed[];
  entities: EntitySeed[];
  people: PersonSeed[];
  pledges: PledgeSeed[];
  facts: FactSeed[];
  tariffActions: TariffActionSeed[];
}
