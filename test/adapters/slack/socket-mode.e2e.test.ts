import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { startTestServer, type TestServer } from '../../support/server';
import { type FakeSlack, startFakeSlack } from './fake-slack';
import { fixture } from './signed-request';

/**
 * Socket Mode end to end: SLACK_APP_TOKEN and SLACK_BOT_TOKEN only (no signing secret, no
 * public URL). The Web API fake hands out the address of a local WebSocket server that plays
 * Slack's Socket Mode: hello, then a slash command envelope that the bot must acknowledge.
 */
describe('Slack Socket Mode, end to end', () => {
  let fake: FakeSlack;
  let wss: WebSocketServer;
  let server: TestServer;
  const fromBot: Record<string, unknown>[] = [];
  let socket: WebSocket | undefined;

  beforeAll(async () => {
    fake = await startFakeSlack();
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => fromBot.push(JSON.parse(String(data)) as Record<string, unknown>));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-socket' }, connection_info: { app_id: 'A0PLEDGEWATCH' } }));
    });
    const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
    for (let i = 0; i < 3; i++) fake.script('apps.connections.open', { status: 200, body: { ok: true, url: wsUrl } });
    server = await startTestServer({ SLACK_APP_TOKEN: 'xapp-1-test-socket-mode', SLACK_BOT_TOKEN: 'xoxb-test-000000000000-socket', SLACK_API_URL: fake.apiUrl });
  });

  afterAll(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => wss?.close(() => resolve()));
    await fake?.close();
  });

  it('mounts no HTTP route, connects, and answers a slash command in its ack (or through response_url when late)', async () => {
    expect((await fetch(`${server.url}/slack/events`, { method: 'POST', body: 'x' })).status).toBe(404);
    for (let i = 0; i < 100 && !socket; i++) await new Promise((r) => setTimeout(r, 50));
    expect(socket).toBeDefined();
    expect(fake.calls('apps.connections.open')[0]!.headers.authorization).toBe('Bearer xapp-1-test-socket-mode');

    const responseUrl = fake.responseUrl('socket');
    const payload = fixture('slash-pledge-alibaba', { response_url: responseUrl });
    socket!.send(JSON.stringify({ envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true, payload }));

    for (let i = 0; i < 200 && !fromBot.some((m) => m.envelope_id === 'env-1'); i++) await new Promise((r) => setTimeout(r, 50));
    const acked = fromBot.find((m) => m.envelope_id === 'env-1');
    expect(acked).toBeDefined();
    const answer = acked!.payload ?? (await fake.waitFor(new URL(responseUrl).pathname, 1, 10_000))[0]!.body;
    const text = JSON.stringify(answer);
    expect(text).toContain('RETRACTED');
    expect(text).toContain('That premise no longer exists today');
  });
});
