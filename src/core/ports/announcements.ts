import type { PledgeSummary, StatusChange } from '../pledges/types';

/** Published status changes as announcements say them. */
export interface Announcements {
  /** what an announcement says: the pledge and the change, by change id */
  getAnnouncement(statusChangeId: number): Promise<Announcement | null>;
  /** the latest published status changes (corrections included), newest recorded first */
  recentChanges(limit: number): Promise<Announcement[]>;
}

export interface Announcement {
  pledge: PledgeSummary;
  change: StatusChange;
}
