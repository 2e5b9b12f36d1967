/**
 * Refuses a signed request seen before. A signature covers the timestamp and the body, and
 * the timestamp window is 5 minutes, so remembering signatures for that long is enough: a
 * captured request replayed inside the window is caught, and one replayed later is already
 * stale. Memory is bounded by the window (old entries are dropped as new ones arrive).
 */
export interface ReplayGuard {
  /** true the first time a signature is seen within the window */
  firstSeen(signature: string): boolean;
}

export function createReplayGuard(windowMs = 5 * 60_000, now: () => number = Date.now, max = 100_000): ReplayGuard {
  const seen = new Map<string, number>();
  return {
    firstSeen(signature) {
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
