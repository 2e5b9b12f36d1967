/**
 * Pledges of one entity told apart (detect.ts): the terms a pledge shares with its siblings say
 * which entity, not which pledge; of several pledges a cue could be about, it is the one whose
 * own words stand nearest.
 */
import type { Sentence } from './sentences';
import type { MatchingProfile } from './types';

/** Tokens from the cue to the nearest word that is this pledge's own (its title, keywords or place, not a sibling's). */
export function termDistance(s: Sentence, at: number, profile: MatchingProfile, shared: Set<string>): number {
  const names = new Set([...profile.entityNames, ...profile.people].flatMap((n) => n.toLowerCase().split(/\s+/)));
  const places = new Set(profile.places.flatMap((p) => p.toLowerCase().split(/[\s,]+/)));
  const own = (w: string) => !shared.has(w) && !names.has(w) && (profile.objectWords.has(w) || places.has(w));
  let best = Infinity;
  s.tokens.forEach((t, j) => {
    if ((own(t.norm) || own(t.lemma) || own(`${t.lemma}s`)) && Math.abs(j - at) < best) best = Math.abs(j - at);
  });
  return best;
}

/** Terms this pledge shares with another pledge of the same entity ("battery plant"): they say which entity, not which pledge. */
export function siblingTerms(p: MatchingProfile, all: MatchingProfile[]): Set<string> {
  const mine = new Set(p.terms.map((t) => t.toLowerCase()));
  const shared = new Set<string>();
  for (const o of all) {
    if (o === p || !o.entityNames.some((n) => p.entityNames.includes(n))) continue;
    for (const t of o.terms) if (mine.has(t.toLowerCase())) shared.add(t.toLowerCase());
    // a one-word term inside the other's phrase: "NHS" beside "NHS waiting lists"
    const words = new Set(o.terms.flatMap((t) => t.toLowerCase().split(/\s+/)));
    for (const t of mine) if (!/\s/.test(t) && words.has(t)) shared.add(t);
    // and the title words both titles use ("battery", "plant")
    for (const w of p.titleWords) if (o.titleWords.includes(w)) shared.add(w);
    // and the words of their terms both hold ("100" of "100 police officers" and "100 nurses")
    for (const w of p.objectWords) if (o.objectWords.has(w)) shared.add(w);
    // and the places both are at ("Boston, Massachusetts" for a mayor's buses and rents): they say whose city, not which pledge
    for (const pl of p.places) if (o.places.some((x) => x.toLowerCase() === pl.toLowerCase())) for (const w of [pl, ...pl.split(/[\s,]+/)]) shared.add(w.toLowerCase());
  }
  return shared;
}
