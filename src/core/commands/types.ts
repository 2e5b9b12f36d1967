import type { Result } from '../errors';
import type { Actor, ChannelRef } from '../identity';
import type {
  AuditLog,
  Clock,
  DeskReads,
  EditorGrants,
  FeedReads,
  FeedWrites,
  OutboxAdmin,
  PledgeReads,
  PledgeWrites,
  ProposalReads,
  ProposalReview,
  Subscriptions,
  TariffReads,
  TariffWrites,
  Webhooks,
} from '../ports';
import type { Reply } from '../reply';

export type { Actor } from '../identity';

export const commandNames = ['pledge', 'tariff', 'pledge-admin'] as const;
export type CommandName = (typeof commandNames)[number];
export const isCommandName = (name: string): name is CommandName => (commandNames as readonly string[]).includes(name);

export interface CommandInput {
  command: CommandName;
  /** the text after the command, exactly as typed */
  text: string;
  actor: Actor;
  /** the channel the command was typed in, when there is one */
  channel?: ChannelRef;
}

/** The ports the commands use together; each command names the ones it uses (`CommandDeps<TariffReads>`). */
type CommandStore = PledgeReads &
  PledgeWrites &
  TariffReads &
  TariffWrites &
  EditorGrants &
  AuditLog &
  Subscriptions &
  OutboxAdmin &
  ProposalReads &
  ProposalReview &
  FeedReads &
  FeedWrites &
  Webhooks &
  DeskReads;

export interface CommandDeps<S = CommandStore> {
  store: S;
  clock: Clock;
  publicUrl?: string;
  /** PLEDGEWATCH_ADMINS entries: platform:user or platform:workspace/user */
  bootstrapEditors: readonly string[];
  /** the newsroom's zone (IANA) and how many days ahead a deadline is coming; UTC and 30 when unset */
  desk?: { timeZone: string; reminderDays: number };
  /** may a webhook post to this URL (scheme and address guard)? null when yes, else why not */
  checkWebhookUrl?: (url: string) => Promise<string | null>;
}

export type CommandResult = Result<Reply>;
