/** The tracker's feed of published status changes (GET /feed.atom), newest first. */
import type { Announcement, Announcements } from '../ports';

/** Changes a feed holds. */
const FEED_LIMIT = 50;

export const changesFeedView = (store: Announcements): Promise<Announcement[]> => store.recentChanges(FEED_LIMIT);
