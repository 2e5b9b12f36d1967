import { describe, expect, it } from 'vitest';
import type { StatusChange } from '../../src/core/pledges/types';
import { notOnRecord } from '../../src/core/tracker/not-found';
import { withCorrections } from '../../src/core/tracker/pledge-views';

const change = (id: number, correctsId: number | null = null): StatusChange => ({
  id,
  status: 'in_progress',
  previousStatus: null,
  effectiveOn: '2020-01-01',
  recordedAt: new Date(0),
  quote: null,
  quoteBy: null,
  reason: null,
  note: null,
  editor: 'e',
  approver: null,
  correctsId,
  source: { outlet: 'o', title: null, url: null, publishedOn: null },
});

describe('the tracker’s correction rule', () => {
  it('a change that names an earlier one corrects it; the others stand', () => {
    const entries = withCorrections([change(1), change(2), change(3, 2), change(4)]);
    expect(entries.map((c) => [c.id, c.correctedById])).toEqual([[1, null], [2, 3], [3, null], [4, null]]);
  });
  it('a change corrected twice stands corrected by the later correction', () => {
    expect(withCorrections([change(1), change(2, 1), change(3, 1)])[0]!.correctedById).toBe(3);
  });
});

describe('the tracker’s one not-found text', () => {
  it('names the kind and the slug, cut to 80 characters', () => {
    const error = notOnRecord('pledge', 'x'.repeat(100));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe(`There is no pledge “${'x'.repeat(80)}” on the record.`);
    expect(notOnRecord('tariff action', 'list-9').message).toBe('There is no tariff action “list-9” on the record.');
  });
});
