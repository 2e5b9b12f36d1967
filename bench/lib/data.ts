import { sql } from 'drizzle-orm';
import pg from 'pg';
import { query } from '../../src/db/client';
import { openStore, type OpenedStore } from '../../src/db/open';
import { refreshSearchText } from '../../src/db/search-text';
import { createLogger } from '../../src/logger';

/** Is the PostgreSQL server there? Null when it answers, else why not. */
export async function postgresDown(serverUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres`, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A database of the bench's own on the server (created when missing); its URL. */
export async function benchDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}

/**
 * The store migrated and seeded with the shipped data, plus `count` synthetic pledges (ordinary
 * words, so trigram and full-text statistics look like real copy). Kept between runs: a store
 * that already holds them is used as it is.
 */
export async function loadedStore(opts: { databaseUrl?: string; pgliteDir?: string }, count: number, say: (line: string) => void): Promise<OpenedStore> {
  const opened = await openStore(opts, createLogger('warn'));
  const db = opened.handle.db;
  const [have] = await query<{ n: number | string }>(db, sql`select count(*) as n from pledges where slug like 'bench-pledge-%'`);
  if (Number(have?.n ?? 0) === count) return opened;
  const started = performance.now();
  await db.execute(sql`delete from pledges where slug like 'bench-pledge-%'`);
  await db.execute(sql`delete from entities where slug like 'bench-entity-%'`);
  const words = sql.raw(`array['steel','plant','jobs','factory','investment','wind','solar','coal','bank','airline','tariff','export',
    'farm','soybean','chip','battery','mine','port','rail','bridge','school','hospital','water','housing','tax','wage','union',
    'pension','clinic','museum','stadium','harbour','refinery','pipeline','satellite','vaccine','trial','fund','grant','loan']`);
  const names = sql.raw(`array['Northwind','Contoso','Fabrikam','Globex','Initech','Umbrella','Hooli','Vandelay','Stark','Wayne',
    'Tyrell','Cyberdyne','Soylent','Acme','Gringotts','Monarch','Oscorp','Pied Piper','Wonka','Dunder']`);
  const entities = Math.ceil(count / 10);
  await db.execute(sql`insert into entities (slug, name, kind)
    select 'bench-entity-' || g, (${names})[1 + g % 20] || ' ' || (${words})[1 + (g * 7) % 40] || ' ' || g, 'company'
    from generate_series(1, ${entities}) g`);
  const [first] = await query<{ id: number }>(db, sql`select min(id) as id from entities where slug like 'bench-entity-%'`);
  // in batches, so neither store holds one huge statement's work in memory
  const batch = 100_000;
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await db.execute(sql`insert into pledges (slug, entity_id, made_on, title, text, status, search_text)
      select 'bench-pledge-' || g, ${first!.id} + g % ${entities},
        date '2015-01-01' + (g % 3000),
        'invest ' || (g % 900 + 1) || ' million dollars in a ' || (${words})[1 + g % 40] || ' ' || (${words})[1 + (g * 3) % 40],
        'A pledge to build ' || (${words})[1 + (g * 11) % 40] || ' and ' || (${words})[1 + (g * 13) % 40] || ' projects, creating '
          || (g % 50 + 1) || ',000 ' || (${words})[1 + (g * 17) % 40] || ' jobs by ' || (2018 + g % 10),
        (array['not_yet_rated','in_progress','stalled','kept','broken'])[1 + g % 5]::pledge_status, ''
      from generate_series(${from}::int, ${to}::int) g`);
    say(`  ${to.toLocaleString('en-US')} pledges inserted`);
  }
  await refreshSearchText(db);
  await db.execute(sql`analyze`);
  say(`  loaded ${count.toLocaleString('en-US')} synthetic pledges in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return opened;
}
