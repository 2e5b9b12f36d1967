import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commands } from '../../src/core/commands';
import type { Actor, CommandInput } from '../../src/core/commands';
import type { Store } from '../../src/core/ports';
import { type DbHandle, query } from '../../src/db/client';
import { extractArticle } from '../../src/ingest/extract';
import { ingest } from '../../src/ingest/ingest';
import { asText, openCommands, testDrivers } from '../support/db';
import { createDetector } from '../../src/ingest/detector';
import { seedsDir } from '../support/seeds';

/** the worker pool the server uses: detection runs off this thread here too */
const detector = createDetector({ maxThreads: 1 });
afterAll(() => detector.close());

const seeds = seedsDir();
const fixtures = join(process.cwd(), 'test/fixtures/articles');
const article = (dir: string, name: string) => extractArticle(readFileSync(join(dir, name), 'utf8'));

const editor: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0EDITOR' };
const reporter: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0REPORTER' };
const channel = { platform: 'slack' as const, workspace: 'T1', id: 'C0NEWS' };
const slug = 'alibaba-1m-us-jobs';

describe.each(testDrivers())('newswire proposals on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;
  let commands: Commands;

  beforeAll(async () => {
    ({ handle, store, commands } = await openCommands(driver, { bootstrapEditors: ['slack:U0EDITOR'] }));
  });
  afterAll(async () => handle?.close());

  async function run(text: string, actor: Actor, command: CommandInput['command'] = 'pledge-admin') {
    return asText(await commands.run({ command, text, actor, channel }));
  }
  const count = async (table: string, where = sql`true`) =>
    Number((await query<{ n: string | number }>(handle.db, sql`select count(*) as n from ${sql.raw(table)} where ${where}`))[0]?.n);
  const pending = () => store.listProposals({ state: 'pending', limit: 20 });

  it('the seed articles report a retraction the record already has: no proposal', async () => {
    for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const lines = await ingest({ ...article(seeds, name), url: `https://example.org/seed/${name}` }, store, detector);
      expect(lines.join('\n'), name).toMatch(/^alibaba-1m-us-jobs retracted /);
    }
    expect(await count('proposals')).toBe(0);
  });

  it('a retraction of our own fixtures proposes nothing either: the pledge is already retracted', async () => {
    const lines = await ingest(article(fixtures, 'r01-xinhua-interview.txt'), store, detector);
    expect(lines[0]).toMatch(/^alibaba-1m-us-jobs retracted /);
    expect(await count('proposals')).toBe(0);
    expect((await store.getPledge(slug))!.status).toBe('retracted');
  });

  it('a broken-pledge article becomes one pending proposal; the same story from another outlet adds a source', async () => {
    const lines = await ingest({ ...article(fixtures, 'b01-deadline-passed.txt'), url: 'https://wire.example.org/b01' }, store, detector);
    expect(lines[0]).toMatch(/^alibaba-1m-us-jobs broken /);
    let list = await pending();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ slug, status: 'broken', finding: 'broken', currentStatus: 'retracted', state: 'pending', sources: [{ url: 'https://wire.example.org/b01', outlet: 'wire.example.org' }] });

    await ingest({ ...article(fixtures, 'b02-fell-short.txt'), url: 'https://other.example.net/b02', outlet: 'Other Daily' }, store, detector);
    // the same article again adds nothing
    await ingest({ ...article(fixtures, 'b01-deadline-passed.txt'), url: 'https://wire.example.org/b01' }, store, detector);
    list = await pending();
    expect(list).toHaveLength(1);
    expect(list[0]!.sources).toEqual([
      { url: 'https://wire.example.org/b01', outlet: 'wire.example.org' },
      { url: 'https://other.example.net/b02', outlet: 'Other Daily' },
    ]);
    expect(await count('audit_log', sql`actor = 'newswire' and action = 'newswire propose' and outcome = 'ok'`)).toBe(3);
    expect((await store.getPledge(slug))!.status).toBe('retracted');
  });

  it('the same story arriving twice at once still makes one proposal, with both sources', async () => {
    const story = { slug, status: 'stalled' as const, finding: 'broken', quote: 'q', sentence: 's', confidence: 0.7, outlet: null };
    const results = await Promise.all([
      store.proposeChange({ ...story, sourceUrl: 'https://a.example.org/1' }),
      store.proposeChange({ ...story, sourceUrl: 'https://b.example.org/1', confidence: 0.8 }),
    ]);
    expect(results.map((r) => r!.created).sort()).toEqual([false, true]);
    expect(results[0]!.id).toBe(results[1]!.id);
    const [stalled] = (await pending()).filter((p) => p.status === 'stalled');
    expect(stalled!.sources).toHaveLength(2);
    expect(stalled!.confidence).toBe(0.8);
    expect((await run(`reject ${stalled!.id}`, editor)).ok).toBe(true);
  });

  it('wire copy without a URL is a source with its outlet, or "wire copy", and no link', async () => {
    await ingest(article(fixtures, 'k01-kept.txt'), store, detector);
    await ingest({ ...article(fixtures, 's01-scaled-back.txt'), outlet: 'Agency Wire' }, store, detector);
    const list = await pending();
    expect(list.map((p) => p.status).sort()).toEqual(['broken', 'compromise', 'kept']);
    expect(list.find((p) => p.status === 'kept')!.sources).toEqual([{ url: null, outlet: 'wire copy' }]);
    expect(list.find((p) => p.status === 'compromise')!).toMatchObject({ finding: 'scaled_back', sources: [{ url: null, outlet: 'Agency Wire' }] });
  });

  it('/pledge-admin proposals lists the pending ones with their quote and sources', async () => {
    const r = await run('proposals', editor);
    expect(r.ok).toBe(true);
    expect(r.text).toContain('3 pending proposals');
    expect(r.text).toMatch(/#\d+ alibaba-1m-us-jobs: retracted → broken \(confidence \d\.\d\d\)/);
    expect(r.text).toContain('2 sources: wire.example.org <https://wire.example.org/b01>, Other Daily <https://other.example.net/b02>');
    expect(r.text).toContain('wire copy (no link)');
  });

  it('a reporter can neither list nor approve; the attempt is audited and nothing changes', async () => {
    const [broken] = (await pending()).filter((p) => p.status === 'broken');
    expect((await run('proposals', reporter)).code).toBe('forbidden');
    const r = await run(`approve ${broken!.id}`, reporter);
    expect(r.code).toBe('forbidden');
    expect(await count('audit_log', sql`outcome = 'refused' and action = 'pledge-admin approve' and actor = 'slack:T1/U0REPORTER'`)).toBe(1);
    expect(await count('status_changes', sql`editor = 'newswire'`)).toBe(0);
    expect((await store.getPledge(slug))!.status).toBe('retracted');
  });

  it('malformed approve and reject commands say what is wrong', async () => {
    const cases: [string, string, string][] = [
      ['approve', 'bad_input', 'Which proposal?'],
      ['approve x12', 'bad_input', 'is not a proposal number'],
      ['approve 999999', 'not_found', 'No proposal has the number 999999'],
      ['approve 1 source=not-a-url', 'bad_input', 'is not a valid source URL'],
      ['approve 1 extra', 'bad_input', 'Unexpected “extra”'],
      ['reject 1 because=x', 'bad_input', 'Unexpected “because=”'],
    ];
    for (const [text, code, message] of cases) {
      const r = await run(text, editor);
      expect(r.code, text).toBe(code);
      expect(r.text, text).toContain(message);
    }
  });

  it('approving a proposal without a source URL is refused with the way out', async () => {
    const kept = (await pending()).find((p) => p.status === 'kept')!;
    const r = await run(`approve ${kept.id}`, editor);
    expect(r.code).toBe('bad_input');
    expect(r.text).toContain(`Proposal ${kept.id} has no source URL`);
    expect(r.text).toContain(`/pledge-admin approve ${kept.id} source=<url>`);
    expect((await store.getPledge(slug))!.status).toBe('retracted');
  });

  it('reject closes the proposal and leaves the pledge as it was', async () => {
    const kept = (await pending()).find((p) => p.status === 'kept')!;
    const r = await run(`reject ${kept.id} reason="Satire site"`, editor);
    expect(r.ok).toBe(true);
    expect(r.text).toBe(`Proposal ${kept.id} rejected. alibaba-1m-us-jobs stays retracted.`);
    expect((await store.getPledge(slug))!.status).toBe('retracted');
    const [audit] = await store.listAudit({ target: slug, limit: 1 });
    expect(audit).toMatchObject({ actor: 'slack:T1/U0EDITOR', action: 'pledge-admin reject', outcome: 'ok', after: { proposalId: kept.id, state: 'rejected', reason: 'Satire site' } });
    expect((await run(`reject ${kept.id}`, editor)).code).toBe('conflict');
  });

  it('an editor’s approve publishes the change as set-status does: status, outbox, audit, proposal approved', async () => {
    expect((await run('subscribe all', editor, 'pledge')).ok).toBe(true);
    const broken = (await pending()).find((p) => p.status === 'broken')!;
    const today = broken.createdAt.toISOString().slice(0, 10);
    const r = await run(`approve ${broken.id}`, editor);
    expect(r.ok).toBe(true);
    expect(r.text).toBe(`Proposal ${broken.id} approved. alibaba-1m-us-jobs: retracted → broken from ${today}. Announcing to 1 subscribed channel.`);

    const p = await store.getPledge(slug);
    expect(p!.status).toBe('broken');
    expect(p!.latestChange).toMatchObject({ status: 'broken', previousStatus: 'retracted', effectiveOn: today, quote: broken.quote, editor: 'newswire', approver: 'slack:T1/U0EDITOR' });
    expect(p!.latestChange!.source).toMatchObject({ url: 'https://wire.example.org/b01' });

    const [decided] = await store.listProposals({ state: 'approved', limit: 5 });
    expect(decided).toMatchObject({ id: broken.id, state: 'approved', decidedBy: 'slack:T1/U0EDITOR', statusChangeId: p!.latestChange!.id });
    const rows = await query<{ channel_id: string; state: string; status_change_id: number }>(handle.db, sql`select channel_id, state, status_change_id from outbox`);
    expect(rows).toEqual([{ channel_id: 'C0NEWS', state: 'pending', status_change_id: p!.latestChange!.id }]);
    const [audit] = await store.listAudit({ target: slug, limit: 1 });
    expect(audit).toMatchObject({ actor: 'slack:T1/U0EDITOR', action: 'pledge-admin approve', outcome: 'ok', before: { status: 'retracted' }, after: { status: 'broken', proposalId: broken.id } });
    // the audit listing says which status the approval set
    expect((await run(`audit ${slug}`, editor)).text).toContain(`pledge-admin approve ${slug} — ok\n  status broken (was retracted) from ${today}; 1 announcement(s) queued`);
  });

  it('approving twice is a conflict and publishes nothing more', async () => {
    const [approved] = await store.listProposals({ state: 'approved', limit: 1 });
    const changes = await count('status_changes');
    const r = await run(`approve ${approved!.id}`, editor);
    expect(r.code).toBe('conflict');
    expect(r.text).toContain(`Proposal ${approved!.id} was already approved by Slack user U0EDITOR`);
    expect(await count('status_changes')).toBe(changes);
    expect(await count('outbox')).toBe(1);
  });

  it('a finding of the status the pledge now has proposes nothing; approve with source= adds the link it publishes', async () => {
    await ingest({ ...article(fixtures, 'b02-fell-short.txt'), url: 'https://third.example.com/b02' }, store, detector);
    expect((await pending()).map((p) => p.status)).toEqual(['compromise']);
    const compromise = (await pending())[0]!;
    const r = await run(`approve ${compromise.id} source=https://agency.example.org/story`, editor);
    expect(r.ok, r.text).toBe(true);
    const p = await store.getPledge(slug);
    expect(p!.status).toBe('compromise');
    expect(p!.latestChange!.source).toMatchObject({ url: 'https://agency.example.org/story' });
    const [decided] = await store.listProposals({ state: 'approved', limit: 1 });
    expect(decided!.sources.map((s) => s.url)).toEqual([null, 'https://agency.example.org/story']);
  });
});
