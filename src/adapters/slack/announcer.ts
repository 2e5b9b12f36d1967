import { ErrorCode, WebClient, type WebAPICallError } from '@slack/web-api';
import type { Config } from '../../config';
import type { Announcer, DeliveryOutcome, PostOptions } from '../../core/ports';
import type { Reply } from '../../core/reply';
import type { Logger } from '../../logger';
import { renderSlack } from '../../render/slack';
import { createBoltLogger, describeError } from './bolt-logger';
import { slackClientOptions } from './client-options';

/** The metadata event every post carries: its delivery key, to find it again after a lost answer. */
export const DELIVERY_EVENT = 'pledgewatch_delivery';

/** Errors that mean this channel's history is closed to the bot: the post goes out unchecked. */
const HISTORY_UNREADABLE = new Set(['missing_scope', 'not_in_channel']);

/** How far before the first attempt the search starts: Slack's clock and ours may differ a little. */
const CLOCK_SKEW_MS = 60_000;

/** Network failures in which the request never left: nothing can have been posted. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** Platform errors Slack itself calls transient. */
const TRANSIENT_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** A Slack Web API failure as an outcome the outbox understands. */
function slackOutcome(error: unknown): DeliveryOutcome {
  const e = error as Partial<WebAPICallError> & { code?: unknown };
  switch (e?.code) {
    case ErrorCode.RateLimitedError: {
      // Our pacing keeps every channel under its 1 a second, so a 429 is the workspace-wide
      // limit (Slack does not say which): the whole workspace waits it out.
      const seconds = (e as { retryAfter?: number }).retryAfter;
      return { kind: 'retry', reason: 'ratelimited', rateLimit: 'workspace', ...(typeof seconds === 'number' ? { retryAfterMs: seconds * 1000 } : {}) };
    }
    case ErrorCode.HTTPError: {
      // a 5xx may come after Slack acted on the request
      const status = (e as { statusCode?: number }).statusCode ?? 0;
      return status >= 500 || status === 408 ? { kind: 'retry', reason: `http_${status}`, maybeSent: true } : { kind: 'dead', reason: `http_${status}` };
    }
    case ErrorCode.RequestError: {
      // the Web API client's fetch failure carries the socket error as its cause
      type Coded = { code?: string; cause?: Coded; errors?: Coded[] };
      const original = (e as { original?: Coded }).original;
      const cause = original?.code ?? original?.cause?.code ?? original?.cause?.errors?.[0]?.code;
      return cause && NOT_SENT.has(cause) ? { kind: 'retry', reason: 'network' } : { kind: 'retry', reason: 'network', maybeSent: true };
    }
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

interface SlackAnnouncerOptions {
  log?: Logger;
}

/**
 * Posts announcements with chat.postMessage (in a thread with `threadOf`) and edits them with
 * chat.update. One request per attempt (plus the history check after a lost answer); the
 * message ts is the message id.
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

  /**
   * The bot's own message carrying `key`, in the channel (or the thread) since `since`: what an
   * attempt whose answer was lost posted. History the bot may not read is 'unreadable'.
   */
  async function findPosted(channel: string, key: string, threadOf: string | undefined, since: Date): Promise<{ ts: string } | 'absent' | 'unreadable'> {
    const oldest = ((since.getTime() - CLOCK_SKEW_MS) / 1000).toFixed(6);
    let cursor: string | undefined;
    do {
      const args = { channel, oldest, inclusive: true, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) };
      const page = threadOf ? await client.conversations.replies({ ...args, ts: threadOf }) : await client.conversations.history(args);
      const messages = (page.messages ?? []) as { ts?: string; metadata?: { event_type?: string; event_payload?: { key?: unknown } } }[];
      const mine = messages.find((m) => m.metadata?.event_type === DELIVERY_EVENT && m.metadata.event_payload?.key === key && m.ts !== threadOf);
      if (mine?.ts) return { ts: mine.ts };
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return 'absent';
  }

  /** After a lost answer: the earlier message if it landed, or post now (unchecked where history is closed). */
  async function recheckThenPost(channelId: string, reply: Reply, opts: PostOptions & { recheck: { since: Date } }): Promise<DeliveryOutcome> {
    let found: Awaited<ReturnType<typeof findPosted>>;
    try {
      found = await findPosted(channelId, opts.deliveryKey, opts.threadOf, opts.recheck.since);
    } catch (error) {
      const data = (error as { data?: { error?: string; needed?: string } }).data;
      const code = data?.error;
      if (!code || !HISTORY_UNREADABLE.has(code)) {
        const outcome = slackOutcome(error);
        log?.warn({ op: 'recheck', channelId, ref: opts.deliveryKey, outcome, err: describeError(error) }, 'slack history check failed; will retry');
        // still unknown whether the earlier attempt landed; a 429 here is the history method's
        // own limit, which holds this row but not the workspace's posting
        return outcome.kind === 'retry' ? { ...outcome, maybeSent: true, ...(outcome.rateLimit ? { rateLimit: 'channel' as const } : {}) } : outcome;
      }
      log?.warn({ channelId, ref: opts.deliveryKey, error: code, ...(data?.needed ? { needed: data.needed } : {}) }, 'slack history unreadable; posting again without the check');
      found = 'unreadable';
    }
    if (typeof found === 'object') {
      log?.info({ channelId, ref: opts.deliveryKey, ts: found.ts }, 'slack message of an earlier attempt found; not posting again');
      return { kind: 'delivered', messageId: found.ts, recovery: 'found' };
    }
    const outcome = await send(channelId, reply, opts);
    return found === 'unreadable' && outcome.kind === 'delivered' ? { ...outcome, recovery: 'unchecked' } : outcome;
  }

  function send(channelId: string, reply: Reply, { deliveryKey, threadOf }: PostOptions): Promise<DeliveryOutcome> {
    return attempt('post', channelId, deliveryKey, () =>
      client.chat.postMessage({
        channel: channelId,
        ...message(reply),
        ...(threadOf ? { thread_ts: threadOf } : {}),
        metadata: { event_type: DELIVERY_EVENT, event_payload: { key: deliveryKey } },
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
  }

  return {
    platform: 'slack',
    // chat.postMessage has no idempotency key: every post carries its delivery key as message
    // metadata, and a retry after a lost answer looks for it before posting again.
    post(channelId, reply, opts) {
      return opts.recheck ? recheckThenPost(channelId, reply, { ...opts, recheck: opts.recheck }) : send(channelId, reply, opts);
    },
    edit(channelId, messageId, reply) {
      return attempt('edit', channelId, messageId, () => client.chat.update({ channel: channelId, ts: messageId, ...message(reply) }));
    },
  };
}
