import type { Hono } from 'hono';
import type { Config } from '../config';
import type { Commands } from '../core/commands';
import type { Store } from '../core/ports';
import type { Logger } from '../logger';
import type { ReplayGuard } from './replay-guard';

export interface AdapterDeps {
  config: Config;
  commands: Commands;
  store: Store;
  log: Logger;
  /** the memory of signed requests already seen; shared across instances on PostgreSQL (default: this process's) */
  replays?: ReplayGuard;
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
