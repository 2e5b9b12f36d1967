import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sendSigned, fixture as slackFixture, slashBody } from '../adapters/slack/signed-request';
import { signedHeaders } from '../adapters/discord/support/signing';
import { testDrivers } from '../support/db';
import { type Stack, startStack } from '../support/stack';

const EDITOR = '1187000000000000399';
const SLUG = 'alibaba-1m-us-jobs';

/** An editor's add-fact as Discord sends it, with a statement of its own. */
function addFact(statement: string): string {
  return JSON.stringify({
    id: '1187000000000000019',
    application_id: '1187000000000000001',
    type: 2,
    token: `replay-${statement.length}`,
    version: 1,
    guild_id: '1187000000000000100',
    channel_id: '1187000000000000200',
    member: { user: { id: EDITOR, username: 'editor' }, nick: null },
    data: {
      id: '1187000000000000503',
      name: 'pledge-admin',
      type: 1,
      options: [
        {
          name: 'add-fact',
          type: 1,
          options: [
            { name: 'slug', type: 3, value: SLUG },
            { name: 'statement', type: 3, value: statement },
            { name: 'source_url', type: 3, value: 'https://example.org/replayed-fact' },
          ],
        },
      ],
    },
  });
}

const mixedCase = (hex: string) => [...hex].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch)).join('');

describe.each(testDrivers())('a captured signed request replayed, on $name', (driver) => {
  let stack: Stack;
  const post = (body: string, headers: Record<string, string>) => fetch(`${stack.server.url}/discord/interactions`, { method: 'POST', headers, body });
  const factCount = async (statement: string) => ((await stack.server.store.getPledge(SLUG))?.facts ?? []).filter((f) => f.statement === statement).length;

  beforeAll(async () => {
    stack = await startStack({ slack: true, discord: { botToken: false }, driver, env: { PLEDGEWATCH_ADMINS: `discord:${EDITOR}` } });
  });
  afterAll(async () => stack?.close());
  afterEach(() => vi.useRealTimers());

  it('Discord: the same signature upper- or mixed-case is the same request: refused, one row written', async () => {
    const statement = `A fact written once, replayed in another case (${driver.name})`;
    const body = addFact(statement);
    const headers = signedHeaders(stack.discord!.privateKey, body);
    const signature = headers['x-signature-ed25519']!;
    expect((await post(body, headers)).status).toBe(200);
    for (const variant of [signature.toUpperCase(), mixedCase(signature)]) {
      expect((await post(body, { ...headers, 'x-signature-ed25519': variant })).status).toBe(401);
    }
    expect(await factCount(statement)).toBe(1);
    expect(stack.server.logs.filter((l) => l.msg === 'discord request rejected' && l.reason === 'replayed')).toHaveLength(2);
  });

  it('Discord: a request stamped 295 s ahead stays refused until its timestamp is stale', async () => {
    const statement = `A fact stamped in the future (${driver.name})`;
    const body = addFact(statement);
    const start = Date.now();
    const headers = signedHeaders(stack.discord!.privateKey, body, Math.floor(start / 1000) + 295);
    expect((await post(body, headers)).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: start + 150_000 });
    expect((await post(body, headers)).status).toBe(401);
    vi.setSystemTime(start + 310_000); // five minutes after first sight, the timestamp still passes
    expect((await post(body, headers)).status).toBe(401);
    vi.setSystemTime(start + 600_000); // the timestamp itself is stale now
    expect((await post(body, headers)).status).toBe(401);
    vi.useRealTimers();
    expect(await factCount(statement)).toBe(1);
  });

  it('Slack: a slash command stamped 295 s ahead is not run again 310 s later', async () => {
    const body = slashBody(slackFixture('slash-pledge-alibaba', { response_url: stack.slack!.responseUrl('future') }));
    const start = Date.now();
    const timestamp = Math.floor(start / 1000) + 295;
    const first = await sendSigned(stack.server.url, body, { timestamp });
    expect(first.res.status).toBe(200);
    // answered in the ack when ready in time, else at response_url
    if (first.text === '') await stack.slack!.waitFor('/respond/future', 1);
    vi.useFakeTimers({ toFake: ['Date'], now: start + 310_000 });
    const again = await sendSigned(stack.server.url, body, { timestamp });
    vi.useRealTimers();
    expect(again.res.status).toBe(401);
    expect(stack.server.logs.some((l) => l.msg === 'slack request refused' && l.reason === 'replayed')).toBe(true);
  });
});
