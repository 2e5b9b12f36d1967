import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendInteraction } from '../adapters/discord/support/client';
import { CHANNEL_ID } from '../adapters/discord/support/signing';
import { fixture, payloadBody, sendSigned, slashAnswer } from '../adapters/slack/signed-request';
import { type Stack, startStack } from '../support/stack';

const INGEST_TOKEN = 'ingest-token-for-the-review-test';
const DISCORD_EDITOR = '1187000000000000777';
const DISCORD_REPORTER = '1187000000000000300';
const DISCORD_REVIEW = '1187000000000000201';
const SLACK_NEWS = 'C0NEWSDESK';
const SLACK_REVIEW = 'C0REVIEW';
const article = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/articles', name), 'utf8');
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ; await settle(50)) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
  }
}

type Blocks = { type: string; elements?: { action_id?: string; value?: string }[] }[];
interface SlackView {
  private_metadata: string;
  blocks: { block_id?: string; element?: { initial_value?: string } }[];
}

/**
 * Issue 6's review loop on the real server with fake Slack and Discord: an article becomes a
 * proposal, the proposal is posted to both review channels with Approve / Edit / Reject,
 * only an editor's click publishes, the edited values are what is announced (once per
 * subscribed channel), and the review posts then say who decided and lose their buttons.
 */
describe('newswire proposals are reviewed in chat', () => {
  let stack: Stack;
  let n = 0;

  beforeAll(async () => {
    stack = await startStack({
      slack: true,
      discord: true,
      env: { PLEDGEWATCH_ADMINS: `slack:U0EDITOR,discord:${DISCORD_EDITOR}`, PLEDGEWATCH_INGEST_TOKEN: INGEST_TOKEN },
    });
  });
  afterAll(async () => stack?.close());

  async function slash(command: string, text: string, userId: string, channel: string): Promise<string> {
    const url = stack.slack!.responseUrl(`r${++n}`);
    const fields = { ...fixture('slash-pledge-alibaba', { response_url: url }), command, text, user_id: userId, channel_id: channel };
    const answer = await slashAnswer(stack.server.url, stack.slack!, fields);
    expect(answer.res.status).toBe(200);
    return JSON.stringify(answer.body);
  }

  async function slackClick(value: string, kind: string, userId: string, opensForm = false): Promise<string> {
    const url = stack.slack!.responseUrl(`b${++n}`);
    const payload = fixture('block-actions-history', { response_url: url }) as Record<string, unknown> & {
      user: { id: string };
      channel: { id: string };
      actions: { action_id: string; value: string }[];
    };
    payload.user.id = userId;
    payload.channel.id = SLACK_REVIEW;
    payload.trigger_id = `trigger-${++n}`;
    payload.actions[0]!.action_id = `pledgewatch:${kind}`;
    payload.actions[0]!.value = value;
    expect((await sendSigned(stack.server.url, payloadBody(payload))).res.status).toBe(200);
    if (opensForm) return '';
    const [answer] = await stack.slack!.waitFor(new URL(url).pathname, 1);
    return JSON.stringify(answer!.body);
  }

  async function discordAdmin(sub: string, channel: string) {
    return sendInteraction(stack.server.url, stack.discord!.privateKey, 'admin-set-status', (p) => {
      p.token = `admin-${++n}`;
      p.channel_id = channel;
      (p.member as { user: { id: string } }).user.id = DISCORD_EDITOR;
      (p.data as { options: unknown[] }).options = [{ name: sub, type: 1 }];
    });
  }

  async function discordClick(customId: string, userId: string) {
    return sendInteraction(stack.server.url, stack.discord!.privateKey, 'button-history', (p) => {
      p.token = `click-${++n}`;
      p.channel_id = DISCORD_REVIEW;
      (p.member as { user: { id: string } }).user.id = userId;
      (p.data as { custom_id: string }).custom_id = customId;
    });
  }

  async function ingest(name: string, url: string, outlet: string): Promise<{ id: number; status: string }> {
    const res = await fetch(`${stack.server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${INGEST_TOKEN}` },
      body: JSON.stringify({ text: article(name), url, outlet }),
    });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { proposals: { id: number; status: string; created: boolean }[] };
    expect(body.proposals).toHaveLength(1);
    expect(body.proposals[0]!.created).toBe(true);
    return body.proposals[0]!;
  }

  const slackPostsTo = (channel: string) => stack.slack!.calls('chat.postMessage').filter((r) => r.body.channel === channel);
  const discordCreatedIn = (channel: string) => stack.discord!.created.filter((m) => m.channel_id === channel);
  const reviewPostOn = (proposalId: number) => ({
    slack: () => slackPostsTo(SLACK_REVIEW).find((r) => JSON.stringify(r.body).includes(`Proposal #${proposalId}:`)),
    discord: () => discordCreatedIn(DISCORD_REVIEW).find((m) => JSON.stringify(m).includes(`Proposal #${proposalId}:`)),
  });

  let broken: { id: number; status: string };
  let compromise: { id: number; status: string };

  it('editors pick the review channels and subscribe a news channel on each platform', async () => {
    expect(await slash('/pledge-admin', 'review-channel', 'U0EDITOR', SLACK_REVIEW)).toContain('now where editors review');
    expect(JSON.stringify((await discordAdmin('review-channel', DISCORD_REVIEW)).response)).toContain('now where editors review');
    expect(await slash('/pledge', 'subscribe all', 'U0EDITOR', SLACK_NEWS)).toContain('now gets announcements for every pledge');
    const sub = await sendInteraction(stack.server.url, stack.discord!.privateKey, 'pledge-alibaba', (p) => {
      p.token = `sub-${++n}`;
      (p.member as { user: { id: string } }).user.id = DISCORD_EDITOR;
      (p.data as { options: { value: string }[] }).options[0]!.value = 'subscribe all';
    });
    expect(JSON.stringify(sub.response)).toContain('now gets announcements for every pledge');
  });

  it('an article’s finding is posted to both review channels with Approve, Edit and Reject', async () => {
    broken = await ingest('b01-deadline-passed.txt', 'https://news.example/alibaba-jobs-fell-short', 'Example News');
    expect(broken.status).toBe('broken');
    const onSlack = await until(reviewPostOn(broken.id).slack, 15_000, 'slack review post');
    const actions = (onSlack.body.blocks as Blocks).find((b) => b.type === 'actions')!.elements!;
    expect(actions.map((a) => [a.action_id, a.value])).toEqual([
      ['pledgewatch:approve', `/pledge-admin approve ${broken.id}`],
      ['pledgewatch:edit', `/pledge-admin edit ${broken.id}`],
      ['pledgewatch:reject', `/pledge-admin reject ${broken.id}`],
    ]);
    expect(JSON.stringify(onSlack.body)).toContain('https://news.example/alibaba-jobs-fell-short');
    const onDiscord = await until(reviewPostOn(broken.id).discord, 15_000, 'discord review post');
    const ids = JSON.stringify((onDiscord as { components: unknown }).components);
    for (const id of [`pw:a:pledge-admin approve ${broken.id}`, `pw:e:pledge-admin edit ${broken.id}`, `pw:r:pledge-admin reject ${broken.id}`]) expect(ids).toContain(id);
    // nothing is announced before an editor acts
    expect(slackPostsTo(SLACK_NEWS)).toHaveLength(0);
    expect(discordCreatedIn(CHANNEL_ID)).toHaveLength(0);
  });

  it('a reporter’s Approve is refused on both platforms and publishes nothing', async () => {
    expect(await slackClick(`/pledge-admin approve ${broken.id}`, 'approve', 'U0REPORTER')).toContain('Only editors');
    // Edit opens no form for a reporter: the refusal comes instead
    expect(await slackClick(`/pledge-admin edit ${broken.id}`, 'edit', 'U0REPORTER')).toContain('Only editors');
    expect(stack.slack!.calls('views.open')).toHaveLength(0);
    const onDiscord = await discordClick(`pw:a:pledge-admin approve ${broken.id}`, DISCORD_REPORTER);
    expect(JSON.stringify(onDiscord.response)).toContain('Only editors');
    await settle(1_200);
    expect(slackPostsTo(SLACK_NEWS)).toHaveLength(0);
    expect(discordCreatedIn(CHANNEL_ID)).toHaveLength(0);
  });

  it('Slack: Edit opens a prefilled form; a bad date is shown in the form; the corrected form publishes once per channel', async () => {
    await slackClick(`/pledge-admin edit ${broken.id}`, 'edit', 'U0EDITOR', true);
    const [opened] = await stack.slack!.waitFor('views.open', 1);
    const view = opened!.body.view as SlackView;
    const initial = Object.fromEntries(view.blocks.filter((b) => b.block_id).map((b) => [b.block_id!, b.element?.initial_value ?? '']));
    expect(initial.status).toBe('broken');
    expect(initial.source).toBe('https://news.example/alibaba-jobs-fell-short');
    expect(initial.quote!.length).toBeGreaterThan(10);

    const submit = async (values: Record<string, string>) => {
      const payload = fixture('view-submission', {}) as { view: Record<string, unknown> };
      payload.view = {
        ...payload.view,
        ...view,
        state: { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: { type: 'plain_text_input', value: v } }])) },
      };
      return sendSigned(stack.server.url, payloadBody(payload));
    };
    const wrong = await submit({ ...initial, date: '2020-02-30', reason: 'deadline_passed' });
    expect(wrong.res.status).toBe(200);
    const update = JSON.parse(wrong.text) as { response_action: string; view: SlackView };
    expect(update.response_action).toBe('update');
    expect(JSON.stringify(update.view)).toContain('2020-02-30');
    expect(JSON.stringify(update.view)).toMatch(/date/i);
    await settle(1_200);
    expect(slackPostsTo(SLACK_NEWS)).toHaveLength(0);

    const right = await submit({ ...initial, date: '2020-12-31', reason: 'deadline_passed' });
    expect(right.res.status).toBe(200);
    expect(right.text).toBe('');
    const [told] = await stack.slack!.waitFor('chat.postEphemeral', 1);
    expect(told!.body).toMatchObject({ channel: SLACK_REVIEW, user: 'U0EDITOR' });
    expect(JSON.stringify(told!.body)).toContain(`Proposal ${broken.id} approved`);

    const slackNews = await until(() => slackPostsTo(SLACK_NEWS)[0], 15_000, 'slack announcement');
    const discordNews = await until(() => discordCreatedIn(CHANNEL_ID)[0], 15_000, 'discord announcement');
    for (const text of [JSON.stringify(slackNews.body), JSON.stringify(discordNews)]) {
      expect(text).toContain('BROKEN: Alibaba Group');
      expect(text).toContain('2020-12-31');
      expect(text).toContain('https://news.example/alibaba-jobs-fell-short');
    }
    // both review posts are edited: who approved, and no buttons left
    const slackEdit = await until(
      () => stack.slack!.calls('chat.update').find((r) => r.body.channel === SLACK_REVIEW && JSON.stringify(r.body).includes(`Proposal #${broken.id}:`)),
      15_000,
      'slack review post edited',
    );
    expect(slackEdit.body.ts).toMatch(/^\d+\.\d+$/);
    expect(JSON.stringify(slackEdit.body)).toContain('Approved by Slack user U0EDITOR');
    expect((slackEdit.body.blocks as Blocks).some((b) => b.type === 'actions')).toBe(false);
    const discordEdit = await until(
      () => stack.discord!.requests.find((r) => r.method === 'PATCH' && r.path.startsWith(`/channels/${DISCORD_REVIEW}/messages/`) && JSON.stringify(r.body).includes(`Proposal #${broken.id}:`)),
      15_000,
      'discord review post edited',
    );
    expect(discordEdit.path).toBe(`/channels/${DISCORD_REVIEW}/messages/${String(reviewPostOn(broken.id).discord()!.id)}`);
    expect((discordEdit.body as { components: unknown[] }).components).toEqual([]);

    await settle(2_500); // time for a wrongful second announcement to show up
    expect(slackPostsTo(SLACK_NEWS)).toHaveLength(1);
    expect(discordCreatedIn(CHANNEL_ID)).toHaveLength(1);
    // a second click on the decided proposal changes nothing
    expect(await slackClick(`/pledge-admin approve ${broken.id}`, 'approve', 'U0EDITOR')).toContain('already approved');
  }, 60_000);

  it('Discord: Edit answers with a prefilled modal; its submission publishes', async () => {
    compromise = await ingest('s01-scaled-back.txt', 'https://wire.example/alibaba-scales-back', 'Example Wire');
    expect(compromise.status).toBe('compromise');
    await until(reviewPostOn(compromise.id).discord, 15_000, 'discord review post');
    const edit = await discordClick(`pw:e:pledge-admin edit ${compromise.id}`, DISCORD_EDITOR);
    expect(edit.response.type).toBe(9);
    const modal = edit.response.data as { custom_id: string; components: { components: { custom_id: string; value?: string }[] }[] };
    expect(modal.custom_id).toBe(`pw:m:pledge-admin approve ${compromise.id}`);
    const fields = Object.fromEntries(modal.components.map((row) => [row.components[0]!.custom_id, row.components[0]!.value ?? '']));
    expect(fields).toMatchObject({ status: 'compromise', source: 'https://wire.example/alibaba-scales-back' });

    const submitted = await sendInteraction(stack.server.url, stack.discord!.privateKey, 'modal-submit', (p) => {
      p.token = `modal-${++n}`;
      p.channel_id = DISCORD_REVIEW;
      (p.member as { user: { id: string } }).user.id = DISCORD_EDITOR;
      p.data = {
        custom_id: modal.custom_id,
        components: Object.entries({ ...fields, date: '2021-06-01', quote: 'We are "scaling back" the plan' }).map(([custom_id, value]) => ({
          type: 1,
          components: [{ type: 4, custom_id, value }],
        })),
      };
    });
    expect(submitted.response.type).toBe(4);
    expect(JSON.stringify(submitted.response)).toContain(`Proposal ${compromise.id} approved`);
    const slackNews = await until(() => slackPostsTo(SLACK_NEWS)[1], 15_000, 'second slack announcement');
    expect(JSON.stringify(slackNews.body)).toContain('COMPROMISE');
    // the quote survives the form exactly, inner quotes and all
    expect(JSON.stringify(slackNews.body)).toContain('We are \\"scaling back\\" the plan');
  }, 60_000);

  it('Reject closes a proposal without touching the pledge, and the posts say so', async () => {
    const kept = await ingest('k01-kept.txt', 'https://daily.example/alibaba-kept', 'Example Daily');
    await until(reviewPostOn(kept.id).discord, 15_000, 'discord review post');
    const rejected = await discordClick(`pw:r:pledge-admin reject ${kept.id}`, DISCORD_EDITOR);
    expect(JSON.stringify(rejected.response)).toContain(`Proposal ${kept.id} rejected`);
    await until(
      () => stack.slack!.calls('chat.update').find((r) => JSON.stringify(r.body).includes(`Proposal #${kept.id}:`) && JSON.stringify(r.body).includes('Rejected by Discord user')),
      15_000,
      'slack review post says rejected',
    );
    expect(await slash('/pledge', 'alibaba', 'U0REPORTER', SLACK_NEWS)).toContain('COMPROMISE');
    const audit = await slash('/pledge-admin', 'audit alibaba-1m-us-jobs', 'U0EDITOR', SLACK_NEWS);
    for (const action of ['pledge-admin approve', 'pledge-admin reject', 'newswire propose']) expect(audit).toContain(action);
    expect(slackPostsTo(SLACK_NEWS)).toHaveLength(2);
  }, 60_000);
});
