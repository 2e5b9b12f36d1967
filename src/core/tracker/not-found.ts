import { PledgewatchError } from '../errors';

/** The tracker's one not-found answer, for its pages, its JSON and its charts alike. */
export const notOnRecord = (kind: 'pledge' | 'tariff action', slug: string): PledgewatchError =>
  new PledgewatchError('not_found', `There is no ${kind} “${slug.slice(0, 80)}” on the record.`);
