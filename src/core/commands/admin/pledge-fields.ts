import { PledgewatchError, err, ok, type Result } from '../../errors';
import type { PledgeFields } from '../../ports';
import { parseTarget } from '../../pledges/target';
import { parseDate, parseText, parseUrl } from './args';

/**
 * The fields of a pledge record as editors write them, `key=value`, shared by add-pledge and
 * edit-pledge so both accept and refuse the same values with the same messages.
 */
export const PLEDGE_KEYS = ['entity', 'by', 'role', 'to', 'made', 'title', 'text', 'source', 'deadline', 'target', 'place', 'aliases', 'keywords'] as const;
type PledgeKey = (typeof PLEDGE_KEYS)[number];

export const MAX_NAME = 200;
const MAX_LIST_ITEMS = 20;
const MAX_LIST_ITEM = 100;
/** The latest deadline anyone may set: far off, but a real date. */
const FAR = '9999-12-31';

const bad = (message: string, hint?: string) => err(new PledgewatchError('bad_input', message, hint ? { hint } : {}));

const TARGET_EXAMPLES = 'Write a number and its unit, e.g. target="25,000 jobs", target="$10 billion", target=10bn usd, target="£2.5bn" or target="13k jobs".';

function parseTargetArg(value: string): Result<ReturnType<typeof parseTarget>> {
  const t = parseTarget(value);
  return t ? ok(t) : bad(`target= “${value.slice(0, 80)}” is not a number with a unit.`, TARGET_EXAMPLES);
}

function parseList(value: string, what: string): Result<string[]> {
  const items = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
  if (items.length > MAX_LIST_ITEMS) return bad(`${what} lists ${items.length} items; the limit is ${MAX_LIST_ITEMS}.`);
  const long = items.find((s) => s.length > MAX_LIST_ITEM);
  if (long) return bad(`${what} item “${long.slice(0, 40)}…” is ${long.length} characters long; the limit is ${MAX_LIST_ITEM}.`);
  return ok(items);
}

/**
 * Parses the given keys. An empty value (`place=""`) clears an optional field; required
 * ones (entity, made, title, text, source) cannot be empty. Dates: made= not in the
 * future, deadline= not before made= when both are given.
 */
export function parsePledgeFields(pairs: Map<string, string>, today: string): Result<PledgeFields> {
  const f: PledgeFields = {};
  const optionalText = (key: PledgeKey, max = MAX_NAME): Result<string | null> => {
    const v = pairs.get(key)!.trim();
    return v === '' ? ok(null) : parseText(v, `${key}=`, max);
  };
  for (const key of PLEDGE_KEYS) {
    if (!pairs.has(key)) continue;
    const raw = pairs.get(key)!;
    const r: Result<unknown> = (() => {
      switch (key) {
        case 'entity': return parseText(raw, 'entity=', MAX_NAME);
        case 'title': return parseText(raw, 'title=', MAX_NAME);
        case 'text': return parseText(raw, 'text=');
        case 'made': return parseDate(raw, 'made=', today);
        case 'source': return parseUrl(raw);
        case 'deadline': return raw.trim() === '' ? ok(null) : parseDate(raw.trim(), 'deadline=', FAR);
        case 'target': return raw.trim() === '' ? ok(null) : parseTargetArg(raw);
        case 'aliases': return parseList(raw, 'aliases=');
        case 'keywords': return parseList(raw, 'keywords=');
        case 'by': case 'role': case 'to': case 'place': return optionalText(key);
      }
    })();
    if (!r.ok) return r;
    const field = ({ entity: 'entityName', by: 'byName', role: 'byRole', to: 'madeTo', made: 'madeOn', source: 'sourceUrl' } as Partial<Record<PledgeKey, keyof PledgeFields>>)[key] ?? (key as keyof PledgeFields);
    (f as Record<string, unknown>)[field] = r.value;
  }
  if (f.madeOn && f.deadline && f.deadline < f.madeOn) {
    return bad(`deadline= ${f.deadline} is before the pledge was made (${f.madeOn}).`, 'A deadline is the date by which the pledge was to be met.');
  }
  return ok(f);
}

/** A role belongs to the person who made the pledge: none without one. */
export function roleNeedsPerson(role: string | null | undefined, byName: string | null | undefined): Result<true> {
  return role && !byName ? bad('role= is the role of the person in by=, and there is no by=.', 'Give both, e.g. by="Jane Doe" role="chief executive".') : ok(true);
}
