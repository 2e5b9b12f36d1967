import type { PledgeStatus, ReminderMilestone } from '../vocabulary';
import type { Announcement } from './announcements';

/** The editors' desk: deadlines and the digest (src/announce/scheduler.ts writes their outbox rows). */
export interface DeskReads {
  /** pledges with a deadline and no final status: coming within `days` of `today` (soonest first), and passed (latest first) */
  deadlines(opts: { today: string; days: number; limit: number }): Promise<{ coming: DeadlineItem[]; passed: DeadlineItem[] }>;
  /** status changes recorded in [since, until), newest first */
  changesBetween(since: Date, until: Date, limit: number): Promise<Announcement[]>;
  /** when the last scheduled digest was made; null before the first */
  lastDigestAt(): Promise<Date | null>;
  getReminder(id: number): Promise<DeadlineReminder | null>;
  getDigest(id: number): Promise<{ since: Date; createdAt: Date } | null>;
}

export interface DeadlineItem {
  slug: string;
  title: string;
  entityName: string;
  status: PledgeStatus;
  deadline: string;
}

export interface DeadlineReminder {
  pledge: DeadlineItem;
  milestone: ReminderMilestone;
  /** the deadline the reminder was made for (the pledge's may have moved since) */
  deadline: string;
  /** the newsroom's date when it was made */
  madeOn: string;
}

/**
 * What the desk's scheduler writes (implemented in src/db/schedule-queue.ts): each reminder and
 * digest is keyed in the store, so a restart or several instances make each one once.
 */
export interface ScheduleQueue {
  /** the deadline reminders due on `today` become outbox rows; resolves to how many were queued */
  queueDueReminders(opts: { today: string; days: number }): Promise<number>;
  /** the digest of a period, made once; null when another pass (or instance) made it */
  claimDigest(periodKey: string): Promise<{ id: number; queued: number } | null>;
  /** calls back when a deadline or a review channel changed (NOTIFY at commit) until the returned stop() */
  watch(onWork: () => void): Promise<() => Promise<void>>;
}
