import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { settle, until } from '../support/until';
import { loadConfig } from '../../src/config';
import { addDays, localDate } from '../../src/core/schedule';
import { openStore } from '../../src/db/open';
import { createLogger } from '../../src/logger';
import { type RunningServer, startServer } from '../../src/main';
import { type FakeSlack, startFakeSlack } from '../adapters/slack/fake-slack';
import { SIGNING_SECRET, fixture, slashAnswer } from '../adapters/slack/signed-request';
import { adminQuery, databaseUrlFor } from '../support/postgres';

/**
 * Issue 16's desk on the real server with a local Slack: a deadline reminder posted to the
 * review channel once (through a restart of the bot on the same database), `/pledge-admin
 * deadlines` and `digest` answering in Slack, and the scheduled digest posted once by two
 * instances on one PostgreSQL database.
 */
const REVIEW = 'C0REVIEW';

interface Instance {
  server: RunningServer;
  logs: Record<string, unknown>[];
}

async function start(slack: FakeSlack, env: Record<string, string>): Promise<Instance> {
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'debug',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-000000000000-desk',
    SLACK_API_URL: slack.apiUrl,
    PLEDGEWATCH_ADMINS: 'slack:U0EDITOR',
    ...env,
  });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  return { server: await startServer(config, createLogger(config.LOG_LEVEL, sink)), logs };
}

const passes = (i: Instance) => i.logs.filter((l) => l.msg === 'scheduler pass');
const posts = (slack: FakeSlack, has: string) => (slack.messages.get(REVIEW) ?? []).filter((m) => m.text.includes(has));

let n = 0;
async function slash(slack: FakeSlack, serverUrl: string, text: string, channel = 'C0NEWSDESK'): Promise<string> {
  const url = slack.responseUrl(`d${++n}`);
  // in the ack when it is ready in time, else at response_url
  const answer = await slashAnswer(serverUrl, slack, { ...fixture('slash-pledge-alibaba', { response_url: url }), command: '/pledge-admin', text, user_id: 'U0EDITOR', channel_id: channel });
  expect(answer.res.status).toBe(200);
  return JSON.stringify(answer.body);
}

describe('deadline reminders and the digest, end to end', () => {
  let slack: FakeSlack;
  let dir: string;
  let bot: Instance | undefined;

  beforeAll(async () => {
    slack = await startFakeSlack();
    dir = mkdtempSync(join(tmpdir(), 'pledgewatch-desk-'));
  });
  afterAll(async () => {
    await bot?.server.stop();
    await slack?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a deadline 29 days away is reminded once in the review channel, through a restart; deadlines and digest answer', async () => {
    const env = { PGLITE_DIR: join(dir, 'pglite'), PLEDGEWATCH_DIGEST: 'off' };
    bot = await start(slack, env);
    expect(await slash(slack, bot.server.url, 'review-channel', REVIEW)).toContain('now where editors review');
    const deadline = addDays(localDate(new Date(), 'UTC'), 29);
    const added = await slash(
      slack,
      bot.server.url,
      `add-pledge slug=desk-e2e-yard entity="Desk Yard Ltd" title="open a shipyard" made=2026-01-10 deadline=${deadline} source=https://example.org/desk-yard`,
    );
    expect(added).toContain('Added desk-e2e-yard');
    // the new deadline wakes the scheduler; the dispatcher posts its reminder
    const [reminder] = await until(() => posts(slack, 'desk-e2e-yard').length > 0 && posts(slack, 'desk-e2e-yard'), 30_000, 'the reminder');
    expect(reminder!.text).toBe(`Deadline in 29 days (${deadline}): Desk Yard Ltd: open a shipyard (desk-e2e-yard)`);

    await bot.server.stop();
    bot = await start(slack, env);
    const restarted = bot;
    await until(() => passes(restarted).length > 0, 30_000, 'a scheduler pass after the restart');
    await settle(1_500); // anything it had queued would be posted by now
    expect(posts(slack, 'desk-e2e-yard')).toHaveLength(1);

    const listed = await slash(slack, bot.server.url, 'deadlines');
    expect(listed).toContain('Desk Yard Ltd: open a shipyard (desk-e2e-yard)');
    expect(listed).toContain(`deadline ${deadline}, in 29 days`);
    const digest = await slash(slack, bot.server.url, 'digest');
    expect(digest).toContain("Editors' digest");
    expect(digest).toContain('Proposals waiting (0)');
    expect(digest).toContain('Deadlines in the next 30 days');
    expect(digest).toContain('desk-e2e-yard');
  }, 180_000);
});

const pgUrl = process.env.DATABASE_URL;
describe('the scheduled digest with two instances on one PostgreSQL database', () => {
  it.skipIf(!pgUrl)(`is posted once${pgUrl ? '' : ' (skipped: PGlite-only run; set DATABASE_URL to run it on PostgreSQL)'}`, async () => {
    const slack = await startFakeSlack();
    const name = `pw_desk_${randomBytes(6).toString('hex')}`;
    await adminQuery(pgUrl!, `create database ${name} template ${inject('postgresTemplate')}`);
    const databaseUrl = databaseUrlFor(pgUrl!, name);
    const instances: Instance[] = [];
    try {
      const silent = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
      const opened = await openStore({ databaseUrl }, silent);
      await opened.store.setReviewChannel({ platform: 'slack', workspace: 'T0NEWSROOM', id: REVIEW }, 'slack:T0NEWSROOM/U0EDITOR');
      await opened.handle.close();
      // the digest's time is a minute ago, in the newsroom's zone
      const at = new Date(Date.now() - 60_000);
      const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
      const part = (t: string) => parts.find((p) => p.type === t)!.value;
      const env = { DATABASE_URL: databaseUrl, PLEDGEWATCH_TIMEZONE: 'Asia/Tokyo', PLEDGEWATCH_DIGEST: `${part('weekday').toLowerCase()} ${part('hour')}:${part('minute')}` };
      instances.push(...(await Promise.all([start(slack, env), start(slack, env)])));
      await until(() => instances.every((i) => passes(i).some((p) => p.digestPeriod)), 30_000, 'a scheduler pass on both instances');
      await until(() => posts(slack, "Editors' digest").length > 0, 30_000, 'the digest');
      await settle(1_500);
      expect(posts(slack, "Editors' digest")).toHaveLength(1);
      const claimed = instances.map((i) => passes(i).filter((p) => p.digestClaimed).length);
      expect(claimed.sort()).toEqual([0, 1]);
    } finally {
      for (const i of instances) await i.server.stop();
      await slack.close();
      await adminQuery(pgUrl!, `drop database if exists ${name} with (force)`);
    }
  }, 120_000);
});
