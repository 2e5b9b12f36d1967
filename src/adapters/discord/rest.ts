import { REST } from '@discordjs/rest';
import type { Config } from '../../config';

/** Discord's REST base without the version; @discordjs/rest appends /v10 (a given /v10 is dropped). */
const DEFAULT_DISCORD_API = 'https://discord.com/api';

export const apiBase = (config: Pick<Config, 'DISCORD_API_URL'>): string =>
  (config.DISCORD_API_URL ?? DEFAULT_DISCORD_API).replace(/\/+$/, '').replace(/\/v\d+$/, '');

/**
 * One REST client per use. Its own retries are off and a rate limit rejects at once (a
 * RateLimitError with `retryAfter` in ms) instead of sleeping: callers decide what to do.
 */
export function createDiscordRest(config: Pick<Config, 'DISCORD_API_URL' | 'DISCORD_BOT_TOKEN'>): REST {
  const rest = new REST({ version: '10', api: apiBase(config), retries: 0, rejectOnRateLimit: () => true, offset: 0 });
  if (config.DISCORD_BOT_TOKEN) rest.setToken(config.DISCORD_BOT_TOKEN);
  return rest;
}

/**
 * For editing an interaction's answer: no bot token (the interaction token is in the path),
 * and here waiting out a rate limit and one retry are right, since nothing else would retry.
 */
export function createInteractionRest(config: Pick<Config, 'DISCORD_API_URL'>): REST {
  return new REST({ version: '10', api: apiBase(config), retries: 1 });
}

/**
 * What of a REST failure may go into a log: @discordjs/rest's errors carry the request URL
 * (with an interaction token in its path) and the request body, so only these fields pass.
 */
export function loggableError(error: unknown): { type: string; message: string; status?: number; code?: number | string } {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error thrown' };
  const { status, code } = error as { status?: unknown; code?: unknown };
  return {
    type: error.constructor.name,
    message: error.message.split('\n')[0]!.replace(/\/webhooks\/\d+\/[^/\s]+/g, '/webhooks/:id/:token').replace(/\/interactions\/\d+\/[^/\s]+/g, '/interactions/:id/:token').slice(0, 300),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof code === 'number' || typeof code === 'string' ? { code } : {}),
  };
}
