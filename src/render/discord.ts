import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import type { Action, Form, Link, ListItem, Reply, Section, Tone } from '../core/reply';

/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const discordLimits = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  content: 2000,
  modalTitle: 45,
  inputLabel: 45,
  inputPlaceholder: 100,
  inputValue: 4000,
} as const;

export const toneColours: Record<Tone, number> = {
  alert: 0xd93025, // retracted, broken, in effect: red, the one that stands out
  warning: 0xf29900,
  good: 0x188038,
  info: 0x1a73e8,
  neutral: 0x80868b,
};
const errorColour = 0x5f6368;

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: { parse: [] };
}

interface RenderOptions {
  /** the message is going to a channel: no "Post to channel" button, and who shared it */
  inChannel?: boolean;
  sharedBy?: string;
  /** turns an action into a custom_id, or null to leave the button out */
  customId?: (action: Action) => string | null;
}

/** Reply -> one embed plus buttons. Anything over a limit is cut short, never refused. */
export function renderDiscord(reply: Reply, opts: RenderOptions = {}): DiscordMessage {
  const embed = fitEmbed(buildEmbed(reply));
  const message: DiscordMessage = { embeds: [embed], components: buttons(reply, opts), allowed_mentions: { parse: [] } };
  if (opts.sharedBy) message.content = `Shared by <@${opts.sharedBy}>`;
  return message;
}

/** A form as a modal: one text input per field, its custom_id the field's name. */
export function renderDiscordModal(form: Form, customId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId,
    title: cut(form.title, discordLimits.modalTitle),
    components: form.fields.slice(0, discordLimits.rows).map((f) => {
      const max = Math.min(f.maxLength, discordLimits.inputValue);
      const value = f.initial.slice(0, max);
      return {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: f.name,
            label: cut(f.label, discordLimits.inputLabel),
            style: f.kind === 'paragraph' ? TextInputStyle.Paragraph : TextInputStyle.Short,
            required: f.required,
            max_length: max,
            ...(value ? { value } : {}),
            ...(f.placeholder ? { placeholder: cut(f.placeholder, discordLimits.inputPlaceholder) } : {}),
          },
        ],
      };
    }),
  };
}

function buildEmbed(reply: Reply): APIEmbed {
  const description: string[] = [];
  const fields: APIEmbedField[] = [];
  const footer: string[] = [];
  for (const section of reply.sections) renderSection(section, description, fields, footer);
  const embed: APIEmbed = {
    color: reply.error ? errorColour : toneColours[reply.badge?.tone ?? 'neutral'],
    description: cut(description.join('\n\n'), discordLimits.description),
    fields,
  };
  if (reply.title) embed.title = cut(reply.title, discordLimits.title);
  if (reply.titleUrl) embed.url = reply.titleUrl;
  if (reply.badge) embed.author = { name: cut(reply.badge.label, discordLimits.author) };
  if (!reply.title && !embed.description) embed.description = cut(reply.summary, discordLimits.description);
  if (footer.length > 0) embed.footer = { text: cut(footer.join(' · '), discordLimits.footer) };
  if (reply.image) embed.image = { url: reply.image.url };
  return embed;
}

function renderSection(s: Section, description: string[], fields: APIEmbedField[], footer: string[]): void {
  switch (s.kind) {
    case 'text':
      description.push(s.text);
      return;
    case 'context':
      footer.push(s.text);
      return;
    case 'quote': {
      const by = [s.by, s.on].filter(Boolean).join(', ');
      const lines = [`> “${s.text}”`, by ? `— ${by}` : '', s.source ? `Source: ${markdownLink(s.source)}` : ''];
      description.push(lines.filter(Boolean).join('\n'));
      return;
    }
    case 'fields':
      for (const f of s.fields) {
        fields.push({ name: cut(f.label, discordLimits.fieldName), value: cut(f.value, discordLimits.fieldValue), inline: f.value.length <= 40 });
      }
      return;
    case 'list':
      if (s.heading) fields.push(...chunkedFields(s.heading, s.items.map(listLine)));
      else
        for (const item of s.items) {
          const name = item.badge ? `${item.title} · ${item.badge.label}` : item.title;
          const value = [item.detail, item.command ? `\`${item.command}\`` : ''].filter(Boolean).join('\n');
          fields.push({ name: cut(name, discordLimits.fieldName), value: cut(value, discordLimits.fieldValue) });
        }
      return;
    case 'links':
      fields.push(...chunkedFields(s.heading, s.links.map((l) => `• ${markdownLink(l)}`)));
      return;
  }
}

function listLine(item: ListItem): string {
  const head = `• **${escapeMarkdown(item.title)}**${item.badge ? ` · ${item.badge.label}` : ''}`;
  return [head, item.detail ? `  ${item.detail}` : '', item.command ? `  \`${item.command}\`` : ''].filter(Boolean).join('\n');
}

/** Lines into fields of at most 1024 characters: "Sources", "Sources (cont.)", ... */
function chunkedFields(heading: string, lines: string[]): APIEmbedField[] {
  const out: APIEmbedField[] = [];
  let current = '';
  for (const raw of lines) {
    const line = cut(raw, discordLimits.fieldValue);
    if (current && current.length + 1 + line.length > discordLimits.fieldValue) {
      out.push({ name: '', value: current });
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push({ name: '', value: current });
  return out.map((f, i) => ({ ...f, name: cut(i === 0 ? heading : `${heading} (cont.)`, discordLimits.fieldName) }));
}

/** Keeps an embed within 25 fields and 6000 characters, saying what was left out. */
function fitEmbed(embed: APIEmbed): APIEmbed {
  const fields = [...(embed.fields ?? [])].map((f) => ({ ...f, name: f.name || '\u200b', value: f.value || '\u200b' }));
  const out: APIEmbed = { ...embed, fields };
  let dropped = 0;
  while (fields.length > discordLimits.fields || (embedLength(out) > discordLimits.embedTotal - 60 && fields.length > 0)) {
    fields.pop();
    dropped += 1;
  }
  if (dropped > 0) {
    const note = `${dropped} more section${dropped === 1 ? '' : 's'} not shown${embed.url ? ' — see the full page' : ''}`;
    if (fields.length >= discordLimits.fields) fields.pop();
    fields.push({ name: '…', value: note });
  }
  const over = embedLength(out) - discordLimits.embedTotal;
  if (over > 0 && out.description) out.description = cut(out.description, Math.max(1, out.description.length - over));
  if (fields.length === 0) delete out.fields;
  if (out.description === '') delete out.description;
  return out;
}

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function buttons(reply: Reply, opts: RenderOptions): DiscordMessage['components'] {
  const seen = new Set<string>();
  const list: APIButtonComponentWithCustomId[] = [];
  for (const action of reply.actions ?? []) {
    if (opts.inChannel && action.id === 'share') continue;
    const customId = opts.customId?.(action);
    if (!customId || seen.has(customId)) continue;
    seen.add(customId);
    list.push({
      type: ComponentType.Button,
      style: action.style === 'danger' ? ButtonStyle.Danger : action.style === 'primary' ? ButtonStyle.Primary : ButtonStyle.Secondary,
      label: cut(action.label, discordLimits.buttonLabel),
      custom_id: customId,
    });
  }
  const rows: DiscordMessage['components'] = [];
  for (let i = 0; i < list.length && rows.length < discordLimits.rows; i += discordLimits.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: list.slice(i, i + discordLimits.buttonsPerRow) });
  }
  return rows;
}

function markdownLink(l: Link): string {
  const label = escapeMarkdown(l.label || l.url || 'source');
  return l.url ? `[${label.replace(/[[\]]/g, '')}](${l.url.replace(/\)/g, '%29')})` : label;
}

const escapeMarkdown = (s: string): string => s.replace(/([*_~`|\\])/g, '\\$1');

/** At most `max` characters (UTF-16 units, never splitting one), with an ellipsis when cut. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}
