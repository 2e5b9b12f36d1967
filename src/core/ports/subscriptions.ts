import type { ChannelRef } from '../identity';

/** Which channels follow which announcements. */
export interface Subscriptions {
  findEntity(query: string): Promise<{ slug: string; name: string } | null>;
  subscribe(channel: ChannelRef, scope: SubscriptionTarget, actor: string): Promise<'added' | 'exists'>;
  unsubscribe(channel: ChannelRef, scope: SubscriptionTarget, actor: string): Promise<'removed' | 'absent'>;
  listSubscriptions(channel: ChannelRef): Promise<SubscriptionTarget[]>;
}

export type SubscriptionTarget =
  | { scope: 'all' }
  | { scope: 'entity'; slug: string; name: string }
  | { scope: 'pledge'; slug: string; name: string };
