import type { KeyObject } from 'node:crypto';
import { expect } from 'vitest';
import type { FakeDiscord } from './fake-discord';
import { APPLICATION_ID, fixture, signedHeaders } from './signing';

export interface InteractionAnswer {
  status: number;
  /** the HTTP response body: the interaction response */
  response: { type: number; data?: Record<string, unknown> } & Record<string, unknown>;
  token: string;
}

/** Posts a fixture to the bot's endpoint, signed as Discord signs it. */
export async function sendInteraction(
  url: string,
  privateKey: KeyObject,
  name: string,
  tweak: (payload: Record<string, unknown>) => void = () => {},
): Promise<InteractionAnswer> {
  const payload = JSON.parse(fixture(name)) as Record<string, unknown>;
  tweak(payload);
  const body = JSON.stringify(payload);
  const res = await fetch(`${url}/discord/interactions`, { method: 'POST', headers: signedHeaders(privateKey, body), body });
  const text = await res.text();
  return { status: res.status, response: text ? JSON.parse(text) : {}, token: String(payload.token) };
}

/**
 * The message the user ends up seeing: the type-4 answer itself, or, after a type-5 defer,
 * the edit of @original through the webhook.
 */
export async function finalMessage(fake: FakeDiscord, answer: InteractionAnswer): Promise<Record<string, unknown>> {
  expect(answer.status).toBe(200);
  if (answer.response.type === 4) return answer.response.data ?? {};
  expect(answer.response.type).toBe(5);
  const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${answer.token}/messages/@original`);
  return edit.body as Record<string, unknown>;
}

/** Every request the bot made to Discord for one interaction token. */
export const requestsFor = (fake: FakeDiscord, token: string) =>
  fake.requests.filter((r) => r.path.includes(`/${token}/`) || r.path.endsWith(`/${token}`));
