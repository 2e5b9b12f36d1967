import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import type { DbHandle } from '../../src/db/client';
import { CHANGES_CHANNEL } from '../../src/db/notify';
import { createStore } from '../../src/db/store';
import { createLogger } from '../../src/logger';
import { startServer } from '../../src/main';
import { startFakeSlack } from '../adapters/slack/fake-slack';
import { SIGNING_SECRET, fixture, slashAnswer } from '../adapters/slack/signed-request';
import { openCommands, testDrivers } from '../support/db';

const editor = { platform: 'slack' as const, workspace: 'T0NEWSROOM', userId: 'U0EDITOR' };
const setStatus = (status: string) => `set-status alibaba-1m-us-jobs ${status} https://example.org/${status} "q"`;

async function eventually(check: () => Promise<boolean> | boolean, tries = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe.each(testDrivers())('the answer caches hear of every change on $name', (driver) => {
  let handle: DbHandle;
  let commands: Awaited<ReturnType<typeof openCommands>>['commands'];
  beforeAll(async () => {
    ({ handle, commands } = await openCommands(driver, { bootstrapEditors: ['slack:U0EDITOR'] }));
  });
  afterAll(async () => handle?.close());

  it('a committed write to the record is announced on the changes channel', async () => {
    let heard = 0;
    const stop = await handle.listen(CHANGES_CHANNEL, () => heard++);
    try {
      await commands.run({ command: 'pledge', text: 'alibaba', actor: editor });
      await new Promise((r) => setTimeout(r, 200));
      const before = heard;
      const written = await commands.run({ command: 'pledge-admin', text: setStatus('broken'), actor: editor });
      expect(written.ok).toBe(true);
      expect(await eventually(() => heard > before)).toBe(true);
    } finally {
      await stop();
    }
  });

  // PGlite belongs to one process, so only PostgreSQL has several instances to keep coherent.
  it.skipIf(driver.name !== 'postgres')('two servers on one database: an edit through one is what the other answers next', async () => {
    const slack = await startFakeSlack();
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-000000000000-cache',
      SLACK_API_URL: slack.apiUrl,
      PLEDGEWATCH_ADMINS: 'slack:U0EDITOR',
    });
    const opened = { handle: { ...handle, close: async () => {} }, store: createStore(handle.db) };
    const one = await startServer(config, createLogger('silent'), opened);
    const two = await startServer(config, createLogger('silent'), opened);
    const ask = async (url: string, command: string, text: string, userId = 'U0REPORTER') =>
      JSON.stringify((await slashAnswer(url, slack, { ...fixture('slash-pledge-alibaba', { response_url: slack.responseUrl('c') }), command, text, user_id: userId })).body);
    try {
      // the second server has the lookup in its cache, twice over
      expect(await ask(two.url, '/pledge', 'alibaba')).toContain('BROKEN');
      expect(await ask(two.url, '/pledge', 'alibaba')).toContain('BROKEN');
      expect(await ask(one.url, '/pledge-admin', setStatus('kept'), 'U0EDITOR')).toContain('broken → kept');
      expect(await eventually(async () => (await ask(two.url, '/pledge', 'alibaba')).includes('KEPT'), 40)).toBe(true);
    } finally {
      await one.stop();
      await two.stop();
      await slack.close();
    }
  });
});
