import type { Clock, ScheduleQueue } from '../core/ports';
import { type DigestSchedule, dueDigestPeriod, localDate } from '../core/schedule';
import type { Logger } from '../logger';
import { type Worker, createWorkerLoop } from '../worker-loop';

interface SchedulerOptions {
  queue: ScheduleQueue;
  clock: Clock;
  log: Logger;
  timeZone: string;
  digest: DigestSchedule;
  reminderDays: number;
  /** how often it looks (default a minute); a NOTIFY (a deadline set, a review channel) wakes it sooner */
  pollMs?: number;
}

/** Its `runOnce` makes the reminders due now and claims the digest if its time has come. */
type Scheduler = Worker;

/**
 * The editors' desk on a timer: deadline reminders and the digest become outbox rows, which
 * the dispatcher delivers (retried, never lost). What it writes is keyed in the database (a
 * reminder per pledge, milestone and deadline; a digest per period), so a restart or several
 * instances make each one once.
 */
export function createScheduler(opts: SchedulerOptions): Scheduler {
  const log = opts.log.child({ component: 'scheduler' });

  async function runOnce(): Promise<number> {
    const now = opts.clock.now();
    const today = localDate(now, opts.timeZone);
    const reminders = await opts.queue.queueDueReminders({ today, days: opts.reminderDays });
    if (reminders > 0) log.info({ today, queued: reminders }, 'deadline reminders queued');
    const period = dueDigestPeriod(now, opts.timeZone, opts.digest);
    const digest = period ? await opts.queue.claimDigest(period) : null;
    if (digest) log.info({ period, digest: digest.id, queued: digest.queued }, 'digest queued');
    log.debug({ today, reminders, digestPeriod: period, digestClaimed: digest !== null }, 'scheduler pass');
    return reminders + (digest?.queued ?? 0);
  }

  const loop = createWorkerLoop({
    watch: (onWork) => opts.queue.watch(onWork),
    log,
    pollMs: opts.pollMs ?? 60_000,
    // one pass does all that is due; the loop then sleeps until the next look
    runOnce: async () => (await runOnce(), 0),
    nextDueAt: async () => null,
    name: 'scheduler',
  });
  return { runOnce, start: () => loop.start(), stop: () => loop.stop() };
}
