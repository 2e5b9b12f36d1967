import { describe, expect, it } from 'vitest';
import { cleanText, commandWord, formText, tokenize } from '../../src/core/input';
import { normalizeSearch } from '../../src/core/pledges/search-query';
import { parsePage } from '../../src/core/commands/paging';
import { parseTariffQuery } from '../../src/core/tariffs/parse-query';
import { formatUsd, isIsoDate } from '../../src/core/format';
import { isBootstrapEditor } from '../../src/core/editors';

describe('normalizeSearch', () => {
  it.each([
    ['1m jobs', '1 million jobs'],
    ['$200bn', '200 billion'],
    ['One Million Jobs', '1 million jobs'],
    ['Jack  Ma!', 'jack ma'],
    ['alibaba-1m-us-jobs', 'alibaba-1m-us-jobs'],
    ['1m-jobs pledge', '1m-jobs pledge'],
    ['jobs: 2bn.', 'jobs 2 billion'],
  ])('%s -> %s', (input, expected) => expect(normalizeSearch(input)).toBe(expected));
});

describe('cleanText', () => {
  it('folds control characters and white space', () => {
    expect(cleanText('ali\u0000baba\t\n  group\u200b')).toEqual({ ok: true, value: 'ali baba group' });
  });
  it('refuses text over the limit with a message that says how long it was', () => {
    const r = cleanText('x'.repeat(10_000));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad_input');
      expect(r.error.message).toContain('10,000 characters');
    }
  });
});

describe('commandWord and formText', () => {
  it.each([
    ['plain'],
    ['two words'],
    ['say "hi" there'],
    ['curly “x” and "y"'],
    ['back\\slash and \\"both'],
    ['quote=That premise no longer exists today, so our promise cannot be fulfilled'],
    [''],
  ])('%s reads back as one token', (value) => {
    expect(tokenize(`cmd ${commandWord(value)} next`)).toEqual(['cmd', value, 'next']);
  });
  it('appends non-blank fields as name=value words', () => {
    const text = formText('approve 12', [['status', 'retracted'], ['quote', 'He said "no"'], ['reason', '  ']]);
    expect(text).toBe('approve 12 status=retracted quote="He said \\"no\\""');
    expect(tokenize(text)).toEqual(['approve', '12', 'status=retracted', 'quote=He said "no"']);
  });
});

describe('tokenize', () => {
  it('keeps quoted values of key=value pairs together, and empty quotes as an empty token', () => {
    expect(tokenize('add name="Test retaliation" x=1 ""')).toEqual(['add', 'name=Test retaliation', 'x=1', '']);
    expect(tokenize('quote="unclosed words')).toEqual(['quote=unclosed words']);
  });
  it('keeps straight and curly quoted phrases together', () => {
    expect(tokenize('set-status x broken https://a "two words" “curly one”')).toEqual([
      'set-status', 'x', 'broken', 'https://a', 'two words', 'curly one',
    ]);
  });
});

describe('parseTariffQuery', () => {
  it.each([
    ['china', { kind: 'parties', countries: ['CN'] }],
    ['US China', { kind: 'parties', countries: ['US', 'CN'] }],
    ['us-china', { kind: 'parties', countries: ['US', 'CN'] }],
    ['united states vs china', { kind: 'parties', countries: ['US', 'CN'] }],
    ['list 3', { kind: 'list', list: 'List 3' }],
    ['List 4a', { kind: 'list', list: 'List 4A' }],
    ['2018-09-24', { kind: 'date', date: '2018-09-24' }],
    ['retaliation', { kind: 'retaliation' }],
    ['us-s301-list-3', { kind: 'slug', slug: 'us-s301-list-3' }],
    ['soybeans', { kind: 'text', text: 'soybeans' }],
    ['', { kind: 'all' }],
  ])('%s', (q, expected) => expect(parseTariffQuery(q)).toEqual({ ok: true, value: expected }));

  it('refuses an impossible date', () => {
    const r = parseTariffQuery('2018-02-30');
    expect(r.ok).toBe(false);
  });
});

describe('parsePage', () => {
  it('takes "page N" or a trailing number', () => {
    expect(parsePage(['retracted', '2'])).toEqual({ ok: true, value: { rest: ['retracted'], page: 2 } });
    expect(parsePage(['page', '3'])).toEqual({ ok: true, value: { rest: [], page: 3 } });
    expect(parsePage(['retracted'])).toEqual({ ok: true, value: { rest: ['retracted'], page: 1 } });
    expect(parsePage(['0']).ok).toBe(false);
    expect(parsePage(['99999999999999999999']).ok).toBe(false);
  });
});

describe('format', () => {
  it('money is a number with its unit', () => {
    expect(formatUsd(200e9)).toBe('$200B');
    expect(formatUsd(60e9)).toBe('$60B');
    expect(formatUsd(1.5e6)).toBe('$1.5M');
  });
  it('dates are real calendar dates', () => {
    expect(isIsoDate('2018-09-24')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('24/09/2018')).toBe(false);
  });
});

describe('isBootstrapEditor', () => {
  const admins = ['slack:U0EDITOR', 'discord:G1/42'];
  it('matches a user on any workspace, or on the one named', () => {
    expect(isBootstrapEditor({ platform: 'slack', workspace: 'T1', userId: 'U0EDITOR' }, admins)).toBe(true);
    expect(isBootstrapEditor({ platform: 'discord', workspace: 'G1', userId: '42' }, admins)).toBe(true);
    expect(isBootstrapEditor({ platform: 'discord', workspace: 'G2', userId: '42' }, admins)).toBe(false);
    expect(isBootstrapEditor({ platform: 'discord', workspace: 'T1', userId: 'U0EDITOR' }, admins)).toBe(false);
    expect(isBootstrapEditor({ platform: 'console', workspace: 'local', userId: 'local' }, [])).toBe(true);
  });
});
