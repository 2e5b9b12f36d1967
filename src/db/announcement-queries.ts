import { type SQL, sql } from 'drizzle-orm';
import type { Announcement } from '../core/ports';
import { type Db, query } from './client';
import { type ChangeRow, changeSelect, type SummaryRow, summaryColumns, summaryFrom, toChange, toSummary } from './pledge-queries';

export async function getAnnouncement(db: Db, statusChangeId: number): Promise<Announcement | null> {
  const [change] = await query<ChangeRow & { pledge_id: number }>(db, sql`${changeSelect} where c.id = ${statusChangeId}`);
  if (!change) return null;
  const [pledge] = await query<SummaryRow>(
    db,
    sql`select ${summaryColumns} from ${summaryFrom} where p.id = (select pledge_id from status_changes where id = ${statusChangeId})`,
  );
  return pledge ? { pledge: toSummary(pledge), change: toChange(change) } : null;
}

/** The latest status changes (those `where` picks) with their pledges, newest recorded first: what the Atom feed lists. */
export async function recentChanges(db: Db, limit: number, where: SQL = sql`true`): Promise<Announcement[]> {
  const changes = await query<ChangeRow>(
    db,
    sql`${changeSelect} where c.id in (select id from status_changes where ${where} order by recorded_at desc, id desc limit ${limit})
        order by c.recorded_at desc, c.id desc`,
  );
  if (changes.length === 0) return [];
  const ids = sql.join(changes.map((c) => sql`${c.id}`), sql`, `);
  const pledges = await query<SummaryRow & { change_id: number }>(
    db,
    sql`select ${summaryColumns}, sc.id as change_id from ${summaryFrom} join status_changes sc on sc.pledge_id = p.id where sc.id in (${ids})`,
  );
  const byChange = new Map(pledges.map((p) => [p.change_id, toSummary(p)]));
  return changes.flatMap((c) => {
    const pledge = byChange.get(c.id);
    return pledge ? [{ pledge, change: toChange(c) }] : [];
  });
}
