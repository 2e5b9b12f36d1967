/**
 * The posting limits the fake platforms enforce: one message per second per channel, and a
 * limit for the whole workspace or bot, a token bucket (`perSecond`, bursts up to `burst`).
 *
 * - Slack: chat.postMessage "generally allows posting one message per second per channel, while
 *   also maintaining a workspace-wide limit" (https://docs.slack.dev/apis/web-api/rate-limits).
 *   Slack publishes no figure for the workspace-wide one; we take 600 a minute (10/s, bursts of 10),
 *   of the order Slack's "several hundred messages a minute" and what bulk senders report.
 * - Discord: "50 requests per second" for a bot, globally (https://discord.com/developers/docs/topics/rate-limits);
 *   its per-channel message limit is 5 per 5 s, which we hold to 1 per second like Slack's.
 */
export interface PostingLimits {
  /** least time between two accepted posts to one channel */
  channelGapMs: number;
  /** the workspace's (Slack) or the bot's (Discord) posts a second, */
  perSecond: number;
  /** and how many may come at once */
  burst: number;
}

export const SLACK_LIMITS: PostingLimits = { channelGapMs: 1000, perSecond: 10, burst: 10 };
export const DISCORD_LIMITS: PostingLimits = { channelGapMs: 1000, perSecond: 50, burst: 50 };

/** The least time `posts` posts, one per channel, can take under `limits` (the fan-out floor). */
export function floorMs(posts: number, limits: PostingLimits): number {
  return (Math.max(0, posts - limits.burst) / limits.perSecond) * 1000;
}

export type Verdict = { ok: true } | { ok: false; scope: 'channel' | 'global'; retryAfterMs: number };

export interface RateLimiter {
  /** a post to `channel` now: accepted, or refused with how long to wait */
  admit(channel: string): Verdict;
  /** when each post to each channel arrived (accepted or not), in ms */
  arrivals: Map<string, number[]>;
  /** refusals so far, by scope */
  refused: { channel: number; global: number };
}

export function createRateLimiter(limits: PostingLimits | undefined, now: () => number = Date.now): RateLimiter {
  const arrivals = new Map<string, number[]>();
  const lastAccepted = new Map<string, number>();
  const refused = { channel: 0, global: 0 };
  let tokens = limits?.burst ?? 0;
  let filledAt = now();
  return {
    arrivals,
    refused,
    admit(channel) {
      const t = now();
      arrivals.set(channel, [...(arrivals.get(channel) ?? []), t]);
      if (!limits) return { ok: true };
      const last = lastAccepted.get(channel);
      if (last !== undefined && t - last < limits.channelGapMs) {
        refused.channel++;
        return { ok: false, scope: 'channel', retryAfterMs: limits.channelGapMs - (t - last) };
      }
      tokens = Math.min(limits.burst, tokens + ((t - filledAt) / 1000) * limits.perSecond);
      filledAt = t;
      if (tokens < 1) {
        refused.global++;
        return { ok: false, scope: 'global', retryAfterMs: ((1 - tokens) / limits.perSecond) * 1000 };
      }
      tokens -= 1;
      lastAccepted.set(channel, t);
      return { ok: true };
    },
  };
}

/** The gaps between consecutive arrivals in each channel, in ms. */
export function gaps(arrivals: Map<string, number[]>): number[] {
  return [...arrivals.values()].flatMap((times) => times.slice(1).map((t, i) => t - times[i]!));
}
