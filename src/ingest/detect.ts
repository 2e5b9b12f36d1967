/**
 * Article text -> findings about tracked pledges. Pure: no store, no network, no platform.
 *
 * 1. Gate. An article is about a pledge only if it names the entity or the person who made
 *    it AND names the pledge itself (one of its terms, e.g. "1 million jobs"), or names the
 *    entity beside the pledge's unit and a pledge word ("Alibaba's US jobs plan"). Anything
 *    else yields nothing: not even a mention.
 * 2. Cues. Each sentence is matched against the cue table (cues.ts). A cue counts only when
 *    the sentence is anchored to this pledge: it names the entity/person and a pledge word,
 *    or the pledge's own terms, or a pledge word right after a sentence that named them
 *    ("...,” Ma told Xinhua. “... so our promise cannot be fulfilled.").
 * 3. Modifiers. Negated or denied cues flip ("denies scrapping" -> reaffirmed) or drop;
 *    hedged cues ("could abandon", "whether") and questions halve; a cue inside the quoted
 *    words of a sentence attributed to the pledger ("Ma told", "said") gains, because direct
 *    speech from the pledger is the strongest evidence there is.
 * 4. One finding per pledge: the most confident cue; below the threshold, a 'mention'.
 */
import { clauseBreak, type Cue, cues, denials, hedges, marketSubjects, shortNegators, strongPledgeNouns, weakPledgeNouns } from './cues';
import { quoteAt } from './quotes';
import { splitArticle, type Sentence } from './sentences';
import type { MatchingProfile, PledgeFinding } from './types';

/** a cue below this is not news, only a mention */
export const threshold = 0.55;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const latin = (s: string) => /^[\p{Script=Latin}\p{N}\s.&'’-]+$/u.test(s);

/** A name: short ones ("Ma", "BABA") must match case; non-Latin script has no word edges. */
function nameMatcher(names: string[]): (s: string) => boolean {
  const tests = names.filter((n) => n.trim()).map((n) => {
    if (!latin(n)) return (s: string) => s.includes(n);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(n).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, n.length <= 4 ? 'u' : 'iu');
    return (s: string) => re.test(s);
  });
  return (s) => tests.some((t) => t(s));
}

/** A pledge term: its words in order, hyphens or spaces between, up to two words slipped in ("1 million new US jobs"). */
function termMatcher(terms: string[]): (s: string) => boolean {
  const res = terms.filter((t) => t.trim()).map((t) => {
    const words = t.toLowerCase().split(/[\s-]+/).map(escape);
    return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("(?:[\\s-]+[\\p{L}.'’]+){0,2}[\\s-]+")}(?![\\p{L}\\p{N}])`, 'iu');
  });
  return (s) => res.some((re) => re.test(s));
}

const compiled = cues.map((cue) => ({ cue, re: new RegExp(cue.pattern.source, 'g') }));

interface Hit {
  finding: PledgeFinding['finding'];
  confidence: number;
  quote: string;
  sentence: string;
  /** the cue is inside a quote attributed to the pledger */
  ownWords: boolean;
}

const words = (s: string) => s.toLowerCase().replace(/’/g, "'").match(/[\p{L}']+|[,;:]/gu) ?? [];

/** How the words before the cue qualify it (see cues.ts for the scopes). */
function qualifiers(before: string): { negated: boolean; hedged: boolean } {
  const w = words(before);
  let negated = false;
  let hedged = false;
  for (let i = w.length - 1, n = 0; i >= 0 && n < 12; i--, n++) {
    const t = w[i]!;
    if (t === ';' || clauseBreak.test(t)) break;
    const closeEnough = !w.slice(i + 1).some((x) => x === ',' || x === ':');
    if (denials.test(t)) negated = true;
    if (n < 4 && closeEnough && (shortNegators.test(t) || t.endsWith("n't"))) negated = true;
    if (n < 8 && hedges.test(t)) hedged = true;
  }
  return { negated, hedged };
}

/** said / told / says with the pledger or the entity in the sentence: reported speech of the pledger */
const attribution = /\b(said|says|say|told|tells|added|wrote|announced|stated|according to|in an interview)\b/i;

export function detect(text: string, profiles: MatchingProfile[], opts: { outlet?: string } = {}): PledgeFinding[] {
  const { paragraphs, sentences } = splitArticle(text);
  const out: PledgeFinding[] = [];
  for (const profile of profiles) {
    const named = nameMatcher([...profile.entityNames, ...profile.people]);
    const speaker = nameMatcher(profile.people);
    const term = termMatcher(profile.terms);
    const topic = topicMatcher(profile.terms);
    const flags = sentences.map((s) => {
      const lower = s.text.toLowerCase();
      return { named: named(s.text), term: term(s.text), noun: pledgeWord(lower, topic), about: topic.test(lower) };
    });
    const namesIt = flags.some((f) => f.named);
    const namesPledge = flags.some((f) => f.term || (f.named && f.about && f.noun));
    if (!namesIt || !namesPledge) continue;

    const hits: Hit[] = [];
    sentences.forEach((s, i) => {
      const f = flags[i]!;
      // the two sentences before: a quote often runs on after the one that says who speaks
      const context = [i - 1, i - 2].filter((j) => j >= 0);
      const contextNamed = context.some((j) => flags[j]!.named || flags[j]!.term);
      const anchor = f.named && (f.term || f.noun) ? 1 : f.term ? 0.95 : f.noun && contextNamed ? 0.85 : f.named ? 0.7 : 0;
      if (anchor === 0) return;
      const bySpeaker = speaker(s.text) || context.some((j) => speaker(sentences[j]!.text));
      hits.push(...cueHits(s, paragraphs[s.paragraph]!, anchor, bySpeaker, term, topic));
    });
    const chosen = choose(hits);
    if (chosen && chosen.confidence >= threshold) {
      out.push({ slug: profile.slug, finding: chosen.finding, quote: chosen.quote, sentence: chosen.sentence, confidence: round(chosen.confidence), ...(opts.outlet ? { outlet: opts.outlet } : {}) });
    } else {
      const first = sentences.find((_, i) => flags[i]!.term) ?? sentences.find((_, i) => flags[i]!.named)!;
      out.push({ slug: profile.slug, finding: 'mention', confidence: flags.some((x) => x.term) ? 0.6 : 0.4, quote: first.text, sentence: first.text, ...(opts.outlet ? { outlet: opts.outlet } : {}) });
    }
  }
  return out;
}

/**
 * The finding is the most confident cue's. Its quote comes from the pledger's own quoted
 * words when any of them carry the same finding: "...so our promise cannot be fulfilled."
 * is better evidence to show an editor than a reporter's paraphrase of it.
 */
function choose(hits: Hit[]): Hit | null {
  const top = hits.reduce<Hit | null>((a, h) => (!a || h.confidence > a.confidence ? h : a), null);
  if (!top) return null;
  // among the sentences that say the same thing: the pledger's own words first, then a
  // sentence of the body (it ends with a full stop) over a headline
  const rank = (h: Hit) => h.confidence + (h.ownWords ? 1 : 0) + (/[.!?]["”’]?$/.test(h.sentence) ? 0.1 : 0);
  const same = hits.filter((h) => h.finding === top.finding && h.confidence >= Math.min(threshold, top.confidence));
  const shown = same.sort((a, b) => rank(b) - rank(a))[0] ?? top;
  return { ...shown, confidence: top.confidence };
}

const round = (x: number) => Math.round(x * 100) / 100;

function* cueHits(s: Sentence, paragraph: string, anchor: number, bySpeaker: boolean, term: (s: string) => boolean, topic: RegExp): Generator<Hit> {
  const text = s.text.toLowerCase().replace(/’/g, "'");
  for (const { cue, re } of compiled) {
    for (const m of text.matchAll(re)) {
      const at = m.index;
      if (!hasObject(text, at, at + m[0].length, term, topic, cue.carriesObject === true)) continue;
      const hit = score(cue, s, paragraph, at, anchor, bySpeaker);
      if (hit) yield hit;
    }
  }
}

/**
 * A pledge word or term within reach of the cue: 60 characters before, 80 after. Outside
 * the cue's own words, unless the cue ends in its object ("cut its revenue target" still
 * needs the pledge's subject nearby to count).
 */
function hasObject(text: string, start: number, end: number, term: (s: string) => boolean, topic: RegExp, inclusive: boolean): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 80);
  const parts = inclusive ? [before + text.slice(start, end) + after] : [before, after];
  return parts.some((part) => pledgeWord(part, topic) || term(part));
}

/** a strong pledge word, or a weak one beside the pledge's subject (see cues.ts) */
function pledgeWord(text: string, topic: RegExp): boolean {
  return strongPledgeNouns.test(text) || (weakPledgeNouns.test(text) && topic.test(text));
}

/** the pledge's subject: the last word of its terms ("1 million jobs" -> "jobs") */
function topicMatcher(terms: string[]): RegExp {
  const last = [...new Set(terms.map((t) => t.toLowerCase().split(/[\s-]+/).pop()!).filter((w) => w.length > 2))];
  return last.length ? new RegExp(`\\b(${last.map(escape).join('|')})\\b`, 'i') : /(?!)/;
}

function score(cue: Cue, s: Sentence, paragraph: string, at: number, anchor: number, bySpeaker: boolean): Hit | null {
  if (words(s.text.slice(0, at)).slice(-3).some((w) => marketSubjects.test(w))) return null;
  const { negated, hedged } = qualifiers(s.text.slice(0, at));
  let finding: Hit['finding'] = cue.finding;
  let confidence = cue.weight * anchor;
  if (negated) {
    if (cue.negated === 'drop') return null;
    finding = cue.negated;
    confidence *= 0.85;
  }
  if (hedged || /\?\s*["”]?$/.test(s.text)) confidence *= 0.5;
  const quote = quoteAt(paragraph, s.start + at);
  const attributed = bySpeaker && (quote !== null || attribution.test(s.text));
  if (quote && attributed) confidence += 0.1;
  else if (attributed) confidence += 0.05;
  return { finding, confidence: Math.min(0.99, confidence), quote: quote ?? s.text, sentence: s.text, ownWords: quote !== null && attributed };
}
