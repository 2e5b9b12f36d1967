import type { Result } from '../errors';
import type { Clock, Store } from '../ports';
import type { Reply } from '../reply';

/** Who is asking: identity is per platform and workspace (Slack team, Discord guild). */
export interface Actor {
  platform: 'slack' | 'discord' | 'console' | 'web';
  workspace: string;
  userId: string;
  displayName?: string;
}

export const commandNames = ['pledge', 'tariff', 'pledge-admin'] as const;
export type CommandName = (typeof commandNames)[number];
export const isCommandName = (name: string): name is CommandName => (commandNames as readonly string[]).includes(name);

export interface CommandInput {
  command: CommandName;
  /** the text after the command, exactly as typed */
  text: string;
  actor: Actor;
  /** the channel the command was typed in, when there is one */
  channel?: { platform: Actor['platform']; workspace: string; id: string };
}

export interface CommandDeps {
  store: Store;
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
export type CommandHandler = (deps: CommandDeps, text: string, input: CommandInput) => Promise<CommandResult>;
