import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createDispatcher } from './announce/dispatcher';
import { createScheduler } from './announce/scheduler';
import { createWebhookAnnouncer } from './adapters/webhook/announcer';
import { webhookEndpoint } from './db/webhook-queries';
import { webhookGuard } from './ingest/feeds/address-guard';
import { mountConsole } from './adapters/console/http';
import { createMemoryReplayGuard, createSharedReplayGuard } from './adapters/replay-guard';
import type { AdapterDeps, PlatformAdapter } from './adapters/types';
import { createWebApp } from './adapters/web/app';
import { type Config, discordEnabled, slackEnabled } from './config';
import { createCommands } from './core/commands';
import { createAnswerCache } from './core/commands/answer-cache';
import { type Announcer, systemClock } from './core/ports';
import { advertiseConsole } from './db/lock';
import { CHANGES_CHANNEL } from './db/notify';
import { createFeedQueue } from './db/feed-queue';
import { type OpenedStore, openStore } from './db/open';
import { createOutboxQueue } from './db/outbox-queue';
import { createScheduleQueue } from './db/schedule-queue';
import { DESK_CHANNEL } from './db/notify';
import { signatureLedger } from './db/replay-queries';
import { createDetector } from './ingest/detector';
import { createFeedPoller } from './ingest/feeds/poller';
import type { Logger } from './logger';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Composition root: config -> store -> core -> adapters -> listen. Tests pass a store they
 * opened themselves; otherwise the configured one is opened, migrated and seeded.
 */
export async function startServer(config: Config, log: Logger, opened?: OpenedStore): Promise<RunningServer> {
  const { handle, store } =
    opened ?? (await openStore({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR }, log));
  log.info({ store: handle.kind, location: handle.location }, 'store open');
  const desk = { timeZone: config.PLEDGEWATCH_TIMEZONE, reminderDays: config.PLEDGEWATCH_REMINDER_DAYS };
  const guardWebhook = webhookGuard({ allowLocal: config.PLEDGEWATCH_WEBHOOK_ALLOW_HTTP });
  // Reading commands answer from memory until the record changes: a write through this
  // instance drops the cache at once, any other (another instance, psql) by its NOTIFY.
  const commands = createAnswerCache(
    createCommands({
      store,
      clock: systemClock,
      publicUrl: config.PUBLIC_URL,
      bootstrapEditors: config.PLEDGEWATCH_ADMINS,
      desk,
      checkWebhookUrl: guardWebhook,
    }),
  );
  const unlistenChanges = await handle.listen(CHANGES_CHANNEL, () => commands.invalidate());
  // Feed ids and links never come from a request's Host: PUBLIC_URL, else this server's own port.
  let origin = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const app = createWebApp({ store, log, origin: () => origin, ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}) });
  // Several instances may share a PostgreSQL database: a replayed request is caught on any of them.
  const replays =
    handle.kind === 'postgres'
      ? createSharedReplayGuard(signatureLedger(handle.db), (error) => log.warn({ err: error.message }, 'replay check: store unavailable; this instance remembers alone'))
      : createMemoryReplayGuard();
  // loaded on first use: the NLP model and the HTML parser cost nothing until someone sends a message
  const sendToNewswire: AdapterDeps['sendToNewswire'] = async (links, actor) =>
    (await import('./ingest/hand-in')).sendToNewswire({ store, privateHosts: config.PLEDGEWATCH_PRIVATE_HOSTS, detector }, links, actor);
  // one LISTEN for the desk (App Home): a proposal made or decided, or a change published, on any instance
  const deskWatchers = new Set<() => void>();
  const unlistenDesk = await handle.listen(DESK_CHANNEL, () => {
    for (const watcher of deskWatchers) watcher();
  });
  const deps: AdapterDeps = { config, commands, store, log, replays, sendToNewswire, watchDesk: (fn) => deskWatchers.add(fn) };
  // a platform's code (Bolt, discord.js's REST) is loaded only when it is configured
  const [slack, discord] = await Promise.all([
    slackEnabled(config) ? import('./adapters/slack') : null,
    discordEnabled(config) ? import('./adapters/discord') : null,
  ]);
  const adapters: PlatformAdapter[] = [...(slack ? [slack.createSlackAdapter(deps)] : []), ...(discord ? [discord.createDiscordAdapter(deps)] : [])];
  for (const adapter of adapters) adapter.mount(app);
  // Detection runs in worker threads (started on the first article): no request waits on it.
  const detector = createDetector();
  if (config.PLEDGEWATCH_INGEST_TOKEN) {
    const { mountArticles } = await import('./adapters/web/articles');
    mountArticles(app, { store, token: config.PLEDGEWATCH_INGEST_TOKEN, log, detector });
  }
  // The embedded store is this process's alone; `pledgewatch ask` hands its commands here instead.
  const ownsDataDir = handle.kind === 'pglite' && !opened && !config.PGLITE_DIR.startsWith('memory://');
  const consoleToken = ownsDataDir ? randomBytes(24).toString('base64url') : undefined;
  if (consoleToken) mountConsole(app, { commands, store, token: consoleToken, log, detector });
  const announcers: Announcer[] = [
    ...(slack ? [slack.createSlackAnnouncer(config, { log })] : []),
    ...(discord && config.DISCORD_BOT_TOKEN ? [discord.createDiscordAnnouncer(config)] : []),
    // webhooks need no credentials: `/pledge-admin add-webhook` is all it takes
    createWebhookAnnouncer({ endpoint: (id) => webhookEndpoint(handle.db, id), guard: guardWebhook, ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}) }),
  ];
  const dispatcher = createDispatcher({ queue: createOutboxQueue(handle), store, announcers, log, desk, ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}) });
  const scheduler = createScheduler({ queue: createScheduleQueue(handle), clock: systemClock, log, timeZone: desk.timeZone, reminderDays: desk.reminderDays, digest: config.PLEDGEWATCH_DIGEST });
  const feedPoller = createFeedPoller({ queue: createFeedQueue(handle), store, log, detector, intervalMs: config.PLEDGEWATCH_FEED_POLL_SECONDS * 1000 });
  logPlatforms(config, log);

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: '0.0.0.0' });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const started: PlatformAdapter[] = [];
  // what a failed start leaves open is closed before the error goes on (e.g. Slack refused the token)
  const abandon = async (error: unknown): Promise<never> => {
    for (const adapter of started) await adapter.stop?.().catch(() => {});
    await Promise.allSettled([dispatcher.stop(), feedPoller.stop(), scheduler.stop()]);
    await unlistenDesk().catch(() => {});
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await unlistenChanges();
    await detector.close();
    await handle.close();
    throw error;
  };
  try {
    for (const adapter of adapters) {
      await adapter.start?.();
      started.push(adapter);
    }
  } catch (error) {
    await abandon(error);
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  if (!config.PUBLIC_URL) {
    origin = `http://localhost:${port}`;
    log.warn({ feedOrigin: origin, enable: 'set PUBLIC_URL to the address readers use' }, 'PUBLIC_URL not set: the Atom feed links to localhost');
  }
  if (consoleToken) advertiseConsole(config.PGLITE_DIR, { port, token: consoleToken });
  log.info({ port, url }, 'listening');
  // out now, not with the next lines: whoever waits for it (a supervisor, a deploy script) goes on
  log.flush();
  // The background loops start once the server answers: their first passes need no request to wait.
  try {
    await dispatcher.start();
    await feedPoller.start();
    await scheduler.start();
  } catch (error) {
    await abandon(error);
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    stop: () =>
      (stopping ??= (async () => {
        // No new requests first; then let the adapters finish what they took; then the outbox.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const adapter of adapters) await adapter.stop?.();
        await unlistenDesk();
        await feedPoller.stop();
        await scheduler.stop();
        await dispatcher.stop();
        await unlistenChanges();
        await closed;
        await detector.close();
        await handle.close();
        log.info('stopped');
      })()),
  };
}

function logPlatforms(config: Config, log: Logger): void {
  if (slackEnabled(config)) log.info({ mode: config.SLACK_APP_TOKEN ? 'socket' : 'http' }, 'slack on');
  else log.info({ enable: 'set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (add SLACK_APP_TOKEN for Socket Mode)' }, 'slack off');
  if (discordEnabled(config)) log.info({ mode: config.DISCORD_MODE }, 'discord on');
  else log.info({ enable: 'set DISCORD_APPLICATION_ID and DISCORD_PUBLIC_KEY (and DISCORD_BOT_TOKEN to post announcements), or DISCORD_MODE=gateway with DISCORD_BOT_TOKEN' }, 'discord off');
  if (discordEnabled(config) && !config.DISCORD_BOT_TOKEN) log.warn({ enable: 'set DISCORD_BOT_TOKEN' }, 'discord announcements off');
  log.info({ try: 'npx pledgewatch ask "/pledge alibaba"' }, 'console ready');
  if (config.PLEDGEWATCH_INGEST_TOKEN) log.info({ path: '/api/articles' }, 'article intake on');
  else log.info({ enable: 'set PLEDGEWATCH_INGEST_TOKEN' }, 'article intake off');
}
