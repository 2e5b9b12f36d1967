/**
 * Which sentences of an article are about which tracked pledge. Everything comes from the
 * pledge's record (profiles.ts): the entity and its aliases, the person (full name and
 * surname), the title's terms and the editor's keywords, the place, and the target figure
 * matched by value however it is written (figures.ts).
 *
 * Per sentence and pledge:
 * - `named`: the entity or person is named;
 * - `evidence` (0..1): how specifically the sentence names this pledge (its figure 1, a
 *   phrase of its terms 0.9, its place 0.7, a one-word keyword 0.5, two words of its title 0.6);
 * - `anchor` (0..1): how sure it is that the sentence speaks of this entity. Named: 1. Not
 *   named, but "the company", "the Taiwanese manufacturer", "it", "he" while the entity is in
 *   focus (named earlier in the paragraph, or in the headline or lede and no one else has
 *   taken the floor since): 0.9. No subject of its own while in focus ("The plan was shelved
 *   in May."): 0.75. A sentence whose subject is someone else ("Rival Initech said...") ends
 *   the focus.
 * - `topic` (0..1): the pledge's evidence here or recently, so that of two pledges by one
 *   entity a cue goes to the one whose terms are nearest.
 */
import { pledgeNouns } from './cues';
import { matchesTarget, readFigures, sameValue, unitClash } from './figures';
import type { Sentence, SplitArticle } from './sentences';
import type { MatchingProfile } from './types';
import { anaphoric, datelineEnd, foreignSubject, itemHead, listedOnly, notForeign, officeHolder, officialSubject } from './subjects';

export interface SentenceLink {
  named: boolean;
  /** the pledger (a person) is named here or in the sentence before: their reported speech */
  speaker: boolean;
  evidence: number;
  /** the evidence without the terms other pledges of the same entity share */
  distinct: number;
  anchor: number;
  topic: number;
  /** the sentence puts the pledge's kind of thing at another named site, and names none of its own places */
  away: boolean;
}

export interface ArticleLink {
  profile: MatchingProfile;
  /** the article concerns this pledge: it names the entity or person, and the pledge itself */
  concerned: boolean;
  sentences: SentenceLink[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const latin = (s: string) => /^[\p{Script=Latin}\p{N}\s.&'’-]+$/u.test(s);

/** A list of names: short ones ("Ma", "BABA") match case; non-Latin script has no word edges. A cheap substring check comes first. */
function nameTest(names: string[]): (s: string, lower?: string) => boolean {
  // (a long name is shortened in print by one word inside it: "Royal Liverpool University Hospital", "the Royal Liverpool Hospital")
  const shortened = names.flatMap((n) => {
    const w = n.trim().split(/\s+/);
    return w.length >= 4 && latin(n) ? w.slice(1, -1).map((_, i) => [...w.slice(0, i + 1), ...w.slice(i + 2)].join(' ')).filter((x) => !/^(of|the|and|for|de|du|la|le)\b|\b(of|the|and|for)$/i.test(x)) : [];
  });
  const clean = [...new Set([...names, ...shortened].map((n) => n.trim()).filter(Boolean))];
  const tests = clean.map((n) => {
    if (!latin(n)) return (s: string) => s.includes(n);
    const key = n.toLowerCase().split(/\s+/)[0]!;
    // short names ("Ma", "BABA") and one-word names ("Target", "Shell": also common words) match as written, or in capitals
    const exact = n.length <= 4 || !/\s/.test(n);
    const forms = [n, n.toUpperCase(), n[0]!.toUpperCase() + n.slice(1)];
    const body = exact ? `(?:${[...new Set(forms)].map(escape).join('|')})` : escape(n).replace(/\s+/g, '\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, exact ? 'u' : 'iu');
    return (s: string, lower: string) => lower.includes(key) && re.test(s);
  });
  return (s, lower = s.toLowerCase()) => tests.some((t) => t(s, lower));
}

/**
 * A phrase: its words in order, hyphens or spaces between, up to two words slipped in ("1
 * million new US jobs"). Each phrase's regex runs only on text that holds its longest word;
 * the text is lower-cased, as the words are.
 */
function phraseTest(terms: string[]): { multi: (s: string) => boolean; single: (s: string) => boolean } {
  const build = (ts: string[]) => {
    // the phrases that share a longest word are one pattern, run when that word is in the text
    const byKey = new Map<string, string[]>();
    for (const t of ts) {
      // (a word in the singular or the plural: "energy bills" is in "energy bill help", "wind farm" in "wind farms")
      const words = t.toLowerCase().split(/[\s-]+/).map((w) => (/^\p{Ll}{3,}$/u.test(w) && !/(ss|us|is)$/.test(w) ? w.replace(/s$/, '') : w));
      const key = words.reduce((a, w) => (w.length > a.length ? w : a), '');
      const body = (w: string) => (/^\p{Ll}{3,}$/u.test(w) && !/(ss|us|is)$/.test(w) ? `${escape(w)}(?:s|es)?` : escape(w));
      byKey.set(key, [...(byKey.get(key) ?? []), words.map(body).join("(?:[\\s-]+[\\p{L}.'’]+){0,2}[\\s-]+")]);
    }
    // (a number's digits are not a term's: "100 stores" is not in "1,100 stores" or "2.100 stores")
    const tests = [...byKey].map(([key, bodies]) => ({ key, re: new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[,.])(?:${bodies.join('|')})(?![\\p{L}\\p{N}])`, 'u') }));
    return (s: string) => tests.some((t) => s.includes(t.key) && t.re.test(s));
  };
  const clean = terms.map((t) => t.trim()).filter((t) => t.length > 2);
  return { multi: build(clean.filter((t) => /\s/.test(t))), single: build(clean.filter((t) => !/\s/.test(t))) };
}

/** a sentence's figures, read once for all the pledges linked against it */
const figureCache = new WeakMap<Sentence, ReturnType<typeof readFigures>>();
export const figuresOf = (s: Sentence) => {
  let f = figureCache.get(s);
  if (!f) figureCache.set(s, (f = readFigures(s.text)));
  return f;
};
const lowerCache = new WeakMap<Sentence, string>();
const lowerOf = (s: Sentence) => {
  let l = lowerCache.get(s);
  if (l === undefined) lowerCache.set(s, (l = s.text.toLowerCase()));
  return l;
};
const mayHoldFigure = /\d|thousand|million|billion|trillion/i;
const joinTests = (t: { multi: (s: string) => boolean; single: (s: string) => boolean }) => (s: string) => t.multi(s) || t.single(s);

/** The headline and lede: the first paragraph, and the second when the first is a headline (no full stop). */
const ledeCount = new WeakMap<SplitArticle, number>();
export function ledeParagraphs(article: SplitArticle): number {
  let n = ledeCount.get(article);
  if (n === undefined) ledeCount.set(article, (n = countLede(article)));
  return n;
}
function countLede(article: SplitArticle): number {
  const first = article.paragraphs[0] ?? '';
  if (/[.!?]["”’]?$/.test(first)) return 1;
  // a byline or a section label under the headline ("By our political staff", "ANALYSIS") is not the lede
  let at = 1;
  while (at < article.paragraphs.length - 1 && at < 3 && byline.test(article.paragraphs[at]!)) at++;
  return at + 1;
}
const byline = /^(?:By\s[^.!?]{0,60}|[A-Z][A-Z\s&-]{2,30}|[^.!?]{0,40}\b(?:[Ss]taff|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Dd]esk)\b[^.!?]{0,30})$/u;

/** Titles and first names that may stand before a surname: "Mr Ma", "Chairman Ma", "Jack Ma"; any other capitalised word is someone else ("Pony Ma"). */
const titles = 'Mr|Mr\\.|Mrs|Ms|Dr|Sir|Dame|Lord|PM|President|Chairman|Chairwoman|Founder|CEO|Governor|Senator|Minister|Premier|Prime Minister|Chancellor|Mayor|Secretary|Chief';

function personTest(people: string[]): (s: string, lower?: string) => boolean {
  const full = people.filter((p) => /\s/.test(p.trim()));
  const firsts = full.map((p) => escape(p.trim().split(/\s+/)[0]!));
  const surnames = people.filter((p) => !/\s/.test(p.trim()) && latin(p));
  const fullTest = nameTest([...full, ...people.filter((p) => !/\s/.test(p.trim()) && !latin(p))]);
  const allowed = new RegExp(`(?:${[titles, ...firsts].join('|')})\\s+$`, 'u');
  const res = surnames.map((n) => ({ key: n.toLowerCase(), re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, n.length <= 4 ? 'gu' : 'giu') }));
  return (s, lower = s.toLowerCase()) => {
    if (fullTest(s, lower)) return true;
    for (const { key, re } of res) {
      if (!lower.includes(key)) continue;
      for (const m of s.matchAll(re)) {
        const before = s.slice(Math.max(0, m.index - 40), m.index);
        const prev = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(before);
        // "Simon Bridges" is not Bill Simon: a capitalised word right after makes it a first name
        if (/^\s+\p{Lu}\p{Ll}/u.test(s.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
        if (!prev || allowed.test(before) || /['’]s$/.test(prev[1]!)) return true;
      }
    }
    return false;
  };
}

/** "Government of Indonesia", "State of New York": the jurisdiction's words, which as a sentence's subject name the government */
function jurisdictionWords(profile: MatchingProfile): Set<string> {
  return new Set(profile.entityNames.flatMap((n) => /^(?:the )?(?:government|state|province|republic|commonwealth|city|county|kingdom|municipality|borough|district|territory) of (.+)$/i.exec(n.trim())?.[1]!.toLowerCase().split(/\s+/) ?? []));
}

/** Every word of an article, lower-cased, read in one pass: what the pledges' names are looked up in. */
export interface ArticleWords {
  words: Set<string>;
  text: string;
}
const wordSplit = /[^\p{L}\p{N}]+/u;
export function articleWords(article: SplitArticle): ArticleWords {
  const text = article.sentences.map((s) => s.text).join('\n');
  return { words: new Set(text.toLowerCase().split(wordSplit)), text };
}

/**
 * Whether the article can concern this pledge at all: concern needs a sentence that names its
 * entity or person (or its jurisdiction as a subject), and every such name holds its first
 * word as a whole word of the text. A set lookup per name, so linking is spent only on the
 * pledges an article names, however many are tracked.
 */
export function mayConcern(profile: MatchingProfile, aw: ArticleWords): boolean {
  for (const n of [...profile.entityNames, ...profile.people]) {
    const name = n.trim();
    if (!name) continue;
    if (!latin(name)) {
      if (aw.text.includes(name)) return true;
      continue;
    }
    const first = name.toLowerCase().split(wordSplit).find(Boolean);
    if (first === undefined || aw.words.has(first)) return true;
  }
  for (const w of jurisdictionWords(profile)) if (aw.words.has(w)) return true;
  // ("Mayor Omar Diaz": the office's holder, whoever holds it now)
  if (profile.office && aw.words.has(profile.office.split(' ').at(-1)!)) return true;
  // (a government's policy by its own phrase, "the triple lock", with the government unnamed)
  if (profile.government && profile.terms.slice(1).some((t) => /\s/.test(t.trim()) && t.toLowerCase().split(wordSplit).filter(Boolean).every((w) => aw.words.has(w) || aw.words.has(`${w}s`) || aw.words.has(w.replace(/s$/, ''))))) return true;
  return false;
}

export function linkArticle(article: SplitArticle, profile: MatchingProfile, shared: Set<string> = new Set()): ArticleLink {
  const person = personTest(profile.people);
  const entity = nameTest(profile.entityNames);
  // "the government", "the administration": every story has one; alone they name this pledger only beside a specific term of its pledge
  const properName = nameTest([...profile.entityNames.filter((n) => !/^the [a-z]+$/.test(n.trim())), ...profile.people]);
  const named = (s: string, lower: string) => entity(s, lower) || person(s, lower);
  const phrases = phraseTest(profile.terms);
  const own = profile.terms.filter((t) => !shared.has(t.toLowerCase()));
  // the title, a figure or a name ("Keystone XL") names this pledge; a common phrase ("electric vehicles") only its field
  // (a two-letter acronym, "EV", "AI", is a field too)
  const specific = (t: string) => t === profile.terms[0] || /\p{N}|\p{Lu}\p{Ll}|\p{Lu}{3}/u.test(t);
  const ownPhrases = phraseTest(own.filter(specific));
  const fieldPhrases = phraseTest(own.filter((t) => !specific(t)));
  // ...unless the record holds nothing more specific (no figure, place or name): then the field is all an editor gave
  // (a place of one part, "Canada", is as broad as the field; a keyword that is the pledger's name, "Poilievre", names no pledge)
  const names = new Set([...profile.entityNames, ...profile.people].map((n) => n.toLowerCase()));
  // (a year, "2020", is when, not what)
  const fieldWeight = profile.target || profile.places.length > 1 || own.slice(1).some((t) => specific(t) && !names.has(t.toLowerCase()) && !/^(19|20)\d\d$/.test(t.trim())) ? 0.5 : 0.9;
  // a one-word keyword that is a name ("Blythewood", "HS2") is specific; a common noun ("plant", "hiring") is not
  // (a keyword that is the place's region, "Orlando" for a site in Orlando, is as broad as the region
  // unless a pledge thing stands with it: "its Georgia factory")
  const regions = new Set(profile.places.slice(2).map((p) => p.toLowerCase()));
  const oneWord = profile.terms.filter((t) => !/\s/.test(t.trim()) && /^\p{Lu}|\p{N}/u.test(t.trim()) && !profile.entityNames.includes(t.trim()) && !shared.has(t.trim().toLowerCase()));
  const properKeywords = nameTest(oneWord.filter((t) => !regions.has(t.trim().toLowerCase())));
  const regionKeywords = nameTest(oneWord.filter((t) => regions.has(t.trim().toLowerCase())));
  // the place's first part is the site ("Blythewood"); the rest ("South Carolina", "England") is a region many stories share
  const entityLower = new Set(profile.entityNames.map((n) => n.toLowerCase()));
  const notEntity = (ps: string[]) => ps.filter((p) => !entityLower.has(p.toLowerCase()));
  // (a place its siblings share, "Boston" for a mayor's buses and rents, says whose city, not which pledge: only with the pledge's own field)
  const keyword = new Set(profile.terms.map((t) => t.toLowerCase()));
  const siblingPlace = (p: string) => shared.has(p.toLowerCase()) && !keyword.has(p.toLowerCase());
  const allParts = profile.places.length > 1 ? profile.places.slice(1) : profile.places;
  const parts = allParts.filter((p) => !siblingPlace(p));
  const sharedPlace = joinTests(phraseTest(allParts.filter(siblingPlace)));
  const placeTests = {
    specific: joinTests(phraseTest(profile.places.length > 1 ? notEntity(parts.slice(0, 1)) : [])),
    broad: joinTests(phraseTest(notEntity(profile.places.length > 1 ? parts.slice(1) : parts))),
  };
  // (and the plural a party's members go by: "Liberal" -> "Liberals")
  const ownWords = new Set([...profile.entityNames, ...profile.people, ...profile.places].flatMap((n) => n.toLowerCase().split(/[\s,]+/)).flatMap((w) => (/^\p{L}{4,}$/u.test(w) && !/s$/.test(w) ? [w, `${w}s`] : [w])));
  const titleWords = new Set(profile.titleWords.filter((w) => !shared.has(w)));
  // (a politician's pledge too: the government, its ministers and its successors act on it)
  const government = profile.government || profile.entityNames.some((n) => /\b(government|administration)\b/i.test(n));
  const country = profile.places.length === 1 ? new Set(profile.places[0]!.toLowerCase().split(/\s+/)) : null;
  const subjectOf = (s: Sentence, words: Set<string> | null) => {
    if (!words || words.size === 0) return false;
    const subject: Sentence['tokens'] = [];
    for (const t of s.tokens) {
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
      subject.push(t);
    }
    return subject.length <= 3 && subject.some((t) => words.has(t.norm)) && subject.every((t) => words.has(t.norm) || t.norm === 'the');
  };
  const countrySubject = (s: Sentence) => subjectOf(s, country);
  // "Government of Indonesia", "State of New York": the jurisdiction as a sentence's subject is the government ("Ontario started 94,753 homes")
  const jurisdiction = jurisdictionWords(profile);
  const elsewhere = (s: Sentence) =>
    profile.places.length > 0 && s.tokens.some((t, i) => /^(in|at|near)$/.test(t.norm) && s.tokens[i + 1]?.pos === 'PROPN' && !ownWords.has(s.tokens[i + 1]!.norm) && !notForeign.has(s.tokens[i + 1]!.norm));
  // a sited pledge ("Clayton, Victoria"): a sentence that puts its figure or field at another named site, and names
  // none of the pledge's own places, is about that site ("opens its vaccine plant at the Harwell campus")
  const builtThing = profile.titleWords.some((w) => /^(plant|factory|facility|site|gigafactory|fab|mill|campus|works|terminal|mine|refinery|headquarters|centre|center|hub|warehouse|project|stadium|airport|railway|line)s?$/.test(w));
  const termWords = new Set([...ownWords, ...profile.terms.flatMap((x) => x.toLowerCase().split(/[\s,]+/))]);
  const otherSite = (s: Sentence, lower: string) =>
    builtThing && profile.places.length > 1 && !placeTests.specific(lower) && !placeTests.broad(lower) &&
    s.tokens.some((t, i) => {
      if (!/^(in|at|near)$/.test(t.norm)) return false;
      const next = s.tokens[i + 1]?.norm === 'the' ? s.tokens[i + 2] : s.tokens[i + 1];
      // (not a demonym, "in the American market", nor a continent or an institution)
      return next?.pos === 'PROPN' && !termWords.has(next.norm) && !notForeign.has(next.norm) && !/(an|ish|ese)$/.test(next.norm) && !/^(united|america|europe|asia|africa|north|south|east|west|new|court|congress|parliament|washington|brussels)$/.test(next.norm);
    });
  const lede = ledeParagraphs(article);
  const { sentences } = article;
  // the office's holder names the pledger only in a story that names it, its person or its place somewhere
  const office = profile.office;
  const placed = office !== null && sentences.some((s) => { const lower = lowerOf(s); return named(s.text, lower) || placeTests.specific(lower) || placeTests.broad(lower); });

  const links: SentenceLink[] = [];
  let focus = false;
  let ledeNamed = false;
  let lastEvidence = 0;
  let lastParagraph = -1;
  /** sentences since the person was last named: a quote runs on after the sentence that says who speaks */
  let sincePerson = 99;
  let bareFigure = false;
  let policyLede = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const lower = lowerOf(s);
    // a dateline ("TEGUCIGALPA, April 21 (Wire) -") says where the reporter is, not which site the story is about
    const placeLower = lower.slice(datelineEnd(s.text));
    const isNamed = named(s.text, lower) || subjectOf(s, jurisdiction) || (placed && officeHolder(s, office!, ownWords));
    const isPerson = isNamed && person(s.text, lower);
    const figures = profile.target && mayHoldFigure.test(s.text) ? figuresOf(s) : [];
    const hits = new Set(s.tokens.filter((t) => titleWords.has(t.norm) || titleWords.has(t.lemma)).map((t) => t.lemma));
    const figure = figures.some((f) => matchesTarget(f, profile.target!)) ? 1 : figures.some((f) => sameValue(f, profile.target!) && !unitClash(f, profile.target!) && !/^(19|20)\d\d$/.test(String(f.value))) ? 0.8 : 0;
    // a bare number of the target's value ("every one of the 20,000") with no unit
    if (figure === 0.8) bareFigure = true;
    const common = Math.max(
      figure,
      properKeywords(s.text, lower) ? 0.8 : 0,
      regionKeywords(s.text, lower) ? (s.tokens.some((t) => pledgeNouns.has(t.lemma)) ? 0.8 : 0.3) : 0,
      placeTests.specific(placeLower) ? 0.7 : placeTests.broad(placeLower) ? 0.3 : 0,
      // two words of a short title, three of a longer one ("wind farm" alone is any wind farm)
      // (not when the sentence puts them at another named place: "fuel cell production in Bamberg")
      hits.size >= (titleWords.size >= 4 ? 3 : 2) && !elsewhere(s) ? 0.6 : hits.size >= 1 ? 0.2 : 0,
      ownPhrases.single(lower) ? 0.3 : 0,
    );
    const sharedOnly = phrases.multi(lower) ? 0.9 : 0;
    let distinct = Math.max(common, ownPhrases.multi(lower) ? 0.9 : fieldPhrases.multi(lower) ? Math.max(fieldWeight, sharedPlace(placeLower) ? 0.6 : 0) : 0, fieldPhrases.single(lower) ? 0.3 : 0);
    const away = otherSite(s, lower);
    if (away) distinct = Math.min(distinct, 0.5);
    const evidence = away ? Math.min(0.5, Math.max(distinct, sharedOnly)) : Math.max(distinct, sharedOnly);
    if (s.paragraph !== lastParagraph) {
      // a new paragraph: the focus carries on, and the headline's or lede's entity comes back
      if (ledeNamed) focus = true;
      lastParagraph = s.paragraph;
    }
    // a roundup's item that opens on someone else's name ("Microchip Technology, Colorado Springs: The company paused...") ends the focus
    if (!isNamed && itemHead(s, ownWords)) focus = false;
    let anchor = 0;
    // named only as an owner or partner of the subject: "ACC, the venture owned by Stellantis and Mercedes, has paused..."
    if (isNamed && foreignSubject(s, ownWords) && /\b(owned|backed|controlled|funded|venture|partnership|consortium) (by|of|between|with|including)\b/i.test(s.text)) anchor = 0.6;
    // named only in a list after someone else's verb: "Reliance sold stakes in Jio to Meta, Google and others"
    else if (isNamed && foreignSubject(s, ownWords) && listedOnly(s, ownWords)) anchor = 0.6;
    else if (isNamed) anchor = 1;
    else if (focus && anaphoric(s)) anchor = 0.9;
    else if (foreignSubject(s, ownWords)) anchor = 0;
    else if (focus) anchor = 0.75;
    else if (evidence >= 0.9) anchor = 0.6;
    // "Germany misses its housing target": a country that is the pledge's whole place, as the subject, is its government
    if (anchor < 0.9 && countrySubject(s)) anchor = 0.9;
    // a government's ministers and departments speak for it: "Health secretary Wes Streeting has delayed..."
    if (anchor < 0.9 && government && officialSubject(s)) anchor = 0.9;
    // a government's policy named by its own phrase, with no one else as the subject, is the government's act:
    // "The triple lock on state pensions will be suspended for a year" (passive, or the policy as the subject)
    const policy = government && !isNamed && distinct >= 0.9 && !foreignSubject(s, termWords);
    if (policy && anchor < 0.75) anchor = 0.75;
    if (policy && s.paragraph < lede) policyLede = true;
    if (isNamed && anchor === 1) focus = true;
    else if (anchor === 0 && foreignSubject(s, ownWords)) focus = false;
    if (isNamed && anchor === 1 && s.paragraph < lede) ledeNamed = true;
    lastEvidence = Math.max(distinct, lastEvidence * 0.8);
    sincePerson = isPerson ? 0 : sincePerson + 1;
    links.push({ named: isNamed, speaker: sincePerson <= 2, evidence, distinct, anchor, topic: lastEvidence, away });
  }
  // a headline that does not name anyone ("A9 dualling deadline passes", "New year, same road: ...") is about
  // whom the lede names: its pledge terms there speak of the lede's entity
  if (lede >= 2 && links.some((l, i) => sentences[i]!.paragraph > 0 && sentences[i]!.paragraph < lede && l.named && l.anchor === 1)) {
    sentences.forEach((s, i) => {
      const l = links[i]!;
      if (s.paragraph === 0 && !l.named && l.distinct >= 0.6 && l.anchor < 0.9) l.anchor = 0.9;
    });
  }
  const maxEvidence = links.reduce((m, l) => Math.max(m, l.evidence), 0);
  const maxDistinct = links.reduce((m, l) => Math.max(m, l.distinct), 0);
  // (a generic alias, "the government", with a bare number of the target's value is not enough: every government has a 20,000)
  const namedProperly = sentences.some((s, i) => links[i]!.named && properName(s.text)) || maxDistinct >= (bareFigure ? 0.9 : 0.8);
  // the pledge's own terms (not those it shares with a sibling pledge) in a sentence about the entity:
  // a figure in someone else's sentence, or the entity named once in a roundup, is not enough
  // (the headline and lede say what the story is about, whoever is their subject)
  const concerned = maxEvidence >= 0.6 && namedProperly && (links.some((l) => l.named && l.anchor === 1) || policyLede) && links.some((l, i) => (l.distinct >= 0.6 && l.anchor >= 0.75) || (l.distinct >= 0.8 && (l.anchor > 0 || l.distinct >= 0.9) && sentences[i]!.paragraph < lede));
  return { profile, concerned, sentences: links };
}
