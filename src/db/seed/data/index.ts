import type { SeedBundle } from '../types';
import { alibabaEntities, alibabaFacts, alibabaPeople, alibabaPledges, alibabaSources } from './alibaba';
import { tariffActions, tariffSources } from './tariffs';

/** Everything the store ships with (DESIGN.md section 9). */
export const shippedData: SeedBundle = {
  sources: [...alibabaSources, ...tariffSources],
  entities: alibabaEntities,
  people: alibabaPeople,
  pledges: alibabaPledges,
  facts: alibabaFacts,
  tariffActions,
};
