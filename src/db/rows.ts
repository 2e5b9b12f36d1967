/** Row shapes of the store's raw SQL, and their mapping to core types. */
import type { SourceRef } from '../core/pledges/types';

export interface SourceRow {
  source_outlet: string;
  source_title: string | null;
  source_url: string | null;
  source_published_on: string | null;
}

export const toSourceRef = (r: SourceRow): SourceRef => ({
  outlet: r.source_outlet,
  title: r.source_title,
  url: r.source_url,
  publishedOn: asDate(r.source_published_on),
});

/** PGlite and pg both return `date` columns of raw SQL as text or Date; the core wants YYYY-MM-DD. */
function asDate(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
}

export const sourceColumns = `s.outlet as source_outlet, s.title as source_title, s.url as source_url, s.published_on::text as source_published_on`;

type Snake<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}` : S;
type Raw<V> = V extends Date ? string | Date : V;

/**
 * A table's columns as raw SQL returns them: snake_case names, and timestamps as text or Date
 * (PGlite and pg differ), derived from the drizzle table so the two cannot drift apart.
 */
export type RawRow<Row, Columns extends keyof Row = keyof Row> = { [K in Columns as Snake<K & string>]: Raw<Row[K]> };
