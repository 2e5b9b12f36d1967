/**
 * A pledge's target as editors and reporters write it ("25,000 jobs", "$10 billion",
 * "10bn usd", "£2.5bn", "13k jobs") and as it is stored: a quantity in full units and a unit.
 * Money is a lower-case ISO 4217 code (usd, gbp, ...) with the quantity in whole currency
 * units; anything else keeps the noun it was written with (jobs, homes). Pure: the
 * commands and the newswire both use it.
 */
export interface Target {
  quantity: number;
  unit: string;
}

export const currencies = ['usd', 'gbp', 'eur', 'jpy', 'cad', 'aud', 'inr', 'cny'] as const;
type Currency = (typeof currencies)[number];

const isCurrency = (unit: string): unit is Currency => (currencies as readonly string[]).includes(unit);

/** How each currency is written in front of a figure, longest first where one is a prefix of another. */
const symbols: [string, Currency][] = [
  ['us$', 'usd'], ['ca$', 'cad'], ['c$', 'cad'], ['au$', 'aud'], ['a$', 'aud'], ['cn¥', 'cny'], ['rmb', 'cny'],
  ['$', 'usd'], ['£', 'gbp'], ['€', 'eur'], ['¥', 'jpy'], ['₹', 'inr'], ['rs.', 'inr'], ['rs', 'inr'],
  ...currencies.map((c): [string, Currency] => [c, c]),
];

/** How each currency is written after a figure. */
const currencyWords: Record<string, Currency> = {
  ...Object.fromEntries(currencies.map((c) => [c, c])),
  dollars: 'usd', dollar: 'usd', 'us dollars': 'usd', 'u.s. dollars': 'usd', 'american dollars': 'usd',
  pounds: 'gbp', pound: 'gbp', sterling: 'gbp', 'pounds sterling': 'gbp', 'british pounds': 'gbp',
  euros: 'eur', euro: 'eur', yen: 'jpy', 'japanese yen': 'jpy',
  'canadian dollars': 'cad', 'canadian dollar': 'cad', 'australian dollars': 'aud', 'australian dollar': 'aud',
  rupees: 'inr', rupee: 'inr', 'indian rupees': 'inr', yuan: 'cny', renminbi: 'cny', rmb: 'cny', 'chinese yuan': 'cny',
};

const scales: Record<string, number> = {
  k: 1e3, thousand: 1e3,
  m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, million: 1e6,
  b: 1e9, bn: 1e9, bln: 1e9, billion: 1e9,
  t: 1e12, tn: 1e12, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Above this a figure is not exact as a number, and no pledge has been that large. */
export const MAX_TARGET = 1e15;
const MAX_UNIT = 40;

/** `currency? number scale? unit?`: the number has comma groups or none, and an optional decimal part. */
const shape = /^(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(?<rest>.*)$/u;

/**
 * The target a text states, or null when it is not one: a positive figure with a unit
 * (a currency, or a noun made of letters). "1 million jobs" -> 1000000 jobs; "$10 billion"
 * -> 10000000000 usd; "£2.5bn" -> 2500000000 gbp.
 */
export function parseTarget(input: string): Target | null {
  let text = input.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  let prefix: Currency | null = null;
  for (const [symbol, code] of symbols) {
    if (text.startsWith(symbol) && /^[\s\d.]/.test(text.slice(symbol.length))) {
      prefix = code;
      text = text.slice(symbol.length).trimStart();
      break;
    }
  }
  const m = shape.exec(text);
  if (!m?.groups) return null;
  let rest = m.groups.rest!.trim();
  let scale = 1;
  const scaleWord = /^([a-z]+)\b\s*(.*)$/.exec(rest);
  if (scaleWord && scales[scaleWord[1]!] !== undefined) {
    scale = scales[scaleWord[1]!]!;
    rest = scaleWord[2]!.trim();
  }
  const suffix = rest === '' ? null : (currencyWords[rest] ?? null);
  // "$10 billion usd" says the currency twice, which is fine; "$10bn gbp" or "$10 jobs" is not a target
  if (prefix && rest !== '' && suffix !== prefix) return null;
  const currency = prefix ?? suffix;
  const unit = currency ?? rest;
  if (!currency && !/^\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,3}$/u.test(unit)) return null;
  if (unit.length > MAX_UNIT) return null;
  const exact = Number(m.groups.num!.replace(/,/g, '')) * scale;
  const quantity = currency ? Math.round(exact) : Number(exact.toPrecision(12));
  if (!Number.isFinite(quantity) || quantity <= 0 || quantity > MAX_TARGET) return null;
  return { quantity, unit };
}

const signs: Record<Currency, string> = { usd: '$', gbp: '£', eur: '€', jpy: '¥', cad: 'C$', aud: 'A$', inr: '₹', cny: 'CN¥' };
const bigWords: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** As people read it: "1,000,000 jobs", "$10 billion", "£2.5 billion", "$350,000". */
export function formatTarget(t: Target): string {
  if (!isCurrency(t.unit)) return `${t.quantity.toLocaleString('en-US')} ${t.unit}`;
  const sign = signs[t.unit];
  for (const [size, word] of bigWords) {
    if (t.quantity >= size) return `${sign}${Number((t.quantity / size).toPrecision(12)).toLocaleString('en-US', { maximumFractionDigits: 3 })} ${word}`;
  }
  return `${sign}${t.quantity.toLocaleString('en-US')}`;
}
