import type { App, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { type Actor, type CommandInput, type CommandName, type Commands, isCommandName } from '../../core/commands';
import { type CommandOutcome, failedOutcome, runCommand } from '../../core/commands/run';
import { PledgewatchError } from '../../core/errors';
import { formText } from '../../core/input';
import type { Reply } from '../../core/reply';
import type { Logger } from '../../logger';
import { ACTION_PREFIX, renderSlack, type SlackActionKind } from '../../render/slack';
import { FORM_CALLBACK, formMetadata, renderSlackModal, submittedValues } from '../../render/slack-modal';
import { within } from '../within';
import { describeError } from './bolt-logger';
import { serialisedOnce } from './receiver';
import type { SlackDesk } from './desk';

interface SlackHandlerDeps {
  commands: Commands;
  log: Logger;
  /** App Home: a button pressed there has no response_url; Home answers it */
  home?: Pick<SlackDesk, 'answered'>;
  /** a slash command's answer ready within this goes in the ack itself; a later one to response_url */
  answerBudgetMs?: number;
}

/** Well inside Slack's 3 seconds, leaving the ack time to travel. */
const slackAnswerBudgetMs = 2_000;

/** "/pledge" -> "pledge", for the commands the core knows. */
function commandName(slash: string): CommandName | null {
  const name = slash.replace(/^\//, '').toLowerCase();
  return isCommandName(name) ? name : null;
}

/**
 * An answer as a Slack message: for the channel when the core says so (a share credits
 * `sharedBy`), else for the asker alone.
 */
export function slackMessage(outcome: Pick<CommandOutcome, 'reply' | 'inChannel' | 'shared'>, sharedBy?: string) {
  const { reply, inChannel } = outcome;
  const credit = outcome.shared && sharedBy ? { sharedBy } : {};
  const message = renderSlack(outcome.shared ? { ...reply, visibility: 'in_channel' } : reply, { inChannel, ...credit });
  return { ...message, response_type: inChannel ? ('in_channel' as const) : ('ephemeral' as const) };
}

/** A button's value, "/pledge history alibaba-1m-us-jobs", as a command and its text. */
export function parseCommandLine(line: string): { command: CommandName; text: string } | null {
  const match = /^\s*(\/[\w-]+)(?:\s+([\s\S]*))?$/.exec(line);
  const command = match?.[1] ? commandName(match[1]) : null;
  return command ? { command, text: (match?.[2] ?? '').trim() } : null;
}

/**
 * Slack's markup in typed text as the plain values the core reads. A mention `<@U123|jane>`
 * is the user id `U123`. Slack wraps a link it recognised in `<...>`: one typed with its
 * scheme arrives as `<https://...>`, one typed without as `<http://...|what was typed>`, so
 * a `|` ends the address only when what follows is that label (`<https://example.org/q?a=1|2>`
 * keeps its `|`). Other markup (`<#C1>`, `<!here>`) stays. &, < and > typed as such, which
 * Slack sends as entities, are made characters first, so a link typed in brackets reads alike.
 */
export function slackPlainText(text: string): string {
  const typed = text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return typed.replace(/<([^<>]*)>/g, (whole, inner: string) => {
    const mention = /^@([A-Za-z0-9]+)(?:\|[^>]*)?$/.exec(inner);
    if (mention) return mention[1]!;
    if (!/^https?:\/\//i.test(inner)) return whole;
    const cut = inner.lastIndexOf('|');
    if (cut > 0) {
      const address = inner.slice(0, cut);
      const label = inner.slice(cut + 1);
      if (label === address || label === address.replace(/^https?:\/\//i, '')) return address;
    }
    return inner;
  });
}

/** Runs a command through the core's runner: the answer, or the error reply to show. */
const answer = (deps: SlackHandlerDeps, input: CommandInput, via: string, share = false): Promise<CommandOutcome> =>
  runCommand(deps.commands, input, { log: deps.log, via, share });

async function send(deps: SlackHandlerDeps, respond: RespondFn, payload: Parameters<RespondFn>[0], via: string): Promise<void> {
  try {
    await respond(payload);
  } catch (error) {
    deps.log.error({ via, err: describeError(error) }, 'slack response_url post failed');
  }
}

const refused = (message: string): CommandOutcome => failedOutcome(new PledgewatchError('bad_input', message));

/** An error reply as one line for a modal: the message and its hint. */
const errorText = (reply: Reply): string =>
  [reply.summary, ...reply.sections.flatMap((s) => (s.kind === 'context' ? [s.text] : []))].join(' ');

/** How long a form submission may take before the modal closes and the answer follows as a message. */
const FORM_BUDGET_MS = 2_000;

/**
 * A reply that carries a form opens it as a modal (trigger_id is good for 3 s). True when it
 * did; false when the reply should be shown as a message instead (it then says what to type).
 */
async function openForm(deps: SlackHandlerDeps, client: WebClient, reply: Reply, triggerId: string | undefined, channel: string | undefined): Promise<boolean> {
  if (!reply.form || !triggerId) return false;
  try {
    await client.views.open({ trigger_id: triggerId, view: renderSlackModal(reply.form, channel) });
    return true;
  } catch (error) {
    deps.log.warn({ err: describeError(error) }, 'slack modal could not be opened; answering with text');
    return false;
  }
}

/**
 * A slash command's answer as the ack's JSON. A reply the answer cache hands out again is the
 * same object, so it is rendered and serialised once, not at every request.
 */
const serialised = new WeakMap<Reply, ReturnType<typeof slackMessage>>();
function slashAck(outcome: CommandOutcome): ReturnType<typeof slackMessage> {
  let message = serialised.get(outcome.reply);
  if (!message) serialised.set(outcome.reply, (message = serialisedOnce(slackMessage(outcome))));
  return message;
}

/**
 * Slash commands and buttons. A slash command's answer goes in the ack when the core has it
 * within the budget, else the ack is empty and the answer follows to the response_url; a
 * button acks at once (its ack cannot carry a message) and answers through the response_url.
 */
export function registerSlackHandlers(app: App, deps: SlackHandlerDeps): void {
  app.command(/^\/[\w-]+$/, async ({ command, ack, respond, client }) => {
    const name = commandName(command.command);
    const actor: Actor = { platform: 'slack', workspace: command.team_id, userId: command.user_id, displayName: command.user_name };
    const work = name
      ? answer(
          deps,
          { command: name, text: slackPlainText(command.text ?? ''), actor, channel: { platform: 'slack', workspace: command.team_id, id: command.channel_id } },
          'slash',
        )
      : Promise.resolve(refused(`${command.command} is not a pledgewatch command; try /pledge help.`));
    // Ready in time: the answer is the ack (one round trip). A form still needs its modal opened.
    const early = await within(work, deps.answerBudgetMs ?? slackAnswerBudgetMs);
    if (early && !early.reply.form) {
      await ack(slashAck(early));
      return;
    }
    await ack();
    const outcome = early ?? (await work);
    if (await openForm(deps, client, outcome.reply, command.trigger_id, command.channel_id)) return;
    await send(deps, respond, slackMessage(outcome), 'slash');
  });

  app.action(new RegExp(`^${ACTION_PREFIX}`), async ({ action, body, ack, respond, client }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button' || !('action_id' in action)) return;
    const kind = action.action_id.slice(ACTION_PREFIX.length) as SlackActionKind;
    const parsed = parseCommandLine(action.value ?? '');
    const workspace = body.team?.id ?? body.user.team_id ?? '';
    const actor: Actor = { platform: 'slack', workspace, userId: body.user.id, displayName: body.user.username ?? body.user.name };
    const channel = body.channel?.id ? { platform: 'slack' as const, workspace, id: body.channel.id } : undefined;
    const outcome = parsed
      ? await answer(deps, { ...parsed, actor, ...(channel ? { channel } : {}) }, `button:${kind}`, kind === 'share')
      : refused('That button no longer works; type the command instead.');
    const reply = outcome.reply;
    if (await openForm(deps, client, reply, body.trigger_id, channel?.id)) return;
    if (body.view?.type === 'home' && deps.home) {
      await deps.home.answered(body.user.id, workspace, reply);
      return;
    }

    if (outcome.shared) {
      await send(deps, respond, { ...slackMessage(outcome, body.user.id), replace_original: false }, 'button:share');
      return;
    }
    // "page" turns the page in place; the others answer below, privately, and keep the original.
    await send(
      deps,
      respond,
      { ...renderSlack(reply), response_type: 'ephemeral', replace_original: kind === 'page' },
      `button:${kind}`,
    );
  });

  // A submitted form: run its command with the typed values. A mistake is shown in the modal
  // (kept open with what was typed); anything else closes it and the answer follows privately.
  app.view(FORM_CALLBACK, async ({ ack, body, view, client }) => {
    const meta = formMetadata(view.private_metadata);
    const parsed = meta ? parseCommandLine(meta.form.command) : null;
    if (!meta || !parsed) {
      await ack({ response_action: 'errors', errors: { [view.blocks.find((b) => b.block_id)?.block_id ?? 'status']: 'This form is out of date; open it again.' } });
      return;
    }
    const workspace = body.team?.id ?? body.user.team_id ?? '';
    const actor: Actor = { platform: 'slack', workspace, userId: body.user.id, displayName: body.user.name };
    const values = submittedValues(view.state);
    const input: CommandInput = {
      ...parsed,
      text: formText(parsed.text, Object.entries(values)),
      actor,
      ...(meta.channel ? { channel: { platform: 'slack' as const, workspace, id: meta.channel } } : {}),
    };
    const work = answer(deps, input, 'form');
    const early = await within(work, FORM_BUDGET_MS);
    if (early?.failure?.code === 'bad_input') {
      await ack({ response_action: 'update', view: renderSlackModal(meta.form, meta.channel, { values, error: errorText(early.reply) }) });
      return;
    }
    await ack();
    const { reply } = early ?? (await work);
    try {
      // privately, where the form was opened; without a channel, in the editor's messages with the bot
      const message = renderSlack(reply);
      if (meta.channel) await client.chat.postEphemeral({ channel: meta.channel, user: body.user.id, ...message });
      else await client.chat.postMessage({ channel: body.user.id, ...message });
    } catch (error) {
      deps.log.error({ via: 'form', err: describeError(error) }, 'slack form answer could not be posted');
    }
  });
}
