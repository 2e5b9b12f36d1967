import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { until } from '../../support/until';
import { type FakeSlack, startFakeSlack } from './fake-slack';

/** Slack in Socket Mode: the Web API fake, and a local WebSocket server that plays Slack's socket. */
export interface SocketModeSlack {
  fake: FakeSlack;
  /** the variables a newsroom sets for Socket Mode (no signing secret, no public URL) */
  env: Record<string, string>;
  /** every frame the bot sent, parsed */
  fromBot: Record<string, unknown>[];
  /** resolves once the bot has opened its socket */
  connected(): Promise<WebSocket>;
  /**
   * Sends an envelope (a slash command, or a button's `interactive` payload) and returns its
   * answer wherever the bot put it: the acknowledgement's payload, or the body posted to the
   * payload's response_url.
   */
  send(type: 'slash_commands' | 'interactive', payload: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

let envelopes = 0;

/** hello on connect, as Slack does; apps.connections.open hands out this socket's address. */
export async function startSocketModeSlack(): Promise<SocketModeSlack> {
  const fake = await startFakeSlack();
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const fromBot: Record<string, unknown>[] = [];
  let socket: WebSocket | undefined;
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => fromBot.push(JSON.parse(String(data)) as Record<string, unknown>));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-socket' }, connection_info: { app_id: 'A0PLEDGEWATCH' } }));
  });
  const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  for (let i = 0; i < 3; i++) fake.script('apps.connections.open', { status: 200, body: { ok: true, url: wsUrl } });
  const connected = () => until(() => socket, 10_000, 'the bot opening its Socket Mode connection');
  return {
    fake,
    env: { SLACK_APP_TOKEN: 'xapp-1-test-socket-mode', SLACK_BOT_TOKEN: 'xoxb-test-000000000000-socket', SLACK_API_URL: fake.apiUrl },
    fromBot,
    connected,
    async send(type, payload) {
      const ws = await connected();
      const id = `env-${++envelopes}`;
      ws.send(JSON.stringify({ envelope_id: id, type, accepts_response_payload: true, payload }));
      const acked = await until(() => fromBot.find((m) => m.envelope_id === id), 10_000, `the ack of envelope ${id}`);
      // an empty acknowledgement (a button's, or a late answer's) carries no payload, or an empty one
      const answer = acked.payload as Record<string, unknown> | undefined;
      if (answer && Object.keys(answer).length > 0) return answer;
      return (await fake.waitFor(new URL(String(payload.response_url)).pathname, 1, 10_000))[0]!.body;
    },
    async close() {
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await fake.close();
    },
  };
}
