import { PledgewatchError, err, ok } from '../errors';
import { pledgeDetailReply, pledgeListItem } from '../pledges/present';
import { normalizeSearch } from '../pledges/search-query';
import type { PledgeMatch } from '../pledges/types';
import { grammar } from './grammar';
import type { PledgeReads } from '../ports';
import type { CommandDeps, CommandResult } from './types';

export const lookupGrammar = grammar('lookup', `
  /pledge <query>
  A pledge by slug, entity, alias, person or words, typo tolerant: who pledged what, its status, quote, source and deadline.
  query: a pledge slug, an entity (alibaba), a person (jack ma) or a few words (1m jobs)
  e.g. /pledge jack ma
`);

/** Word-similarity floor for an answer, and the lower one for "did you mean". */
export const ANSWER_SIMILARITY = 0.5;
export const SUGGEST_SIMILARITY = 0.25;
const MAX_CHOICES = 6;

/**
 * `/pledge <query>`: an exact slug, else the ranked search. One clear winner is shown in
 * full; several close matches become a short list to pick from.
 */
export async function lookupPledge(deps: CommandDeps<PledgeReads>, query: string): Promise<CommandResult> {
  const slugLike = query.toLowerCase();
  if (/^[a-z0-9-]+$/.test(slugLike)) {
    const exact = await deps.store.getPledge(slugLike);
    if (exact) return ok(pledgeDetailReply(exact, deps));
  }
  const { matches, near } = await rankedSearch(deps.store, query, MAX_CHOICES);
  const winner = clearWinner(matches);
  if (winner) {
    const detail = await deps.store.getPledge(winner.slug);
    if (detail) return ok(pledgeDetailReply(detail, deps));
  }
  if (matches.length === 0) return err(noMatch(query, near));
  return ok({
    summary: `${matches.length} pledges match “${query}”`,
    title: `${matches.length} pledges match “${query}”`,
    sections: [{ kind: 'list', items: matches.map(pledgeListItem) }],
    visibility: 'ephemeral',
  });
}

/**
 * The ranked, typo-tolerant search behind `/pledge <query>` and the tracker's `/?q=`: the
 * matches good enough to answer with, else up to 3 near ones for "did you mean".
 */
export async function rankedSearch(store: PledgeReads, query: string, limit: number): Promise<{ matches: PledgeMatch[]; near: PledgeMatch[] }> {
  const normalized = normalizeSearch(query);
  if (normalized === '') return { matches: [], near: [] };
  const matches = await store.searchPledges(normalized, { limit, minSimilarity: ANSWER_SIMILARITY });
  if (matches.length > 0) return { matches, near: [] };
  return { matches, near: await store.searchPledges(normalized, { limit: 3, minSimilarity: SUGGEST_SIMILARITY }) };
}

/** The top match stands alone, or well ahead of the next one. */
function clearWinner(matches: PledgeMatch[]): PledgeMatch | null {
  const [first, second] = matches;
  if (!first) return null;
  if (!second) return first;
  return first.score - second.score >= 0.15 ? first : null;
}

function noMatch(query: string, near: PledgeMatch[]): PledgewatchError {
  return new PledgewatchError('not_found', `No pledge matches “${query}”.`, {
    hint: near.length > 0 ? 'Did you mean one of these?' : 'Try an entity, a person or a few words (/pledge alibaba, /pledge jack ma), /pledge list, or /pledge help.',
    suggestions: near.map((m) => ({ slug: m.slug, label: `${m.entityName}: ${m.title}` })),
  });
}
