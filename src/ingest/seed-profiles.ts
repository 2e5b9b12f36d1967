/**
 * The shipped pledges' profiles without a database, for the eval: the same ProfileSource
 * fields the store returns (PledgeDetail), read from the seed data. A test checks that the
 * two agree.
 */
import { shippedData } from '../db/seed/data';
import { profileFromPledge } from './profiles';
import type { MatchingProfile } from './types';

export function seedProfiles(): MatchingProfile[] {
  return shippedData.pledges.map((p) => {
    const entity = shippedData.entities.find((e) => e.slug === p.entitySlug);
    const person = p.by ? shippedData.people.find((x) => x.slug === p.by) : undefined;
    return profileFromPledge({
      slug: p.slug,
      entityName: entity?.name ?? p.entitySlug,
      aliases: [...(entity?.aliases ?? [])].sort(),
      byName: person?.name ?? null,
      byRole: person?.role ?? null,
      title: p.title,
      target: p.target ?? null,
      keywords: p.keywords,
      place: p.place ?? null,
    });
  });
}
