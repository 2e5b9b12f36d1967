/**
 * Turns what a reporter types into what the search index holds: lower case, abbreviations
 * of numbers spelled out ("1m jobs" -> "1 million jobs"), punctuation that carries no
 * meaning dropped. The store does the fuzzy part (trigrams, full text).
 */
const multipliers: Record<string, string> = {
  k: 'thousand',
  m: 'million',
  mn: 'million',
  mln: 'million',
  b: 'billion',
  bn: 'billion',
  t: 'trillion',
  tn: 'trillion',
};

export function normalizeSearch(query: string): string {
  return query
    .toLowerCase()
    .replace(/\$(\d)/g, '$1')
    // not inside a hyphenated word: a slug ("alibaba-1m-us-jobs") is searched as itself
    .replace(/(?<![\p{L}\p{N}-])(\d+(?:\.\d+)?)\s*(k|m|mn|mln|b|bn|t|tn)(?![\p{L}\p{N}-])/gu, (_, n: string, unit: string) => `${n} ${multipliers[unit]}`)
    .replace(/\bone\s+(million|billion|thousand)\b/g, '1 $1')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
