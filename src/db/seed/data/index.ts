import type { SeedBundle } from '../types';
import { alibabaEntities, alibabaFacts, alibabaPeople, alibabaPledges } from './alibaba';
import { alibabaSources } from './alibaba-sources';
import { tariffActions2018 } from './tariffs-2018';
import { tariffActions2019 } from './tariffs-2019';
import { tariffSources } from './tariffs-sources';

/** Everything the store ships with (DESIGN.md section 9). */
export const shippedData: SeedBundle = {
  sources: [...alibabaSources, ...tariffSources],
  entities: alibabaEntities,
  people: alibabaPeople,
  pledges: alibabaPledges,
  facts: alibabaFacts,
  tariffActions: [...tariffActions2018, ...tariffActions2019],
};
