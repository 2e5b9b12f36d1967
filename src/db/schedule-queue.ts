import type { ScheduleQueue } from '../core/ports';
import { type DbHandle, guarded } from './client';
import { SCHEDULE_CHANNEL } from './notify';
import { claimDigest, queueDueReminders } from './schedule-queries';

/** The scheduler's ScheduleQueue over drizzle; every failure leaves classified, as the store's do. */
export function createScheduleQueue(handle: DbHandle): ScheduleQueue {
  const { db } = handle;
  return guarded('schedule', {
    queueDueReminders: (opts) => queueDueReminders(db, opts),
    claimDigest: (periodKey) => claimDigest(db, periodKey),
    watch: (onWork) => handle.listen(SCHEDULE_CHANNEL, onWork),
  } satisfies ScheduleQueue);
}
