import { PledgewatchError, err, ok, type Result } from '../../errors';
import { isIsoDate } from '../../format';
import { isPledgeStatus, isStatusReason, pledgeStatuses, statusReasons, type PledgeStatus, type StatusReason } from '../../vocabulary';

/** Validators for editors' arguments: each says what is wrong and what would be valid. */
const bad = (message: string, hint?: string) => err(new PledgewatchError('bad_input', message, hint ? { hint } : {}));

const MAX_URL = 2_000;
/** Record numbers (proposals, deliveries) are 32-bit in the store: nothing above exists. */
const MAX_RECORD_ID = 2_147_483_647;
/** The largest amount a dollar figure may be (a whole number of dollars the store keeps exactly). */
export const MAX_USD = Number.MAX_SAFE_INTEGER;
const MAX_STATEMENT = 2_000;

export function parseUrl(value: string | undefined, what = 'source URL'): Result<string> {
  if (!value) return bad(`A ${what} is required.`, 'Give the full link, e.g. https://www.reuters.com/...');
  if (value.length > MAX_URL) return bad(`That ${what} is ${value.length} characters long; the limit is ${MAX_URL}.`);
  try {
    const u = new URL(value.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return bad(`“${value}” is not a web link.`, 'Links start with https://');
    if (!u.hostname.includes('.')) return bad(`“${value}” has no real host name.`);
    return ok(u.toString());
  } catch {
    return bad(`“${value}” is not a valid ${what}.`, 'Links start with https://');
  }
}

/** A record's number (`12` or `#12`), from 1 to MAX_RECORD_ID; `what` names the record. */
export function parseRecordId(value: string | undefined, what: string, usage: string): Result<number> {
  if (!value) return bad(`Which ${what}? Give its number.`, `Usage: ${usage}`);
  if (!/^#?\d+$/.test(value)) return bad(`“${value}” is not a ${what} number.`, `Usage: ${usage}`);
  const id = Number(value.replace(/^#/, ''));
  if (id < 1 || id > MAX_RECORD_ID) return bad(`There is no ${what} ${value.slice(0, 30)}: numbers go from 1 to ${MAX_RECORD_ID.toLocaleString('en-US')}.`, `Usage: ${usage}`);
  return ok(id);
}

export function parseStatus(value: string | undefined): Result<PledgeStatus> {
  const v = value?.toLowerCase().replace(/[\s-]/g, '_');
  if (v && isPledgeStatus(v)) return ok(v);
  return bad(value ? `“${value}” is not a pledge status.` : 'Which status?', `Statuses: ${pledgeStatuses.join(', ')}.`);
}

export function parseReason(value: string | undefined): Result<StatusReason | null> {
  if (value === undefined || value === '') return ok(null);
  const v = value.toLowerCase().replace(/[\s-]/g, '_');
  if (isStatusReason(v)) return ok(v);
  return bad(`“${value}” is not a reason.`, `Reasons: ${statusReasons.join(', ')}.`);
}

export function parseDate(value: string | undefined, what: string, today: string): Result<string> {
  if (!value) return bad(`${what} is required.`, 'Dates are YYYY-MM-DD.');
  if (!isIsoDate(value)) return bad(`“${value}” is not a date (${what}).`, 'Dates are YYYY-MM-DD, e.g. 2018-09-19.');
  if (value > today) return bad(`${what} ${value} is in the future.`);
  return ok(value);
}

export function parseText(value: string | undefined, what: string, max = MAX_STATEMENT): Result<string> {
  const v = value?.trim();
  if (!v) return bad(`${what} is required.`, 'Put text with spaces in double quotes.');
  if (v.length > max) return bad(`${what} is ${v.length.toLocaleString('en-US')} characters long; the limit is ${max.toLocaleString('en-US')}.`);
  return ok(v);
}

/**
 * `key=value` pairs (values quoted when they hold spaces) and the bare words around them.
 * With `continueValues` (commands made only of pairs), a bare word after a pair continues
 * its value, so `target=10bn usd` and `place=Tynmouth docks, North Shields` read as typed.
 */
export function splitPairs(args: string[], opts: { continueValues?: boolean } = {}): { pairs: Map<string, string>; words: string[] } {
  const pairs = new Map<string, string>();
  const words: string[] = [];
  let last: string | null = null;
  for (const arg of args) {
    const m = /^([a-z][a-z_-]*)=([\s\S]*)$/i.exec(arg);
    if (m?.[1] !== undefined && m[2] !== undefined) {
      last = m[1].toLowerCase().replace(/-/g, '_');
      pairs.set(last, m[2]);
    } else if (opts.continueValues && last !== null) {
      pairs.set(last, `${pairs.get(last)} ${arg}`.trim());
    } else words.push(arg);
  }
  return { pairs, words };
}

/** A chat user by id (`U123`, `@U123`): each adapter turns its platform's mentions into the id. */
export function parseUserRef(value: string | undefined): Result<string> {
  const id = value ? /^@?([A-Za-z0-9]{2,32})$/.exec(value.trim())?.[1] : undefined;
  if (!id) return bad(value ? `“${value}” is not a user.` : 'Which user?', 'Mention them (@name) or give their user id.');
  return ok(id);
}

/** `key=value` pairs outside `allowed`, refused with the command's syntax. */
export function refuseUnknown(pairs: Map<string, string>, allowed: readonly string[], usage: string): Result<true> {
  const extra = [...pairs.keys()].filter((k) => !allowed.includes(k));
  return extra.length > 0 ? bad(`Unknown field${extra.length > 1 ? 's' : ''}: ${extra.join(', ')}.`, `Usage: ${usage}`) : ok(true);
}

export const isSlug = (s: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) && s.length <= 80;

/** The fields of a status change an editor may give as `key=value`: correct and approve. */
interface ChangeFields {
  quote?: string;
  /** who spoke the quote; null: nobody named */
  quoteBy?: string | null;
  sourceUrl?: string;
  effectiveOn?: string;
  reason?: StatusReason | null;
  status?: PledgeStatus;
  note?: string;
}

/** Validates the change fields present in `pairs` (quote, source, date, reason, status, note). */
export function parseChangeFields(pairs: Map<string, string>, today: string): Result<ChangeFields> {
  const fields: ChangeFields = {};
  const steps: [string, (v: string | undefined) => Result<unknown>, keyof ChangeFields][] = [
    ['quote', (v) => parseText(v, 'quote='), 'quote'],
    ['by', (v) => (v?.trim() ? parseText(v, 'by=', 200) : ok(null)), 'quoteBy'],
    ['source', (v) => parseUrl(v), 'sourceUrl'],
    ['date', (v) => parseDate(v, 'date=', today), 'effectiveOn'],
    ['reason', parseReason, 'reason'],
    ['status', parseStatus, 'status'],
    ['note', (v) => parseText(v, 'note='), 'note'],
  ];
  for (const [key, parse, field] of steps) {
    if (!pairs.has(key)) continue;
    const r = parse(pairs.get(key));
    if (!r.ok) return r;
    (fields as Record<string, unknown>)[field] = r.value;
  }
  return ok(fields);
}
