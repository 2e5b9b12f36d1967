import type { APIApplicationCommandOptionChoice, APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Actor, CommandInput, Commands } from '../../core/commands';
import { type CommandOutcome, runCommand } from '../../core/commands/run';
import { errorReply } from '../../core/error-reply';
import { PledgewatchError } from '../../core/errors';
import type { PledgeReads } from '../../core/ports';
import type { Reply } from '../../core/reply';
import type { Logger } from '../../logger';
import { type DiscordMessage, renderDiscord, renderDiscordModal } from '../../render/discord';
import { pledgeChoices } from './autocomplete';
import { within } from '../within';
import { encodeCustomId, encodeModalId } from './custom-id';
import type { DiscordRequest } from './parse';

/**
 * How one transport answers one interaction. The HTTP endpoint answers in the HTTP response
 * and edits through the webhook; the gateway answers through discord.js. Only this differs.
 */
export interface Responder {
  pong(): Promise<void>;
  /** type 4: the answer itself */
  reply(message: DiscordMessage, ephemeral: boolean): Promise<void>;
  /** type 5: "thinking...", to be replaced by editOriginal */
  defer(ephemeral: boolean): Promise<void>;
  /** PATCH /webhooks/{application}/{token}/messages/@original */
  editOriginal(message: DiscordMessage): Promise<void>;
  /** POST /webhooks/{application}/{token}: another message after the first answer */
  followUp(message: DiscordMessage, ephemeral: boolean): Promise<void>;
  /** DELETE /webhooks/{application}/{token}/messages/@original */
  deleteOriginal(): Promise<void>;
  /** type 8: autocomplete choices */
  choices(choices: APIApplicationCommandOptionChoice<string>[]): Promise<void>;
  /** type 9: a form to fill in (only as the first answer to a command or a button) */
  modal(modal: APIModalInteractionResponseCallbackData): Promise<void>;
}

interface HandlerDeps {
  commands: Commands;
  /** autocomplete reads pledges itself; everything else goes through the commands */
  store: PledgeReads;
  log: Logger;
  /** answer directly when the core is done within this; otherwise defer and edit (default 2 s) */
  replyBudgetMs?: number;
  /** "Send to pledgewatch": a message's links through the newswire */
  sendToNewswire?: (links: string[], actor: Actor) => Promise<Reply>;
}

export type InteractionHandler = (request: DiscordRequest, responder: Responder) => Promise<void>;

const DEFAULT_REPLY_BUDGET_MS = 2_000;

/** An answer as a Discord message: for the channel when the core says so; a share credits who shared it. */
export function discordMessage(outcome: Pick<CommandOutcome, 'reply' | 'inChannel' | 'shared'>, sharedBy: string): DiscordMessage {
  return renderDiscord(outcome.reply, { customId: encodeCustomId, inChannel: outcome.inChannel, ...(outcome.shared ? { sharedBy } : {}) });
}

/**
 * A command's answer as a Discord message. A reply the answer cache hands out again is the same
 * object, so it is rendered once (a share names who shared it: rendered each time).
 */
const rendered = new WeakMap<Reply, DiscordMessage>();
function answerMessage(outcome: CommandOutcome, sharedBy: string): DiscordMessage {
  if (outcome.shared) return discordMessage(outcome, sharedBy);
  let message = rendered.get(outcome.reply);
  if (!message) rendered.set(outcome.reply, (message = discordMessage(outcome, sharedBy)));
  return message;
}

/** verify -> parse (done by the transport) -> core -> render; the same for HTTP and gateway. */
export function createInteractionHandler({ commands, store, log, replyBudgetMs = DEFAULT_REPLY_BUDGET_MS, sendToNewswire }: HandlerDeps): InteractionHandler {
  async function answer(input: CommandInput, responder: Responder, via: string, share = false, canShowForm = true): Promise<void> {
    const started = Date.now();
    const work = runCommand(commands, input, { log, via, share }).then((outcome) => {
      const { reply } = outcome;
      // a form opens as a modal when Discord allows one; its message says how to type it otherwise
      const modalId = reply.form && canShowForm ? encodeModalId(reply.form.command) : null;
      return {
        modal: reply.form && modalId ? renderDiscordModal(reply.form, modalId) : undefined,
        ephemeral: !outcome.inChannel,
        message: answerMessage(outcome, input.actor.userId),
      };
    });
    const early = await within(work, replyBudgetMs);
    if (early?.modal) {
      await responder.modal(early.modal);
    } else if (early) {
      await responder.reply(early.message, early.ephemeral);
    } else {
      // The reply does not exist yet: lookups and editors' changes answer privately; a share is public.
      await responder.defer(!share);
      const late = await work;
      if (!share && !late.ephemeral) {
        // a public answer behind a private "thinking...": post it for everyone, then remove the placeholder
        await responder.followUp(late.message, false);
        await responder.deleteOriginal();
      } else {
        await responder.editOriginal(late.message);
      }
    }
    // the runner's "discord command answered" is the request's line at info; this adds how it went out
    log.debug(
      { command: input.command, guild: input.actor.workspace, share, deferred: !early, ms: Date.now() - started },
      'discord interaction answered',
    );
  }

  return async function handle(request, responder) {
    const once = answerOnce(responder);
    switch (request.kind) {
      case 'ping':
        return once.pong();
      case 'command':
        return answer(request.input, once, 'command');
      case 'button':
        return answer(request.input, once, `button:${request.click.action}`, request.click.action === 'share');
      case 'form':
        // a submitted modal cannot answer with another modal
        return answer(request.input, once, 'form', false, false);
      case 'autocomplete': {
        const wantsPledge =
          (request.command === 'pledge' && request.option === 'query') || (request.command === 'pledge-admin' && request.option === 'slug');
        let choices: APIApplicationCommandOptionChoice<string>[] = [];
        if (wantsPledge) {
          try {
            choices = await pledgeChoices(store, request.value);
          } catch (error) {
            log.warn({ err: error, command: request.command }, 'discord autocomplete failed');
          }
        }
        return once.choices(choices);
      }
      case 'send': {
        // fetching articles takes longer than Discord's 3 seconds: "thinking..." privately, then the answer
        await once.defer(true);
        let reply: Reply;
        try {
          if (!sendToNewswire) throw new PledgewatchError('internal', 'the newswire is not wired to Discord');
          reply = await sendToNewswire(request.links, request.actor);
        } catch (error) {
          log.error({ err: error, via: 'message command' }, 'send to pledgewatch failed');
          reply = errorReply(error instanceof PledgewatchError ? error : new PledgewatchError('internal', 'send to pledgewatch failed'));
        }
        await once.editOriginal(renderDiscord(reply, { customId: encodeCustomId }));
        log.info({ via: 'message command', links: request.links.length, guild: request.actor.workspace }, 'send to pledgewatch answered');
        return;
      }
      case 'unsupported':
        log.warn({ reason: request.reason }, 'discord interaction not handled');
        return;
    }
  };
}

/** An interaction is answered exactly once; a second answer is a bug, so it throws. */
export function answerOnce(responder: Responder): Responder {
  let answered: 'no' | 'replied' | 'deferred' = 'no';
  const first = (as: 'replied' | 'deferred') => {
    if (answered !== 'no') throw new Error('discord interaction already answered');
    answered = as;
  };
  return {
    pong: async () => (first('replied'), responder.pong()),
    reply: async (message, ephemeral) => (first('replied'), responder.reply(message, ephemeral)),
    defer: async (ephemeral) => (first('deferred'), responder.defer(ephemeral)),
    choices: async (choices) => (first('replied'), responder.choices(choices)),
    modal: async (modal) => (first('replied'), responder.modal(modal)),
    editOriginal: async (message) => {
      if (answered !== 'deferred') throw new Error('discord interaction: edit before defer');
      return responder.editOriginal(message);
    },
    followUp: async (message, ephemeral) => {
      if (answered === 'no') throw new Error('discord interaction: follow-up before an answer');
      return responder.followUp(message, ephemeral);
    },
    deleteOriginal: async () => {
      if (answered === 'no') throw new Error('discord interaction: delete before an answer');
      return responder.deleteOriginal();
    },
  };
}
