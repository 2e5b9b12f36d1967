import type { Badge, Tone } from './reply';
import type { PledgeStatus, StatusReason, TariffStatus } from './vocabulary';

const countryNames: Record<string, string> = {
  US: 'United States',
  CN: 'China',
  WORLD: 'all countries',
};

export const countryName = (code: string): string => (Object.hasOwn(countryNames, code) ? countryNames[code]! : code);
export const countryShort = (code: string): string => (code === 'WORLD' ? 'World' : code);

/** 200000000000 -> "$200B"; 3e9 -> "$3B"; 1.5e6 -> "$1.5M" */
export function formatUsd(usd: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(usd) >= size) return `$${trimNumber(usd / size)}${suffix}`;
  }
  return `$${trimNumber(usd)}`;
}

export const formatPct = (pct: number): string => `${trimNumber(pct)}%`;

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}

const pledgeTone: Record<PledgeStatus, Tone> = {
  retracted: 'alert',
  broken: 'alert',
  stalled: 'warning',
  compromise: 'info',
  in_progress: 'info',
  kept: 'good',
  not_yet_rated: 'neutral',
};

const tariffTone: Record<TariffStatus, Tone> = {
  threatened: 'warning',
  scheduled: 'warning',
  in_effect: 'alert',
  postponed: 'info',
  suspended: 'neutral',
  reduced: 'info',
  removed: 'good',
};

export const statusWords = (status: string): string => status.replaceAll('_', ' ');

export function pledgeBadge(status: PledgeStatus, since: string | null): Badge {
  const label = statusWords(status).toUpperCase();
  return { label: since ? `${label} · ${since}` : label, tone: pledgeTone[status], status };
}

export function tariffBadge(status: TariffStatus): Badge {
  return { label: statusWords(status).toUpperCase(), tone: tariffTone[status], status };
}

const reasonWords: Record<StatusReason, string> = {
  premise_changed: 'the premise changed',
  changed_opinion: 'changed opinion',
  no_priority: 'no longer a priority',
  external_blocker: 'blocked by outside events',
  deadline_passed: 'the deadline passed',
  other: 'other',
};
export const reasonText = (reason: StatusReason): string => reasonWords[reason];

/** a real calendar date in YYYY-MM-DD */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
