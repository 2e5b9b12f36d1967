import { readFileSync } from 'node:fs';
import { signSlackRequest } from '../../../src/adapters/slack/verify';

export const SIGNING_SECRET = 'test-signing-secret-not-a-real-one';

const fixtureDir = new URL('../../fixtures/slack/', import.meta.url);

/** A fixture we wrote, with {{response_url}} filled in (and any other {{key}}). */
export function fixture(name: string, vars: Record<string, string>): Record<string, unknown> {
  let text = readFileSync(new URL(`${name}.json`, fixtureDir), 'utf8');
  for (const [key, value] of Object.entries(vars)) text = text.replaceAll(`{{${key}}}`, value);
  return JSON.parse(text) as Record<string, unknown>;
}

/** A slash command as Slack sends it: the fields form-encoded, in order. */
export const slashBody = (fields: Record<string, unknown>): string =>
  new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)])).toString();

/** An interactivity payload as Slack sends it: one form field, payload=<json>. */
export const payloadBody = (payload: Record<string, unknown>): string => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

export interface SendOptions {
  secret?: string;
  /** seconds since the epoch; default now */
  timestamp?: number;
  signature?: string;
  headers?: Record<string, string>;
  contentType?: string;
}

/** POSTs to /slack/events signed like Slack (v0 HMAC), and times the answer. */
export async function sendSigned(serverUrl: string, body: string, opts: SendOptions = {}): Promise<{ res: Response; text: string; ms: number }> {
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = opts.signature ?? signSlackRequest(opts.secret ?? SIGNING_SECRET, timestamp, body);
  const started = performance.now();
  const res = await fetch(`${serverUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      ...opts.headers,
    },
    body,
  });
  const text = await res.text();
  return { res, text, ms: performance.now() - started };
}

/** What the fake records of a response_url post, or the ack's own body, alike. */
export interface SlashAnswer {
  res: Response;
  /** the ack's raw body ('' when the answer was deferred) */
  text: string;
  /** the answer message: the ack's JSON, or the body posted to response_url */
  body: Record<string, unknown>;
  via: 'ack' | 'response_url';
}

/**
 * Sends a signed slash command and returns its answer wherever the bot put it: in the ack
 * when it was ready in time, else at the command's response_url (waited for on the fake).
 */
export async function slashAnswer(
  serverUrl: string,
  fake: { waitFor(path: string, count?: number, timeoutMs?: number): Promise<{ body: Record<string, unknown> }[]> },
  fields: Record<string, unknown>,
  opts: SendOptions = {},
): Promise<SlashAnswer> {
  const sent = await sendSigned(serverUrl, slashBody(fields), opts);
  if (sent.res.status === 200 && sent.text !== '') return { ...sent, body: JSON.parse(sent.text) as Record<string, unknown>, via: 'ack' };
  const path = new URL(String(fields.response_url)).pathname;
  const answers = await fake.waitFor(path);
  return { ...sent, body: answers.at(-1)!.body, via: 'response_url' };
}
