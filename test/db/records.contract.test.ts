import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commands } from '../../src/core/commands';
import type { Actor } from '../../src/core/commands';
import { errorReply } from '../../src/core/error-reply';
import { type DbHandle, query } from '../../src/db/client';
import { renderText } from '../../src/render/text';
import { openCommands, testDrivers } from '../support/db';

const editor: Actor = { platform: 'discord', workspace: 'G1', userId: '42' };
const channel = { platform: 'discord' as const, workspace: 'G1', id: '7001' };

describe.each(testDrivers())('editors’ record commands on $name', (driver) => {
  let handle: DbHandle;
  let commands: Commands;

  beforeAll(async () => {
    ({ handle, commands } = await openCommands(driver, { bootstrapEditors: ['discord:42'], now: new Date('2026-11-23T12:00:00Z') }));
  });
  afterAll(async () => handle?.close());

  async function run(command: 'pledge' | 'tariff' | 'pledge-admin', text: string) {
    const r = await commands.run({ command, text, actor: editor, channel });
    return { ok: r.ok, code: r.ok ? undefined : r.error.code, text: renderText(r.ok ? r.value : errorReply(r.error)) };
  }

  it('add-pledge creates a searchable pledge with its source; a duplicate is refused', async () => {
    const add = `add-pledge slug=acme-riverton entity=Acme by="Jane Doe" to="the Riverton council" made=2017-07-26 title="create 3,000 jobs in Riverton" text="A $2 billion battery plant employing up to 3,000 people" deadline=2022-12-31 source=https://example.org/acme aliases="Acme Industries, Acme Corp" keywords="riverton plant"`;
    expect((await run('pledge-admin', add)).text).toContain('Added acme-riverton (not yet rated)');
    expect((await run('pledge-admin', add)).code).toBe('conflict');
    const found = await run('pledge', 'acme industries');
    expect(found.text).toContain('Acme: create 3,000 jobs in Riverton');
    expect(found.text).toContain('NOT YET RATED');
    expect(found.text).toContain('example.org');
    expect((await run('pledge', 'jane doe')).text).toContain('Acme');
  });

  it('add-pledge validates every field', async () => {
    const cases: [string, string][] = [
      ['add-pledge slug=Bad_Slug entity=X made=2017-01-01 title=t source=https://e.org/a', 'is not a slug'],
      ['add-pledge slug=x-y made=2017-01-01 title=t source=https://e.org/a', 'entity= is required'],
      ['add-pledge slug=x-y entity=X made=2017-13-01 title=t source=https://e.org/a', 'is not a date'],
      ['add-pledge slug=x-y entity=X made=2017-01-01 title=t', 'source URL is required'],
      ['add-pledge slug=x-y entity=X made=2017-01-01 title=t source=https://e.org/a colour=red', 'Unknown field: colour'],
    ];
    for (const [text, expected] of cases) expect((await run('pledge-admin', text)).text, text).toContain(expected);
    expect(Number((await query<{ n: string }>(handle.db, sql`select count(*) as n from pledges where slug = 'x-y'`))[0]!.n)).toBe(0);
  });

  it('add-fact, add-source and link attach sourced records to a pledge', async () => {
    expect((await run('pledge-admin', 'add-fact acme-riverton "Acme received about $300 million in state incentives" https://example.org/incentives value=3e8 unit=USD as-of=2017-09-18')).ok).toBe(true);
    expect((await run('pledge-admin', 'add-fact acme-riverton "A figure" https://example.org/x value=12')).text).toContain('needs its unit');
    expect((await run('pledge-admin', 'add-fact nope-nope "x" https://example.org/x')).code).toBe('not_found');
    expect((await run('pledge-admin', 'add-source acme-riverton https://example.org/second outlet="Example Times" date=2018-06-28')).text).toContain('Source added');
    expect((await run('pledge-admin', 'add-source acme-riverton https://example.org/second')).text).toContain('already cites');
    expect((await run('pledge-admin', 'link acme-riverton us-s301-list-3 note="tariffs on panels"')).text).toContain('now cites us-s301-list-3');
    expect((await run('pledge-admin', 'link acme-riverton no-such-tariff')).code).toBe('not_found');
    const shown = await run('pledge', 'acme-riverton');
    expect(shown.text).toContain('Acme received about $300 million in state incentives');
    expect(shown.text).toContain('Example Times, 2018-06-28');
    expect(shown.text).toContain('List 3');
  });

  it('add-tariff adds an action with its rate, amount, retaliation link and source', async () => {
    const ok1 = await run('pledge-admin', 'add-tariff slug=cn-test-action name="Test retaliation" imposer=CN target=US announced=2019-01-02 effective=2019-02-01 rate=15 basis=customs_tariff_commission status=in_effect usd=$12.5bn retaliates=us-s301-list-3 source=https://example.org/t');
    expect(ok1.text).toContain('Added tariff action cn-test-action');
    const shown = await run('tariff', 'cn-test-action');
    expect(shown.text).toContain('$12.5B');
    expect(shown.text).toContain('15% from 2019-02-01');
    expect(shown.text).toContain('Section 301 List 3');
    const bad: [string, string][] = [
      ['add-tariff slug=t-1 name=x imposer=USA target=CN announced=2019-01-01 rate=5 basis=section_301 status=in_effect source=https://e.org/a', 'two-letter country code'],
      ['add-tariff slug=t-1 name=x imposer=US target=CN announced=2019-01-01 rate=5 basis=vibes status=in_effect source=https://e.org/a', 'basis= must be one of section_232'],
      ['add-tariff slug=t-1 name=x imposer=US target=CN announced=2019-01-01 rate=5 basis=section_301 status=maybe source=https://e.org/a', 'status= must be one of threatened'],
      ['add-tariff slug=t-1 name=x imposer=US target=CN announced=2019-01-01 rate=5 basis=section_301 status=in_effect usd=lots source=https://e.org/a', 'not an amount in US dollars'],
      ['add-tariff slug=t-1 name=x imposer=US target=CN announced=2019-01-01 rate=5 basis=section_301 status=in_effect retaliates=nope source=https://e.org/a', 'No tariff action has the slug'],
    ];
    for (const [text, expected] of bad) expect((await run('pledge-admin', text)).text, text).toContain(expected);
  });

  it('review-channel records this channel for proposals', async () => {
    expect((await run('pledge-admin', 'review-channel')).ok).toBe(true);
    const rows = await query<{ channel_id: string }>(handle.db, sql`select channel_id from review_channels where platform = 'discord' and workspace = 'G1'`);
    expect(rows).toEqual([{ channel_id: '7001' }]);
  });

  it('every write above is in the audit log with its actor', async () => {
    const audit = await run('pledge-admin', 'audit acme-riverton');
    expect(audit.text).toContain('discord:G1/42: pledge-admin add-pledge acme-riverton — ok');
    expect(audit.text).toContain('pledge-admin add-fact acme-riverton — ok');
    expect(audit.text).toContain('pledge-admin link acme-riverton — ok');
  });
});
