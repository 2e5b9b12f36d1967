import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/adapters/console/ask';
import { createLogger } from '../../../src/logger';
import { createCommands } from '../../../src/core/commands';
import { systemClock } from '../../../src/core/ports';
import { shippedData } from '../../../src/db/seed/data';
import { startTestServer, type TestServer } from '../../support/server';

/** Research shorthand that must never reach a reader: notes of the editors' research file. */
const RESEARCH_NOTES = [/not confirmed/i, /retrieved/i, /the reference/i, /\btariff-S\d+[a-z]?\b/i, /\[S\d+\]/, /stored copy/i, /as found in/i];

/** Hosts the research file found texts on, which are not their publishers: mirrors, staging sites, reprints. */
const REMOVED_HOSTS = [
  'regulations.justia.com',
  'thefederalregister.org',
  'regs.cqstatetrack.com',
  'stage.internationaltradetoday.com',
  'stage.exportcompliancedaily.com',
  'staging.livingstonintl.com',
  'ru.scribd.com',
  'threadreaderapp.com',
  'www.everycrsreport.com',
  'www.imoa.ph',
  'moroccopost.net',
  'fasa.nyc',
  'magazinevolume.com',
  'www.riceoweek.com',
  'www.vietnamnewsgazette.com',
  'www.bbrtv.com',
  'theepochtimes.com',
  'brecorder.com',
  'www.smh.com.au',
  'www.cursor.org',
  'thetradingletter.com',
  'www.thompsonhinesmartrade.com',
];

const findNotes = (where: string, text: string) => RESEARCH_NOTES.filter((re) => re.test(text)).map((re) => `${where}: ${re}`);

describe('shipped data: public copy and sources', () => {
  it('no public field of any shipped record carries a research note', () => {
    // everything but the editors' own source notes and the seed keys (internal ids, never shown)
    const records: [string, unknown][] = [
      ...shippedData.sources.map((s): [string, unknown] => [`source ${s.key}`, { ...s, key: undefined, note: undefined }]),
      ...shippedData.tariffActions.map((a): [string, unknown] => [`tariff ${a.slug}`, { ...a, sourceKeys: undefined }]),
      ...shippedData.pledges.map((p): [string, unknown] => [`pledge ${p.slug}`, { ...p, sourceKeys: undefined, history: p.history.map((c) => ({ ...c, sourceKey: undefined })) }]),
      ...shippedData.facts.map((f): [string, unknown] => [`fact ${f.key}`, { ...f, key: undefined, sourceKey: undefined }]),
      ...shippedData.people.map((p): [string, unknown] => [`person ${p.slug}`, p]),
      ...shippedData.entities.map((e): [string, unknown] => [`entity ${e.slug}`, e]),
    ];
    expect(records.length).toBeGreaterThan(40);
    expect(records.flatMap(([where, r]) => findNotes(where, JSON.stringify(r)))).toEqual([]);
  });

  it('every shipped source is linked, once, at its publisher: no mirror, staging or reprint host, no tracking parameters', () => {
    const urls = shippedData.sources.map((s) => s.url);
    expect(urls.every((u) => typeof u === 'string' && /^https?:\/\//.test(u)), 'every source has a URL').toBe(true);
    expect(new Set(urls).size, 'no source listed twice').toBe(urls.length);
    const hosts = urls.map((u) => new URL(u!).hostname);
    expect(hosts.filter((h) => REMOVED_HOSTS.includes(h))).toEqual([]);
    expect(hosts.filter((h) => /^(stage|staging)\./.test(h))).toEqual([]);
    expect(urls.filter((u) => /[?&](BC|mod|utm_[a-z]+)=/.test(u!))).toEqual([]);
    // Federal Register texts are cited at federalregister.gov's document or citation page
    const fr = shippedData.sources.filter((s) => s.outlet === 'Federal Register');
    expect(fr.length).toBeGreaterThan(5);
    for (const s of fr) expect(s.url).toMatch(/^https:\/\/www\.federalregister\.gov\/(d\/\d{4}-\d{5}|citation\/\d+-FR-\d+)$/);
    // every source key an action, pledge or fact cites is shipped
    const keys = new Set(shippedData.sources.map((s) => s.key));
    const cited = [
      ...shippedData.tariffActions.flatMap((a) => a.sourceKeys),
      ...shippedData.pledges.flatMap((p) => [...p.sourceKeys, ...p.history.map((c) => c.sourceKey)]),
      ...shippedData.facts.map((f) => f.sourceKey),
    ];
    expect(cited.filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('public copy as readers and chat users get it', () => {
  let server: TestServer;
  const text = async (path: string) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  it('no page, JSON answer, feed or oEmbed answer carries a research note or links a removed host', async () => {
    const pledges = shippedData.pledges.map((p) => p.slug);
    const actions = shippedData.tariffActions.map((a) => a.slug);
    const paths = [
      '/',
      '/about',
      '/tariffs',
      '/?q=alibaba',
      '/?status=retracted',
      ...actions.map((s) => `/tariffs/${s}`),
      ...pledges.flatMap((s) => [`/pledges/${s}`, `/embed/pledges/${s}`, `/api/pledges/${s}`, `/oembed?url=${encodeURIComponent(`${server.url}/pledges/${s}`)}`]),
      '/api/pledges',
      '/api/tariffs',
      '/feed.atom',
      '/charts/tariff-rates.svg',
      ...actions.map((s) => `/charts/tariffs/${s}.svg`),
    ];
    const found: string[] = [];
    for (const path of paths) {
      const body = await text(path);
      found.push(...findNotes(path, body));
      for (const host of REMOVED_HOSTS) if (body.includes(`//${host}/`)) found.push(`${path}: links ${host}`);
    }
    expect(found).toEqual([]);
    // the trade value nobody published is said in plain words
    expect(await text('/tariffs/us-s232-steel-aluminum')).toContain('no firm figure published');
  });

  it('no chat reply carries a research note', async () => {
    const commands = createCommands({ store: server.store, clock: systemClock, bootstrapEditors: [], publicUrl: 'https://tracker.example.org' });
    const lines = [
      '/pledge alibaba',
      '/pledge list',
      `/pledge history ${shippedData.pledges[0]!.slug}`,
      '/tariff china',
      '/tariff list 3',
      '/tariff retaliation',
      '/tariff chart',
      ...shippedData.tariffActions.map((a) => `/tariff ${a.slug}`),
    ];
    const found: string[] = [];
    for (const line of lines) {
      const out = await ask(commands, line, createLogger('silent'));
      expect(out.exitCode, `${line}\n${out.output}`).toBe(0);
      found.push(...findNotes(line, out.output));
    }
    expect(found).toEqual([]);
  });
});
