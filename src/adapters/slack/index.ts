import { App, SocketModeReceiver } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { AdapterDeps, PlatformAdapter } from '../types';
import { createBoltLogger, describeError } from './bolt-logger';
import { slackApiBase, slackClientOptions } from './client-options';
import { systemClock } from '../../core/ports';
import { registerSlackDesk } from './desk';
import { registerSlackHandlers } from './handlers';
import { createHonoReceiver } from './receiver';

export { createSlackAnnouncer } from './announcer';

/** auth.test errors that mean the token itself is wrong: fail at start, like a bad setting. */
const BAD_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

/**
 * Slack: a Bolt app on the bot's one HTTP server (POST /slack/events through our own
 * receiver), or on Socket Mode when SLACK_APP_TOKEN is set. Verify -> parse -> core -> render.
 */
interface SlackAdapterOptions {
  /** a slash command's answer ready within this goes in the ack; else it follows to response_url (default 2 s) */
  answerBudgetMs?: number;
}

export function createSlackAdapter({ config, commands, store, log: rootLog, replays, sendToNewswire, watchDesk }: AdapterDeps, opts: SlackAdapterOptions = {}): PlatformAdapter {
  const log = rootLog.child({ platform: 'slack' });
  const token = config.SLACK_BOT_TOKEN;
  const signingSecret = config.SLACK_SIGNING_SECRET;
  if (!token || !(signingSecret || config.SLACK_APP_TOKEN)) {
    throw new Error('Slack needs SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)');
  }
  const boltLogger = createBoltLogger(log);
  const socket = config.SLACK_APP_TOKEN
    ? new SocketModeReceiver({
        appToken: config.SLACK_APP_TOKEN,
        logger: boltLogger,
        // apps.connections.open goes to SLACK_API_URL too (the socket client keeps its own retries)
        installerOptions: { clientOptions: { slackApiUrl: slackApiBase(config.SLACK_API_URL) } },
      })
    : null;
  const http = socket ? null : createHonoReceiver({ signingSecret: signingSecret!, log, ...(replays ? { replays } : {}) });

  // The bot's identity, learned once with auth.test at start; `authorize` hands Bolt the token.
  const identity: { botId?: string; botUserId?: string; teamId?: string } = {};
  const app = new App({
    receiver: socket ?? http!,
    authorize: async () => ({ botToken: token, ...identity }),
    logger: boltLogger,
    clientOptions: slackClientOptions(config),
    convoStore: false,
  });
  app.error(async (error) => {
    log.error({ err: describeError(error) }, 'slack listener failed');
  });
  const desk = registerSlackDesk(app, {
    store,
    clock: systemClock,
    log,
    client: new WebClient(token, { ...slackClientOptions(config), logger: boltLogger }),
    bootstrapEditors: config.PLEDGEWATCH_ADMINS,
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    ...(sendToNewswire ? { sendToNewswire } : {}),
  });
  watchDesk?.(() => void desk.refresh());
  registerSlackHandlers(app, { commands, log, home: desk, ...opts });

  let socketStarted = false;

  async function checkToken(): Promise<void> {
    const client = new WebClient(token, { ...slackClientOptions(config), logger: boltLogger });
    try {
      const me = await client.auth.test();
      Object.assign(identity, { botId: me.bot_id, botUserId: me.user_id, teamId: me.team_id });
      log.info({ team: me.team ?? null, teamId: me.team_id ?? null, botUserId: me.user_id ?? null }, 'slack token ok');
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (code && BAD_TOKEN.has(code)) throw new Error(`SLACK_BOT_TOKEN was refused by Slack (${code})`);
      log.warn({ err: describeError(error) }, 'slack token check failed; will answer anyway');
    }
  }

  return {
    name: 'slack',
    mount(web) {
      http?.mount(web);
    },
    async start() {
      await checkToken();
      if (socket) {
        await socket.start();
        socketStarted = true;
        log.info({ mode: 'socket' }, 'slack socket mode connected');
      }
    },
    async stop() {
      if (http) await http.stop();
      await desk.stop();
      if (socket && socketStarted) await socket.stop();
    },
  };
}
