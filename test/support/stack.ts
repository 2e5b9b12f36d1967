import type { KeyObject } from 'node:crypto';
import { type FakeDiscord, startFakeDiscord } from '../adapters/discord/support/fake-discord';
import { APPLICATION_ID, testKeys } from '../adapters/discord/support/signing';
import { type FakeSlack, startFakeSlack } from '../adapters/slack/fake-slack';
import { SIGNING_SECRET } from '../adapters/slack/signed-request';
import type { TestDriver } from './db';
import { type TestServer, startTestServer } from './server';

export interface Stack {
  server: TestServer;
  slack: FakeSlack | undefined;
  discord: (FakeDiscord & { privateKey: KeyObject }) | undefined;
  close(): Promise<void>;
}

/**
 * The real server with local fakes of the platforms asked for, configured the way a
 * newsroom would set the variables (the fakes' URLs in SLACK_API_URL / DISCORD_API_URL).
 */
export async function startStack(opts: { slack?: boolean; discord?: boolean | { botToken: boolean }; env?: Record<string, string>; driver?: TestDriver }): Promise<Stack> {
  const slack = opts.slack ? await startFakeSlack() : undefined;
  let discord: Stack['discord'];
  const env: Record<string, string> = {};
  if (slack) Object.assign(env, { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test-000000000000-stack', SLACK_API_URL: slack.apiUrl });
  if (opts.discord) {
    const fake = await startFakeDiscord();
    const keys = testKeys();
    discord = Object.assign(fake, { privateKey: keys.privateKey });
    Object.assign(env, { DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_API_URL: fake.apiUrl });
    if (opts.discord === true || opts.discord.botToken) env.DISCORD_BOT_TOKEN = 'test-token';
  }
  const server = await startTestServer({ ...env, ...opts.env }, opts.driver);
  return {
    server,
    slack,
    discord,
    async close() {
      await server.stop();
      await slack?.close();
      await discord?.close();
    },
  };
}
