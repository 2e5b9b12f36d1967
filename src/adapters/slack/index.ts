import type { AdapterDeps, PlatformAdapter } from '../types';

// Replaced by the Slack adapter in the next commit.
export function createSlackAdapter(_deps: AdapterDeps): PlatformAdapter {
  throw new Error('slack adapter not built yet');
}
