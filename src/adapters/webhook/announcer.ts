import { createHmac } from 'node:crypto';
import type { Announcement, Announcer, DeliveryOutcome } from '../../core/ports';
import type { Reply } from '../../core/reply';
import { WEBHOOK_PLATFORM } from '../../core/vocabulary';
import { describeFetchError, retryAfterMs, USER_AGENT } from '../../ingest/feeds/http';

const SIGNATURE_HEADER = 'pledgewatch-signature';
const DELIVERY_HEADER = 'pledgewatch-delivery';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe signs its webhooks. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The JSON a webhook receives for one published status change (or a correction of one). */
function webhookEvent(deliveryKey: string, a: Announcement, publicUrl: string | undefined, text: string) {
  const { pledge, change } = a;
  return {
    id: deliveryKey,
    type: change.correctsId === null ? 'status_change.published' : 'status_change.corrected',
    text,
    pledge: {
      slug: pledge.slug,
      title: pledge.title,
      entity: pledge.entityName,
      by: pledge.byName,
      madeOn: pledge.madeOn,
      status: pledge.status,
      url: publicUrl ? `${publicUrl}/pledges/${pledge.slug}` : null,
    },
    change: {
      id: change.id,
      status: change.status,
      previousStatus: change.previousStatus,
      effectiveOn: change.effectiveOn,
      recordedAt: change.recordedAt.toISOString(),
      quote: change.quote,
      quoteBy: change.quoteBy,
      reason: change.reason,
      correctsId: change.correctsId,
      source: { url: change.source.url, outlet: change.source.outlet },
    },
  };
}

interface WebhookAnnouncerOptions {
  /** the webhook's URL and secret by id; null when it was removed */
  endpoint(id: number): Promise<{ url: string; secret: string } | null>;
  /** null when the URL may be posted to now, else why not (the feeds' address guard) */
  guard(url: string): Promise<string | null>;
  publicUrl?: string;
  timeoutMs?: number;
}

/**
 * Posts announcements to webhooks as signed JSON, one request per attempt; the outbox retries.
 * `Pledgewatch-Delivery` is the same on every attempt of one delivery, so a receiver that
 * answered 2xx to an attempt whose outcome we lost can drop the repeat.
 */
export function createWebhookAnnouncer(opts: WebhookAnnouncerOptions): Announcer {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return {
    platform: WEBHOOK_PLATFORM,
    // an HTTP endpoint has no chat platform's one-post-a-second limit
    gapMs: 0,
    async post(channelId, reply: Reply, post): Promise<DeliveryOutcome> {
      if (!post.announcement) return { kind: 'dead', reason: 'webhooks receive announcements only' };
      const hook = await opts.endpoint(Number(channelId));
      if (!hook) return { kind: 'dead', reason: 'webhook removed' };
      const refused = await opts.guard(hook.url);
      if (refused) return { kind: 'dead', reason: `refused: ${refused}` };
      const body = JSON.stringify(webhookEvent(post.deliveryKey, post.announcement, opts.publicUrl, reply.summary));
      const timestamp = Math.floor(Date.now() / 1000);
      let res: Response;
      try {
        res = await fetch(hook.url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
          headers: {
            'content-type': 'application/json',
            'user-agent': USER_AGENT,
            [DELIVERY_HEADER]: post.deliveryKey,
            [SIGNATURE_HEADER]: signWebhook(hook.secret, timestamp, body),
          },
          body,
        });
      } catch (error) {
        // the request may have arrived: the receiver dedupes the retry by its delivery id
        return { kind: 'retry', reason: describeFetchError(error), maybeSent: true };
      }
      await res.body?.cancel().catch(() => {});
      if (res.status >= 200 && res.status < 300) return { kind: 'delivered', messageId: post.deliveryKey };
      if (res.status === 429) {
        const wait = retryAfterMs(res.headers.get('retry-after'));
        return { kind: 'retry', reason: 'HTTP 429', ...(wait !== null ? { retryAfterMs: wait, rateLimit: 'channel' as const } : {}) };
      }
      if (res.status >= 500 || res.status === 408) return { kind: 'retry', reason: `HTTP ${res.status}` };
      if (res.status >= 300 && res.status < 400) return { kind: 'dead', reason: `HTTP ${res.status}: webhooks do not follow redirects` };
      return { kind: 'dead', reason: `HTTP ${res.status}` };
    },
    async edit() {
      return { kind: 'dead', reason: 'a webhook post cannot be edited; corrections are sent as events of their own' };
    },
  };
}
