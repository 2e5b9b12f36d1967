import { ErrorCode, WebClient, type WebAPICallError } from '@slack/web-api';
import type { Config } from '../../config';
import type { Announcer, DeliveryOutcome } from '../../core/ports';
import type { Reply } from '../../core/reply';
import type { Logger } from '../../logger';
import { renderSlack } from '../../render/slack';
import { createBoltLogger, describeError } from './bolt-logger';
import { slackClientOptions } from './client-options';

/** Platform errors Slack itself calls transient. */
const TRANSIENT_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** A Slack Web API failure as an outcome the outbox understands. */
export function slackOutcome(error: unknown): DeliveryOutcome {
  const e = error as Partial<WebAPICallError> & { code?: unknown };
  switch (e?.code) {
    case ErrorCode.RateLimitedError: {
      const seconds = (e as { retryAfter?: number }).retryAfter;
      return { kind: 'retry', reason: 'ratelimited', ...(typeof seconds === 'number' ? { retryAfterMs: seconds * 1000 } : {}) };
    }
    case ErrorCode.HTTPError: {
      const status = (e as { statusCode?: number }).statusCode ?? 0;
      return status >= 500 || status === 408 ? { kind: 'retry', reason: `http_${status}` } : { kind: 'dead', reason: `http_${status}` };
    }
    case ErrorCode.RequestError:
      return { kind: 'retry', reason: 'network' };
    case ErrorCode.PlatformError: {
      const data = (e as { data?: { error?: string; response_metadata?: { retryAfter?: number } } }).data;
      const code = data?.error ?? 'unknown_error';
      if (TRANSIENT_ERRORS.has(code)) {
        const seconds = data?.response_metadata?.retryAfter;
        return { kind: 'retry', reason: code, ...(typeof seconds === 'number' ? { retryAfterMs: seconds * 1000 } : {}) };
      }
      // channel_not_found, not_in_channel, invalid_auth, account_inactive, is_archived... and unknown
      // codes alike are final: a person has to act, and retrying an error we do not know would loop.
      return { kind: 'dead', reason: code };
    }
    default:
      // Not a coded Slack error (e.g. a 429 without a usable Retry-After): try again later.
      return { kind: 'retry', reason: 'unexpected_error' };
  }
}

export interface SlackAnnouncerOptions {
  log?: Logger;
}

/**
 * Posts announcements with chat.postMessage (in a thread with `threadOf`) and edits them with
 * chat.update. One request per attempt; the message ts is the message id.
 */
export function createSlackAnnouncer(
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>,
  { log }: SlackAnnouncerOptions = {},
): Announcer {
  if (!config.SLACK_BOT_TOKEN) throw new Error('SLACK_BOT_TOKEN is needed to post Slack announcements');
  const client = new WebClient(config.SLACK_BOT_TOKEN, {
    ...slackClientOptions(config),
    logger: createBoltLogger(log),
  });

  async function attempt(
    op: 'post' | 'edit',
    channelId: string,
    ref: string,
    call: () => Promise<{ ts?: string }>,
  ): Promise<DeliveryOutcome> {
    try {
      const result = await call();
      if (!result.ts) return { kind: 'dead', reason: 'no_ts_in_response' };
      return { kind: 'delivered', messageId: result.ts };
    } catch (error) {
      const outcome = slackOutcome(error);
      log?.warn({ op, channelId, ref, outcome, err: describeError(error) }, 'slack announcement not delivered');
      return outcome;
    }
  }

  const message = (reply: Reply) => renderSlack({ ...reply, visibility: 'in_channel' }, { inChannel: true });

  return {
    platform: 'slack',
    // Slack has no idempotency key for chat.postMessage; the delivery key is only logged.
    post(channelId, reply, { deliveryKey, threadOf }) {
      return attempt('post', channelId, deliveryKey, () =>
        client.chat.postMessage({
          channel: channelId,
          ...message(reply),
          ...(threadOf ? { thread_ts: threadOf } : {}),
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
    },
    edit(channelId, messageId, reply) {
      return attempt('edit', channelId, messageId, () => client.chat.update({ channel: channelId, ts: messageId, ...message(reply) }));
    },
  };
}
