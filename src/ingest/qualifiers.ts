/**
 * How a cue's sentence qualifies it (detect.ts): the words before it that negate, deny or
 * hedge it, or make it critics' claim; and whether it is told as the past (background) or
 * has a date for its object. Each looks at a fixed window of words around the cue.
 */
import { campaignGroup, claimVerbs, clauseBreak, critics, denialPhrases, denials, hedges, laterHedges, marketWords, shortNegators, sourced, speechVerbs } from './cues';
import type { Sentence } from './sentences';

/** How the words before the cue qualify it: negated (short scope, or a denial's long one), hedged, critics' claim. */
export function qualifiers(s: Sentence, at: number): { negated: boolean; laterDenied: boolean; hedged: boolean; critics: boolean; market: boolean } {
  let negated = false;
  let hedged = false;
  let byCritics = false;
  let comma = false;
  let fact = false;
  const t = s.tokens;
  const market = t.slice(Math.max(0, at - 3), at).some((x) => marketWords.test(x.norm));
  for (let i = at - 1, n = 0; i >= 0 && n < 25; i--, n++) {
    const w = t[i]!.lemma;
    if (clauseBreak.test(w) || w === ';') break;
    if (w === ',' || w === ':') comma = true;
    if (denials.test(w) || denials.test(t[i]!.norm)) negated = true;
    // "no regrets over axing it": the negation is of the regret, not of the axing
    if (n < 4 && !comma && shortNegators.test(w) && !/^(regret|apology|doubt|secret|surprise|wonder)$/.test(t[i + 1]?.lemma ?? '')) negated = true;
    // ("not in doubt", "no doubt", "without question": a hedge negated is certainty)
    // (nor a compound's second half: "hydrogen-ready", "investment-ready")
    // (and a noun is a thing, not a hedge: "the share of ignition risk removed", "demand for cars")
    if (n < 14 && hedges.test(w) && !(t[i]!.pos === 'NOUN' && /^(risk|demand|push|concern|fear|worry|bet|forecast|attempt)$/.test(w)) && ![t[i - 1], t[i - 2]].some((x) => x && /^(no|not|without|beyond)$/.test(x.norm)) && !(t[i - 1]?.norm === '-' && t[i - 1]!.end === t[i]!.start)) hedged = true;
    // "critics accused it of a retreat after the bank moved the date": the clause after "after" is the reporter's fact
    if (/^(after|because|since)$/.test(w)) fact = true;
    // ("a Social Democrat-led government", "the Republican governor": a party that governs, not a critic)
    const governs = /^(-|led|government|administration|governor|mayor|president|premier|majority|cabinet|coalition)$/.test(t[i + 1]?.norm ?? '');
    const critic = !fact && ((critics.test(w) && !governs) || (/^(group|organi[sz]ation)s?$/.test(w) && campaignGroup.test(t[i - 1]?.norm ?? '')));
    // ("will let universities charge more": "charge" claims only when a "that" or a quote follows)
    if (critic && t.slice(i + 1, at).some((x, k, a) => claimVerbs.test(x.lemma) && (x.lemma !== 'charge' || /^(that|"|“|:)$/.test(a[k + 1]?.norm ?? t[at]!.norm)))) byCritics = true;
  }
  // (not across "after", "since": "no intention of reviving it, four years after it scrapped the car" dates the scrapping)
  let from = 0;
  for (let i = at - 1; i >= 0; i--) if (/^(after|since|because|when|before|until)$/.test(t[i]!.norm)) { from = t[i]!.at; break; }
  if (!negated && denialPhrases.test(s.lemmas.slice(from, s.tokens[at]?.at ?? 0))) negated = true;
  // "would drop the target if it proved unrealistic"; "is set to drop it, according to people familiar"
  for (let i = at + 1; i < t.length && i <= at + 12; i++) {
    if (clauseBreak.test(t[i]!.lemma) || t[i]!.lemma === ';') break;
    if (laterHedges.test(t[i]!.lemma)) hedged = true;
  }
  if (sourced.test(s.lemmas)) hedged = true;
  // "When a paper reported it was rethinking the plant, the company dismissed the story": a denial after the report
  // ("hours after dismissing her chancellor" dismisses a person, not a report)
  const reportWords = /^(report|story|claim|suggestion|speculation|rumou?r|idea|notion|talk|article|account|reading)$/;
  const laterDenial = (i: number) => t[i]!.pos === 'VERB' && denials.test(t[i]!.lemma) && (t[i]!.lemma === 'deny' || t.slice(i + 1, i + 5).some((x) => reportWords.test(x.lemma)));
  const laterDenied = t.some((_, i) => i > at && laterDenial(i));
  return { negated, laterDenied, hedged, critics: byCritics, market };
}


/** The cancelled thing is a date: a year, then a word for a date, in the few words after the cue. */
export function dateObject(s: Sentence, last: number): boolean {
  const after = s.tokens.slice(last + 1, last + 7);
  const year = after.findIndex((x) => /^(19|20)\d\d$/.test(x.norm));
  if (year < 0) return false;
  return after.slice(year + 1).some((x) => /^(date|deadline|timetable|timeline|schedule|year|opening|launch|start|entry)$/.test(x.lemma));
}

export const months = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** (a month is no sign: a roundup of the year dates this year's news by month) */
const earlier = /^(previously|originally|initially|ago)$/;
/** Told as the past, next to the cue: "had paused", "paused work in 2019", "years ago", "When it cancelled the project, ..."; not "is walking back", "has now scrapped". */
export function pastTense(s: Sentence, first: number): boolean {
  const t = s.tokens;
  const before = t.slice(Math.max(0, first - 2), first).map((x) => x.norm);
  if (before.some((w) => /^(is|are|am|has|have|will|now|today|'s)$/.test(w))) return false;
  // "had paused" is background; "said it had met" is reported speech, told in the past
  if (before.includes('had') && !t.slice(0, first).some((x) => speechVerbs.test(x.lemma))) return true;
  // "When the company cancelled the project in 2017, ...": a subordinate clause that dates the event
  // (after a dateline: "MUMBAI, Jan 8 - When IKEA opened its first store ...")
  const dash = t.findIndex((x, i) => i < 8 && /^[—–-]$/.test(x.norm));
  const opener = dash >= 0 && dash < first ? dash + 1 : 0;
  if (/^(when|after|since|before|until)$/.test(t[opener]?.norm ?? '') && t.slice(opener, first).every((x) => x.norm !== ',')) return true;
  // "... the gap left when the government cancelled the system": a clause that dates a past deed
  if (/ed$/.test(t[first]?.norm ?? '') && t.slice(Math.max(0, first - 4), first).some((x) => x.norm === 'when')) return true;
  for (let i = Math.max(0, first - 5); i < t.length && i <= first + 8; i++) {
    const x = t[i]!;
    // "completing a rollout that began in 2022": a date in a later clause is that clause's
    if (i > first && /^(which|who|that|where|;)$/.test(x.norm)) break;
    if (earlier.test(x.norm)) return true;
    // "Last year you dropped the brick": dated before the story's news
    if (x.norm === 'last' && /^(year|decade)$/.test(t[i + 1]?.norm ?? '')) return true;
    // "three years later it abandoned the campus": a story told in sequence
    if (x.norm === 'later' && /^(years?|months?|decades?|weeks?)$/.test(t[i - 1]?.norm ?? '')) return true;
    if (/^(19|20)\d\d$/.test(x.norm) && (/^(in|since|until)$/.test(t[i - 1]?.norm ?? '') || (months.test(t[i - 1]?.norm ?? '') && /^(in|since|until)$/.test(t[i - 2]?.norm ?? '')))) return true;
  }
  // "Less than a year later, with warehouses full, it dropped the plan": the sentence opens on the span since
  for (let i = 1; i < first && i < 8 && t[i]!.norm !== ','; i++) if (t[i]!.norm === 'later' && /^(years?|months?|decades?|weeks?)$/.test(t[i - 1]!.norm)) return true;
  return false;
}
