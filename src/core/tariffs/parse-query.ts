import { PledgewatchError, err, ok, type Result } from '../errors';
import { isIsoDate } from '../format';
import type { TariffFilter } from './types';

const countryWords: Record<string, string> = {
  china: 'CN',
  chinese: 'CN',
  prc: 'CN',
  cn: 'CN',
  beijing: 'CN',
  us: 'US',
  usa: 'US',
  'u.s.': 'US',
  'u.s': 'US',
  america: 'US',
  american: 'US',
  'united states': 'US',
  washington: 'US',
};
const connectives = new Set(['and', 'vs', 'v', 'versus', 'on', 'to', 'against', '-', '→', '->', '/', 'x']);

/** `/tariff <query>` in words -> a typed filter, or a bad_input error that says what works. */
export function parseTariffQuery(query: string): Result<TariffFilter> {
  const q = query.toLowerCase().trim();
  if (q === '' || q === 'all' || q === 'list') return ok({ kind: 'all' });
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(q)) {
    if (!isIsoDate(q)) {
      return err(new PledgewatchError('bad_input', `“${query}” is not a calendar date.`, { hint: 'Dates are YYYY-MM-DD, e.g. /tariff 2018-09-24.' }));
    }
    return ok({ kind: 'date', date: q });
  }
  const list = /^(?:list|tranche)\s+([0-9][a-z]?)$/.exec(q);
  if (list?.[1]) return ok({ kind: 'list', list: `List ${list[1].toUpperCase()}` });
  if (/^retaliat(?:ion|ions|ory|es)$/.test(q)) return ok({ kind: 'retaliation' });
  if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(q) && !countryPair(q)) return ok({ kind: 'slug', slug: q });
  const parties = countryPair(q);
  if (parties) return ok({ kind: 'parties', countries: parties });
  return ok({ kind: 'text', text: q });
}

function countryPair(q: string): string[] | null {
  const words = q
    .replace(/united states/g, 'usa')
    .split(/[\s,]+|(?<=\w)-(?=\w)/)
    .filter((w) => w && !connectives.has(w));
  if (words.length === 0 || words.length > 2) return null;
  const codes = words.map((w) => (Object.hasOwn(countryWords, w) ? countryWords[w] : undefined));
  if (codes.some((c) => c === undefined)) return null;
  return [...new Set(codes as string[])];
}
