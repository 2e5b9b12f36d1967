import type { PledgeSummary, StatusChange, StatusChangeFields } from '../pledges/types';
import type { Target } from '../pledges/target';

/** Writing the pledge record. Each write is one transaction that also writes its audit row: all or nothing. */
export interface PledgeWrites {
  /** Appends the change, moves the pledge's status, and queues one announcement per matching subscription. */
  publishStatusChange(input: NewStatusChange, actor: string): Promise<PublishedChange>;
  /**
   * Appends a correction of the pledge's standing change (a new row pointing at it), and
   * queues an edit of every post that announced it plus a thread reply saying what changed.
   */
  correctStatusChange(input: CorrectionInput, actor: string): Promise<PublishedChange>;
  addPledge(input: NewPledge, actor: string): Promise<'added' | 'exists'>;
  /** Changes the given fields of a pledge, audited with old and new values; resolves to what changed (nothing: no write). */
  editPledge(slug: string, edit: PledgeEdit, actor: string): Promise<FieldChange[]>;
  addFact(input: NewFact, actor: string): Promise<void>;
  addPledgeSource(input: NewPledgeSource, actor: string): Promise<'added' | 'exists'>;
}

export interface NewStatusChange extends StatusChangeFields {
  slug: string;
  sourceUrl: string;
}

export interface CorrectionInput {
  slug: string;
  fields: Partial<Pick<NewStatusChange, 'status' | 'effectiveOn' | 'sourceUrl' | 'quote' | 'quoteBy' | 'reason' | 'note'>>;
  editor: string;
}

/** A pledge's fields as an editor gives them: all of them for a new pledge, the changed ones for an edit. */
export interface PledgeFields {
  entityName?: string;
  /** the person who made the pledge (a row in people); null: none */
  byName?: string | null;
  /** that person's role, e.g. "chief executive" */
  byRole?: string | null;
  madeTo?: string | null;
  madeOn?: string;
  title?: string;
  text?: string;
  /** the pledge's first source; only for a new pledge (add-source adds more) */
  sourceUrl?: string;
  deadline?: string | null;
  target?: Target | null;
  place?: string | null;
  /** other names of the entity */
  aliases?: string[];
  keywords?: string[];
}

export type NewPledge = Required<PledgeFields> & { slug: string };

export type PledgeEdit = Omit<PledgeFields, 'sourceUrl'>;

/** One field an edit changed, with the stored values before and after. */
export interface FieldChange {
  field: keyof PledgeEdit;
  before: string | string[] | Target | null;
  after: string | string[] | Target | null;
}

export interface NewFact {
  slug: string;
  statement: string;
  sourceUrl: string;
  value: number | null;
  unit: string | null;
  asOf: string | null;
  attributedTo: string | null;
}

export interface NewPledgeSource {
  slug: string;
  url: string;
  outlet: string | null;
  title: string | null;
  publishedOn: string | null;
}

export interface PublishedChange {
  change: StatusChange;
  pledge: PledgeSummary;
  deliveries: number;
}
