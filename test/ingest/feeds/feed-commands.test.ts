import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Commands } from '../../../src/core/commands';
import type { Store } from '../../../src/core/ports';
import { type DbHandle, query } from '../../../src/db/client';
import { asText, openCommands, testDrivers } from '../../support/db';

const editor: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0EDITOR' };
const reporter: Actor = { platform: 'slack', workspace: 'T1', userId: 'U0REPORTER' };
const channel = { platform: 'slack' as const, workspace: 'T1', id: 'C0NEWS' };
const feedUrl = 'https://wire.example.org/business/rss.xml';

describe.each(testDrivers())('/pledge-admin feeds on $name', (driver) => {
  let handle: DbHandle;
  let store: Store;
  let commands: Commands;

  beforeAll(async () => {
    ({ handle, store, commands } = await openCommands(driver, { bootstrapEditors: ['slack:U0EDITOR'] }));
  });
  afterAll(async () => handle?.close());

  async function run(text: string, actor = editor) {
    return asText(await commands.run({ command: 'pledge-admin', text, actor, channel }));
  }
  const audits = (action: string, outcome: string) =>
    query<{ actor: string; target: string; detail: string | null }>(handle.db, sql`select actor, target, detail from audit_log where action = ${action} and outcome = ${outcome} order by id`);

  it('a reporter can neither add, remove nor list feeds; the attempt is audited and nothing is written', async () => {
    for (const text of [`add-feed ${feedUrl}`, `remove-feed ${feedUrl}`, 'feeds']) {
      const r = await run(text, reporter);
      expect(r.code, text).toBe('forbidden');
    }
    expect(await audits('pledge-admin add-feed', 'refused')).toMatchObject([{ actor: 'slack:T1/U0REPORTER' }]);
    expect(await store.listFeeds()).toEqual([]);
  });

  it('a bad or missing URL says what is wrong', async () => {
    const cases: [string, string][] = [
      ['add-feed', 'A feed URL is required.'],
      ['add-feed ftp://wire.example.org/rss.xml', 'is not a web link'],
      ['add-feed not-a-url', 'is not a valid feed URL'],
      ['add-feed http://localhost/rss', 'has no real host name'],
      [`add-feed ${feedUrl} extra`, 'Unexpected “extra”'],
      ['remove-feed', 'A feed URL is required.'],
      ['feeds all', 'Unexpected “all”'],
    ];
    for (const [text, message] of cases) {
      const r = await run(text);
      expect(r.code, text).toBe('bad_input');
      expect(r.text, text).toContain(message);
    }
    expect(await store.listFeeds()).toEqual([]);
  });

  it('add-feed adds it once, audited; adding it again changes nothing', async () => {
    expect(await run('feeds')).toMatchObject({ ok: true, text: expect.stringContaining('The newswire polls no feed yet. Add one with /pledge-admin add-feed <url>.') });
    const r = await run(`add-feed ${feedUrl}`);
    expect(r.ok).toBe(true);
    expect(r.text).toBe(`Feed added: ${feedUrl}. The newswire reads it in a moment, then on its schedule; what it finds waits in /pledge-admin proposals.`);
    const again = await run(`add-feed ${feedUrl}`);
    expect(again.ok).toBe(true);
    expect(again.text).toBe(`${feedUrl} is already on the newswire's feeds. Nothing was changed.`);
    expect(await audits('pledge-admin add-feed', 'ok')).toMatchObject([{ actor: 'slack:T1/U0EDITOR', detail: 'feed added' }]);
    const [feed, ...rest] = await store.listFeeds();
    expect(rest).toEqual([]);
    expect(feed).toMatchObject({ url: feedUrl, addedBy: 'slack:T1/U0EDITOR', lastPolledAt: null, failures: 0, items: 0, proposals: 0 });
  });

  it('feeds lists each feed with its health, last error, next poll and counts', async () => {
    let r = await run('feeds');
    expect(r.text).toContain('The newswire polls 1 feed');
    expect(r.text).toContain(`<${feedUrl}>: not polled yet`);
    expect(r.text).toMatch(/next poll \d{4}-\d\d-\d\d \d\d:\d\d UTC · 0 items read, 0 proposed something/);

    // as a poller leaves it after two failures in a row
    await handle.db.execute(sql`update feeds set title = 'Wire Business', failures = 2, last_status = 503, last_error = 'HTTP 503 (retry after 600s)',
      last_polled_at = '2026-11-20T08:15:00Z', next_poll_at = '2026-11-20T08:25:00Z' where url = ${feedUrl}`);
    const [{ id }] = (await query<{ id: number }>(handle.db, sql`select id from feeds where url = ${feedUrl}`)) as [{ id: number }];
    await handle.db.execute(sql`insert into feed_items (feed_id, item_key, proposals) values (${id}, 'a', 1), (${id}, 'b', 0), (${id}, 'c', 0)`);
    r = await run('feeds');
    expect(r.text).toContain(`Wire Business <${feedUrl}>: failing (2 failures in a row, HTTP 503)`);
    expect(r.text).toContain('last poll 2026-11-20 08:15 UTC · error: HTTP 503 (retry after 600s) · next poll 2026-11-20 08:25 UTC · 3 items read, 1 proposed something');
  });

  it('remove-feed removes it with its read items, audited; removing it again is not found', async () => {
    const r = await run(`remove-feed ${feedUrl}`);
    expect(r.ok).toBe(true);
    expect(r.text).toBe(`Feed removed: ${feedUrl}. The newswire no longer polls it; proposals it made stay.`);
    expect(await store.listFeeds()).toEqual([]);
    expect(Number((await query<{ n: string | number }>(handle.db, sql`select count(*) as n from feed_items`))[0]!.n)).toBe(0);
    expect(await audits('pledge-admin remove-feed', 'ok')).toMatchObject([{ actor: 'slack:T1/U0EDITOR', detail: 'feed removed' }]);
    const again = await run(`remove-feed ${feedUrl}`);
    expect(again.code).toBe('not_found');
    expect(again.text).toContain(`No feed has the URL ${feedUrl}.`);
  });
});
