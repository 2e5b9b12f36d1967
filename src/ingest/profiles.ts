/**
 * Matching profiles of the tracked pledges, built from what the Store port already gives
 * (PledgeDetail): the entity's name and aliases, the person who made it, the title and the
 * numeric target. The port carries no keyword list, so the pledge's terms are derived from
 * the title and target: "create 1 million US jobs" + {1000000, jobs} -> "1 million US jobs",
 * "million jobs", "1,000,000 jobs", "1m jobs".
 */
import type { Store } from '../core/ports';
import type { PledgeDetail } from '../core/pledges/types';
import type { MatchingProfile } from './types';

export type ProfileSource = Pick<PledgeDetail, 'slug' | 'entityName' | 'aliases' | 'byName' | 'title' | 'target'>;

const scales: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/** Ways a reporter writes a quantity: "1 million" is also "million", "1m", "1,000,000". */
export function quantityPhrases(q: number): string[] {
  const phrases = new Set<string>([q.toLocaleString('en-US'), String(q)]);
  for (const [size, word] of scales) {
    if (q >= size && q % size === 0 && q < size * 1000) {
      const n = q / size;
      phrases.add(`${n} ${word}`);
      if (n === 1) phrases.add(word); // "a million", "one million", "1 million" all contain "million"
      if (word === 'million' || word === 'billion') phrases.add(`${n}${word[0]}`);
      break;
    }
  }
  return [...phrases];
}

/** the title without its leading verb: "create 1 million US jobs" -> "1 million US jobs" */
const verbs = /^(create|build|hire|invest|spend|cut|reduce|plant|add|open|bring|raise|donate|give|train)\s+/i;

export function profileFromPledge(p: ProfileSource): MatchingProfile {
  const people = p.byName ? [p.byName] : [];
  const parts = p.byName?.trim().split(/\s+/) ?? [];
  if (parts.length >= 2) people.push(parts[parts.length - 1]!); // "Jack Ma" -> "Ma"
  const terms = new Set<string>([p.title.replace(verbs, '')]);
  if (p.target) for (const q of quantityPhrases(p.target.quantity)) terms.add(`${q} ${p.target.unit}`);
  return {
    slug: p.slug,
    entityNames: [...new Set([p.entityName, ...p.aliases])],
    people: [...new Set(people)],
    terms: [...terms],
  };
}

/** Every tracked pledge's profile, read through the Store port. */
export async function loadProfiles(store: Store): Promise<MatchingProfile[]> {
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
