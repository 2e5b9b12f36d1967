import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture as slackFixture, payloadBody, sendSigned, slashBody } from '../adapters/slack/signed-request';
import { fixture as discordFixture, signedHeaders } from '../adapters/discord/support/signing';
import { type Stack, startStack } from '../support/stack';

/** Options nested `depth` deep as JSON text (too deep for JSON.stringify), the innermost focused. */
const nested = (depth: number): string => `${'{"options":['.repeat(depth)}{"name":"query","type":3,"value":"alibaba","focused":true}${']}'.repeat(depth)}`;

describe('signed but malformed payloads: a 400 with the reason, never a 500', () => {
  let stack: Stack;
  const discord = async (tweak: (p: Record<string, unknown>) => void, name = 'pledge-alibaba', raw?: (body: string) => string) => {
    const payload = JSON.parse(discordFixture(name)) as Record<string, unknown>;
    tweak(payload);
    const body = (raw ?? ((b: string) => b))(JSON.stringify(payload));
    const res = await fetch(`${stack.server.url}/discord/interactions`, { method: 'POST', headers: signedHeaders(stack.discord!.privateKey, body), body });
    return { status: res.status, text: await res.text() };
  };
  const slack = async (name: string, tweak: (p: Record<string, unknown>) => void) => {
    const payload = slackFixture(name, { response_url: stack.slack!.responseUrl('malformed') });
    tweak(payload);
    const { res, text } = await sendSigned(stack.server.url, payloadBody(payload));
    return { status: res.status, text };
  };

  beforeAll(async () => {
    stack = await startStack({ slack: true, discord: { botToken: false } });
  });
  afterAll(async () => stack?.close());

  it.each([
    ['block-actions-history', 'block_actions'],
    ['view-submission', 'view_submission'],
  ])('Slack %s without `user`', async (name) => {
    const answer = await slack(name, (p) => delete p.user);
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/^Malformed Slack payload: user/);
  });

  it.each([
    ['without user_id', 'user_id', (p: Record<string, unknown>) => delete p.user_id],
    ['without team_id', 'team_id', (p: Record<string, unknown>) => delete p.team_id],
    ['whose command is not a slash name', 'command', (p: Record<string, unknown>) => (p.command = 'pledge')],
  ])('Slack slash command %s', async (_what, field, tweak) => {
    const fields = slackFixture('slash-pledge-alibaba', { response_url: stack.slack!.responseUrl('malformed') });
    tweak(fields);
    const { res, text } = await sendSigned(stack.server.url, slashBody(fields));
    expect(res.status).toBe(400);
    expect(text).toMatch(new RegExp(`^Malformed Slack payload: ${field}:`));
  });

  it('Slack block_actions whose user is not an object, and whose actions are missing', async () => {
    expect((await slack('block-actions-history', (p) => (p.user = 'U1'))).status).toBe(400);
    expect((await slack('block-actions-history', (p) => delete p.actions)).status).toBe(400);
  });

  it.each([
    ['not an array', (p: Record<string, unknown>) => ((p.data as Record<string, unknown>).options = 'alibaba')],
    ['[null]', (p: Record<string, unknown>) => ((p.data as Record<string, unknown>).options = [null])],
    ['a number for a name', (p: Record<string, unknown>) => ((p.data as Record<string, unknown>).options = [{ name: 7, type: 3 }])],
    ['member.user without an id', (p: Record<string, unknown>) => (p.member = { user: {} })],
  ])('Discord options %s', async (_what, tweak) => {
    const answer = await discord(tweak);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({ error: 'bad_request', message: expect.stringMatching(/^Not a valid interaction: /) });
  });

  it('Discord options nested 17,000 deep: refused without walking them', async () => {
    const answer = await discord(
      (p) => ((p.data as Record<string, unknown>).options = ['DEEP']),
      'autocomplete-alibab',
      (body) => body.replace('"DEEP"', nested(17_000)),
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({ error: 'bad_request', message: expect.stringMatching(/^Not a valid interaction: data\.options\.0/) });
    expect(stack.server.logs.some((l) => l.msg === 'discord interaction failed')).toBe(false);
  });
});
