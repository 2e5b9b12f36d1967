import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/announce/scheduler';
import { createScheduleQueue } from '../../src/db/schedule-queue';
import { reminderReply } from '../../src/core/announcements/desk';
import { type Actor, type CommandInput, type Commands, createCommands } from '../../src/core/commands';
import { type Store, systemClock } from '../../src/core/ports';
import { parseDigestSchedule, type DigestSchedule } from '../../src/core/schedule';
import { type DbHandle, query } from '../../src/db/client';
import { createLogger } from '../../src/logger';
import { renderText } from '../../src/render/text';
import { asText, openCommands, testDrivers } from '../support/db';

const editor: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0EDITOR' };
const review = { platform: 'slack' as const, workspace: 'T1', id: 'C0REVIEW' };
const discordReview = { platform: 'discord' as const, workspace: 'G1', id: '900000000000000201' };
const discordEditor: Actor = { platform: 'discord', workspace: 'G1', userId: '42' };
// a Monday, 09:05 UTC
const NOW = new Date('2026-11-23T09:05:00Z');
const silent = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));

describe.each(testDrivers())('deadline reminders and the digest on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;
  let commands: Commands;
  let now = NOW;

  beforeAll(async () => {
    ({ handle, store, commands } = await openCommands(driver, { bootstrapEditors: ['slack:U0EDITOR', 'discord:42'], now: NOW }));
  });
  afterAll(async () => handle?.close());

  const admin = async (text: string, actor: Actor = editor, channel?: CommandInput['channel']) =>
    asText(await commands.run({ command: 'pledge-admin', text, actor, ...(channel ? { channel } : {}) }));
  const scheduler = (digest: DigestSchedule = { every: 'off' }) =>
    createScheduler({ queue: createScheduleQueue(handle), clock: { now: () => now }, log: silent, timeZone: 'UTC', digest, reminderDays: 30 });
  const rows = (where = sql`true`) =>
    query<{ reminder_id: number | null; digest_id: number | null; platform: string; channel_id: string }>(
      handle.db,
      sql`select reminder_id, digest_id, platform, channel_id from outbox where ${where} order by id`,
    );
  const addPledge = (slug: string, deadline: string) =>
    admin(`add-pledge slug=${slug} entity="Desk Test Works" title="build ${slug}" made=2026-01-10 deadline=${deadline} source=https://example.org/${slug}`);

  it('no review channel, no reminder; then one per pledge, milestone and review channel, however often it runs', async () => {
    expect((await addPledge('due-in-29-days', '2026-12-22')).ok).toBe(true);
    expect((await addPledge('passed-last-week', '2026-11-16')).ok).toBe(true);
    expect((await addPledge('due-in-60-days', '2027-01-22')).ok).toBe(true);
    expect((await addPledge('kept-already', '2026-12-01')).ok).toBe(true);
    expect((await admin('set-status kept-already kept https://example.org/kept "It is built."')).ok).toBe(true);
    expect(await scheduler().runOnce()).toBe(0);
    expect(await rows(sql`reminder_id is not null`)).toEqual([]);

    expect((await admin('review-channel', editor, review)).ok).toBe(true);
    expect((await admin('review-channel', discordEditor, discordReview)).ok).toBe(true);
    // two instances at once, then again: each reminder is made once
    const [a, b] = await Promise.all([scheduler().runOnce(), scheduler().runOnce()]);
    expect(a + b).toBe(4);
    expect(await scheduler().runOnce()).toBe(0);
    const made = await query<{ slug: string; milestone: string; deadline: string }>(
      handle.db,
      sql`select p.slug, r.milestone, r.deadline::text as deadline from deadline_reminders r join pledges p on p.id = r.pledge_id order by p.slug`,
    );
    expect(made).toEqual([
      { slug: 'due-in-29-days', milestone: 'coming', deadline: '2026-12-22' },
      { slug: 'passed-last-week', milestone: 'passed', deadline: '2026-11-16' },
    ]);
    const queued = await rows(sql`reminder_id is not null`);
    expect(queued.map((r) => `${r.platform}:${r.channel_id}`).sort()).toEqual(['discord:900000000000000201', 'discord:900000000000000201', 'slack:C0REVIEW', 'slack:C0REVIEW']);

    const coming = await store.getReminder(queued.find((r) => r.platform === 'slack')!.reminder_id!);
    const reply = reminderReply(coming!);
    expect(reply.summary).toBe('Deadline in 29 days (2026-12-22): Desk Test Works: build due-in-29-days (due-in-29-days)');
    expect(renderText(reply)).toContain('/pledge-admin set-status due-in-29-days <status>');
    // the outbox lists them like any delivery
    const outbox = await admin('outbox');
    expect(outbox.text).toContain('pending: deadline reminder (coming) for due-in-29-days to slack C0REVIEW (post)');
  });

  it('the day after the deadline brings the passed reminder; a moved deadline is a new one', async () => {
    now = new Date('2026-12-23T08:00:00Z');
    expect(await scheduler().runOnce()).toBe(4); // due-in-29-days passed; due-in-60-days now coming
    expect((await admin('edit-pledge passed-last-week deadline=2027-01-10')).ok).toBe(true);
    expect(await scheduler().runOnce()).toBe(2);
    expect(await scheduler().runOnce()).toBe(0);
    now = NOW;
  });

  it('/pledge-admin deadlines lists what is coming and what has passed, with no final status', async () => {
    const r = await admin('deadlines');
    expect(r.ok, r.text).toBe(true);
    expect(r.text).toContain('Deadlines: 1 in the next 30 days, 0 passed with no final status');
    expect(r.text).toContain('Desk Test Works: build due-in-29-days (due-in-29-days)');
    expect(r.text).toContain('deadline 2026-12-22, in 29 days · not yet rated');
    expect(r.text).not.toContain('kept-already');
    expect(r.text).not.toContain('due-in-60-days');
    expect(r.text).not.toContain('alibaba');
    expect((await admin('deadlines soon')).code).toBe('bad_input');
  });

  it('/pledge-admin digest shows proposals, changes since the last digest, deadlines and failing feeds', async () => {
    // changes are recorded at the database's time: this command runs on the real clock
    const live = createCommands({ store, clock: systemClock, bootstrapEditors: ['slack:U0EDITOR'] });
    const r = asText(await live.run({ command: 'pledge-admin', text: 'digest', actor: editor }));
    expect(r.ok, r.text).toBe(true);
    expect(r.text).toMatch(/^Editors' digest, \d{4}-\d{2}-\d{2}/);
    expect(r.text).toContain('Proposals waiting (0): none.');
    expect(r.text).toMatch(/Published since \d{4}-\d{2}-\d{2} \(\d+\)/);
    expect(r.text).toContain('Desk Test Works: build kept-already → kept');
    expect(r.text).toContain('Deadlines in the next 30 days');
    expect(r.text).toContain('Feeds failing (0): none.');
  });

  it('the scheduled digest is claimed once per period by any number of instances, and only near its time', async () => {
    const weekly = parseDigestSchedule('mon 09:00') as DigestSchedule;
    const claimed = await Promise.all([scheduler(weekly).runOnce(), scheduler(weekly).runOnce(), scheduler(weekly).runOnce()]);
    const digests = await query<{ period_key: string }>(handle.db, sql`select period_key from digests`);
    expect(digests).toEqual([{ period_key: '2026-11-23 09:00 UTC' }]);
    expect(claimed.reduce((x, y) => x + y, 0)).toBe(2); // one row per review channel
    expect((await rows(sql`digest_id is not null`)).map((r) => r.platform).sort()).toEqual(['discord', 'slack']);
    expect((await admin('outbox')).text).toContain('pending: digest of 2026-11-23 09:00 UTC to slack C0REVIEW (post)');
    now = new Date('2026-11-24T10:00:00Z'); // more than a day late: wait for the next Monday
    expect(await scheduler(weekly).runOnce()).toBe(0);
    // with no review channel the period is not used up: a channel set later in it still gets it
    now = new Date('2026-11-30T09:00:00Z');
    const channels = await query<Record<string, unknown>>(handle.db, sql`delete from review_channels returning platform, workspace, channel_id, set_by`);
    expect(await scheduler(weekly).runOnce()).toBe(0);
    for (const c of channels) {
      await handle.db.execute(sql`insert into review_channels (platform, workspace, channel_id, set_by) values (${c.platform}, ${c.workspace}, ${c.channel_id}, ${c.set_by})`);
    }
    now = new Date('2026-11-30T10:00:00Z');
    expect(await scheduler(weekly).runOnce()).toBe(2);
    expect(Number((await query<{ n: string | number }>(handle.db, sql`select count(*) as n from digests`))[0]!.n)).toBe(2);
    now = NOW;
  });
});
