import type { WebClientOptions } from '@slack/web-api';
import type { Config } from '../../config';

/** Per-request timeout: a hung call becomes a network error the outbox retries. */
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The WebClient appends method names to `slackApiUrl` (it adds a missing trailing slash), so
 * SLACK_API_URL is the Web API base exactly as Slack's default, https://slack.com/api/.
 */
export function slackApiBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}

/** One request, one outcome: the client's own retries are off so the outbox owns retrying. */
export function slackClientOptions(config: Pick<Config, 'SLACK_API_URL'>): WebClientOptions {
  const base = slackApiBase(config.SLACK_API_URL);
  return {
    ...(base ? { slackApiUrl: base } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: REQUEST_TIMEOUT_MS,
  };
}
