/** What an article says about a tracked pledge. */
export const findings = ['retracted', 'scaled_back', 'broken', 'kept', 'reaffirmed', 'mention'] as const;
export type Finding = (typeof findings)[number];

export interface PledgeFinding {
  slug: string;
  finding: Finding;
  /** 0..1 */
  confidence: number;
  /** the quoted words that carry the finding, else the sentence */
  quote: string;
  sentence: string;
  outlet?: string;
}

/** How to recognise one tracked pledge in running text: everything the record holds. */
export interface MatchingProfile {
  slug: string;
  /** the entity's name and aliases: "Alibaba Group", "Alibaba", "Taobao", "阿里巴巴" */
  entityNames: string[];
  /** who made it, full name and surname: "Jack Ma", "Ma" */
  people: string[];
  /** phrases that name this pledge: the title without its verb, the target written out, the editor's keywords */
  terms: string[];
  /** where: "Trump Tower, New York" -> "Trump Tower, New York", "Trump Tower", "New York" */
  places: string[];
  /** the numeric target, matched by value however it is written (figures.ts) */
  target: { quantity: number; unit: string } | null;
  /** the title's content words ("build", "plant", "riverton"), for articles that paraphrase it */
  titleWords: string[];
  /** the pledger's office when it is one a successor holds ("mayor", "prime minister"): its holder speaks for the pledger */
  office: string | null;
  /** a government or a politician's pledge: a law passed or a ballot won is how it is kept */
  government: boolean;
  /** the title's verb when it starts with one ("cancel", "double"): no cue for this pledge */
  titleVerb: string | null;
  /** lower-case words of the names, for telling the pledger from others in a sentence */
  nameWords: Set<string>;
  /** words of the terms and title (names and small words left out) that can be a cue's object */
  objectWords: Set<string>;
}
