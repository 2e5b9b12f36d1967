import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, type REST } from '@discordjs/rest';
import { type RESTPostAPIChannelMessageResult, Routes } from 'discord-api-types/v10';
import type { Config } from '../../config';
import type { Announcer, DeliveryOutcome } from '../../core/ports';
import type { Reply } from '../../core/reply';
import { renderDiscord } from '../../render/discord';
import { encodeCustomId } from './custom-id';
import { createDiscordRest } from './rest';

/** Discord's nonce is at most 25 characters. */
const MAX_NONCE = 25;

/** Error codes that will not go away by retrying (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
const finalCodes: Record<number, string> = {
  10003: 'unknown channel',
  10008: 'unknown message',
  50001: 'missing access',
  50013: 'missing permissions',
  50035: 'invalid form body',
};

export function nonceFor(deliveryKey: string): string {
  return deliveryKey.length <= MAX_NONCE ? deliveryKey : createHash('sha256').update(deliveryKey).digest('hex').slice(0, MAX_NONCE);
}

/**
 * Posts and edits announcements, one request per attempt: @discordjs/rest's own retries are
 * off and a rate limit rejects at once, so the outbox owns retrying. The nonce with
 * enforce_nonce makes Discord return the first message instead of posting a second.
 */
export function createDiscordAnnouncer(config: Pick<Config, 'DISCORD_API_URL' | 'DISCORD_BOT_TOKEN'>, rest: REST = createDiscordRest(config)): Announcer {
  const message = (reply: Reply) => renderDiscord(reply, { inChannel: true, customId: encodeCustomId });
  return {
    platform: 'discord',
    async post(channelId, reply, { deliveryKey, threadOf }) {
      const body = {
        ...message(reply),
        nonce: nonceFor(deliveryKey),
        enforce_nonce: true,
        ...(threadOf ? { message_reference: { message_id: threadOf, fail_if_not_exists: false } } : {}),
      };
      return attempt(async () => {
        const posted = (await rest.post(Routes.channelMessages(channelId), { body })) as RESTPostAPIChannelMessageResult;
        return posted.id;
      });
    },
    async edit(channelId, messageId, reply) {
      return attempt(async () => {
        const edited = (await rest.patch(Routes.channelMessage(channelId, messageId), { body: message(reply) })) as RESTPostAPIChannelMessageResult;
        return edited.id ?? messageId;
      });
    },
  };
}

async function attempt(send: () => Promise<string>): Promise<DeliveryOutcome> {
  try {
    return { kind: 'delivered', messageId: await send() };
  } catch (error) {
    return outcomeOf(error);
  }
}

/** A failed request as the outbox sees it: try again (and when), or give up. */
function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof RateLimitError) {
    const reason = `rate limited (${error.global ? 'global' : error.route})`;
    // the global limit is the bot's across every guild; a route's limit is this channel's
    const rateLimit = error.global ? ('platform' as const) : ('channel' as const);
    return error.retryAfter > 0 ? { kind: 'retry', reason, retryAfterMs: Math.ceil(error.retryAfter), rateLimit } : { kind: 'retry', reason };
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : 0;
    if (error.status === 429) return { kind: 'retry', reason: 'rate limited' };
    if (error.status >= 500) return { kind: 'retry', reason: `discord ${error.status}` };
    if (error.status === 401) return { kind: 'dead', reason: 'bad bot token (401)' };
    return { kind: 'dead', reason: `${finalCodes[code] ?? 'rejected'} (${code || error.status})` };
  }
  if (error instanceof HTTPError) {
    return error.status >= 500 || error.status === 408
      ? { kind: 'retry', reason: `discord ${error.status}` }
      : { kind: 'dead', reason: `discord ${error.status}` };
  }
  // after a 401 @discordjs/rest drops the token, and every later request fails this way
  if (error instanceof Error && /Expected token to be set/.test(error.message)) return { kind: 'dead', reason: 'no valid bot token' };
  const name = error instanceof Error ? error.name : 'unknown';
  return { kind: 'retry', reason: `network error (${name})` };
}
