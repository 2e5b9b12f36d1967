import { sql } from 'drizzle-orm';
import type { Db } from './client';

/** NOTIFY channel that wakes dispatchers when deliveries are queued. */
export const OUTBOX_CHANNEL = 'pledgewatch_outbox';

/**
 * NOTIFY channel on which the database itself (statement triggers, migration 0008) says that
 * what the read commands show has changed: every instance's answer cache is dropped.
 */
export const CHANGES_CHANNEL = 'pledgewatch_changed';

/** Wakes the dispatchers once the transaction commits (NOTIFY is delivered on commit). */
export async function notifyOutbox(tx: Db, ref: string | number): Promise<void> {
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, ${String(ref)})`);
}

/** NOTIFY channel: what the editors' desk shows changed (a proposal made or decided, a change published). */
export const DESK_CHANNEL = 'pledgewatch_desk';

/** Tells every instance's desk views (Slack App Home) to refresh, once the transaction commits. */
export async function notifyDesk(tx: Db, ref: string | number): Promise<void> {
  await tx.execute(sql`select pg_notify(${DESK_CHANNEL}, ${String(ref)})`);
}

/** NOTIFY channel that wakes the desk's scheduler: a deadline or a review channel has changed. */
export const SCHEDULE_CHANNEL = 'pledgewatch_schedule';

export async function notifySchedule(tx: Db, ref: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${SCHEDULE_CHANNEL}, ${ref})`);
}
