/**
 * Matching profiles of the tracked pledges, built from what the pledge-reads port gives
 * (PledgeDetail): the entity's name and aliases, the person who made it (full name and
 * surname), the title, the editor's keywords, the place and the numeric target. Nothing here
 * knows any one pledge: every word comes from the record.
 */
import type { PledgeReads } from '../core/ports';
import type { PledgeDetail } from '../core/pledges/types';
import type { MatchingProfile } from './types';

export type ProfileSource = Pick<PledgeDetail, 'slug' | 'entityName' | 'aliases' | 'byName' | 'title' | 'target' | 'keywords' | 'place'> & { byRole?: string | null };

/** offices whose holder speaks for the pledger, whoever holds them now: "Mayor Ana Ruiz", "the premier" */
const offices = /^(mayor|governor|premier|prime minister|first minister|chief minister|taoiseach|lord mayor|county executive)$/;
/** (a company has a president and a chancellor a university: those count for a government only) */
const stateOffices = /^(president|chancellor)$/;
const governmental = /\b(government|state|republic|administration|city|kingdom|federal|ministry|council|province|county|commonwealth)\b/i;
function officeOf(role: string | null, names: string[]): string | null {
  // ("governor of Texas", "Mayor of Chicago": the office is the words before "of")
  const r = role?.trim().toLowerCase().replace(/\s+of\s.*$/, '') ?? '';
  return offices.test(r) || (stateOffices.test(r) && names.some((n) => governmental.test(n))) ? r : null;
}

const scales: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/** Ways a reporter writes a quantity, as display terms: "1 million", "million", "1m", "1,000,000". */
export function quantityPhrases(q: number): string[] {
  const phrases = new Set<string>([q.toLocaleString('en-US'), String(q)]);
  for (const [size, word] of scales) {
    if (q >= size && q % size === 0 && q < size * 1000) {
      const n = q / size;
      phrases.add(`${n} ${word}`);
      if (n === 1) phrases.add(word);
      if (word === 'million' || word === 'billion') phrases.add(`${n}${word[0]}`);
      break;
    }
  }
  return [...phrases];
}

/** the title without its leading verb: "create 1 million US jobs" -> "1 million US jobs" */
const verbs = /^(create|build|hire|invest|spend|cut|reduce|plant|add|open|bring|raise|donate|give|train|make|move|keep|end|ban|phase|deliver|expand|establish|set up|launch)\s+/i;
/** verbs a pledge's title may start with, so that the pledge's own verb is not read as a cue */
const titleVerbs = /^(repeal|stop|shut|retire|decommission|move|cancel|cut|halve|double|triple|plant|build|create|hire|invest|spend|reduce|end|ban|phase|close|remove|scrap|abolish|axe|ax|ditch|eliminate|annul|abrogate|revoke|rescind|drop|raise|lower|freeze|open|deliver|expand|add|give|donate|train)$/;
/** pledges to end a thing (a plant closed, a tax abolished, a ban in force is the pledge kept); their verbs are read also in a headline's present tense */
export const closurePledge = /^(repeal|drop|close|shut|end|phase|retire|decommission|abolish|scrap|axe|ax|ditch|eliminate|annul|abrogate|revoke|rescind|ban|remove|cancel|stop)$/;
const stop = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'and', 'or', 'with', 'from', 'new', 'its', 'his', 'her', 'their', 'over', 'into', 'within', 'next', 'years', 'year', 'us', 'u.s.', 'off', 'near', 'across', 'per', 'all', 'more']);

/**
 * A party or group named in the plural is written in the singular before a noun: "Liberal
 * Democrat candidates", "a Lib Dem pledge", "Conservative MPs", "a Tory manifesto". The
 * plural's last word, singular, for the endings of group names (not "Siemens", "Cummins").
 */
function memberForm(name: string): string[] {
  const m = /^(.*?)([A-Z][a-z]*?)(ies|ats|ans|ives|ems|als|ists)$/.exec(name.trim());
  if (!m) return [];
  const [, head, stem, end] = m;
  return [`${head}${stem}${end === 'ies' ? 'y' : end!.slice(0, -1)}`];
}

/** "Trump Tower, New York" -> itself and its parts */
function placeNames(place: string | null): string[] {
  if (!place?.trim()) return [];
  const parts = place.split(/[,;/]|\s+-\s+/).map((p) => p.trim()).filter((p) => p.length > 1);
  return [...new Set([place.trim(), ...parts])];
}

export function profileFromPledge(p: ProfileSource): MatchingProfile {
  const people = p.byName ? [p.byName] : [];
  const parts = p.byName?.trim().split(/\s+/) ?? [];
  if (parts.length >= 2) people.push(parts[parts.length - 1]!); // "Jack Ma" -> "Ma"
  const entityNames = [...new Set([p.entityName, ...p.aliases].flatMap((n) => [n, ...memberForm(n)]))];
  const lowerNames = new Set([...entityNames, ...people].map((n) => n.toLowerCase()));
  const terms = new Set<string>([p.title.replace(verbs, '')]);
  if (p.target) for (const q of quantityPhrases(p.target.quantity)) terms.add(`${q} ${p.target.unit}`);
  // keywords that are only the entity's or person's name add nothing: the names match already
  // (an alias with a numeral that the editor also gave as a keyword, "Snowy 2.0", is a project's own name, not the company's;
  // "Walt Disney World" is a place every story about the resort names)
  for (const k of p.keywords ?? []) if (k.trim() && (!lowerNames.has(k.trim().toLowerCase()) || (/\d/.test(k) && k.trim().toLowerCase() !== p.entityName.toLowerCase()))) terms.add(k.trim());
  const nameWords = new Set([...lowerNames, ...placeNames(p.place ?? null).map((x) => x.toLowerCase())].flatMap((n) => n.split(/[\s,]+/)));
  // (a headline-style title names its verb after "to": "AGL to close Liddell by 2023")
  const leading = (/^(?:[^\s]+\s+){1,3}?to\s+([\p{L}-]+)/u.exec(p.title.trim())?.[1] ?? p.title.trim().split(/\s+/)[0]!).toLowerCase();
  // (or in the present tense after the pledger's name: "Pennsylvania drops degree requirement", "Ruiz scraps tolls")
  const presentTense = p.title.trim().split(/\s+/).slice(1, 4).map((w) => w.toLowerCase()).filter((w) => w.endsWith('s')).flatMap((w) => [w.slice(0, -1), w.replace(/es$/, '')]).find((w) => closurePledge.test(w));
  const firstWord = titleVerbs.test(leading) || !presentTense ? leading : presentTense;
  // (the title's leading verb, "build", "create", is in every pledge: not a word of this one)
  const titleWords = [...new Set(p.title.replace(verbs, '').toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/[\s-]+/).filter((w) => w.length > 2 && !stop.has(w) && !nameWords.has(w) && !/^\d/.test(w)))];
  const objectWords = new Set([...titleWords, ...[...terms].flatMap((t) => t.toLowerCase().split(/[\s-]+/))].filter((w) => w.length > 2 && !stop.has(w) && !nameWords.has(w)));
  return {
    slug: p.slug,
    titleVerb: titleVerbs.test(firstWord) ? firstWord : null,
    office: officeOf(p.byRole ?? null, entityNames),
    government: officeOf(p.byRole ?? null, entityNames) !== null || entityNames.some((n) => governmental.test(n)),
    nameWords,
    objectWords,
    entityNames,
    people: [...new Set(people)],
    terms: [...terms],
    places: placeNames(p.place ?? null),
    target: p.target ?? null,
    titleWords,
  };
}

/** Every tracked pledge's profile, read through the pledge-reads port. */
export async function loadProfiles(store: PledgeReads): Promise<MatchingProfile[]> {
  const profiles: MatchingProfile[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.listPledges({ limit: 100, offset });
    for (const summary of page.items) {
      const detail = await store.getPledge(summary.slug);
      if (detail) profiles.push(profileFromPledge(detail));
    }
    if (page.items.length === 0 || offset + page.items.length >= page.total) break;
  }
  return profiles;
}
