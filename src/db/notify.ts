import { sql } from 'drizzle-orm';
import type { Db } from './client';

/** NOTIFY channel that wakes dispatchers when deliveries are queued. */
export const OUTBOX_CHANNEL = 'pledgewatch_outbox';

/** Wakes the dispatchers once the transaction commits (NOTIFY is delivered on commit). */
export async function notifyOutbox(tx: Db, ref: string | number): Promise<void> {
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, ${String(ref)})`);
}

/** NOTIFY channel that wakes the desk's scheduler: a deadline or a review channel has changed. */
export const SCHEDULE_CHANNEL = 'pledgewatch_schedule';

export async function notifySchedule(tx: Db, ref: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${SCHEDULE_CHANNEL}, ${ref})`);
}
