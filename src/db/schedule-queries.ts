/**
 * Deadline reminders and the editors' digest. The scheduler's writes are single statements
 * whose unique keys decide which instance makes a reminder or claims a digest period: any
 * number of instances may run them at once, and each reminder or digest is made once, its
 * outbox rows (one per review channel) in the same statement.
 */
import { sql } from 'drizzle-orm';
import type { Announcement, DeadlineItem, DeadlineReminder } from '../core/ports';
import { finalPledgeStatuses, type PledgeStatus, type ReminderMilestone } from '../core/vocabulary';
import { type Db, query, txOf } from './client';
import { notifyOutbox } from './notify';
import { recentChanges } from './announcement-queries';

const finals = sql.join(finalPledgeStatuses.map((s) => sql`${s}::pledge_status`), sql`, `);

/**
 * Makes the reminders that are due on `today` (the newsroom's date): `coming` from `days` before
 * a deadline, `passed` from the day after it (a pledge already past it gets only that one), for
 * pledges with no final status, while there is a review channel to tell. Resolves to the
 * outbox rows queued.
 */
export async function queueDueReminders(db: Db, opts: { today: string; days: number }): Promise<number> {
  return txOf(db, async (tx) => {
    const rows = await query<{ id: number }>(
      tx,
      sql`with due as (
            select p.id as pledge_id, (case when p.deadline < ${opts.today}::date then 'passed' else 'coming' end)::reminder_milestone as milestone, p.deadline
            from pledges p
            where p.deadline is not null and p.status not in (${finals}) and p.deadline - ${opts.days}::int <= ${opts.today}::date
              and exists (select 1 from review_channels)),
          made as (
            insert into deadline_reminders (pledge_id, milestone, deadline, made_on)
            select pledge_id, milestone, deadline, ${opts.today}::date from due
            on conflict do nothing returning id)
          insert into outbox (reminder_id, kind, platform, workspace, channel_id)
          select m.id, 'post'::delivery_kind, r.platform, r.workspace, r.channel_id from made m cross join review_channels r
          on conflict do nothing returning id`,
    );
    if (rows.length > 0) await notifyOutbox(tx, `reminders:${opts.today}`);
    return rows.length;
  });
}

/**
 * Claims the digest of a period (its key) and queues it for every review channel; null when
 * another instance, or an earlier run, has it already, or there is no review channel yet (a
 * channel set later in the period still gets it).
 */
export async function claimDigest(db: Db, periodKey: string): Promise<{ id: number; queued: number } | null> {
  return txOf(db, async (tx) => {
    const [claimed] = await query<{ id: number }>(
      tx,
      sql`insert into digests (period_key, since)
          select ${periodKey}, coalesce((select max(created_at) from digests), now() - interval '7 days')
          where exists (select 1 from review_channels)
          on conflict do nothing returning id`,
    );
    if (!claimed) return null;
    const rows = await query<{ id: number }>(
      tx,
      sql`insert into outbox (digest_id, kind, platform, workspace, channel_id)
          select ${claimed.id}::int, 'post'::delivery_kind, platform, workspace, channel_id from review_channels
          on conflict do nothing returning id`,
    );
    if (rows.length > 0) await notifyOutbox(tx, `digest:${claimed.id}`);
    return { id: claimed.id, queued: rows.length };
  });
}

interface DeadlineRow {
  slug: string;
  title: string;
  entity_name: string;
  status: PledgeStatus;
  deadline: string;
}

const toItem = (r: DeadlineRow): DeadlineItem => ({ slug: r.slug, title: r.title, entityName: r.entity_name, status: r.status, deadline: r.deadline });
const itemColumns = sql`p.slug, p.title, e.name as entity_name, p.status, p.deadline::text as deadline`;

export async function deadlines(db: Db, opts: { today: string; days: number; limit: number }): Promise<{ coming: DeadlineItem[]; passed: DeadlineItem[] }> {
  const open = sql`p.deadline is not null and p.status not in (${finals})`;
  const coming = await query<DeadlineRow>(
    db,
    sql`select ${itemColumns} from pledges p join entities e on e.id = p.entity_id
        where ${open} and p.deadline >= ${opts.today}::date and p.deadline <= ${opts.today}::date + ${opts.days}::int
        order by p.deadline, p.slug limit ${opts.limit}`,
  );
  const passed = await query<DeadlineRow>(
    db,
    sql`select ${itemColumns} from pledges p join entities e on e.id = p.entity_id
        where ${open} and p.deadline < ${opts.today}::date order by p.deadline desc, p.slug limit ${opts.limit}`,
  );
  return { coming: coming.map(toItem), passed: passed.map(toItem) };
}

export async function getReminder(db: Db, id: number): Promise<DeadlineReminder | null> {
  const [row] = await query<DeadlineRow & { milestone: ReminderMilestone; reminded_deadline: string; made_on: string }>(
    db,
    sql`select ${itemColumns}, r.milestone, r.deadline::text as reminded_deadline, r.made_on::text as made_on
        from deadline_reminders r join pledges p on p.id = r.pledge_id join entities e on e.id = p.entity_id where r.id = ${id}`,
  );
  return row ? { pledge: toItem(row), milestone: row.milestone, deadline: row.reminded_deadline, madeOn: row.made_on } : null;
}

export async function getDigest(db: Db, id: number): Promise<{ since: Date; createdAt: Date } | null> {
  const [row] = await query<{ since: string | Date; created_at: string | Date }>(db, sql`select since, created_at from digests where id = ${id}`);
  return row ? { since: new Date(row.since), createdAt: new Date(row.created_at) } : null;
}

export async function lastDigestAt(db: Db): Promise<Date | null> {
  const [row] = await query<{ at: string | Date | null }>(db, sql`select max(created_at) as at from digests`);
  return row?.at ? new Date(row.at) : null;
}

export function changesBetween(db: Db, since: Date, until: Date, limit: number): Promise<Announcement[]> {
  return recentChanges(db, limit, sql`recorded_at >= ${since.toISOString()}::timestamptz and recorded_at < ${until.toISOString()}::timestamptz`);
}
