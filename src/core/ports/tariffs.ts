import type { TariffAction, TariffFilter } from '../tariffs/types';

export interface TariffReads {
  findTariffs(filter: TariffFilter): Promise<TariffAction[]>;
}

/** Each write is one transaction that also writes its audit row. */
export interface TariffWrites {
  addTariff(input: NewTariff, actor: string): Promise<'added' | 'exists'>;
  linkTariff(pledgeSlug: string, tariffSlug: string, note: string | null, actor: string): Promise<'linked' | 'exists'>;
}

export type NewTariff = Pick<
  TariffAction,
  'slug' | 'name' | 'listName' | 'imposer' | 'target' | 'announcedOn' | 'effectiveOn' | 'status' | 'legalBasis' | 'tradeCoveredUsd' | 'answers'
> & {
  /** the first rate step */
  ratePct: number;
  /** slug of the action it answers */
  retaliatesFor: string | null;
  sourceUrl: string;
};
