/**
 * What a cue is about (detect.ts): its object, a pledge noun or the pledge's own words near it
 * ("scrapped the plant", "the plan was shelved"), and the pledge's own verbs and nouns, which
 * are the pledge itself and never a cue for it. Also the kept findings read off figures: the
 * target reached ("has hired 10,200"), or its number as an ordinal ("the 20,000th home").
 */
import { type Cue, deliveryVerbs, marketWords, pledgeActs, pledgeNouns } from './cues';
import { readFigures, sameUnit, sameValue } from './figures';
import type { ArticleLink, SentenceLink } from './link';
import { type Sentence, tokenAt } from './sentences';
import type { MatchingProfile } from './types';

/** pledges whose promise is itself to remove something: the ways of cancelling are their own verb */
export const removalPledge = /^(repeal|abolish|cancel|end|scrap|axe|ax|ditch|eliminate|annul|abrogate|revoke|rescind|ban|remove|phase|close|drop|cut|halve|reduce|freeze)$/;
/** the title's object right after the cue ("scrap tuition fees"), not a pledge noun ("scrap the pledge") */
export function ownObject(s: Sentence, last: number, profile: MatchingProfile): boolean {
  for (let j = last + 1; j < s.tokens.length && j <= last + 3; j++) {
    const tok = s.tokens[j]!;
    if (pledgeNouns.has(tok.lemma)) return false;
    // ("abandons the HST cut": the pledge named by its own verb as a noun)
    if (tok.lemma === profile.titleVerb && tok.pos === 'NOUN') return false;
    if ((profile.titleWords.includes(tok.norm) || profile.titleWords.includes(tok.lemma)) && !(s.tokens[j + 1]?.lemma === profile.titleVerb && s.tokens[j + 1]?.pos === 'NOUN')) return true;
  }
  return false;
}

/** the title's verb ("cancel up to $10,000", "double farmers' incomes"): its first word, when that is a verb the token shares */
export function titleVerb(profile: MatchingProfile, tok: Sentence['tokens'][number]): boolean {
  const first = profile.titleVerb;
  // ("the cancellation of the rise" is a cancel pledge's own act too)
  return first !== null && (tok.lemma === first || tok.norm === first || (first.length >= 5 && tok.lemma.startsWith(first) && tok.pos === 'NOUN'));
}

/** a word of the pledge's title or keywords ("fare freeze"): the pledge's name for itself */
export function ownWord(profile: MatchingProfile, tok: Sentence['tokens'][number]): boolean {
  return profile.titleWords.includes(tok.norm) || profile.titleWords.includes(tok.lemma) || profile.terms.some((t) => t.toLowerCase().split(/[\s-]+/).includes(tok.norm));
}

/** "has created 1,200 jobs" against a 1,000-job pledge: a figure at or past the target, with a verb of doing. */
export function keptByFigure(s: Sentence, profile: MatchingProfile): Cue | null {
  const target = profile.target;
  // a yearly rate ("300,000 homes a year") is not met by a total ("a million homes this parliament")
  if (/\b(a|per|each|every) year\b|\bannual(ly)?\b/i.test(profile.terms[0] ?? '')) return null;
  const verb = target ? deliveryVerbs.exec(s.lemmas) : null;
  if (!target || !verb) return null;
  const at = tokenAt(s, verb.index + verb[0].length - 1);
  const from = s.tokens[at]!.end;
  // "did not reach its 340,000 barrels", "whether it hits 10%", "which reached $15 a year ago": not done, not sure, or told in passing
  if (s.tokens.slice(Math.max(0, at - 4), at).some((x) => /^(not|never|n't|whether|if|unless|which|who)$/.test(x.norm))) return null;
  // "has committed to make its jets capable of 100%": committed to do it is the pledge restated, not money committed
  if (/commit$/.test(verb[0]) && /^\s*to\b/.test(s.text.slice(from))) return null;
  // the figure done, right after the verb: not the target restated ("its goal of 500,000 chargers")
  const reached = readFigures(s.text.slice(from, from + 80)).some((f) => sameUnit(f, target) && f.value >= target.quantity * 0.99 && !/\b(of|only)(\s+(the|its|their|his|her|a|an))?\s*$/i.test(s.text.slice(from, from + f.start)));
  return reached ? { finding: 'kept', weight: 0.7, negated: 'drop', pattern: /$^/ } : null;
}

const raising = /^(raise|increase|lift|hike|boost|double|triple)$/;
const lowering = /^(lower|cut|reduce|halve|trim|slash|shorten|decrease)$/;

/**
 * "Japan raised the consumption tax to 10 pct", "the city lifted its wage floor to $15": the
 * pledge's own verb of change (or its kin), done in the past tense, not refused or ahead, with the
 * pledge's figure right after "to". The verb's token, or -1.
 */
export function keptByChange(s: Sentence, profile: MatchingProfile): number {
  const target = profile.target;
  const verb = profile.titleVerb ?? '';
  const kin = raising.test(verb) ? raising : lowering.test(verb) ? lowering : null;
  if (!target || !kin) return -1;
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.pos !== 'VERB' || !(titleVerb(profile, w) || kin.test(w.lemma)) || w.norm === w.lemma) continue;
    if (t.slice(Math.max(0, i - 3), i).some((x) => /^(will|would|to|could|may|might|should|must|not|never|n't|plan|aim|expect|set|if|whether)$/.test(x.norm))) continue;
    const after = s.text.slice(w.end, w.end + 60);
    const to = /\bto\s/.exec(after);
    const reached = to ? readFigures(after.slice(to.index))[0] : undefined;
    if (reached && sameUnit(reached, target) && sameValue(reached, target)) return i;
  }
  return -1;
}

/** "marks its 20,000th social home", "the 100,000th van rolled out": the target's own number as an ordinal, reached. */
export function keptByOrdinal(s: Sentence, profile: MatchingProfile): Cue | null {
  const target = profile.target;
  if (!target || target.quantity < 10) return null;
  for (const m of s.text.matchAll(/(?<![\p{L}\p{N}])(\d{1,3}(?:,\d{3})+|\d+)(?:th|st|nd|rd)\b/gu)) {
    if (Number(m[1]!.replace(/,/g, '')) !== target.quantity) continue;
    // "until the 20,000th home is built", "before its 100th store": not yet
    if (/\b(until|before|when|if|once|towards?)\b[^,;]*$/i.test(s.text.slice(0, m.index))) continue;
    return { finding: 'kept', weight: 0.75, negated: 'drop', pattern: /$^/ };
  }
  return null;
}

/** the cue's object: a pledge noun or the pledge's own words, a few words after it (or before it, for the passive) */
export function hasObject(s: Sentence, first: number, last: number, al: ArticleLink, carries: boolean): boolean {
  const t = s.tokens;
  const own = al.profile.objectWords;
  // the record's own site by name, standing alone: "pulls plug on Moorside" (not "Moorside jobs")
  // (the whole name: "Colorado" is not "Colorado Springs")
  const site = al.profile.places.length > 1 ? al.profile.places[1]!.toLowerCase().split(/\s+/) : [];
  const siteAt = (j: number) => site.length > 0 && site.every((w, k) => t[j + k]?.norm === w) && !/^(NOUN|PROPN)$/.test(t[j + site.length]?.pos ?? '');
  const ok = (j: number) => {
    const tok = t[j]!;
    if (siteAt(j)) return true;
    if (!pledgeNouns.has(tok.lemma) && !own.has(tok.norm) && !own.has(tok.lemma) && !(tok.pos === 'NOUN' && pledgeActs.test(tok.norm))) return false;
    // a site ("paused a data centre campus") is the object of a pledge to build one, not of a carbon goal
    if ((sites.test(tok.lemma) || building.test(tok.lemma)) && !own.has(tok.norm) && !own.has(tok.lemma) && !sited(al.profile)) return false;
    const prev = t[j - 1];
    return !(prev && marketWords.test(prev.norm));
  };
  const names = new Set([...al.profile.nameWords, ...al.profile.objectWords, ...al.profile.terms.flatMap((x) => x.toLowerCase().split(/[\s-]+/)), 'us', 'u.s.', 'uk', 'eu']);
  if (carries) {
    // a pattern that holds its object may name it by its date: "that remains our date", "moved the deadline back"
    // ("Its Austin campus remains open": a site named by another place is another site)
    for (let j = first; j <= last; j++) {
      if (ok(j) && sites.test(t[j]!.lemma) && t[j - 1]?.pos === 'PROPN' && !names.has(t[j - 1]!.norm) && !al.profile.objectWords.has(t[j - 1]!.norm)) return false;
      if (ok(j) || t[j]!.pos === 'NUM' || /^(date|deadline|timetable|timeline)$/.test(t[j]!.lemma)) return true;
    }
    return hasNear(t, first, last, ok, names, s.text);
  }
  return hasNear(t, first, last, ok, names, s.text);
}

/** "pushed it back to 2050", "would no longer pursue it": "it" is the pledge when the pledge's own terms are in focus */
export function pronounObject(s: Sentence, first: number, last: number, link: SentenceLink): boolean {
  if (link.topic < 0.6 || link.anchor < 0.75) return false;
  for (let j = first + 1; j <= last + 1 && j < s.tokens.length; j++) if (/^(it|them)$/.test(s.tokens[j]!.norm)) return true;
  return false;
}

/** what a named place stands before when it names a site: "its Skellefteå plant" (not "American jobs") */
export const sites = /^(plant|factory|facility|site|gigafactory|fab|mill|campus|works|yard|terminal|mine|refinery|headquarters|centre|center|hub|warehouse|office|store|tunnel|dam|bridge|airport|port|stadium|station|railway|reactor|hospital|prison)$/;
/** the work of building one */
const building = /^(construction|build|building|expansion|groundwork)$/;
/** a pledge about a place or a built thing: it has a place, or a site among its words */
const sited = (p: MatchingProfile) => p.places.length > 0 || sitedPledge(p);
/** a pledge to build a thing: a site among its words ("railway", "plant", "stadium") */
export const sitedPledge = (p: MatchingProfile) => [...p.objectWords].some((w) => sites.test(w) || sites.test(w.replace(/s$/, '')) || /^(line|rail|metro|road|highway|bridge|tunnel|pipeline|canal)s?$/.test(w));

function hasNear(t: Sentence['tokens'], first: number, last: number, ok: (j: number) => boolean, own?: Set<string>, text?: string): boolean {
  let clause = true;
  for (let j = last + 1, n = 0; j < t.length && n < 9; j++, n++) {
    const w = t[j]!;
    if (w.norm === '.' || w.norm === ';') break;
    if (w.norm === ',') clause = false;
    // "halted its Skellefteå plant": a site the record does not name, in the cue's own clause, is another plant
    // (but "abandoning the Cumbrian plant" is the record's own place, by its demonym)
    // (an owner's name, "the previous Labour administration's law", is not another site)
    if (clause && own && w.pos === 'PROPN' && !own.has(w.norm) && !demonymOf(w.norm, own) && !t.slice(j + 1, j + 4).some((x) => /^('s|’s)$/.test(x.norm))) break;
    if (ok(j)) {
      let other = false;
      // "the expansion of its flagship Skellefteå plant": the thing belongs to another named site
      for (let k = j + 1; clause && k < t.length && k <= j + 5 && !/^[.,;]$/.test(t[k]!.norm); k++) if (t[k]!.pos === 'PROPN' && /^\p{L}+$/u.test(t[k]!.norm) && own && !own.has(t[k]!.norm) && sites.test(t[k + 1]?.lemma ?? '')) other = true;
      // "shelves its Baytown chemicals expansion" against a hydrogen plant: a thing of another kind at the same place
      const kind = t[j - 1];
      if (own && j - 1 > last && (sites.test(w.lemma) || /^(expansion|project|development)$/.test(w.lemma)) && kind?.pos === 'NOUN' && !own.has(kind.norm) && !own.has(kind.lemma) && !pledgeNouns.has(kind.lemma) && !own.has(w.lemma) && !own.has(w.norm)) break;
      if (other) break;
      return true;
    }
  }
  // before the cue only in the passive or as its subject: "the plan was scrapped", "the plant, delayed twice, ..."
  // (a headline drops the verb "to be": "Belvidere plant reopening delayed")
  // (or the cue is its own copula: "its goal of net zero by 2050 was not affected")
  // (or a relative clause on it: "the plant, known as Kulim 3, which Infineon said had started production")
  const passive = t.slice(Math.max(0, first - 3), first + 1).some((x) => ['be', 'been', 'get', 'remain'].includes(x.lemma)) || t.slice(Math.max(0, first - 5), first).some((x) => /^(which|that)$/.test(x.norm)) || t[first]?.pos === 'NOUN' || t[first - 1]?.pos === 'NOUN' || t[first - 1]?.pos === 'PROPN' || (first > 0 && ok(first - 1));
  if (!passive) return false;
  for (let j = first - 1, n = 0; j >= 0 && n < 12; j--, n++) {
    if (t[j]!.norm === ';') break;
    // "as German plant winds down": a site named by another place is another site
    const by = t[j - 1];
    if (ok(j) && own && text && sites.test(t[j]!.lemma) && by && j - 1 > 0 && /^\p{Lu}/u.test(text.slice(by.start, by.start + 1)) && !own.has(by.norm)) return false;
    if (ok(j)) return true;
  }
  return false;
}

/** the ways of ending a thing ("switch off", "wind down", "phase out" with their particle) */
export const closing = /^(repeal|close|shut|end|phase|retire|decommission|abolish|scrap|axe|ax|ditch|eliminate|annul|abrogate|revoke|rescind|ban|remove|cancel|shutter|switch|turn|power|wind|halt|stop)$/;
const particle: Record<string, RegExp> = { switch: /^off$/, turn: /^off$/, power: /^(down|off)$/, wind: /^down$/, phase: /^out$/ };
/** "the promise to close it", "the plan" between the verb and the thing: the plan is what ended */
const aimed = /^(will|would|could|may|might|should|shall|must|to|'ll|plan|aim|promise|pledge|vow|intend|expect|set|due|go|propose|want|seek|hope|not|never|no|if|unless)$/;
const partly = /^(first|second|third|one|two|three|four|some|part|half|another|several)$/;

/**
 * "AGL shut down the final unit at Liddell", "the tax was abolished on April 1", "has closed the
 * last jail", "Belgium switches off Doel 3": the ending told as done, of this pledge's own thing.
 */
export function endedDone(s: Sentence, i: number, profile: MatchingProfile): boolean {
  const t = s.tokens;
  const tok = t[i]!;
  const need = particle[tok.lemma];
  if (need && !need.test(t[i + 1]?.norm ?? '')) return false;
  if (t.slice(Math.max(0, i - 3), i).some((x) => aimed.test(x.lemma) || aimed.test(x.norm))) return false;
  const perfect = t.slice(Math.max(0, i - 2), i).some((x) => /^(have|has|had|was|were|been|is|are|'s|finally|formally|officially)$/.test(x.norm));
  // (a verb: "the repeal of the law in 2022" names the deed, it does not report it)
  if (tok.pos !== 'VERB' && !(s.paragraph === 0 && /s$/.test(tok.norm))) return false;
  const done = !/ing$/.test(tok.norm) && (perfect || /ed$/.test(tok.norm) || (/^(shut|wound)$/.test(tok.norm) && /^(down|off|up)$/.test(t[i + 1]?.norm ?? '')) || (s.paragraph === 0 && tok.norm !== tok.lemma && /s$/.test(tok.norm)));
  if (!done) return false;
  const own = (x: Sentence['tokens'][number]) => ownWord(profile, x) || profile.places.some((p) => p.toLowerCase().split(/[\s,]+/).includes(x.norm));
  for (let j = i + (need || /^(down|off|out|up)$/.test(t[i + 1]?.norm ?? '') ? 2 : 1); j < t.length && j <= i + 7 && !/^[.;]$/.test(t[j]!.norm); j++) {
    if (pledgeNouns.has(t[j]!.lemma) && !own(t[j]!) && !sites.test(t[j]!.lemma)) return false;
    if (partly.test(t[j]!.norm)) return false;
    // "term ends with the promise unfulfilled": what follows "with" is not what ended
    if (t[j]!.pos === 'ADP' && !/^(at|of|on|in)$/.test(t[j]!.norm)) return false;
    if (own(t[j]!)) return true;
  }
  // the passive or the intransitive: "Liddell's last unit was switched off", "the last Rikers jail closed"
  for (let j = i - 1; j >= 0 && j >= i - 8 && !/^[.;,]$/.test(t[j]!.norm); j--) if (own(t[j]!)) return true;
  return false;
}

/** "Cumbrian" of Cumbria, "Ohioan" of Ohio, "Taiwanese" of Taiwan: a word of the record's places by its demonym */
function demonymOf(word: string, own: Set<string>): boolean {
  if (!/(n|ese|ish|er|i)$/.test(word)) return false;
  return [...own].some((o) => {
    if (o.length < 4 || o === word || word.length > o.length + 4) return false;
    let k = 0;
    while (k < o.length && o[k] === word[k]) k++;
    return k >= Math.max(4, o.length - 1);
  });
}

/** "drops transport from its zero target": a thing that is not the pledge, then "from" the pledge itself ("withdraw from the project" is the whole) */
export function fromThePledge(s: Sentence, last: number, al: ArticleLink): boolean {
  const after = s.tokens.slice(last + 1, last + 8);
  const k = after.findIndex((x) => /^(from|off)$/.test(x.norm));
  return k > 0 && after.slice(0, k).some((x) => /^(NOUN|PROPN)$/.test(x.pos)) && after.slice(0, k).every((x) => !pledgeNouns.has(x.lemma) && !ownWord(al.profile, x)) && after.slice(k + 1, k + 5).some((x) => /^(goal|target|pledge|commitment|promise|ambition|plan)s?$/.test(x.lemma) || ownWord(al.profile, x));
}

/** "scrapped or delayed a list of other policies": within a few words after the cue, "other" before any word of this pledge's */
export function othersFirst(s: Sentence, last: number, profile: MatchingProfile): boolean {
  for (const x of s.tokens.slice(last + 1, last + 8)) {
    if (ownWord(profile, x) || pledgeNouns.has(x.lemma) || /^[,;.]$/.test(x.norm)) return false;
    if (/^(other|another)$/.test(x.norm)) return true;
  }
  return false;
}
