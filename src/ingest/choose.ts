/**
 * One finding per pledge from the cue hits detect.ts found for it: which finding is the
 * article's news, and which of its sentences to quote.
 */
import type { PledgeFinding } from './types';

/** a cue below this is not news, only a mention */
export const threshold = 0.55;

export interface Hit {
  finding: PledgeFinding['finding'];
  confidence: number;
  quote: string;
  sentence: string;
  /** the cue is inside a quote attributed to the pledger */
  ownWords: boolean;
  /** sentence index, for assigning a cue to the nearest of several pledges */
  index: number;
  /** the cue's first token in its sentence */
  at: number;
  /** not reversed by a negation or denial */
  plain: boolean;
  /** past the lede and told as the past ("had paused", "in March"): background, not the article's news */
  background: boolean;
  /** in the headline or lede */
  lede: boolean;
}

/**
 * The finding is the most confident cue's. Its quote comes from the pledger's own quoted
 * words when any of them carry the same finding: better evidence to show an editor than a
 * reporter's paraphrase.
 */
export function choose(all: Hit[]): Hit | null {
  // a reported change outweighs a boilerplate "remains committed" in the same story; a denial does not give way
  // and a restatement that is the headline's news ("Rivian's Georgia plant back on") outweighs a change told further down
  const ledeRestated = all.some((h) => h.finding === 'reaffirmed' && h.lede && h.confidence >= threshold);
  const change = all.some((h) => h.finding !== 'reaffirmed' && h.confidence >= threshold && !h.background && (h.lede || !ledeRestated));
  const ledeChange = all.some((h) => h.finding !== 'reaffirmed' && h.lede && h.confidence >= threshold);
  const eligible = change ? all.filter((h) => !(h.finding === 'reaffirmed' && h.plain)) : ledeRestated && !ledeChange ? all.filter((h) => h.finding === 'reaffirmed' || h.lede) : all;
  // the headline's and lede's change is the story's news: a change told further down outweighs it only by a clear margin
  // ("Shell to pause construction ..." above "Shell has scrapped and sold other projects" in the tenth paragraph)
  const ledeBest = eligible.reduce((m, h) => (h.lede && h.finding !== 'reaffirmed' && h.confidence >= threshold ? Math.max(m, h.confidence) : m), 0);
  const hits = ledeBest > 0 ? eligible.filter((h) => h.lede || h.confidence > ledeBest + 0.15) : eligible;
  const top = hits.reduce<Hit | null>((a, h) => (!a || h.confidence > a.confidence ? h : a), null);
  if (!top) return null;
  const rank = (h: Hit) => h.confidence + (h.ownWords ? 1 : 0) + (/[.!?]["”’]?$/.test(h.sentence) ? 0.1 : 0);
  // (the quote shown may come from further down: the pledger's own words carrying the lede's finding)
  const same = eligible.filter((h) => h.finding === top.finding && h.confidence >= Math.min(threshold, top.confidence));
  const shown = same.sort((a, b) => rank(b) - rank(a))[0] ?? top;
  return { ...shown, confidence: top.confidence };
}
