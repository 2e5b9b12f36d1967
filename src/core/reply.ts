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
  /** lookups are private to the requester unless shared */
  visibility: 'ephemeral' | 'in_channel';
  /** set on error replies */
  error?: { code: string };
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
  /** stable id adapters route on: history, share, subscribe, page */
  id: 'history' | 'share' | 'subscribe' | 'page';
  label: string;
  /** the command the action runs, in the same words a user would type */
  command: string;
  style?: 'primary' | 'danger';
}
