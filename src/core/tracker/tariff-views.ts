/** What the public tracker shows of tariff actions, for its pages, its JSON API and its charts. */
import type { TariffReads } from '../ports';
import type { TariffAction } from '../tariffs/types';
import { notOnRecord } from './not-found';

/** Every tariff action on the record. */
export const tariffsView = (store: TariffReads): Promise<TariffAction[]> => store.findTariffs({ kind: 'all' });

/** One tariff action by its slug; not_found (the tracker's one text) when there is none. */
export async function tariffView(store: TariffReads, slug: string): Promise<TariffAction> {
  const [action] = await store.findTariffs({ kind: 'slug', slug });
  if (!action || action.slug !== slug) throw notOnRecord('tariff action', slug);
  return action;
}
