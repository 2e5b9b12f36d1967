import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { seed } from '../../src/db/seed';
import { shippedData } from '../../src/db/seed/data';
import { testDrivers } from '../support/db';

const rows = async <T>(handle: DbHandle, q: ReturnType<typeof sql>): Promise<T[]> => {
  const result = (await handle.db.execute(q)) as unknown as { rows: T[] };
  return result.rows;
};

/** A store seeded by an earlier release takes up the corrected shipped data on its next start. */
describe.each(testDrivers())('shipped data refreshed in an existing store on $name', (driver) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await driver.open();
    // what an earlier release wrote: a research note, a mirror URL, a dropped source and fact
    await handle.db.execute(sql`update tariff_actions set instrument = 'USTR notice of action; 83 FR 28710 NOT CONFIRMED, not retrieved' where slug = 'us-s301-list-1'`);
    await handle.db.execute(sql`update tariff_rate_steps set applies_to = 'part of the list (split by item not given in the reference)'
      where action_id = (select id from tariff_actions where slug = 'cn-retaliation-list-3-increase')`);
    await handle.db.execute(sql`update sources set url = 'https://thefederalregister.org/83-FR/40823' where seed_key = 'tariff-S16'`);
    await handle.db.execute(sql`insert into sources (seed_key, url, outlet) values ('alibaba-cursor-2018-09-20', 'https://www.cursor.org/business/2018/09/20/ma-us-jobs.html', 'cursor.org')`);
    await handle.db.execute(sql`insert into pledge_sources (pledge_id, source_id) select p.id, s.id from pledges p, sources s
      where p.slug = 'alibaba-1m-us-jobs' and s.seed_key = 'alibaba-cursor-2018-09-20'`);
    await handle.db.execute(sql`insert into facts (seed_key, pledge_id, kind, statement, source_id, created_by)
      select 'walmart-us-employees-2018', p.id, 'figure', 'an old shipped fact', s.id, 'seed' from pledges p, sources s
      where p.slug = 'alibaba-1m-us-jobs' and s.seed_key = 'alibaba-cursor-2018-09-20'`);
    // and what an editor wrote, which stays
    await handle.db.execute(sql`insert into facts (pledge_id, kind, statement, source_id, created_by)
      select p.id, 'context', 'an editor''s fact', s.id, 'slack:T1/U1' from pledges p, sources s
      where p.slug = 'alibaba-1m-us-jobs' and s.seed_key = 'alibaba-cursor-2018-09-20'`);
  });
  afterAll(async () => handle?.close());

  it('a second seed adds nothing and puts the shipped rows right', async () => {
    const report = await seed(handle.db, shippedData);
    expect(Object.values(report).every((n) => n === 0)).toBe(true);

    const [action] = await rows<{ instrument: string }>(handle, sql`select instrument from tariff_actions where slug = 'us-s301-list-1'`);
    expect(action!.instrument).toBe('USTR notice of action (15 Jun 2018)');
    const steps = await rows<{ applies_to: string }>(handle, sql`select applies_to from tariff_rate_steps
      where action_id = (select id from tariff_actions where slug = 'cn-retaliation-list-3-increase') order by id`);
    expect(steps.map((s) => s.applies_to)).toEqual(['part of the list', 'part of the list', 'part of the list']);
    const [source] = await rows<{ url: string }>(handle, sql`select url from sources where seed_key = 'tariff-S16'`);
    expect(source!.url).toBe('https://www.federalregister.gov/citation/83-FR-40823');
    const linked = await rows<{ seed_key: string }>(handle, sql`select s.seed_key from pledge_sources ps join sources s on s.id = ps.source_id
      join pledges p on p.id = ps.pledge_id where p.slug = 'alibaba-1m-us-jobs'`);
    expect(linked.map((l) => l.seed_key)).not.toContain('alibaba-cursor-2018-09-20');
    const kept = await rows<{ statement: string }>(handle, sql`select statement from facts where statement in ('an old shipped fact', 'an editor''s fact')`);
    expect(kept.map((f) => f.statement)).toEqual(["an editor's fact"]);
  });
});
