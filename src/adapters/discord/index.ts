import type { AdapterDeps, PlatformAdapter } from '../types';

// Replaced by the Discord adapter in the next commit.
export function createDiscordAdapter(_deps: AdapterDeps): PlatformAdapter {
  throw new Error('discord adapter not built yet');
}
