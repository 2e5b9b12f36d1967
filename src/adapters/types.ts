import type { Hono } from 'hono';
import type { Config } from '../config';
import type { Commands } from '../core/commands';
import type { Actor } from '../core/commands';
import type { Announcements, EditorGrants, FeedReads, PledgeReads, ProposalReads, TariffReads } from '../core/ports';
import type { Reply } from '../core/reply';
import type { Logger } from '../logger';
import type { ReplayGuard } from './replay-guard';

export interface AdapterDeps {
  config: Config;
  commands: Commands;
  /** what the adapters read themselves (autocomplete, App Home, link previews); the rest goes through `commands` */
  store: PledgeReads & TariffReads & EditorGrants & ProposalReads & FeedReads & Announcements;
  log: Logger;
  /** the memory of signed requests already seen; shared across instances on PostgreSQL (default: this process's) */
  replays?: ReplayGuard;
  /** "Send to pledgewatch": a message's links through the newswire; the Reply says what was found */
  sendToNewswire?: (links: string[], actor: Actor) => Promise<Reply>;
  /** calls back when what the editors' desk shows changed, on any instance (proposals, published changes) */
  watchDesk?: (onChange: () => void) => void;
}

/**
 * A chat platform: it mounts its HTTP routes on the bot's one server, and may hold a
 * connection of its own (Socket Mode, gateway) between start and stop.
 */
export interface PlatformAdapter {
  name: 'slack' | 'discord';
  mount(app: Hono): void;
  start?(): Promise<void>;
  stop?(): Promise<void>;
}
