import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Commands, CommandInput } from '../../src/core/commands';
import { announcementReply, describeCorrection } from '../../src/core/announcements/present';
import type { Store } from '../../src/core/ports';
import { type DbHandle, query } from '../../src/db/client';
import { renderText } from '../../src/render/text';
import { asText, openCommands, testDrivers } from '../support/db';

const editor: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0EDITOR' };
const channel = { platform: 'slack' as const, workspace: 'T1', id: 'C0DESK' };
const SLUG = 'ridgeway-battery-plant';
const ADD = `add-pledge slug=${SLUG} entity="Ridgeway Motors" by="Dana Okafor" role="chief executive" to="Governor Lee Brandt" made=2021-03-04 title="build a battery plant employing 4,000" text="Ridgeway would build a battery plant in Harlan County employing 4,000 people by 2025." target="4,000 jobs" place="Harlan County, Kentucky" deadline=2025-12-31 source=https://example.org/ridgeway aliases="Ridgeway, RWM" keywords="battery, gigafactory"`;

describe.each(testDrivers())('the pledge record from chat on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;
  let commands: Commands;

  beforeAll(async () => {
    ({ handle, store, commands } = await openCommands(driver, { bootstrapEditors: ['slack:U0EDITOR'], now: new Date('2026-11-23T12:00:00Z') }));
  });
  afterAll(async () => handle?.close());

  const run = async (text: string, command: CommandInput['command'] = 'pledge-admin') => asText(await commands.run({ command, text, actor: editor, channel }));
  const count = async (table: string) => Number((await query<{ n: string | number }>(handle.db, sql`select count(*) as n from ${sql.raw(table)}`))[0]?.n);
  const latestAudit = async () => (await store.listAudit({ target: SLUG, limit: 1 }))[0]!;

  it('add-pledge stores the person (with role) as a person, the target as a number with its unit, and the place', async () => {
    const added = await run(ADD);
    expect(added.ok, added.text).toBe(true);
    expect(added.text).toContain(`Added ${SLUG} (not yet rated)`);
    const [row] = await query<{ name: string; role: string; target_quantity: string | number; target_unit: string; place: string; keywords: string[] }>(
      handle.db,
      sql`select pe.name, pe.role, p.target_quantity, p.target_unit, p.place, p.keywords from pledges p join people pe on pe.id = p.by_person_id where p.slug = ${SLUG}`,
    );
    expect(row).toMatchObject({ name: 'Dana Okafor', role: 'chief executive', target_unit: 'jobs', place: 'Harlan County, Kentucky', keywords: ['battery', 'gigafactory'] });
    expect(Number(row!.target_quantity)).toBe(4000);

    const detail = (await store.getPledge(SLUG))!;
    expect(detail).toMatchObject({ byName: 'Dana Okafor', byRole: 'chief executive', madeTo: 'Governor Lee Brandt', place: 'Harlan County, Kentucky', deadline: '2025-12-31', target: { quantity: 4000, unit: 'jobs' } });
    expect(detail.aliases).toEqual(expect.arrayContaining(['Ridgeway', 'RWM']));

    const shown = await run(SLUG, 'pledge');
    expect(shown.text).toMatch(/Pledged by: +Dana Okafor, chief executive \(Ridgeway Motors\)/);
    expect(shown.text).toMatch(/To: +Governor Lee Brandt/);
    expect(shown.text).toMatch(/Made: +2021-03-04, Harlan County, Kentucky/);
    expect(shown.text).toMatch(/Deadline: +2025-12-31/);
    expect(shown.text).toMatch(/Target: +4,000 jobs/);
    // typos of words only this pledge has: found through the words its insert indexed
    for (const q of ['dana okafor', 'okafor', 'harlan county', 'gigafactory', 'RWM', 'okafr', 'gigafactry']) expect((await run(q, 'pledge')).text, q).toContain('Ridgeway Motors: build a battery plant');
  });

  it('money targets are ISO codes in full units, shown as people read them', async () => {
    const cases: [string, number, string, string][] = [
      ['$10 billion', 10e9, 'usd', '$10 billion'],
      ['10bn usd', 10e9, 'usd', '$10 billion'],
      ['£2.5bn', 2.5e9, 'gbp', '£2.5 billion'],
      ['1 million jobs', 1e6, 'jobs', '1,000,000 jobs'],
      ['13k jobs', 13e3, 'jobs', '13,000 jobs'],
    ];
    for (const [i, [target, quantity, unit, shown]] of cases.entries()) {
      const slug = `money-case-${i + 1}`;
      const r = await run(`add-pledge slug=${slug} entity="Ridgeway Motors" made=2021-01-01 title="invest" source=https://example.org/m${i} target=${target.startsWith('10bn') ? target : `"${target}"`}`);
      expect(r.ok, `${target}: ${r.text}`).toBe(true);
      expect((await store.getPledge(slug))!.target, target).toEqual({ quantity, unit });
      expect((await run(slug, 'pledge')).text, target).toMatch(new RegExp(`Target: +${shown.replace(/[$]/g, '\\$')}`));
    }
  });

  it('bad values get a clear message and write nothing', async () => {
    const before = { pledges: await count('pledges'), people: await count('people'), sources: await count('sources'), entities: await count('entities') };
    const base = `slug=bad-one entity="Nobody Inc" made=2020-01-01 title="t" source=https://example.org/bad`;
    const cases: [string, string][] = [
      [`add-pledge ${base} target="lots of jobs"`, 'target= “lots of jobs” is not a number with a unit'],
      [`add-pledge ${base} target="lots of jobs"`, 'e.g. target="25,000 jobs", target="$10 billion"'],
      [`add-pledge ${base} target="$10bn gbp"`, 'is not a number with a unit'],
      [`add-pledge ${base} target=25000`, 'is not a number with a unit'],
      [`add-pledge slug=bad-one entity="Nobody Inc" made=2019-02-29 title="t" source=https://example.org/bad`, '“2019-02-29” is not a date (made=)'],
      [`add-pledge ${base} deadline=2021-02-30`, '“2021-02-30” is not a date (deadline=)'],
      [`add-pledge ${base} deadline=2019-06-01`, 'deadline= 2019-06-01 is before the pledge was made (2020-01-01)'],
      [`add-pledge ${base} made=2030-01-01`, 'made= 2030-01-01 is in the future'],
      [`add-pledge ${base} role="chair"`, 'role= is the role of the person in by='],
      [`add-pledge slug=bad-one entity="Nobody Inc" made=2020-01-01 title="${'x'.repeat(500)}" source=https://example.org/bad`, 'title= is 500 characters long; the limit is 200'],
      [`add-pledge slug=bad-one entity="Nobody Inc" made=2020-01-01 title="${'x'.repeat(5000)}" source=https://example.org/bad`, 'an admin command takes up to 4,000'],
      [`add-pledge ${base} by="${'y'.repeat(300)}"`, 'by= is 300 characters long; the limit is 200'],
      [`add-pledge ${base} colour=red`, 'Unknown field: colour'],
      [`add-pledge ${base} colour=red`, 'Usage: /pledge-admin add-pledge slug=<slug>'],
      [`add-pledge slug=bad-one made=2020-01-01 title="t" source=https://example.org/bad`, 'entity= is required'],
      [`add-pledge ${base} aliases="${Array.from({ length: 25 }, (_, i) => `a${i}`).join(', ')}"`, 'aliases= lists 25 items; the limit is 20'],
    ];
    for (const [text, expected] of cases) {
      const r = await run(text);
      expect(r.ok, text.slice(0, 120)).toBe(false);
      expect(r.code).toBe('bad_input');
      expect(r.text, text.slice(0, 120)).toContain(expected);
    }
    expect({ pledges: await count('pledges'), people: await count('people'), sources: await count('sources'), entities: await count('entities') }).toEqual(before);
  });

  it('edit-pledge changes the named fields, says old -> new, audits it, and search follows', async () => {
    const r = await run(`edit-pledge ${SLUG} target="$2 billion" place="Glasgow, Kentucky" by="Marcus Vell" role="chairman"`);
    expect(r.ok, r.text).toBe(true);
    expect(r.text).toContain(`Updated ${SLUG}: by: “Dana Okafor” → “Marcus Vell”; role: “chief executive” → “chairman”; target: 4,000 jobs → $2 billion; place: “Harlan County, Kentucky” → “Glasgow, Kentucky”.`);
    const shown = await run(SLUG, 'pledge');
    expect(shown.text).toMatch(/Pledged by: +Marcus Vell, chairman \(Ridgeway Motors\)/);
    expect(shown.text).toMatch(/Target: +\$2 billion/);
    expect(shown.text).toContain('2021-03-04, Glasgow, Kentucky');
    expect((await run('marcus vell', 'pledge')).text).toContain('Ridgeway Motors: build a battery plant');
    expect((await run('glasgow kentucky', 'pledge')).text).toContain('Ridgeway Motors: build a battery plant');

    const audit = await latestAudit();
    expect(audit).toMatchObject({
      action: 'pledge-admin edit-pledge',
      outcome: 'ok',
      actor: 'slack:T1/U0EDITOR',
      before: { byName: 'Dana Okafor', byRole: 'chief executive', target: { quantity: 4000, unit: 'jobs' }, place: 'Harlan County, Kentucky' },
      after: { byName: 'Marcus Vell', byRole: 'chairman', target: { quantity: 2e9, unit: 'usd' }, place: 'Glasgow, Kentucky' },
    });
    expect((await run(`audit ${SLUG}`)).text).toContain('target: 4,000 jobs → $2 billion; place: “Harlan County, Kentucky” → “Glasgow, Kentucky”');
  });

  it('edit-pledge clears optional fields with an empty value, replaces aliases and keywords, and refuses what it cannot do', async () => {
    const cleared = await run(`edit-pledge ${SLUG} place="" deadline="" aliases="Ridgeway Auto" keywords="cells"`);
    expect(cleared.text).toContain('place: “Glasgow, Kentucky” → none');
    expect(cleared.text).toContain('deadline: 2025-12-31 → none');
    expect(cleared.text).toMatch(/aliases: (Ridgeway, RWM|RWM, Ridgeway) → Ridgeway Auto/);
    const d = (await store.getPledge(SLUG))!;
    expect(d).toMatchObject({ place: null, deadline: null, aliases: ['Ridgeway Auto'], keywords: ['cells'] });
    expect((await run('ridgeway auto', 'pledge')).text).toContain('build a battery plant');
    expect((await run(`edit-pledge ${SLUG} keywords="cells"`)).text).toContain('already has those values; nothing was changed');

    const auditRows = await count('audit_log');
    const refused: [string, string, string][] = [
      [`edit-pledge ${SLUG} colour=red`, 'bad_input', 'Unknown field: colour'],
      [`edit-pledge ${SLUG} colour=red`, 'bad_input', 'Usage: /pledge-admin edit-pledge <slug> [entity=..]'],
      [`edit-pledge ${SLUG} slug=new-slug`, 'bad_input', 'slug cannot be changed'],
      [`edit-pledge ${SLUG} source=https://example.org/x`, 'bad_input', 'add-source'],
      [`edit-pledge ${SLUG} target="some jobs"`, 'bad_input', 'is not a number with a unit'],
      [`edit-pledge ${SLUG} deadline=2020-01-01`, 'bad_input', 'deadline 2020-01-01 would be before the pledge was made (2021-03-04)'],
      [`edit-pledge ${SLUG} made=2021-02-30`, 'bad_input', 'is not a date'],
      [`edit-pledge ${SLUG} title=""`, 'bad_input', 'title= is required'],
      [`edit-pledge ${SLUG}`, 'bad_input', 'What should change'],
      [`edit-pledge no-such-pledge place=x`, 'not_found', 'No pledge has the slug'],
      [`edit-pledge ${SLUG} by="" role="ceo"`, 'bad_input', 'role= is the role of the person'],
    ];
    for (const [text, code, expected] of refused) {
      const r = await run(text);
      expect(r.code, text).toBe(code);
      expect(r.text, text).toContain(expected);
    }
    // refusals are audited as refusals; the record is as it was
    expect(await count('audit_log')).toBe(auditRows + refused.length);
    expect(await store.getPledge(SLUG)).toEqual(d);
  });

  it('set-status by= names the quote’s speaker: the reply, the lookup, history and the announcement show it; the audit says which status', async () => {
    const r = await run(`set-status ${SLUG} stalled https://example.org/pause "We are pausing construction while we review demand." by="Marcus Vell" date=2026-10-01`);
    expect(r.ok, r.text).toBe(true);
    expect(r.text).toContain(`${SLUG}: not yet rated → stalled from 2026-10-01.`);
    expect(r.text).toContain('— Marcus Vell, 2026-10-01');
    expect((await run(SLUG, 'pledge')).text).toContain('— Marcus Vell, 2026-10-01');
    expect((await run(`history ${SLUG}`, 'pledge')).text).toContain('review demand.” — Marcus Vell');
    const audit = await latestAudit();
    expect(audit.detail).toContain('status stalled (was not yet rated) from 2026-10-01');
    expect(audit.after).toMatchObject({ status: 'stalled', quoteBy: 'Marcus Vell' });
    expect((await run(`audit ${SLUG}`)).text).toContain('status stalled (was not yet rated)');

    const [change] = await query<{ id: number }>(handle.db, sql`select c.id from status_changes c join pledges p on p.id = c.pledge_id where p.slug = ${SLUG} order by c.id desc limit 1`);
    const announced = renderText(announcementReply((await store.getAnnouncement(change!.id))!));
    expect(announced).toMatch(/Pledged by: +Marcus Vell \(Ridgeway Motors\)/);
    expect(announced).toMatch(/Made: +2021-03-04/);
    expect(announced).toContain('— Marcus Vell, 2026-10-01');

    const fixed = await run(`correct ${SLUG} by="Dana Okafor"`);
    expect(fixed.ok, fixed.text).toBe(true);
    expect((await run(SLUG, 'pledge')).text).toContain('— Dana Okafor, 2026-10-01');
    const history = (await store.pledgeHistory(SLUG))!;
    // the thread reply under a corrected announcement says what changed
    expect(describeCorrection(history.at(-2)!, history.at(-1)!)).toEqual(['quoted speaker: Marcus Vell → Dana Okafor']);
    expect((await run(`set-status ${SLUG} kept https://example.org/k "q" bye=x`)).text).toContain('Unknown field: bye');
  });

  it('an announcement of a pledge with no person names the entity, never the date', async () => {
    await run('add-pledge slug=nobody-named entity="Harbor Freightways" made=2022-05-05 title="hire 300 drivers" source=https://example.org/h target="300 drivers"');
    expect((await run('set-status nobody-named broken https://example.org/h2 "The hiring never happened." date=2026-01-01')).ok).toBe(true);
    const [change] = await query<{ id: number }>(handle.db, sql`select c.id from status_changes c join pledges p on p.id = c.pledge_id where p.slug = 'nobody-named'`);
    const announced = renderText(announcementReply((await store.getAnnouncement(change!.id))!));
    expect(announced).toMatch(/Pledged by: +Harbor Freightways\n/);
    expect(announced).not.toMatch(/Pledged by: +2022/);
  });
});
