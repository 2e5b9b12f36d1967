/** The platforms a command can come from: chat, the operator's console, the tracker's web. */
type Platform = 'slack' | 'discord' | 'console' | 'web';

/** Who is asking: identity is per platform and workspace (Slack team, Discord guild). */
export interface Actor {
  platform: Platform;
  workspace: string;
  userId: string;
  displayName?: string;
}

/** A channel, per platform and workspace: where a command was typed, what a subscription posts to. */
export interface ChannelRef {
  platform: Platform;
  workspace: string;
  id: string;
}
