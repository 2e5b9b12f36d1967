/**
 * Figures in running text, read the way reporters write them and compared by value: "$10bn",
 * "$10 billion", "10 billion dollars", "US$10 billion", "13,000 jobs", "13k jobs", "1m jobs",
 * "one million jobs", "a million jobs". A pledge's target ({quantity, unit}: 10e9 usd, 13000
 * jobs) matches any of them, so no list of spellings is kept per pledge.
 */
export interface Figure {
  value: number;
  /** lower-case: an ISO currency code for money ("usd"), "percent", else the noun after the number, singular ("job") */
  unit: string | null;
  /** the kinds of the few words after it ("20,000 extra police officers" -> extra, police, job) */
  after: string[];
  /** offsets in the text */
  start: number;
  end: number;
}

const currencySigns: [RegExp, string][] = [
  [/^(us\$|u\.s\.\s?\$|\$|usd)$/i, 'usd'],
  [/^(c\$|ca\$|cad)$/i, 'cad'],
  [/^(a\$|au\$|aud)$/i, 'aud'],
  [/^(hk\$|hkd)$/i, 'hkd'],
  [/^(£|gbp)$/i, 'gbp'],
  [/^(€|eur)$/i, 'eur'],
  [/^(¥|jpy)$/i, 'jpy'],
  [/^(cny|rmb)$/i, 'cny'],
  [/^(₹|inr)$/i, 'inr'],
  [/^(₩|krw)$/i, 'krw'],
];
const currencyWords: Record<string, string> = {
  dollar: 'usd', dollars: 'usd', pound: 'gbp', pounds: 'gbp', sterling: 'gbp', euro: 'eur', euros: 'eur',
  yen: 'jpy', yuan: 'cny', renminbi: 'cny', rupees: 'inr', won: 'krw',
};
const scales: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
};
const numberWords: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};

/** a unit noun's one form: "jobs" -> "job", "positions" -> "position" */
export const singular = (w: string) => (w.length <= 3 ? w.toLowerCase() : w.toLowerCase().replace(/(ies)$/, 'y').replace(/(?<=[^s])s$/, ''));

/** Kinds of unit a target may name, with what else reporters call them. */
const unitKin: Record<string, string> = {
  job: 'job', position: 'job', role: 'job', worker: 'job', employee: 'job', hire: 'job', post: 'job', opening: 'job',
  home: 'home', house: 'home', dwelling: 'home', unit: 'home',
  tree: 'tree', school: 'school', hospital: 'hospital', store: 'store', shop: 'store',
  officer: 'officer', constable: 'officer', van: 'vehicle', truck: 'vehicle', car: 'vehicle', vehicle: 'vehicle',
  percent: 'percent', '%': 'percent', pc: 'percent', pct: 'percent', apartment: 'home', flat: 'home', charger: 'charger', station: 'charger',
};
/** (own keys only: a unit word "constructor" must not find Object's own members) */
const lookup = (table: Record<string, string>, k: string) => (Object.hasOwn(table, k) ? table[k] : undefined);
const kin = (u: string) => lookup(currencyWords, u) ?? lookup(unitKin, singular(u)) ?? singular(u);

const figureRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}$£€¥₹₩])` +
    String.raw`(?<cur>us\$|u\.s\.\s?\$|c\$|ca\$|a\$|au\$|hk\$|\$|£|€|¥|₹|₩|(?:usd|gbp|eur|cad|aud|jpy|cny|rmb|inr)\s?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)(?=[\s-](?:thousand|million|billion|trillion)))` +
    String.raw`(?:[\s-]?(?<scale>k|m|mn|mln|bn|b|tn|thousand|million|billion|trillion)(?![\p{L}]))?` +
    String.raw`(?<pct>\s?%|\s?per\s?cent\b|\s?pc\b)?` +
    String.raw`(?<unit>(?:[\s-]+[\p{L}'’.-]+){0,4})`,
  'giu',
);

/** Every figure in `text` with its value and unit (null when none is written beside it). */
export function readFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(figureRe)) {
    const g = m.groups!;
    const num = g.num!.toLowerCase();
    const isWord = num in numberWords;
    // a bare "a"/"one" is a figure only with a scale: "a million jobs", not "a plan"
    if (isWord && !g.scale) continue;
    let value = isWord ? numberWords[num]! : Number(num.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (g.scale) value *= scales[g.scale.toLowerCase()]!;
    let unit: string | null = null;
    if (g.cur) unit = currencySigns.find(([re]) => re.test(g.cur!.trim()))?.[1] ?? null;
    if (g.pct) unit = 'percent';
    const after = (g.unit ?? '').toLowerCase().split(/[\s-]+/).filter(Boolean).map(kin);
    if (!unit) unit = after.find((w) => Object.values(currencyWords).includes(w)) ?? after.find((w) => !/^(new|more|extra|additional|of|the|a|us|u\.s\.)$/.test(w)) ?? null;
    const numberEnd = m.index + m[0].length - (g.unit?.length ?? 0);
    out.push({ value, unit, after, start: m.index, end: numberEnd });
  }
  return out;
}

/** Whether a figure in the text is the target: the same value (within 1%) and a unit of the same kind. */
export function matchesTarget(f: Figure, target: { quantity: number; unit: string }): boolean {
  return sameValue(f, target) && sameUnit(f, target);
}

export function sameValue(f: Figure, target: { quantity: number }): boolean {
  return target.quantity > 0 && Math.abs(f.value - target.quantity) <= target.quantity * 0.01;
}

/** A figure that is money or a share when the target is not, or the other way round: "$100 million" is not 100 million shots. */
export function unitClash(f: Pick<Figure, 'unit' | 'after'>, target: { quantity: number; unit: string }): boolean {
  if (sameUnit(f, target)) return false;
  const k = kin(target.unit);
  return isMoney(f.unit) || isMoney(k) || f.unit === 'percent' || k === 'percent';
}

/** Whether a unit is a currency ("usd", "gbp"), as figures and targets write money. */
export const isMoney = (unit: string | null): boolean => unit !== null && Object.values(currencyWords).includes(unit);

/** Whether a figure counts the same thing as the target, whatever its value ("600 jobs" against 2,000 jobs). */
export function sameUnit(f: Pick<Figure, 'unit' | 'after'>, target: { quantity: number; unit: string }): boolean {
  const k = kin(target.unit);
  return f.unit === k || f.after.slice(0, 4).includes(k);
}
