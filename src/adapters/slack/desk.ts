import type { App } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Actor } from '../../core/commands';
import { deskReplies } from '../../core/desk';
import { isBootstrapEditor } from '../../core/editors';
import { errorReply } from '../../core/error-reply';
import { PledgewatchError } from '../../core/errors';
import { linksIn } from '../../core/input';
import { linkPreview } from '../../core/link-preview';
import type { Announcements, Clock, EditorGrants, FeedReads, PledgeReads, ProposalReads, TariffReads } from '../../core/ports';
import type { Reply } from '../../core/reply';
import type { Logger } from '../../logger';
import { renderSlack } from '../../render/slack';
import { describeError } from './bolt-logger';

/** The message shortcut's callback_id (slack-manifest.yml declares it). */
export const SEND_CALLBACK = 'send_to_pledgewatch';
/** Slack's limit for a Home tab. */
const HOME_MAX_BLOCKS = 100;

interface SlackDeskDeps {
  /** App Home and link previews read these; everything else goes through the commands */
  store: EditorGrants & PledgeReads & TariffReads & ProposalReads & FeedReads & Announcements;
  clock: Clock;
  log: Logger;
  /** a client with the bot token, for publishing Home outside a request */
  client: WebClient;
  bootstrapEditors: readonly string[];
  publicUrl?: string;
  sendToNewswire?: (links: string[], actor: Actor) => Promise<Reply>;
}

export interface SlackDesk {
  /** republishes Home for everyone who opened it on this instance (the desk changed) */
  refresh(): Promise<void>;
  /** a button pressed in Home: the answer goes to the user's messages with the bot, and their Home is redrawn */
  answered(userId: string, workspace: string, reply: Reply): Promise<void>;
  stop(): Promise<void>;
}

/** A Slack message's links: `<url|label>` and `<url>` become plain URLs; unfurled attachments count too. */
function slackMessageLinks(message: { text?: string; attachments?: { from_url?: string; original_url?: string; title_link?: string }[] }): string[] {
  const text = (message.text ?? '').replace(/<(https?:\/\/[^|>]+)(?:\|[^>]*)?>/g, ' $1 ');
  const attached = (message.attachments ?? []).flatMap((a) => [a.from_url, a.original_url, a.title_link]).filter((u): u is string => Boolean(u));
  return linksIn([text, ...attached].join(' ').replaceAll('&amp;', '&'));
}

/**
 * The editors' desk in Slack: App Home (published when opened and again when proposals or
 * published changes move), the "Send to pledgewatch" message shortcut, and tracker-link unfurls.
 */
export function registerSlackDesk(app: App, deps: SlackDeskDeps): SlackDesk {
  const { store, log } = deps;
  /** who opened Home on this instance, by workspace/user */
  const viewers = new Map<string, Actor>();
  const inFlight = new Set<Promise<void>>();

  async function homeView(actor: Actor): Promise<{ type: 'home'; blocks: KnownBlock[] }> {
    const editor = isBootstrapEditor(actor, deps.bootstrapEditors) || (await store.isGrantedEditor(actor));
    const parts = await deskReplies(deps, { editor });
    const blocks: KnownBlock[] = [];
    for (const part of parts) {
      const rendered = renderSlack(part).blocks as KnownBlock[];
      if (blocks.length + rendered.length + 1 > HOME_MAX_BLOCKS) break;
      if (blocks.length > 0) blocks.push({ type: 'divider' });
      blocks.push(...rendered);
    }
    return { type: 'home', blocks };
  }

  async function publish(actor: Actor): Promise<void> {
    try {
      await deps.client.views.publish({ user_id: actor.userId, view: await homeView(actor) });
    } catch (error) {
      log.warn({ err: describeError(error), user: actor.userId }, 'slack home not published');
    }
  }

  let running: Promise<void> | null = null;
  let again = false;
  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    const work = (async () => {
      do {
        again = false;
        for (const actor of [...viewers.values()]) await publish(actor);
      } while (again);
    })().finally(() => {
      running = null;
      inFlight.delete(work);
    });
    running = work;
    inFlight.add(work);
    return work;
  }

  app.event('app_home_opened', async ({ event, body }) => {
    if (event.tab !== 'home') return;
    const actor: Actor = { platform: 'slack', workspace: (body as { team_id?: string }).team_id ?? '', userId: event.user };
    viewers.set(`${actor.workspace}/${actor.userId}`, actor);
    await publish(actor);
  });

  app.shortcut({ type: 'message_action', callback_id: SEND_CALLBACK }, async ({ shortcut, ack, respond }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    const actor: Actor = { platform: 'slack', workspace: shortcut.team?.id ?? shortcut.user.team_id ?? '', userId: shortcut.user.id, displayName: shortcut.user.name };
    const links = slackMessageLinks(shortcut.message as Parameters<typeof slackMessageLinks>[0]);
    let reply: Reply;
    try {
      if (!deps.sendToNewswire) throw new PledgewatchError('internal', 'the newswire is not wired to Slack');
      reply = await deps.sendToNewswire(links, actor);
    } catch (error) {
      log.error({ err: describeError(error), via: 'shortcut' }, 'send to pledgewatch failed');
      reply = errorReply(error instanceof PledgewatchError ? error : new PledgewatchError('internal', 'send to pledgewatch failed'));
    }
    log.info({ via: 'shortcut', links: links.length, user: actor.userId }, 'send to pledgewatch answered');
    try {
      await respond({ ...renderSlack(reply), response_type: 'ephemeral', replace_original: false });
    } catch (error) {
      log.error({ via: 'shortcut', err: describeError(error) }, 'slack response_url post failed');
    }
  });

  app.event('link_shared', async ({ event }) => {
    if (!deps.publicUrl) return;
    const unfurls: Record<string, { blocks: KnownBlock[] }> = {};
    for (const { url } of event.links) {
      const preview = await linkPreview({ store, publicUrl: deps.publicUrl }, url);
      if (preview) unfurls[url] = { blocks: renderSlack(preview, { inChannel: true }).blocks as KnownBlock[] };
    }
    if (Object.keys(unfurls).length === 0) return;
    const where = event.source === 'composer' && event.unfurl_id ? { unfurl_id: event.unfurl_id, source: 'composer' as const } : { channel: event.channel, ts: event.message_ts };
    try {
      await deps.client.chat.unfurl({ ...where, unfurls });
      log.info({ links: Object.keys(unfurls).length }, 'slack links unfurled');
    } catch (error) {
      log.warn({ err: describeError(error) }, 'slack unfurl failed');
    }
  });

  return {
    refresh,
    async answered(userId, workspace, reply) {
      try {
        await deps.client.chat.postMessage({ channel: userId, ...renderSlack(reply) });
      } catch (error) {
        log.error({ via: 'home', err: describeError(error) }, 'slack home answer could not be posted');
      }
      await publish({ platform: 'slack', workspace, userId });
    },
    async stop() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
