import { describe, expect, it } from 'vitest';
import { currencies, formatTarget, MAX_TARGET, parseTarget, type Target } from '../../src/core/pledges/target';

describe('parseTarget: a pledge target as editors write it', () => {
  it.each<[string, Target]>([
    ['25,000 jobs', { quantity: 25_000, unit: 'jobs' }],
    ['$10 billion', { quantity: 10_000_000_000, unit: 'usd' }],
    ['10bn usd', { quantity: 10_000_000_000, unit: 'usd' }],
    ['£2.5bn', { quantity: 2_500_000_000, unit: 'gbp' }],
    ['1 million jobs', { quantity: 1_000_000, unit: 'jobs' }],
    ['13k jobs', { quantity: 13_000, unit: 'jobs' }],
    ['1m jobs', { quantity: 1_000_000, unit: 'jobs' }],
    ['US$350 million', { quantity: 350_000_000, unit: 'usd' }],
    ['10 billion dollars', { quantity: 10_000_000_000, unit: 'usd' }],
    ['€3 billion', { quantity: 3_000_000_000, unit: 'eur' }],
    ['500 billion yen', { quantity: 500_000_000_000, unit: 'jpy' }],
    ['C$1.2 billion', { quantity: 1_200_000_000, unit: 'cad' }],
    ['A$ 800m', { quantity: 800_000_000, unit: 'aud' }],
    ['₹2,000 crore', { quantity: 20_000_000_000, unit: 'inr' }],
    ['RMB 5bn', { quantity: 5_000_000_000, unit: 'cny' }],
    ['5 billion yuan', { quantity: 5_000_000_000, unit: 'cny' }],
    ['$10bn USD', { quantity: 10_000_000_000, unit: 'usd' }],
    ['  2,500   Homes ', { quantity: 2_500, unit: 'homes' }],
    ['1,500 new jobs', { quantity: 1_500, unit: 'new jobs' }],
    ['$1 trillion', { quantity: 1e12, unit: 'usd' }],
    ['$0.5bn', { quantity: 500_000_000, unit: 'usd' }],
  ])('%s', (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });

  it.each([
    'lots of jobs', 'jobs', '25,000', '$', '10 billion', '0 jobs', '-5 jobs', '$10bn gbp', '1e9 usd', '10,00 jobs',
    '12 jobs; drop table pledges', '25,000 jobs!', `1 ${'x'.repeat(60)}`, '$2 quadrillion', '99999999999999999 jobs', '1.2.3 jobs',
    'Infinity jobs', 'NaN usd', '',
  ])('refuses %j', (text) => {
    expect(parseTarget(text)).toBeNull();
  });
});

describe('formatTarget: as people read it', () => {
  it.each<[Target, string]>([
    [{ quantity: 1_000_000, unit: 'jobs' }, '1,000,000 jobs'],
    [{ quantity: 10_000_000_000, unit: 'usd' }, '$10 billion'],
    [{ quantity: 2_500_000_000, unit: 'gbp' }, '£2.5 billion'],
    [{ quantity: 350_000, unit: 'usd' }, '$350,000'],
    [{ quantity: 1_200_000_000_000, unit: 'eur' }, '€1.2 trillion'],
    [{ quantity: 4_000_000, unit: 'cad' }, 'C$4 million'],
  ])('%j', (t, text) => {
    expect(formatTarget(t)).toBe(text);
  });
});

/** A small seeded generator, so the properties below run over many values and fail the same way every time. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('properties over generated targets', () => {
  const rand = lcg(20261202);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const nouns = ['jobs', 'homes', 'electric buses', 'megawatts', 'trees'];

  it('what formatTarget writes, parseTarget reads back (1,000 cases)', () => {
    for (let i = 0; i < 1000; i++) {
      const unit = rand() < 0.5 ? pick(currencies) : pick(nouns);
      // whole units, up to three significant decimals of a million/billion/trillion for money
      const digits = Math.floor(rand() * 13) + 1;
      const quantity = Math.max(1, Number(Math.floor(rand() * 10 ** digits).toPrecision(4)));
      const text = formatTarget({ quantity, unit });
      expect(parseTarget(text), text).toEqual({ quantity, unit });
    }
  });

  it('"<n><k|m|bn> <unit>", "<n> thousand|million|billion <unit>" and the comma-grouped figure agree', () => {
    const scales: [string, string, number][] = [['k', 'thousand', 1e3], ['m', 'million', 1e6], ['bn', 'billion', 1e9]];
    for (let i = 0; i < 300; i++) {
      const n = Math.floor(rand() * 999) + 1;
      const [short, long, size] = pick(scales);
      const unit = pick(['jobs', 'usd', 'homes']);
      const full = parseTarget(`${(n * size).toLocaleString('en-US')} ${unit}`);
      expect(full).toEqual({ quantity: n * size, unit });
      expect(parseTarget(`${n}${short} ${unit}`)).toEqual(full);
      expect(parseTarget(`${n} ${long} ${unit}`)).toEqual(full);
    }
  });

  it('never throws, and anything it accepts is a positive figure within bounds with a short unit', () => {
    const alphabet = ['1', '0', '5', ',', '.', ' ', '$', '£', 'k', 'm', 'bn', 'jobs', 'usd', '-', 'e', '€', 'x', '\u0000', '٣', '”'];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(rand() * 8) }, () => pick(alphabet)).join('');
      const t = parseTarget(text);
      if (t === null) continue;
      expect(t.quantity, text).toBeGreaterThan(0);
      expect(t.quantity, text).toBeLessThanOrEqual(MAX_TARGET);
      expect(t.unit.length, text).toBeLessThanOrEqual(40);
      expect(t.unit, text).toMatch(/^\p{L}[\p{L}'’ -]*$/u);
    }
  });
});
