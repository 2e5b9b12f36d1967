import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Commands } from '../../src/core/commands';
import type { Store } from '../../src/core/ports';
import { type DbHandle, query } from '../../src/db/client';
import { postedMessageFor } from '../../src/db/outbox-queries';
import { extractArticle } from '../../src/ingest/extract';
import { ingest } from '../../src/ingest/ingest';
import { asText, openCommands, testDrivers } from '../support/db';
import { createDetector } from '../../src/ingest/detector';

/** the worker pool the server uses: detection runs off this thread here too */
const detector = createDetector({ maxThreads: 1 });
afterAll(() => detector.close());

const fixtures = join(process.cwd(), 'test/fixtures/articles');
const article = (name: string, url: string) => ({ ...extractArticle(readFileSync(join(fixtures, name), 'utf8')), url });
const editor: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0EDITOR' };

interface Row {
  id: number;
  kind: string;
  platform: string;
  channel_id: string;
  state: string;
  proposal_id: number | null;
}

/** Review posts ride the outbox: queued in the transaction that creates, grows or decides a proposal. */
describe.each(testDrivers())('review posts on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;
  let commands: Commands;

  beforeAll(async () => {
    ({ handle, store, commands } = await openCommands(driver, { bootstrapEditors: ['slack:U0EDITOR'] }));
  });
  afterAll(async () => handle?.close());

  const run = async (text: string, channel = 'C0REVIEW', actor = editor) => {
    return asText(await commands.run({ command: 'pledge-admin', text, actor, channel: { platform: actor.platform, workspace: actor.workspace, id: channel } }));
  };
  const rows = (proposalId: number) =>
    query<Row>(handle.db, sql`select id, kind, platform, channel_id, state, proposal_id from outbox where proposal_id = ${proposalId} order by id`);
  const deliverAll = () => handle.db.execute(sql`update outbox set state = 'delivered', message_id = 'm' || id where state = 'pending'`);

  let brokenId = 0;

  it('with no review channel a proposal is stored but posted nowhere', async () => {
    await ingest(article('k01-kept.txt', 'https://a.example.org/kept'), store, detector);
    const [kept] = await store.listProposals({ state: 'pending', limit: 5 });
    expect(kept!.status).toBe('kept');
    expect(await rows(kept!.id)).toEqual([]);
  });

  it('naming a review channel posts the proposals already waiting there, and says so', async () => {
    const r = await run('review-channel');
    expect(r.text).toContain('The proposal waiting for an editor will be posted here now.');
    const [kept] = await store.listProposals({ state: 'pending', limit: 5 });
    expect(await rows(kept!.id)).toMatchObject([{ kind: 'post', platform: 'slack', channel_id: 'C0REVIEW', state: 'pending' }]);
    // naming it again queues nothing twice
    expect((await run('review-channel')).text).not.toContain('posted here now');
    expect(await rows(kept!.id)).toHaveLength(1);
  });

  it('a new proposal is posted once to every review channel; a new outlet edits the posts, once while an edit waits', async () => {
    await store.setReviewChannel({ platform: 'discord', workspace: 'G1', id: '42' }, 'console:local');
    await deliverAll();
    await ingest(article('b01-deadline-passed.txt', 'https://a.example.org/b01'), store, detector);
    const broken = (await store.listProposals({ state: 'pending', limit: 5 })).find((p) => p.status === 'broken')!;
    brokenId = broken.id;
    expect((await rows(brokenId)).map((r) => [r.kind, r.platform, r.channel_id])).toEqual([
      ['post', 'slack', 'C0REVIEW'],
      ['post', 'discord', '42'],
    ]);
    await ingest(article('b02-fell-short.txt', 'https://b.example.org/b02'), store, detector);
    await ingest(article('b01-deadline-passed.txt', 'https://c.example.org/b01-again'), store, detector);
    const after = await rows(brokenId);
    expect(after.filter((r) => r.kind === 'edit')).toHaveLength(2);
    expect(after).toHaveLength(4);
  });

  it('an edit acts on the post of its own proposal and channel, once that post is delivered', async () => {
    const edit = (await rows(brokenId)).find((r) => r.kind === 'edit' && r.platform === 'slack')!;
    expect(await postedMessageFor(handle.db, edit.id)).toEqual({ messageId: null, postDead: false });
    await deliverAll();
    const post = (await rows(brokenId)).find((r) => r.kind === 'post' && r.platform === 'slack')!;
    expect(await postedMessageFor(handle.db, edit.id)).toEqual({ messageId: `m${post.id}`, postDead: false });
  });

  it('as text, edit shows the approve command to type, prefilled; proposal shows the post with its commands', async () => {
    const edit = await run(`edit ${brokenId}`);
    expect(edit.ok).toBe(true);
    expect(edit.text).toMatch(new RegExp(`/pledge-admin approve ${brokenId} status=broken date=\\d{4}-\\d{2}-\\d{2} quote="[^"]+" source=https://a.example.org/b01`));
    expect(edit.text).toContain('Reasons: premise_changed, changed_opinion');
    const shown = await run(`proposal ${brokenId}`);
    expect(shown.text).toContain(`Proposal #${brokenId}: alibaba-1m-us-jobs → broken`);
    expect(shown.text).toContain(`/pledge-admin reject ${brokenId}`);
    expect((await run('edit 999999')).text).toContain('No proposal has the number 999999');
  });

  it('deciding queues one edit per review post, in the same transaction as the decision', async () => {
    const before = (await rows(brokenId)).length;
    expect((await run(`reject ${brokenId} reason="one outlet's reading"`)).ok).toBe(true);
    const after = await rows(brokenId);
    expect(after).toHaveLength(before + 2);
    expect(after.slice(-2).map((r) => [r.kind, r.state])).toEqual([
      ['edit', 'pending'],
      ['edit', 'pending'],
    ]);
    const shown = await store.getProposal(brokenId);
    expect(shown).toMatchObject({ state: 'rejected', decidedBy: 'slack:T1/U0EDITOR', decisionNote: "one outlet's reading" });
  });

  it('a set-status to a proposed status supersedes the proposal and edits its posts; approving supersedes nothing of its own', async () => {
    const [kept] = (await store.listProposals({ state: 'pending', limit: 5 })).filter((p) => p.status === 'kept');
    await deliverAll();
    const r = await run('set-status alibaba-1m-us-jobs kept https://example.org/kept "It was done."');
    expect(r.ok).toBe(true);
    const after = await store.getProposal(kept!.id);
    expect(after).toMatchObject({ state: 'superseded', decidedBy: 'slack:T1/U0EDITOR' });
    expect(after!.statusChangeId).not.toBeNull();
    // posted to the Slack and the Discord review channel: both are edited
    expect((await rows(kept!.id)).filter((x) => x.kind === 'edit' && x.state === 'pending')).toHaveLength(2);
    const [audit] = await query<{ after: { supersededProposals?: number[] } }>(handle.db, sql`select after from audit_log where action = 'pledge-admin set-status' order by id desc limit 1`);
    expect(audit!.after.supersededProposals).toEqual([kept!.id]);
    // its buttons would do nothing now
    expect((await run(`approve ${kept!.id}`)).text).toContain(`Proposal ${kept!.id} was already superseded by Slack user U0EDITOR`);

    await ingest(article('s01-scaled-back.txt', 'https://d.example.org/s01'), store, detector);
    const [compromise] = (await store.listProposals({ state: 'pending', limit: 5 })).filter((p) => p.status === 'compromise');
    expect((await run(`approve ${compromise!.id}`)).ok).toBe(true);
    expect(await store.getProposal(compromise!.id)).toMatchObject({ state: 'approved' });
  });

  it('the outbox lists review posts by their proposal', async () => {
    expect((await run('outbox')).text).toMatch(/#\d+ pending: review of proposal \d+, alibaba-1m-us-jobs → kept to (slack C0REVIEW|discord 42) \(edit\)/);
  });

  it('a row must be about a change or a proposal, not both and not neither', async () => {
    const [change] = await query<{ id: number }>(handle.db, sql`select id from status_changes limit 1`);
    for (const [c, p] of [
      [null, null],
      [change!.id, brokenId],
    ]) {
      await expect(
        handle.db.execute(sql`insert into outbox (status_change_id, proposal_id, kind, platform, workspace, channel_id) values (${c}, ${p}, 'post', 'slack', 'T1', 'CX')`),
      ).rejects.toThrow();
    }
  });
});
