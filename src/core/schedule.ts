/**
 * The newsroom's calendar: dates and the digest's periods in PLEDGEWATCH_TIMEZONE, with Intl
 * (no time-zone library). Pure functions of an instant and a zone.
 */

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** When the digest goes out: weekly on a day, or daily, at a local time; or never. */
export type DigestSchedule = { every: 'off' } | { every: 'week'; day: number; hour: number; minute: number } | { every: 'day'; hour: number; minute: number };

/** `mon 09:00`, `daily 08:30` or `off`; a string is the reason it is not one. */
export function parseDigestSchedule(value: string): DigestSchedule | string {
  const v = value.trim().toLowerCase();
  if (v === 'off') return { every: 'off' };
  const m = /^(sun|mon|tue|wed|thu|fri|sat|daily)\s+([01]?\d|2[0-3]):([0-5]\d)$/.exec(v);
  if (!m) return `“${value}” is not a schedule: use a day and a 24-hour time (mon 09:00), daily 09:00, or off`;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  return m[1] === 'daily' ? { every: 'day', hour, minute } : { every: 'week', day: weekdays.indexOf(m[1] as (typeof weekdays)[number]), hour, minute };
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

function localParts(at: Date, timeZone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    weekday: weekdays.indexOf(get('weekday').toLowerCase() as (typeof weekdays)[number]),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

/** The newsroom's date at `at`: YYYY-MM-DD in the zone. */
export function localDate(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** A YYYY-MM-DD date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** How long after its time a digest may still go out: a bot down longer waits for the next one. */
const DIGEST_CATCH_UP_MS = DAY_MS;

/**
 * The digest period `at` falls in: its key (the scheduled local time and zone, the same on every
 * instance) when that time has come and is less than DIGEST_CATCH_UP_MS ago; otherwise null.
 * Local wall-clock times are compared as if they were UTC, so no offset arithmetic is needed.
 */
export function dueDigestPeriod(at: Date, timeZone: string, schedule: DigestSchedule): string | null {
  if (schedule.every === 'off') return null;
  const p = localParts(at, timeZone);
  const wallNow = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const back = schedule.every === 'week' ? (p.weekday - schedule.day + 7) % 7 : 0;
  let slot = Date.UTC(p.year, p.month - 1, p.day - back, schedule.hour, schedule.minute);
  if (slot > wallNow) slot -= (schedule.every === 'week' ? 7 : 1) * DAY_MS;
  if (wallNow - slot >= DIGEST_CATCH_UP_MS) return null;
  return `${new Date(slot).toISOString().slice(0, 16).replace('T', ' ')} ${timeZone}`;
}
