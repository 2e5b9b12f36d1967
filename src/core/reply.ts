import type { PledgeStatus, TariffStatus } from './vocabulary';

/**
 * The neutral message model every command returns. Renderers turn it into Block Kit, Discord
 * embeds or plain text; nothing here knows a platform.
 */
export interface Reply {
  /** one-line summary: notification text and screen-reader fallback */
  summary: string;
  title?: string;
  /** a link for the title (the public page), when PUBLIC_URL is known */
  titleUrl?: string;
  badge?: Badge;
  sections: Section[];
  actions?: Action[];
  /**
   * A picture (a chart as PNG at an absolute URL): Slack shows it as an image block, Discord
   * as the embed's image, plain text as its URL. Set only when PUBLIC_URL is known.
   */
  image?: { url: string; alt: string };
  /** lookups are private to the requester unless shared */
  visibility: 'ephemeral' | 'in_channel';
  /** set on error replies */
  error?: { code: string };
  /**
   * A form to fill in before a command runs (e.g. an editor's changes before publishing).
   * Adapters that can (a Slack modal, a Discord modal) show it instead of the message; the
   * others show the message, whose text says how to type the command.
   */
  form?: Form;
}

export interface Form {
  /** short: Slack allows 24 characters, Discord 45 */
  title: string;
  submitLabel: string;
  /** what submitting runs: this command followed by one `name=value` word per field */
  command: string;
  /** at most 5 (Discord's limit for a modal) */
  fields: FormField[];
}

interface FormField {
  name: string;
  label: string;
  /** `line`: one line of text; `paragraph`: several */
  kind: 'line' | 'paragraph';
  initial: string;
  required: boolean;
  maxLength: number;
  /** e.g. the accepted values */
  placeholder?: string;
}

export type Tone = 'alert' | 'warning' | 'good' | 'neutral' | 'info';

export interface Badge {
  label: string;
  tone: Tone;
  status?: PledgeStatus | TariffStatus;
}

export interface Link {
  label: string;
  url: string | null;
}

export type Section =
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  | { kind: 'text'; text: string }
  | { kind: 'quote'; text: string; by: string | null; on: string | null; source: Link | null }
  | { kind: 'list'; heading?: string; items: ListItem[] }
  | { kind: 'links'; heading: string; links: Link[] }
  | { kind: 'context'; text: string };

export interface ListItem {
  title: string;
  detail?: string;
  badge?: Badge;
  /** the command that opens this item, e.g. "/pledge alibaba-1m-us-jobs" */
  command?: string;
}

export interface Action {
  /**
   * stable id adapters route on: history, share, subscribe, page; and the review buttons
   * approve, reject and edit (edit's command answers with a form)
   */
  id: 'history' | 'share' | 'subscribe' | 'page' | 'approve' | 'reject' | 'edit';
  label: string;
  /** the command the action runs, in the same words a user would type */
  command: string;
  style?: 'primary' | 'danger';
}
