import type { types } from '@slack/bolt';
import type { Action, Badge, Link, ListItem, Reply, Section, Tone } from '../core/reply';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** Slack's limits (Block Kit reference): what a message may hold before Slack rejects it. */
export const slackLimits = {
  blocks: 50,
  text: 3000,
  field: 2000,
  fieldsPerSection: 10,
  header: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsPerBlock: 25,
  fallbackText: 3000,
  imageAlt: 2000,
} as const;

/** action_id prefix of every button we render; the adapter routes on what follows it. */
export const ACTION_PREFIX = 'pledgewatch:';
export type SlackActionKind = Action['id'] | 'open';

interface SlackMessage {
  /** fallback for notifications and screen readers: the Reply's summary */
  text: string;
  blocks: KnownBlock[];
}

interface SlackRenderOptions {
  /** Slack user id of whoever shared the reply into the channel */
  sharedBy?: string;
  /** the message is posted in a channel already: no "Post to channel" button */
  inChannel?: boolean;
}

/* ---------- mrkdwn text ---------- */

/** mrkdwn control characters: Slack asks for exactly these three to be escaped. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** An http(s) URL made safe inside `<url|label>`; anything else is not linked. */
function safeUrl(url: string): string | null {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return null;
  return url.replaceAll('&', '&amp;').replaceAll('<', '%3C').replaceAll('>', '%3E').replaceAll('|', '%7C');
}

export function mrkdwnLink(label: string, url: string | null | undefined): string {
  const safe = url ? safeUrl(url) : null;
  const text = escapeMrkdwn(label || url || '');
  return safe ? `<${safe}|${text.replaceAll('|', '¦')}>` : text;
}

/**
 * Escaped text with the `<https://...>` the core writes after a label turned back into a
 * link. Only a bare http(s) URL qualifies (no `|`, so no label can be spoofed).
 */
export const escapeWithLinks = (text: string): string =>
  escapeMrkdwn(text).replace(/&lt;(https?:\/\/[^\s&|]+)&gt;/g, (_, url: string) => `<${url}>`);

const linkText = (l: Link): string => mrkdwnLink(l.label, l.url);

const toneEmoji: Record<Tone, string> = { alert: '🔴', warning: '🟠', good: '🟢', info: '🔵', neutral: '⚪' };

/** The status badge: emoji plus bold label, e.g. "🔴 *RETRACTED · 2018-09-19*". */
const badgeText = (b: Badge): string => `${toneEmoji[b.tone]} *${escapeMrkdwn(b.label)}*`;

/** Where mrkdwn may be cut at or before `max`: never inside an entity or a `<link>`, at a space if one is near. */
function safeCutIndex(text: string, max: number): number {
  let cut = Math.max(1, max);
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp !== -1 && /^&(amp|lt|gt);/.test(text.slice(amp)) && text.indexOf(';', amp) >= cut) cut = amp;
  const open = text.lastIndexOf('<', cut - 1);
  if (open !== -1 && text.indexOf('>', open) >= cut) cut = open;
  if (cut < 1) cut = Math.max(1, max);
  const space = Math.max(text.lastIndexOf('\n', cut - 1), text.lastIndexOf(' ', cut - 1));
  return space > 0 && space > cut - 200 ? space : cut;
}

/** Cuts mrkdwn to at most `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCutIndex(text, max - 1)).trimEnd()}…`;
}

/** Splits mrkdwn into chunks of at most `max` characters, at line breaks where it can. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const newline = rest.lastIndexOf('\n', max);
    const cut = newline > 0 ? newline : safeCutIndex(rest, max);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest !== '' || chunks.length === 0) chunks.push(rest);
  return chunks;
}

/** Plain text (header, button labels): no escaping, one line, the length limit. */
export function plain(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/* ---------- blocks ---------- */

/** A block and how many of the reply's items it carries (for "…and N more"). */
interface Piece {
  block: KnownBlock;
  items: number;
}

const section = (text: string, items = 1, accessory?: Button): Piece => ({
  block: { type: 'section', text: { type: 'mrkdwn', text }, ...(accessory ? { accessory } : {}) },
  items,
});
const context = (text: string, items = 1): Piece => ({
  block: { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, slackLimits.text) }] },
  items,
});
const textPieces = (text: string, items = 1): Piece[] =>
  splitText(text, slackLimits.text).map((chunk, i) => section(chunk, i === 0 ? items : 0));

function button(kind: SlackActionKind, label: string, command: string, style?: 'primary' | 'danger'): Button | null {
  if (command.length > slackLimits.buttonValue) return null;
  return {
    type: 'button',
    action_id: `${ACTION_PREFIX}${kind}`,
    text: { type: 'plain_text', text: plain(label, slackLimits.buttonText), emoji: true },
    value: command,
    ...(style ? { style } : {}),
  };
}

/** Bullets packed into as few sections as fit; each item counts once. */
function bulletPieces(lines: string[]): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  let items = 0;
  for (const line of lines.map((l) => truncate(l, slackLimits.text))) {
    if (text !== '' && text.length + 1 + line.length > slackLimits.text) {
      pieces.push(section(text, items));
      text = '';
      items = 0;
    }
    text = text === '' ? line : `${text}\n${line}`;
    items += 1;
  }
  if (text !== '') pieces.push(section(text, items));
  return pieces;
}

/** An item that opens something leads with a bold title; a plain bullet keeps its detail in italics. */
function listItemText(item: ListItem, bullet = false): string {
  const title = bullet ? escapeMrkdwn(item.title) : `*${escapeMrkdwn(item.title)}*`;
  const head = `${title}${item.badge ? `  ${badgeText(item.badge)}` : ''}`;
  if (!item.detail) return head;
  const detail = escapeWithLinks(item.detail);
  return bullet ? `${head}\n    _${detail.replaceAll('\n', '_\n    _')}_` : `${head}\n${detail}`;
}

function sectionPieces(s: Section): Piece[] {
  switch (s.kind) {
    case 'fields': {
      const pieces: Piece[] = [];
      for (let i = 0; i < s.fields.length; i += slackLimits.fieldsPerSection) {
        const fields = s.fields.slice(i, i + slackLimits.fieldsPerSection).map((f) => ({
          type: 'mrkdwn' as const,
          text: truncate(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, slackLimits.field),
        }));
        pieces.push({ block: { type: 'section', fields }, items: fields.length });
      }
      return pieces;
    }
    case 'text':
      return textPieces(escapeWithLinks(s.text));
    case 'context':
      return [context(escapeWithLinks(s.text))];
    case 'quote': {
      const quoted = escapeMrkdwn(`“${s.text}”`).split('\n').map((l) => `> ${l}`);
      const by = [s.by, s.on].filter(Boolean).join(', ');
      const lines = [...quoted, ...(by ? [`> — ${escapeMrkdwn(by)}`] : [])];
      if (s.source) lines.push(`Source: ${linkText(s.source)}`);
      return [section(truncate(lines.join('\n'), slackLimits.text))];
    }
    case 'list': {
      const heading = s.heading ? [section(`*${escapeMrkdwn(s.heading)}*`, 0)] : [];
      const pieces: Piece[] = [];
      let plainItems: string[] = [];
      const flush = () => {
        pieces.push(...bulletPieces(plainItems.map((l) => `• ${l}`)));
        plainItems = [];
      };
      for (const item of s.items) {
        const open = item.command ? button('open', 'Open', item.command) : null;
        if (!open) {
          plainItems.push(listItemText(item, true));
          continue;
        }
        flush();
        pieces.push(section(truncate(listItemText(item), slackLimits.text), 1, open));
      }
      flush();
      return [...heading, ...pieces];
    }
    case 'links':
      return [section(`*${escapeMrkdwn(s.heading)}*`, 0), ...bulletPieces(s.links.map((l) => `• ${linkText(l)}`))];
  }
}

function headPieces(reply: Reply): Piece[] {
  const pieces: Piece[] = [];
  if (reply.title) {
    const mark = reply.badge?.tone === 'alert' ? '🔴 ' : '';
    pieces.push({ block: { type: 'header', text: { type: 'plain_text', text: plain(`${mark}${reply.title}`, slackLimits.header), emoji: true } }, items: 0 });
  }
  const badge = reply.badge ? badgeText(reply.badge) : null;
  const page = reply.titleUrl ? mrkdwnLink('Public record', reply.titleUrl) : null;
  const line = [badge, page].filter(Boolean).join('   ·   ');
  if (line) pieces.push(section(line, 0));
  return pieces;
}

function actionsBlock(reply: Reply, opts: SlackRenderOptions): KnownBlock | null {
  const buttons = (reply.actions ?? [])
    .filter((a) => !(opts.inChannel && a.id === 'share'))
    .map((a) => button(a.id, a.label, a.command, a.style))
    .filter((b): b is Button => b !== null)
    .slice(0, slackLimits.actionsPerBlock);
  return buttons.length > 0 ? { type: 'actions', elements: buttons } : null;
}

/**
 * A Reply as a Slack message: header, status badge, fields, quote, lists, links and buttons,
 * within Slack's limits (50 blocks, 3000 characters a text, 10 fields a section). What does
 * not fit is cut with a "…and N more" line rather than rejected by Slack.
 */
export function renderSlack(reply: Reply, opts: SlackRenderOptions = {}): SlackMessage {
  const head = headPieces(reply).map((p) => p.block);
  const body = reply.sections.flatMap(sectionPieces);
  const tail: KnownBlock[] = [];
  if (reply.image) tail.push({ type: 'image', image_url: reply.image.url, alt_text: plain(reply.image.alt, slackLimits.imageAlt) });
  const actions = actionsBlock(reply, opts);
  if (actions) tail.push(actions);
  const sharer = opts.sharedBy?.replace(/[^A-Z0-9]/gi, '');
  if (sharer) tail.push(context(`Shared by <@${sharer}>`).block);

  const room = slackLimits.blocks - head.length - tail.length;
  let kept = body;
  if (body.length > room) {
    kept = body.slice(0, room - 1);
    const dropped = body.slice(room - 1);
    const more = dropped.reduce((n, p) => n + p.items, 0) || dropped.length;
    const where = reply.titleUrl ? ` on the ${mrkdwnLink('public record', reply.titleUrl)}` : '';
    kept.push(context(`…and ${more} more${where}`));
  }
  const fallback = escapeMrkdwn(reply.summary);
  return {
    text: sharer ? `${truncate(fallback, slackLimits.fallbackText - 40)} (shared by <@${sharer}>)` : truncate(fallback, slackLimits.fallbackText),
    blocks: [...head, ...kept.map((p) => p.block), ...tail],
  };
}
