/** The tracker's feed of published status changes (GET /feed.atom), newest first. */
import type { Announcement, Store } from '../ports';

/** Changes a feed holds. */
export const FEED_LIMIT = 50;

export const changesFeedView = (store: Pick<Store, 'recentChanges'>): Promise<Announcement[]> => store.recentChanges(FEED_LIMIT);
