import type { Hono } from 'hono';
import type { AdapterDeps, PlatformAdapter } from '../types';
import type { DiscordGateway } from './gateway';
import { createInteractionHandler } from './handler';
import { mountInteractionsEndpoint } from './http-endpoint';
import { createInteractionRest } from './rest';
import { createSignatureVerifier } from './verify';

export { createDiscordAnnouncer } from './announcer';
export { registerCommands, runDiscordCli } from './register';

interface DiscordAdapterOptions {
  /** answer directly when the core is done within this, else defer and edit (default 2 s) */
  replyBudgetMs?: number;
}

/**
 * Discord: the HTTP interactions endpoint on the bot's server and, with DISCORD_MODE=gateway
 * and a bot token, a discord.js gateway client. Both feed one handler.
 */
export function createDiscordAdapter({ config, commands, store, log, replays, sendToNewswire }: AdapterDeps, opts: DiscordAdapterOptions = {}): PlatformAdapter {
  const dlog = log.child({ platform: 'discord' });
  const handler = createInteractionHandler({ commands, store, log: dlog, ...opts, ...(sendToNewswire ? { sendToNewswire } : {}) });
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  let gateway: DiscordGateway | undefined;
  const token = config.DISCORD_MODE === 'gateway' ? config.DISCORD_BOT_TOKEN : undefined;
  if (config.DISCORD_MODE === 'gateway' && !token) dlog.warn({ enable: 'set DISCORD_BOT_TOKEN' }, 'discord gateway mode needs a bot token; HTTP endpoint only');
  return {
    name: 'discord',
    mount(app: Hono) {
      const { DISCORD_APPLICATION_ID: applicationId, DISCORD_PUBLIC_KEY: publicKey } = config;
      if (!applicationId || !publicKey) return;
      mountInteractionsEndpoint(app, {
        applicationId,
        verifier: createSignatureVerifier(publicKey),
        handler,
        rest: createInteractionRest(config),
        log: dlog,
        track,
        ...(replays ? { replays } : {}),
      });
    },
    async start() {
      if (!token) return;
      // discord.js is loaded only by a bot that uses the gateway (it costs tens of MB)
      const { createDiscordGateway } = await import('./gateway');
      gateway = createDiscordGateway({ token, apiUrl: config.DISCORD_API_URL, handler, log: dlog, track });
      await gateway.start();
    },
    async stop() {
      await gateway?.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}
