import type { KeyObject } from 'node:crypto';
import { ask, exitCodeOf } from '../../src/adapters/console/ask';
import { createDiscordGateway, type DiscordGateway } from '../../src/adapters/discord/gateway';
import { encodeCustomId } from '../../src/adapters/discord/custom-id';
import { discordMessage, type InteractionHandler } from '../../src/adapters/discord/handler';
import { slackMessage } from '../../src/adapters/slack/handlers';
import type { Actor, CommandInput } from '../../src/core/commands';
import type { CommandOutcome } from '../../src/core/commands/run';
import type { Logger } from '../../src/logger';
import { renderText } from '../../src/render/text';
import { finalMessage, sendInteraction } from '../adapters/discord/support/client';
import type { FakeDiscord } from '../adapters/discord/support/fake-discord';
import { APPLICATION_ID, CHANNEL_ID, fixture as discordFixture, GUILD_ID, READER_ID } from '../adapters/discord/support/signing';
import type { FakeSlack } from '../adapters/slack/fake-slack';
import { fixture, payloadBody, sendSigned, slashAnswer } from '../adapters/slack/signed-request';
import type { SocketModeSlack } from '../adapters/slack/socket-mode-fake';
import type { ContractRow } from './rows';

/** What reached the user, reduced to what the contract compares. */
export interface Observed {
  /** the platform's message (its text, blocks or embeds), the console's output, or the API's answer */
  message: unknown;
  /** only the asker sees it (ephemeral / flag 64); false where the platform has no channel */
  private: boolean;
  /** the console's exit code, the API's HTTP status */
  code?: number;
}

/**
 * One adapter as the contract drives it: its real transport in `send`, and in `expected` what
 * its platform must show for the core's answer. A wrong adapter changes `send` only.
 */
export interface ContractAdapter {
  name: string;
  applies(row: ContractRow): boolean;
  /** who types the row on this platform, and where */
  input(row: ContractRow): CommandInput;
  send(row: ContractRow): Promise<Observed>;
  expected(outcome: CommandOutcome, row: ContractRow): Observed;
}

export const SLACK_EDITOR = 'U0EDITOR';
export const DISCORD_EDITOR = '1187000000000000777';
export const CONTRACT_ADMINS = `slack:${SLACK_EDITOR},discord:${DISCORD_EDITOR}`;

/** JSON through a round trip: undefined fields gone, as any transport drops them. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

// ---------------------------------------------------------------- Slack

const slackUser = (row: ContractRow) => (row.as === 'editor' ? { id: SLACK_EDITOR, name: 'editor' } : { id: 'U0REPORTER', name: 'reporter' });

/** The text as Slack sends it: links it recognised wrapped in <...>, and &, <, > as entities. */
const slackTyped = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/https?:\/\/[^\s"]+/g, (url) => `<${url}>`);

function slackInput(row: ContractRow): CommandInput {
  const user = slackUser(row);
  return {
    command: row.command,
    text: row.text,
    actor: { platform: 'slack', workspace: 'T0NEWSROOM', userId: user.id, displayName: user.name },
    channel: { platform: 'slack', workspace: 'T0NEWSROOM', id: 'C0NEWSDESK' },
  };
}

/** The row as Slack sends it: a slash command's fields, or a pressed button's block_actions payload. */
function slackPayload(row: ContractRow, responseUrl: string): Record<string, unknown> {
  const user = slackUser(row);
  if (!row.click) {
    return { ...fixture('slash-pledge-alibaba', { response_url: responseUrl }), command: `/${row.command}`, text: slackTyped(row.text), user_id: user.id, user_name: user.name };
  }
  const payload = fixture(`block-actions-${row.click}`, { response_url: responseUrl }) as { actions: { value: string }[]; user: { id: string } };
  payload.actions[0]!.value = `/${row.command} ${row.text}`;
  payload.user.id = user.id;
  return payload;
}

const slackObserved = (body: Record<string, unknown>): Observed => ({ message: plain({ text: body.text, blocks: body.blocks }), private: body.response_type !== 'in_channel' });

const slackExpected = (outcome: CommandOutcome, row: ContractRow): Observed =>
  slackObserved(slackMessage(outcome, slackUser(row).id) as unknown as Record<string, unknown>);

export function slackHttpAdapter(serverUrl: string, fake: FakeSlack): ContractAdapter {
  return {
    name: 'Slack over signed HTTP',
    applies: () => true,
    input: slackInput,
    async send(row) {
      const responseUrl = fake.responseUrl('contract-http');
      if (!row.click) return slackObserved((await slashAnswer(serverUrl, fake, slackPayload(row, responseUrl))).body);
      // a button acks at once, empty, and answers through the response_url
      await sendSigned(serverUrl, payloadBody(slackPayload(row, responseUrl)));
      return slackObserved((await fake.waitFor(new URL(responseUrl).pathname))[0]!.body);
    },
    expected: slackExpected,
  };
}

export function slackSocketAdapter(slack: SocketModeSlack): ContractAdapter {
  return {
    name: 'Slack over Socket Mode',
    applies: () => true,
    input: slackInput,
    send: async (row) => slackObserved(await slack.send(row.click ? 'interactive' : 'slash_commands', slackPayload(row, slack.fake.responseUrl('contract-socket')))),
    expected: slackExpected,
  };
}

// ---------------------------------------------------------------- Discord

const discordUserId = (row: ContractRow) => (row.as === 'editor' ? DISCORD_EDITOR : READER_ID);

function discordInput(row: ContractRow): CommandInput {
  const actor: Actor = { platform: 'discord', workspace: GUILD_ID, userId: discordUserId(row), displayName: 'Reporter' };
  return { command: row.command, text: row.text, actor, channel: { platform: 'discord', workspace: GUILD_ID, id: CHANNEL_ID } };
}

/** The options a Discord user fills in for the row: `query` for lookups, the subcommand's for admin. */
function discordOptions(row: ContractRow): unknown[] {
  if (!row.discord) return [{ name: 'query', type: 3, value: row.text }];
  return [{ name: row.discord.sub, type: 1, options: Object.entries(row.discord.options).map(([name, value]) => ({ name, type: 3, value })) }];
}

let tokens = 0;
/** The fixture a row starts from: a slash command, or the answer's button. */
const discordFixtureOf = (row: ContractRow) => (row.click ? `button-${row.click}` : 'pledge-alibaba');

/** The fixture as the row's user typing its options or pressing its button, with a fresh token. */
function tweakInteraction(payload: Record<string, unknown>, row: ContractRow): string {
  const token = `contract-${++tokens}`;
  payload.token = token;
  payload.id = String(1187000000000090000n + BigInt(tokens));
  (payload.member as { user: { id: string } }).user.id = discordUserId(row);
  const data = payload.data as Record<string, unknown>;
  if (row.click) payload.data = { ...data, custom_id: encodeCustomId({ id: row.click, label: 'Share', command: `/${row.command} ${row.text}` }) };
  else payload.data = { ...data, name: row.command, options: discordOptions(row) };
  return token;
}

const discordObserved = (message: Record<string, unknown>, isPrivate: boolean): Observed => ({
  message: plain({ content: message.content, embeds: message.embeds, components: message.components }),
  private: isPrivate,
});

function discordExpected(outcome: CommandOutcome, row: ContractRow): Observed {
  return discordObserved(discordMessage(outcome, discordUserId(row)) as unknown as Record<string, unknown>, !outcome.inChannel);
}

const isEphemeral = (data: Record<string, unknown> | undefined) => ((Number(data?.flags ?? 0) & 64) === 64);

export function discordHttpAdapter(serverUrl: string, fake: FakeDiscord, privateKey: KeyObject): ContractAdapter {
  return {
    name: 'Discord over signed HTTP interactions',
    applies: () => true,
    input: discordInput,
    async send(row) {
      const answer = await sendInteraction(serverUrl, privateKey, discordFixtureOf(row), (p) => void tweakInteraction(p, row));
      return discordObserved(await finalMessage(fake, answer), isEphemeral(answer.response.data));
    },
    expected: discordExpected,
  };
}

/**
 * Gateway mode: the raw INTERACTION_CREATE goes into discord.js as its WebSocket handler
 * passes it on, and discord.js answers through its REST client, pointed at the fake.
 */
export function discordGatewayAdapter(
  fake: FakeDiscord,
  handler: InteractionHandler,
  log: Logger,
  name = 'Discord over the gateway',
): ContractAdapter & { gateway: DiscordGateway; settle(): Promise<void> } {
  const pending: Promise<void>[] = [];
  const gateway = createDiscordGateway({ token: 'test-token', apiUrl: fake.apiUrl, log, track: (work) => void pending.push(work), handler });
  return {
    name,
    gateway,
    settle: async () => void (await Promise.allSettled(pending)),
    applies: () => true,
    input: discordInput,
    async send(row) {
      const payload = JSON.parse(discordFixture(discordFixtureOf(row))) as Record<string, unknown>;
      const token = tweakInteraction(payload, row);
      (gateway.client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } }).actions.InteractionCreate.handle(payload);
      const callback = await fake.waitFor((r) => r.path.endsWith(`/${token}/callback`));
      const body = callback.body as { type: number; data?: Record<string, unknown> };
      if (body.type === 4) return discordObserved(body.data ?? {}, isEphemeral(body.data));
      const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${token}/messages/@original`);
      return discordObserved(edit.body as Record<string, unknown>, isEphemeral(body.data));
    },
    expected: discordExpected,
  };
}

// ---------------------------------------------------------------- console and JSON API

type Ask = typeof ask;

/** The console in process, as `pledgewatch ask` runs it: the local editor, output as plain text. */
export function consoleAdapter(run: (line: string) => ReturnType<Ask>, name = 'the console'): ContractAdapter {
  return {
    name,
    applies: (row) => row.console !== false && !row.click,
    input: (row) => ({ command: row.command, text: row.text, actor: { platform: 'console', workspace: 'local', userId: 'local' } }),
    async send(row) {
      const out = await run(`/${row.command} ${row.text}`);
      return { message: out.output, private: false, code: out.exitCode };
    },
    expected: (outcome) => ({ message: renderText(outcome.reply), private: false, code: exitCodeOf(outcome) }),
  };
}

/** The JSON API where a row asks what a route answers: the status, and the pledge's status on success. */
export function apiAdapter(serverUrl: string): ContractAdapter {
  return {
    name: 'the JSON API',
    applies: (row) => row.api !== undefined,
    input: (row) => ({ command: row.command, text: row.text, actor: { platform: 'web', workspace: 'public', userId: 'reader' } }),
    async send(row) {
      const res = await fetch(`${serverUrl}${row.api}`);
      const body = (await res.json()) as { status?: string };
      return { message: res.ok ? body.status : null, private: false, code: res.status };
    },
    expected: (outcome) => ({ message: outcome.failure ? null : (outcome.reply.badge?.status ?? null), private: false, code: outcome.failure?.httpStatus ?? 200 }),
  };
}
