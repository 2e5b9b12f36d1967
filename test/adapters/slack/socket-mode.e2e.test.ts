import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { fixture } from './signed-request';
import { type SocketModeSlack, startSocketModeSlack } from './socket-mode-fake';

/**
 * Socket Mode end to end: SLACK_APP_TOKEN and SLACK_BOT_TOKEN only (no signing secret, no
 * public URL). The Web API fake hands out the address of a local WebSocket server that plays
 * Slack's Socket Mode: hello, then a slash command envelope that the bot must acknowledge.
 */
describe('Slack Socket Mode, end to end', () => {
  let slack: SocketModeSlack;
  let server: TestServer;

  beforeAll(async () => {
    slack = await startSocketModeSlack();
    server = await startTestServer(slack.env);
  });

  afterAll(async () => {
    await server?.stop();
    await slack?.close();
  });

  it('mounts no HTTP route, connects, and answers a slash command in its ack (or through response_url when late)', async () => {
    expect((await fetch(`${server.url}/slack/events`, { method: 'POST', body: 'x' })).status).toBe(404);
    await slack.connected();
    expect(slack.fake.calls('apps.connections.open')[0]!.headers.authorization).toBe('Bearer xapp-1-test-socket-mode');

    const answer = await slack.send('slash_commands', fixture('slash-pledge-alibaba', { response_url: slack.fake.responseUrl('socket') }));
    const text = JSON.stringify(answer);
    expect(text).toContain('RETRACTED');
    expect(text).toContain('That premise no longer exists today');
  });
});
