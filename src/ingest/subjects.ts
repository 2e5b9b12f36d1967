/**
 * Who a sentence is about (link.ts): a pronoun or a descriptor pointing back at the pledger in
 * focus, a subject that names someone else, a roundup's item heading, the holder of the
 * pledger's office, a government office as subject, and the dateline that is only where the
 * story was filed.
 */
import { speechVerbs } from './cues';
import type { Sentence } from './sentences';

/** What points back at an entity or person already in focus. */
const pronouns = new Set(['it', 'its', 'he', 'his', 'she', 'her', 'they', 'their', 'we', 'our']);
export const descriptors = new Set([
  'company', 'firm', 'group', 'retailer', 'manufacturer', 'maker', 'carmaker', 'automaker', 'chipmaker', 'giant', 'business',
  'conglomerate', 'startup', 'operator', 'producer', 'supplier', 'government', 'administration', 'president', 'premier',
  'minister', 'executive', 'ceo', 'founder', 'chairman', 'chairwoman', 'chief', 'leader', 'party', 'council', 'billionaire',
  'tycoon', 'entrepreneur', 'governor', 'mayor', 'prime', 'chancellor', 'corporation', 'multinational', 'brand', 'bank',
  'airline', 'insurer', 'developer', 'investor', 'owner', 'employer', 'tech', 'utility', 'automaker', 'steelmaker', 'miner',
  'platform', 'network', 'province', 'candidate', 'senator', 'lawmaker', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry',
]);
export const notForeign = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'mr', 'ms', 'mrs', 'dr', 'us', 'u.s.', 'uk']);

export function anaphoric(s: Sentence): boolean {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.norm;
    if (pronouns.has(w)) return true;
    if ((w === 'the' || w === 'this') && [t[i + 1], t[i + 2], t[i + 3]].some((x) => x && descriptors.has(x.lemma))) return true;
  }
  return false;
}

/** The pledger's names stand only in a list of names (commas, "and") after the first verb. */
export function listedOnly(s: Sentence, own: Set<string>): boolean {
  const t = s.tokens;
  const verb = t.findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
  const at = t.map((x, i) => (own.has(x.norm) ? i : -1)).filter((i) => i >= 0);
  if (verb < 0 || at.length === 0 || at[0]! < verb) return false;
  // "Corporation tax will rise after all, Truss says": the speaker named after the clause, not a list
  if (at.some((i) => speechVerbs.test(t[i + 1]?.lemma ?? ''))) return false;
  return at.every((i) => [t[i - 1], t[i + 1]].some((x) => x && (x.norm === ',' || x.norm === 'and')));
}

/** The sentence's subject (the words before its first verb) names someone not in this profile. */
export function foreignSubject(s: Sentence, own: Set<string>): boolean {
  // "Other cloud providers have also slowed...", "Rival carmakers ..."
  if (/^(other|rival|another)$/.test(s.tokens[0]?.norm ?? '')) return true;
  // a dateline ("PARIS —", "WOODRUFF, S.C. —") is where the story was filed, not its subject
  const dash = s.tokens.findIndex((t, i) => i < 6 && /^[—–]$/.test(t.norm));
  let ownSeen = false;
  for (const t of s.tokens.slice(dash + 1)) {
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    // "ACC, the venture of Stellantis and Mercedes, said": an apposition after the pledger's own name describes it
    if (t.norm === ',' && ownSeen) return false;
    if (own.has(t.norm)) ownSeen = true;
    // "Natural Resources Minister Jonathan Wilkinson said": the pledger's own officer speaking
    if (officers.test(t.lemma)) return false;
    if (t.pos === 'PROPN' && !own.has(t.norm) && !notForeign.has(t.norm)) return true;
  }
  return false;
}

/** The sentence opens on a heading, a name before a colon with no verb, that is not this pledger's. */
export function itemHead(s: Sentence, own: Set<string>): boolean {
  const colon = s.tokens.findIndex((t, i) => i < 10 && t.norm === ':');
  if (colon <= 0) return false;
  const head = s.tokens.slice(0, colon);
  return head.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX') && head.some((t) => t.pos === 'PROPN' && !own.has(t.norm) && !notForeign.has(t.norm));
}

/**
 * "Mayor Zohran Mamdani", "the prime minister", "the new premier": the holder of the pledger's
 * office speaks for it, whoever holds it now; not another place's ("Chicago Mayor ...", "the
 * mayor of Boston", "Leeds's mayor") and not a former, deputy or shadow one.
 */
export function officeHolder(s: Sentence, office: string, ownWords: Set<string>): boolean {
  const words = office.split(' ');
  const t = s.tokens;
  for (let i = 0; i + words.length <= t.length; i++) {
    if (!words.every((w, k) => t[i + k]!.lemma === w || t[i + k]!.norm === w)) continue;
    const end = i + words.length;
    const prev = t[i - 1];
    if (prev && /^(former|ex|deputy|vice|opposition|shadow|acting|interim|then)$/.test(prev.norm)) continue;
    if (prev && prev.pos === 'PROPN' && !ownWords.has(prev.norm)) continue;
    if (prev && /^['’]s?$|^['’]s$/.test(prev.norm) && !ownWords.has(t[i - 2]?.norm ?? '')) continue;
    if (t[end]?.norm === 'of' && !ownWords.has(t[end + 1]?.norm ?? '')) continue;
    if (t[end]?.pos === 'PROPN' || [prev, t[i - 2]].some((x) => x && /^(the|our|new|incoming|its|city|state)$/.test(x.norm))) return true;
  }
  return false;
}

/** where a dateline ends: "KUALA LUMPUR, May 3 (Wire) - " -> the offset after the dash; 0 when there is none */
export function datelineEnd(text: string): number {
  const m = /^\p{Lu}[\p{Lu}\s.'’-]{2,40}(?:,[^–—\n]{0,50}?)?\s[-–—]\s/u.exec(text);
  return m ? m[0].length : 0;
}

/** The subject (the words before the first verb) is a government office: "Health secretary ...", "The Transportation Department". */
export function officialSubject(s: Sentence): boolean {
  for (const t of s.tokens) {
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (/^(minister|secretary|department|ministry|chancellor|premier|treasury|pm)$/.test(t.lemma)) return true;
  }
  // "..., Public Works Minister Jean-Yves Duclos announced": the minister who says it, after the clause
  const comma = s.tokens.map((t) => t.norm).lastIndexOf(',');
  const tail = comma >= 0 ? s.tokens.slice(comma + 1) : [];
  return tail.length <= 9 && tail.some((t) => /^(minister|secretary|chancellor|premier)$/.test(t.lemma)) && tail.some((t) => /^(say|announce|tell|confirm|add|state|write)$/.test(t.lemma)) && !tail.some((t) => /^(shadow|opposition|former|ex)$/.test(t.norm));
}

/** Who speaks for the pledger: "Housing Minister ...", "a company spokeswoman", "chief executive ...". */
const officers = /^(minister|secretary|spokesman|spokeswoman|spokesperson|executive|ceo|chairman|chairwoman|premier|chancellor)$/;

