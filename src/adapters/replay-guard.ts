/**
 * Refuses a signed request seen before. A signature covers the timestamp and the body, and a
 * timestamp is accepted up to 5 minutes either side of now, so a signature is remembered until
 * its own timestamp plus the window: a captured request replayed while its timestamp still
 * passes is caught (even one stamped in the future), and one replayed later is already stale.
 */
export interface ReplayGuard {
  /**
   * true the first time a signature is seen; `key` is its canonical form (see signatureKey),
   * `timestampSeconds` the request's signed timestamp
   */
  firstSeen(key: string, timestampSeconds: number): Promise<boolean>;
}

export const REPLAY_WINDOW_MS = 5 * 60_000;

/**
 * The replay key of a hex signature: its bytes, written back as lower-case hex. Verifiers
 * accept hex in either case, so the header as sent is not a key: `AB..` and `ab..` are the
 * same signature.
 */
export const signatureKey = (platform: 'slack' | 'discord', hex: string): string => `${platform}:${Buffer.from(hex, 'hex').toString('hex')}`;

/**
 * Until when a request stamped `timestampSeconds` can pass a `windowMs` timestamp check (a
 * second more, for checks that compare whole seconds).
 */
const acceptedUntil = (timestampSeconds: number, windowMs = REPLAY_WINDOW_MS): number => timestampSeconds * 1000 + windowMs + 1000;

/** One process's memory, bounded by the window (expired entries are dropped as new ones arrive). */
export function createMemoryReplayGuard(windowMs = REPLAY_WINDOW_MS, now: () => number = () => Date.now(), max = 100_000): ReplayGuard {
  const seen = new Map<string, number>();
  return {
    async firstSeen(key, timestampSeconds) {
      const t = now();
      for (const [k, until] of seen) {
        if (until > t && seen.size < max) break;
        seen.delete(k);
      }
      const until = seen.get(key);
      if (until !== undefined && until > t) return false;
      seen.delete(key);
      seen.set(key, Math.max(acceptedUntil(timestampSeconds, windowMs), t + 1000));
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
  claim: (key: string, untilMs: number) => Promise<boolean>,
  onStoreError: (error: Error) => void,
  local: ReplayGuard = createMemoryReplayGuard(),
  windowMs = REPLAY_WINDOW_MS,
): ReplayGuard {
  return {
    async firstSeen(key, timestampSeconds) {
      const locally = await local.firstSeen(key, timestampSeconds);
      if (!locally) return false;
      try {
        return await claim(key, acceptedUntil(timestampSeconds, windowMs));
      } catch (error) {
        onStoreError(error as Error);
        return true;
      }
    },
  };
}
