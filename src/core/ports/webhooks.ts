import type { SubscriptionTarget } from './subscriptions';

/** HTTP endpoints that follow announcements like a channel (src/adapters/webhook). */
export interface Webhooks {
  /** a new webhook and its signing secret (returned once, never again); 'exists' when the URL already follows that */
  addWebhook(url: string, scope: SubscriptionTarget, actor: string): Promise<{ id: number; secret: string } | 'exists'>;
  /** by id, or every webhook of a URL; pending deliveries to them are dead-lettered. Resolves to those removed */
  removeWebhook(ref: { id: number } | { url: string }, actor: string): Promise<WebhookInfo[]>;
  listWebhooks(): Promise<WebhookInfo[]>;
}

export interface WebhookInfo {
  id: number;
  url: string;
  target: SubscriptionTarget;
  createdBy: string;
  createdAt: Date;
  delivered: number;
  pending: number;
  dead: number;
}
