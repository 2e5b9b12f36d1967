import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../support/server';
import { type Stack, startStack } from '../../support/stack';
import type { FakeSlack, RecordedRequest } from './fake-slack';
import { fixture, payloadBody, sendSigned } from './signed-request';

const ALIBABA = 'alibaba-1m-us-jobs';
const PUBLIC_URL = 'https://tracker.example.org';
const article = (name: string) => readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), 'utf8');
const blocksOf = (r: RecordedRequest | undefined): string => JSON.stringify(r?.body.blocks ?? (r?.body.view as { blocks?: unknown })?.blocks ?? []);

/** A local site with the articles a message links to; anything else is 404. */
async function startArticles(): Promise<{ base: string; hits: string[]; close(): Promise<void> }> {
  const pages: Record<string, string> = { '/broken': article('b02-fell-short.txt'), '/earnings': article('m01-earnings.txt') };
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(body ?? 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the editors’ desk in Slack: App Home, Send to pledgewatch, link unfurls (end to end)', () => {
  let stack: Stack;
  let server: TestServer;
  let fake: FakeSlack;
  let site: Awaited<ReturnType<typeof startArticles>>;
  let opened = 0;
  let proposalId = 0;

  const publishesFor = (user: string) => fake.calls('views.publish').filter((r) => r.body.user_id === user);
  const event = (body: Record<string, unknown>) => sendSigned(server.url, JSON.stringify(body), { contentType: 'application/json' });
  const openHome = async (user: string) => {
    const before = publishesFor(user).length;
    const { res } = await event(fixture('event-app-home-opened', { user, n: String(++opened) }));
    expect(res.status).toBe(200);
    while (publishesFor(user).length <= before) await fake.waitFor('views.publish', fake.calls('views.publish').length + 1, 10_000);
    return publishesFor(user).at(-1)!;
  };
  /** waits until the latest Home published for `user` satisfies `ok` */
  async function homeUntil(user: string, ok: (blocks: string) => boolean): Promise<string> {
    for (;;) {
      const latest = blocksOf(publishesFor(user).at(-1));
      if (ok(latest)) return latest;
      await fake.waitFor('views.publish', fake.calls('views.publish').length + 1, 10_000);
    }
  }

  beforeAll(async () => {
    site = await startArticles();
    stack = await startStack({
      slack: true,
      env: { PLEDGEWATCH_ADMINS: 'slack:T0NEWSROOM/U0EDITOR', PUBLIC_URL, PLEDGEWATCH_PRIVATE_HOSTS: '127.0.0.1' },
    });
    ({ server } = stack);
    fake = stack.slack!;
  });
  afterAll(async () => {
    await stack?.close();
    await site?.close();
  });

  it('App Home: an editor sees the desk (proposals, deadlines, feeds), a reporter only recent changes and how to use the bot', async () => {
    const editor = blocksOf(await openHome('U0EDITOR'));
    expect(editor).toContain('No proposals waiting');
    expect(editor).toContain('Coming deadlines');
    expect(editor).toContain('Feeds');
    expect(editor).toContain('Recent changes');
    expect(editor).toContain(`${'2018-09-19'}: Alibaba Group`);
    expect(editor).toContain('How to use pledgewatch');
    expect(editor).toContain('/pledge history');
    const reporter = blocksOf(await openHome('U0REPORTER'));
    expect(reporter).not.toMatch(/proposals waiting/i);
    expect(reporter).not.toContain('Coming deadlines');
    expect(reporter).toContain('Recent changes');
    expect(reporter).toContain('How to use pledgewatch');
    expect((publishesFor('U0EDITOR').at(-1)!.body.view as { type: string }).type).toBe('home');
  });

  it('a reporter sends a message to pledgewatch: each link fetched and read, a proposal made, the private address refused, nothing published', async () => {
    const url = fake.responseUrl('send');
    const text = `Worth a look: <${site.base}/broken|the jobs story>, <${site.base}/earnings> and <${site.base}/gone>; also <http://localhost:9/admin>`;
    const { res, text: ack } = await sendSigned(server.url, payloadBody(fixture('message-action-send', { response_url: url, user: 'U0REPORTER', text })));
    expect(res.status).toBe(200);
    expect(ack).toBe('');
    const [reply] = await fake.waitFor(new URL(url).pathname, 1, 30_000);
    expect(reply!.body.response_type).toBe('ephemeral');
    const blocks = blocksOf(reply);
    expect(blocks).toContain('4 links read, 1 new proposal');
    expect(blocks).toMatch(new RegExp(`Proposal #\\d+: ${ALIBABA} → broken, waiting for an editor`));
    expect(blocks).toContain('Nothing about a tracked pledge');
    expect(blocks).toContain('Not read (HTTP 404)');
    expect(blocks).toContain('localhost is a private address');
    expect(blocks).toContain('/pledge-admin proposals');
    // the private host was never contacted; the three on the allowed host were, once each
    expect(site.hits.sort()).toEqual(['/broken', '/earnings', '/gone']);

    const [pending] = await server.store.listProposals({ state: 'pending', limit: 5 });
    expect(pending).toMatchObject({ slug: ALIBABA, status: 'broken' });
    expect(pending!.sources.map((s) => s.url)).toEqual([`${site.base}/broken`]);
    proposalId = pending!.id;
    expect((await server.store.getPledge(ALIBABA))!.status).toBe('retracted');
    const audit = await server.store.listAudit({ limit: 10 });
    const sends = audit.filter((a) => a.action === 'send-to-pledgewatch');
    expect(sends).toHaveLength(4);
    expect(sends.every((a) => a.actor === 'slack:T0NEWSROOM/U0REPORTER')).toBe(true);
    expect(sends.map((a) => a.outcome).sort()).toEqual(['failed', 'failed', 'ok', 'ok']);
  });

  it('the new proposal reaches the editor’s Home, with the review buttons; the reporter’s Home shows none', async () => {
    const home = await homeUntil('U0EDITOR', (b) => b.includes(`Proposal #${proposalId}`));
    expect(home).toContain('pledgewatch:approve');
    expect(home).toContain(`/pledge-admin approve ${proposalId}`);
    expect(home).toContain('pledgewatch:reject');
    expect(home).toContain('pledgewatch:edit');
    expect(blocksOf(publishesFor('U0REPORTER').at(-1))).not.toContain(`Proposal #${proposalId}`);
  });

  it('Approve in Home publishes like the review post’s button: the editor is told privately, and Home moves it to recent changes', async () => {
    const posted = fake.calls('chat.postMessage').length;
    const { res } = await sendSigned(
      server.url,
      payloadBody(fixture('block-actions-home', { user: 'U0EDITOR', kind: 'approve', command: `/pledge-admin approve ${proposalId}` })),
    );
    expect(res.status).toBe(200);
    const answer = (await fake.waitFor('chat.postMessage', posted + 1, 10_000)).at(-1)!;
    expect(answer.body.channel).toBe('U0EDITOR');
    expect(String(answer.body.text)).toContain(`Proposal ${proposalId} approved`);
    const home = await homeUntil('U0EDITOR', (b) => b.includes('No proposals waiting'));
    expect(home).toContain('retracted → broken');
    expect((await server.store.getPledge(ALIBABA))!.status).toBe('broken');
    const [approved] = await server.store.listProposals({ state: 'approved', limit: 1 });
    expect(approved).toMatchObject({ id: proposalId, decidedBy: 'slack:T0NEWSROOM/U0EDITOR' });
  });

  it('a tracker link pasted in a channel unfurls with the pledge’s current status, date and source; other hosts are left alone', async () => {
    const pledgeUrl = `${PUBLIC_URL}/pledges/${ALIBABA}`;
    const tariffUrl = `${PUBLIC_URL}/tariffs/us-s301-list-3`;
    const links = JSON.stringify([
      { domain: 'tracker.example.org', url: pledgeUrl },
      { domain: 'elsewhere.example.com', url: 'https://elsewhere.example.com/pledges/alibaba-1m-us-jobs' },
      { domain: 'tracker.example.org', url: tariffUrl },
      { domain: 'tracker.example.org', url: `${PUBLIC_URL}/pledges/no-such-pledge` },
    ]);
    const { res } = await event(fixture('event-link-shared', { links }));
    expect(res.status).toBe(200);
    const [unfurl] = await fake.waitFor('chat.unfurl', 1, 10_000);
    expect(unfurl!.body).toMatchObject({ channel: 'C0NEWSDESK', ts: '1700000300.000100' });
    const unfurls = unfurl!.body.unfurls as Record<string, { blocks: unknown[] }>;
    expect(Object.keys(unfurls).sort()).toEqual([pledgeUrl, tariffUrl].sort());
    const pledge = JSON.stringify(unfurls[pledgeUrl]);
    expect(pledge).toContain('BROKEN');
    expect(pledge).toMatch(/broken since \d{4}-\d{2}-\d{2}/);
    expect(pledge).toContain(`${site.base}/broken`);
    expect(JSON.stringify(unfurls[tariffUrl])).toContain('Section 301 List 3');
    expect(JSON.stringify(unfurls[tariffUrl])).toContain('$200B');
  });

  it('the desk wrote no half-records: one approved proposal, one status change from it', async () => {
    const history = await server.store.pledgeHistory(ALIBABA);
    expect(history!.map((c) => c.status)).toEqual(['in_progress', 'retracted', 'broken']);
    expect(history!.at(-1)).toMatchObject({ status: 'broken', approver: 'slack:T0NEWSROOM/U0EDITOR' });
  });
});
