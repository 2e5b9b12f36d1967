/**
 * Refuses a signed request seen before. A signature covers the timestamp and the body, and
 * the timestamp window is 5 minutes, so remembering signatures for that long is enough: a
 * captured request replayed inside the window is caught, and one replayed later is already
 * stale.
 */
export interface ReplayGuard {
  /** true the first time a signature is seen within the window */
  firstSeen(signature: string): Promise<boolean>;
}

export const REPLAY_WINDOW_MS = 5 * 60_000;

/** One process's memory, bounded by the window (old entries are dropped as new ones arrive). */
export function createMemoryReplayGuard(windowMs = REPLAY_WINDOW_MS, now: () => number = Date.now, max = 100_000): ReplayGuard {
  const seen = new Map<string, number>();
  return {
    async firstSeen(signature) {
      const t = now();
      for (const [key, at] of seen) {
        if (at > t - windowMs && seen.size < max) break;
        seen.delete(key);
      }
      if (seen.has(signature)) return false;
      seen.set(signature, t);
      return true;
    },
  };
}

/**
 * Several instances behind a load balancer: the memory of signatures is the database's, so a
 * request replayed to another instance is caught too. When the database cannot answer, this
 * instance's own memory still refuses what it has seen, and the request goes on.
 */
export function createSharedReplayGuard(
  claim: (signature: string) => Promise<boolean>,
  onStoreError: (error: Error) => void,
  local: ReplayGuard = createMemoryReplayGuard(),
): ReplayGuard {
  return {
    async firstSeen(signature) {
      const locally = await local.firstSeen(signature);
      if (!locally) return false;
      try {
        return await claim(signature);
      } catch (error) {
        onStoreError(error as Error);
        return true;
      }
    },
  };
}
