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

/** How to recognise one tracked pledge in running text. */
export interface MatchingProfile {
  slug: string;
  /** the entity's name and aliases: "Alibaba Group", "Alibaba", "Taobao", "阿里巴巴" */
  entityNames: string[];
  /** who made it, full name and surname: "Jack Ma", "Ma" */
  people: string[];
  /** phrases that name this pledge: "1 million jobs", "one million US jobs", "million-jobs" */
  terms: string[];
}
