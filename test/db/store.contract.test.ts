import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_SIMILARITY, SUGGEST_SIMILARITY } from '../../src/core/commands/pledge-lookup';
import { normalizeSearch } from '../../src/core/pledges/search-query';
import type { Store } from '../../src/core/ports';
import { type DbHandle, query } from '../../src/db/client';
import { seed } from '../../src/db/seed';
import { shippedData } from '../../src/db/seed/data';
import { createStore } from '../../src/db/store';
import { testDrivers } from '../support/db';

const ALIBABA = 'alibaba-1m-us-jobs';

describe.each(testDrivers())('store contract on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;

  beforeAll(async () => {
    handle = await driver.open();
    store = createStore(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const search = (q: string, minSimilarity = ANSWER_SIMILARITY) =>
    store.searchPledges(normalizeSearch(q), { limit: 5, minSimilarity });

  it.each(['alibaba', 'alibab', 'Jack Ma', 'jack ma', 'million jobs', '1m jobs', 'Taobao', 'ALIBABA GROUP', 'trump tower'])(
    'search "%s" ranks the Alibaba pledge first',
    async (q) => {
      const [first] = await search(q);
      expect(first?.slug).toBe(ALIBABA);
      expect(first?.score).toBeGreaterThan(0);
    },
  );

  it('search by a slug answers with that pledge alone, as typed or as the reporter writes it', async () => {
    for (const q of [ALIBABA, 'Alibaba-1m-US-jobs']) {
      const found = await search(q);
      expect(found.map((m) => m.slug)).toEqual([ALIBABA]);
      expect(found[0]?.score).toBe(1);
    }
    // a slug no pledge has is searched as words
    const [first] = await search('alibaba-1m-jobs');
    expect(first?.slug).toBe(ALIBABA);
  });

  it('search finds nothing for unrelated words, and suggests at a lower floor', async () => {
    expect(await search('acme riverton')).toEqual([]);
    const near = await search('alibobo', SUGGEST_SIMILARITY);
    expect(near[0]?.slug).toBe(ALIBABA);
  });

  it('search survives SQL metacharacters, quotes, emoji and operators of websearch syntax', async () => {
    for (const q of [`'; drop table pledges; --`, `"unclosed`, 'or or -', '💥🚀', '%_\\', 'a <% b', '::text']) {
      await expect(store.searchPledges(q, { limit: 5, minSimilarity: 0.5 })).resolves.toBeInstanceOf(Array);
    }
    expect(await store.getPledge(ALIBABA)).not.toBeNull();
  });

  it('getPledge returns the retraction with quote, source and linked tariffs', async () => {
    const p = await store.getPledge(ALIBABA);
    expect(p).not.toBeNull();
    expect(p!.status).toBe('retracted');
    expect(p!.statusOn).toBe('2018-09-19');
    expect(p!.madeOn).toBe('2017-01-09');
    expect(p!.byName).toBe('Jack Ma');
    expect(p!.latestChange?.reason).toBe('premise_changed');
    expect(p!.latestChange?.quote).toContain('That premise no longer exists today, so our promise cannot be fulfilled.');
    expect(p!.latestChange?.source.url).toMatch(/^https?:\/\//);
    expect(p!.target).toEqual({ quantity: 1_000_000, unit: 'jobs' });
    expect(p!.aliases).toEqual(expect.arrayContaining(['Taobao', 'Tmall']));
    expect(p!.tariffs.map((t) => t.slug).sort()).toEqual(['cn-retaliation-list-3', 'us-s301-list-3']);
    expect(p!.facts.some((f) => f.value === 66_000)).toBe(true);
    for (const f of p!.facts) expect(f.source.outlet).not.toBe('');
  });

  it('getPledge and pledgeHistory answer null for an unknown slug', async () => {
    expect(await store.getPledge('no-such-pledge')).toBeNull();
    expect(await store.pledgeHistory('no-such-pledge')).toBeNull();
  });

  it('history is oldest first and chains previous statuses', async () => {
    const h = await store.pledgeHistory(ALIBABA);
    expect(h!.map((c) => [c.previousStatus, c.status, c.effectiveOn])).toEqual([
      [null, 'in_progress', '2017-01-09'],
      ['in_progress', 'retracted', '2018-09-19'],
    ]);
    for (const c of h!) expect(c.source.outlet).not.toBe('');
  });

  it('lists by status with a total', async () => {
    const retracted = await store.listPledges({ status: 'retracted', limit: 10, offset: 0 });
    expect(retracted.total).toBe(1);
    expect(retracted.items[0]?.slug).toBe(ALIBABA);
    expect((await store.listPledges({ status: 'kept', limit: 10, offset: 0 })).total).toBe(0);
    expect((await store.listPledges({ limit: 10, offset: 10 })).items).toEqual([]);
  });

  it('tariffs by country: List 3 and China’s same-day retaliation, linked both ways', async () => {
    const actions = await store.findTariffs({ kind: 'parties', countries: ['CN'] });
    const list3 = actions.find((a) => a.slug === 'us-s301-list-3');
    const answer = actions.find((a) => a.slug === 'cn-retaliation-list-3');
    expect(list3).toMatchObject({ imposer: 'US', target: 'CN', tradeCoveredUsd: 200e9, effectiveOn: '2018-09-24', legalBasis: 'section_301' });
    expect(list3!.rateSteps.filter((s) => s.applied).map((s) => [s.ratePct, s.effectiveOn])).toEqual([
      [10, '2018-09-24'],
      [25, '2019-05-10'],
    ]);
    expect(answer).toMatchObject({ imposer: 'CN', target: 'US', tradeCoveredUsd: 60e9, effectiveOn: '2018-09-24' });
    expect(answer!.retaliatesFor?.slug).toBe('us-s301-list-3');
    expect(list3!.answeredBy.map((r) => r.slug)).toContain('cn-retaliation-list-3');
    for (const a of actions) expect(a.sources.length).toBeGreaterThan(0);
  });

  it('tariffs by list, date, retaliation and slug', async () => {
    expect((await store.findTariffs({ kind: 'list', list: 'List 3' })).map((a) => a.slug)).toEqual(['us-s301-list-3']);
    const day = (await store.findTariffs({ kind: 'date', date: '2018-09-24' })).map((a) => a.slug);
    expect(day).toEqual(expect.arrayContaining(['us-s301-list-3', 'cn-retaliation-list-3']));
    const retaliation = await store.findTariffs({ kind: 'retaliation' });
    expect(retaliation.length).toBeGreaterThan(3);
    for (const a of retaliation) expect(a.retaliatesFor).not.toBeNull();
    expect(await store.findTariffs({ kind: 'slug', slug: 'nope' })).toEqual([]);
    expect(await store.findTariffs({ kind: 'text', text: '100%_\\' })).toEqual([]);
  });

  it('unconfirmed figures are stored as such, not as certain', async () => {
    const [list4a] = await store.findTariffs({ kind: 'slug', slug: 'us-s301-list-4a' });
    expect(list4a!.tradeCoveredCertainty).toBe('not_confirmed');
    expect(list4a!.tradeCoveredUsd).toBeNull();
    expect(list4a!.tradeCoveredNote).toMatch(/112/);
  });

  it('seeding again adds nothing', async () => {
    const added = await seed(handle.db, shippedData);
    expect(Object.values(added).every((n) => n === 0)).toBe(true);
  });

  it('status history is append-only in the database itself', async () => {
    await expect(handle.db.execute(sql`update status_changes set quote = 'rewritten'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from status_changes`)).rejects.toThrow();
    const rows = await query<{ n: string | number }>(handle.db, sql`select count(*) as n from status_changes where quote = 'rewritten'`);
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('every shipped fact, pledge source and status change has a source with an outlet', async () => {
    const orphans = await query<{ n: string | number }>(
      handle.db,
      sql`select count(*) as n from sources where outlet = '' or (url is null and published_on is null and title is null)`,
    );
    expect(Number(orphans[0]?.n)).toBe(0);
  });

  it('comingDeadlines: open pledges with a deadline from the day on, soonest first; a final status or a past deadline is left out', async () => {
    const base = { byName: null, byRole: null, madeTo: null, target: null, place: null, madeOn: '2024-01-02', text: 'a test pledge', sourceUrl: 'https://example.org/deadline-test', aliases: [], keywords: [] };
    for (const [slug, deadline] of [['zz-later-deadline', '2031-06-30'], ['zz-sooner-deadline', '2030-01-15'], ['zz-past-deadline', '2029-12-31']] as const) {
      await store.addPledge({ ...base, slug, entityName: 'Deadline Test Co', title: slug, deadline }, 'console:local');
    }
    const coming = await store.comingDeadlines({ from: '2030-01-01', limit: 10 });
    expect(coming.map((p) => [p.slug, p.deadline])).toEqual([
      ['zz-sooner-deadline', '2030-01-15'],
      ['zz-later-deadline', '2031-06-30'],
    ]);
    // Alibaba's 2022 deadline is behind a final status (retracted)
    expect((await store.comingDeadlines({ from: '2000-01-01', limit: 10 })).map((p) => p.slug)).not.toContain(ALIBABA);
    expect(await store.comingDeadlines({ from: '2030-01-01', limit: 1 })).toHaveLength(1);
  });
});
