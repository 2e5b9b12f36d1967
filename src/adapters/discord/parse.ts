import { ApplicationCommandOptionType, ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { type Actor, type CommandInput, type CommandName, isCommandName } from '../../core/commands';
import { adminSubcommands } from './admin-spec';
import { commandWord, formText, linksIn } from '../../core/input';
import { SEND_TO_PLEDGEWATCH } from './definitions';
import { type ButtonCommand, decodeCustomId, decodeModalId } from './custom-id';

/** An option as Discord sends it (and as discord.js keeps it in `options.data`). */
export interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: readonly RawOption[];
  focused?: boolean;
}

/** The fields of an interaction the adapter reads; both transports produce this shape. */
export interface RawInteraction {
  type: number;
  guild_id?: string | null;
  channel_id?: string | null;
  member?: { user?: { id: string; username?: string; global_name?: string | null }; nick?: string | null } | null;
  user?: { id: string; username?: string; global_name?: string | null } | null;
  data?: {
    name?: string;
    /** 1 slash command, 3 message context-menu command */
    type?: number;
    options?: readonly RawOption[];
    custom_id?: string;
    component_type?: number;
    components?: readonly RawComponent[];
    /** a context-menu command's message, by id */
    target_id?: string;
    resolved?: { messages?: Record<string, { content?: string; embeds?: readonly { url?: string }[] }> };
  };
}

/** A submitted modal's components: rows (or labels) around text inputs with their values. */
interface RawComponent {
  type: number;
  custom_id?: string;
  value?: string;
  components?: readonly RawComponent[];
  component?: RawComponent;
}

/**
 * The shape the adapter reads, checked at the edge: a signed body with `options` that are not
 * a list, a `null` among them, or options nested 17,000 deep is a 400 with the reason, never
 * a TypeError or a stack overflow. Nesting is bounded at what Discord sends (a subcommand
 * group, its subcommand, their options; rows of inputs in a modal): deeper levels are dropped
 * unread. Fields not listed here are kept as sent.
 */
const snowflake = z.string().regex(/^\d{1,20}$/);
const optionValue = z.union([z.string().max(6_000), z.number(), z.boolean()]).optional();
const leafOption = z.object({ name: z.string().max(100), type: z.number().int(), value: optionValue, focused: z.boolean().optional() });
const midOption = leafOption.extend({ options: z.array(leafOption).max(25).optional() });
const topOption = leafOption.extend({ options: z.array(midOption).max(25).optional() });
const leafComponent = z.object({ type: z.number().int(), custom_id: z.string().max(100).optional(), value: z.string().max(4_000).optional() });
const midComponent = leafComponent.extend({ components: z.array(leafComponent).max(25).optional(), component: leafComponent.optional() });
const topComponent = leafComponent.extend({ components: z.array(midComponent).max(25).optional(), component: midComponent.optional() });
const discordUser = z.looseObject({ id: snowflake, username: z.string().optional(), global_name: z.string().nullish() });
const rawInteraction = z.looseObject({
  type: z.number().int(),
  token: z.string().max(500).optional(),
  guild_id: snowflake.nullish(),
  channel_id: snowflake.nullish(),
  member: z.looseObject({ user: discordUser.optional(), nick: z.string().nullish() }).nullish(),
  user: discordUser.nullish(),
  data: z
    .looseObject({
      name: z.string().max(100).optional(),
      options: z.array(topOption).max(25).optional(),
      custom_id: z.string().max(100).optional(),
      component_type: z.number().int().optional(),
      components: z.array(topComponent).max(25).optional(),
    })
    .optional(),
});

/** The interaction in a verified body, or why it is not one. */
export function readInteraction(json: unknown): { ok: true; raw: RawInteraction & { token?: string } } | { ok: false; reason: string } {
  const parsed = rawInteraction.safeParse(json);
  if (parsed.success) return { ok: true, raw: parsed.data as RawInteraction & { token?: string } };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` };
}

export type DiscordRequest =
  | { kind: 'ping' }
  | { kind: 'command'; input: CommandInput }
  | { kind: 'button'; click: ButtonCommand; input: CommandInput }
  /** a submitted modal: the form's command with the values typed in */
  | { kind: 'form'; input: CommandInput }
  | { kind: 'autocomplete'; command: string; option: string; value: string }
  /** "Send to pledgewatch" on a message: its links, for the newswire */
  | ({ kind: 'send'; links: string[] } & Pick<CommandInput, 'actor' | 'channel'>)
  | { kind: 'unsupported'; reason: string };

/** Translates an interaction into what the core understands; no pledge rule lives here. */
export function parseInteraction(raw: RawInteraction): DiscordRequest {
  switch (raw.type) {
    case InteractionType.Ping:
      return { kind: 'ping' };
    case InteractionType.ApplicationCommand: {
      const name = raw.data?.name ?? '';
      if (raw.data?.type === ApplicationCommandType.Message) {
        if (name !== SEND_TO_PLEDGEWATCH) return { kind: 'unsupported', reason: 'unknown message command' };
        const message = raw.data.resolved?.messages?.[raw.data.target_id ?? ''];
        const text = [message?.content ?? '', ...(message?.embeds ?? []).map((e) => e.url ?? '')].join(' ');
        return { kind: 'send', links: linksIn(text), ...where(raw) };
      }
      if (!isCommandName(name)) return { kind: 'unsupported', reason: 'unknown command' };
      const words = commandWords(name, raw.data?.options ?? []);
      return { kind: 'command', input: { command: words.command, text: words.text, ...where(raw) } };
    }
    case InteractionType.MessageComponent: {
      const click = decodeCustomId(raw.data?.custom_id ?? '');
      if (!click) return { kind: 'unsupported', reason: 'unknown button' };
      return { kind: 'button', click, input: { command: click.command, text: click.text, ...where(raw) } };
    }
    case InteractionType.ModalSubmit: {
      const form = decodeModalId(raw.data?.custom_id ?? '');
      if (!form) return { kind: 'unsupported', reason: 'unknown form' };
      return { kind: 'form', input: { command: form.command, text: formText(form.text, inputValues(raw.data?.components ?? [])), ...where(raw) } };
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const focused = findFocused(raw.data?.options ?? []);
      if (!focused) return { kind: 'unsupported', reason: 'no focused option' };
      return { kind: 'autocomplete', command: raw.data?.name ?? '', option: focused.name, value: String(focused.value ?? '') };
    }
    default:
      return { kind: 'unsupported', reason: `interaction type ${raw.type}` };
  }
}

function actorOf(raw: RawInteraction): Actor {
  const user = raw.member?.user ?? raw.user;
  const displayName = raw.member?.nick ?? user?.global_name ?? user?.username;
  return {
    platform: 'discord',
    workspace: raw.guild_id ?? 'dm',
    userId: user?.id ?? 'unknown',
    ...(displayName ? { displayName } : {}),
  };
}

function where(raw: RawInteraction): Pick<CommandInput, 'actor' | 'channel'> {
  const actor = actorOf(raw);
  return raw.channel_id
    ? { actor, channel: { platform: 'discord', workspace: actor.workspace, id: raw.channel_id } }
    : { actor };
}


/**
 * Discord's markup in a typed value as the plain value the core reads: a mention `<@123>` or
 * `<@!123>` is the user id, a link wrapped to hide its preview `<https://...>` the address.
 */
function discordPlainText(text: string): string {
  return text.replace(/<@!?(\d{1,20})>/g, '$1').replace(/<(https?:\/\/[^\s<>]+)>/gi, '$1');
}

/**
 * Typed options back into the words a user would type: `/pledge query:list` is `list`;
 * `/pledge-admin set-status slug:x status:retracted ...` is `set-status x retracted ...`.
 */
export function commandWords(command: CommandName, options: readonly RawOption[]): { command: CommandName; text: string } {
  if (command !== 'pledge-admin') {
    const query = options.find((o) => o.name === 'query');
    return { command, text: query?.value === undefined ? '' : discordPlainText(String(query.value)) };
  }
  const sub = options.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (!sub) return { command, text: '' };
  const spec = adminSubcommands.find((s) => s.name === sub.name);
  const given = new Map((sub.options ?? []).map((o) => [o.name, o]));
  const words: string[] = [...(spec?.runs?.words ?? [sub.name])];
  for (const o of spec?.options ?? []) {
    const value = given.get(o.name)?.value;
    if (value === undefined || value === '') continue;
    const typed = discordPlainText(String(value).replace(/\s+/g, ' ').trim());
    // a user or channel option is an id already; a string's mentions and links are made plain
    const word = o.type === 'user' || o.type === 'channel' ? String(value) : commandWord(typed);
    if (o.form === 'raw') words.push(typed);
    else if (o.form === 'keyed') words.push(`${o.key ?? o.name}=${word}`);
    else words.push(...(o.words ?? []), word);
  }
  return { command: spec?.runs?.command ?? command, text: words.join(' ') };
}

/** Every text input's custom_id and value, however deep Discord nests them. */
function inputValues(components: readonly RawComponent[]): [string, string][] {
  const out: [string, string][] = [];
  for (const c of components) {
    if (c.custom_id && typeof c.value === 'string') out.push([c.custom_id, c.value]);
    out.push(...inputValues([...(c.components ?? []), ...(c.component ? [c.component] : [])]));
  }
  return out;
}

function findFocused(options: readonly RawOption[]): RawOption | undefined {
  for (const o of options) {
    if (o.focused) return o;
    const inner = o.options && findFocused(o.options);
    if (inner) return inner;
  }
  return undefined;
}
