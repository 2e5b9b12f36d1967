import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { SUGGEST_SIMILARITY } from '../../core/commands/pledge-lookup';
import { normalizeSearch } from '../../core/pledges/search-query';
import type { PledgeReads } from '../../core/ports';
import { cut } from '../../render/discord';

/** Discord takes at most 25 choices per autocomplete response. */
const MAX_CHOICES = 25;

/** Pledge choices for what has been typed so far: name shown, slug sent. */
export async function pledgeChoices(store: PledgeReads, typed: string): Promise<APIApplicationCommandOptionChoice<string>[]> {
  const query = normalizeSearch(typed.slice(0, 200));
  const pledges =
    query === ''
      ? (await store.listPledges({ limit: MAX_CHOICES, offset: 0 })).items
      : await store.searchPledges(query, { limit: MAX_CHOICES, minSimilarity: SUGGEST_SIMILARITY });
  return pledges.slice(0, MAX_CHOICES).map((p) => ({
    name: cut(`${p.entityName}: ${p.title} (${p.status.replaceAll('_', ' ')})`, 100),
    value: p.slug.slice(0, 100),
  }));
}
