import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalMessage, sendInteraction } from '../adapters/discord/support/client';
import { CHANNEL_ID } from '../adapters/discord/support/signing';
import { fixture, payloadBody, sendSigned, slashAnswer } from '../adapters/slack/signed-request';
import { type Stack, startStack } from '../support/stack';

const DISCORD_EDITOR = '1187000000000000777';
const SLACK_CHANNEL = 'C0NEWSDESK';
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !done(); await settle(50)) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
  }
}

/**
 * Issue 5's promise, end to end: both platforms configured against local fakes that answer
 * a 429 and then a 500 before succeeding; channels subscribed from chat; an editor's
 * set-status in Slack reaches each subscribed channel exactly once, citing the source.
 */
describe('a status change reaches every subscribed channel once', () => {
  let stack: Stack;
  let n = 0;

  beforeAll(async () => {
    stack = await startStack({ slack: true, discord: true, env: { PLEDGEWATCH_ADMINS: `slack:U0EDITOR,discord:${DISCORD_EDITOR}` } });
  });
  afterAll(async () => stack?.close());

  async function slack(command: string, text: string, userId: string): Promise<string> {
    const url = stack.slack!.responseUrl(`r${++n}`);
    const answer = await slashAnswer(stack.server.url, stack.slack!, { ...fixture('slash-pledge-alibaba', { response_url: url }), command, text, user_id: userId });
    expect(answer.res.status).toBe(200);
    return JSON.stringify(answer.body);
  }

  async function discord(query: string, userId: string): Promise<string> {
    const answer = await sendInteraction(stack.server.url, stack.discord!.privateKey, 'pledge-alibaba', (p) => {
      p.token = `subscribe-token-${++n}`;
      (p.member as { user: { id: string } }).user.id = userId;
      (p.data as { options: { value: string }[] }).options[0]!.value = query;
    });
    return JSON.stringify(await finalMessage(stack.discord!, answer));
  }

  const slackPosts = () => stack.slack!.calls('chat.postMessage');
  const discordPosts = () => stack.discord!.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));

  it('editors subscribe a Slack channel and a Discord channel from chat; a reporter cannot', async () => {
    expect(await slack('/pledge', 'subscribe all', 'U0REPORTER')).toContain('Only editors');
    expect(await slack('/pledge', 'subscribe all', 'U0EDITOR')).toContain('now gets announcements for every pledge');
    expect(await discord('subscribe all', DISCORD_EDITOR)).toContain('now gets announcements for every pledge');
    expect(await slack('/pledge', 'subscriptions', 'U0REPORTER')).toContain('This channel follows: every pledge');
  });

  it('a non-editor’s set-status announces nothing', async () => {
    const answer = await slack('/pledge-admin', 'set-status alibaba-1m-us-jobs broken https://example.org/src "quote"', 'U0REPORTER');
    expect(answer).toContain('Only editors');
    await settle(1_500);
    expect(slackPosts()).toHaveLength(0);
    expect(discordPosts()).toHaveLength(0);
  });

  it('an editor’s set-status is announced once per channel through a 429 and a 500, citing the source', async () => {
    stack.slack!.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    stack.slack!.script('chat.postMessage', { status: 500, body: 'upstream down' });
    stack.discord!.script(
      'POST',
      /^\/channels\/\d+\/messages$/,
      { status: 429, headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' }, body: { message: 'You are being rate limited.', retry_after: 1, global: false } },
      { status: 500, body: { message: '500: Internal Server Error', code: 0 } },
    );
    const answer = await slack('/pledge-admin', 'set-status alibaba-1m-us-jobs broken https://example.org/src "The jobs never came." by="Jack Ma"', 'U0EDITOR');
    expect(answer).toContain('retracted → broken');
    expect(answer).toContain('Announcing to 2 subscribed channels');

    await until(() => slackPosts().length >= 3 && stack.discord!.created.length >= 1, 30_000);
    await settle(2_500); // time for any wrongful second delivery to show up

    const slackOk = slackPosts().slice(2);
    expect(slackPosts()).toHaveLength(3); // the 429, the 500, then the one that landed
    expect(slackOk).toHaveLength(1);
    expect(slackOk[0]!.body.channel).toBe(SLACK_CHANNEL);
    const slackText = JSON.stringify(slackOk[0]!.body);
    expect(slackText).toContain('BROKEN: Alibaba Group');
    expect(slackText).toContain('https://example.org/src');
    expect(slackText).toContain('The jobs never came.');
    // who pledged it (never the date), and who spoke the quote
    expect(slackText).toContain('*Pledged by*\\nJack Ma (Alibaba Group)');
    expect(slackText).toContain('— Jack Ma, ');
    expect(slackText).toContain('retracted');

    expect(discordPosts()).toHaveLength(3);
    expect(stack.discord!.created).toHaveLength(1);
    const discordMessage = stack.discord!.created[0]!;
    expect(discordMessage.channel_id).toBe(CHANNEL_ID);
    expect(JSON.stringify(discordMessage)).toContain('https://example.org/src');
    expect(JSON.stringify(discordMessage)).toContain('BROKEN: Alibaba Group');
    expect(JSON.stringify(discordMessage)).toContain('Jack Ma (Alibaba Group)');
    // every attempt carried the same nonce, so a retry could never double
    expect(new Set(discordPosts().map((r) => (r.body as { nonce: string }).nonce)).size).toBe(1);
  }, 60_000);

  it('the Subscribe button on a lookup subscribes the channel for an editor, and refuses a reporter', async () => {
    async function click(userId: string): Promise<string> {
      const url = stack.slack!.responseUrl(`b${++n}`);
      const payload = fixture('block-actions-history', { response_url: url }) as {
        user: { id: string };
        channel: { id: string };
        actions: { action_id: string; value: string }[];
      };
      payload.user.id = userId;
      payload.channel.id = 'C0OTHERDESK';
      payload.actions[0]!.action_id = 'pledgewatch:subscribe';
      payload.actions[0]!.value = '/pledge subscribe alibaba-1m-us-jobs';
      expect((await sendSigned(stack.server.url, payloadBody(payload))).res.status).toBe(200);
      const [answer] = await stack.slack!.waitFor(new URL(url).pathname, 1);
      return JSON.stringify(answer!.body);
    }
    expect(await click('U0REPORTER')).toContain('Only editors');
    expect(await click('U0EDITOR')).toContain('now gets announcements for Alibaba Group: create 1 million US jobs');
  });

  it('the outbox shows both deliveries done, and /pledge shows the new status', async () => {
    expect(await slack('/pledge-admin', 'outbox', 'U0EDITOR')).toContain('0 pending, 0 dead, 2 delivered');
    expect(await slack('/pledge', 'alibaba', 'U0REPORTER')).toContain('BROKEN');
  });
});
