import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack } from '../../adapters/slack/fake-slack';
import { fixture, slashAnswer } from '../../adapters/slack/signed-request';
import type { TestServer } from '../../support/server';
import { type Stack, startStack } from '../../support/stack';
import { type FeedServer, conditionalFeed, fixtureText, page, startFeedServer } from './feed-server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An editor adds a feed from Slack; the running server's poller turns its retraction item into a proposal. */
describe('newswire feeds, end to end', () => {
  let stack: Stack;
  let server: TestServer;
  let fake: FakeSlack;
  let web: FeedServer;

  beforeAll(async () => {
    web = await startFeedServer();
    web.route('/feeds/wire.xml', conditionalFeed(() => fixtureText('wire-rss.xml', web.base), () => '1'));
    web.route('/articles/retraction', page(200, fixtureText('articles/r01-xinhua-interview.txt'), 'text/plain; charset=utf-8'));
    web.route('/articles/denial', page(200, fixtureText('articles/a02-denies-scrapping.txt'), 'text/plain; charset=utf-8'));
    stack = await startStack({ slack: true, env: { PLEDGEWATCH_ADMINS: 'slack:T0NEWSROOM/U0EDITOR' } });
    ({ server } = stack);
    fake = stack.slack!;
  });
  afterAll(async () => {
    await stack?.close();
    await web?.close();
  });

  async function slash(text: string, userId = 'U0EDITOR'): Promise<string> {
    const url = fake.responseUrl('feeds');
    const fields = { ...fixture('slash-pledge-admin-set-status', { response_url: url }), user_id: userId, text };
    const answer = await slashAnswer(server.url, fake, fields);
    expect(answer.res.status).toBe(200);
    return JSON.stringify(answer.body.blocks);
  }

  it('add-feed from Slack; the poller reads the feed promptly and the retraction waits as a proposal', async () => {
    // the record says broken, so the retraction is news
    expect(await slash('set-status alibaba-1m-us-jobs broken https://example.org/earlier "q"')).toContain('retracted → broken');
    const feedUrl = `${web.base}/feeds/wire.xml`;
    expect(await slash(`add-feed ${feedUrl}`, 'U0REPORTER')).toContain('Only editors');
    expect(await slash(`add-feed ${feedUrl}`)).toContain(`Feed added: ${feedUrl}`);

    const deadline = Date.now() + 15_000;
    let pending = await server.store.listProposals({ state: 'pending', limit: 20 });
    while (pending.length === 0 && Date.now() < deadline) {
      await sleep(100);
      pending = await server.store.listProposals({ state: 'pending', limit: 20 });
    }
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ slug: 'alibaba-1m-us-jobs', status: 'retracted', sources: [{ url: `${web.base}/articles/retraction`, outlet: 'Harbour Wire' }] });

    // the item is marked read once its proposal is stored: wait for the poll to be recorded
    while (!(await server.store.listFeeds())[0]?.lastPolledAt && Date.now() < deadline) await sleep(50);
    const feeds = await slash('feeds');
    expect(feeds).toContain(`Harbour Wire &lt;${feedUrl}&gt;: ok (HTTP 200)`); // Slack mrkdwn escapes the brackets
    expect(feeds).toContain('2 items read, 1 proposed something');
    expect(await slash('proposals')).toContain('alibaba-1m-us-jobs: broken → retracted');
    expect(server.logs.some((l) => l.msg === 'feed item read' && l.proposals === 1)).toBe(true);
    expect(web.hits('/articles/retraction')).toBe(1);
  });
});
