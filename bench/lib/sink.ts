import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that plays the platforms' side: Slack's Web API (auth.test) and each
 * command's response_url, Discord's interaction webhooks (edit @original, follow-ups). An
 * answer that arrives for a request id settles that request's waiter.
 */
export interface Sink {
  url: string;
  /** resolves with the answer's body when an answer for `id` arrives */
  expect(id: string): Promise<string>;
  /** forget a waiter (the answer came in the ack instead) */
  drop(id: string): void;
  close(): Promise<void>;
}

const read = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

export async function startSink(): Promise<Sink> {
  const waiters = new Map<string, (body: string) => void>();
  const early = new Map<string, string>();
  const settle = (id: string, body: string) => {
    const w = waiters.get(id);
    if (w) {
      waiters.delete(id);
      w(body);
    } else early.set(id, body);
  };
  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    const path = req.url ?? '/';
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (path.startsWith('/slack/api/auth.test')) return json(200, { ok: true, team: 'bench', team_id: 'T0BENCH', user_id: 'U0BOT', bot_id: 'B0BOT' });
    if (path.startsWith('/slack/api/')) return json(200, { ok: true });
    let m = /^\/slack\/response\/([\w-]+)$/.exec(path);
    if (m) {
      settle(m[1]!, body);
      return json(200, { ok: true });
    }
    // @discordjs/rest: /api/v10/webhooks/{application}/{token}[/messages/@original]
    m = /^\/discord\/api\/v10\/webhooks\/\d+\/([\w-]+)(\/messages\/@original)?/.exec(path);
    if (m) {
      if (req.method === 'DELETE') {
        res.writeHead(204).end();
        return;
      }
      settle(m[1]!, body);
      return json(200, { id: '1', channel_id: '1', content: '' });
    }
    json(404, { message: 'not here' });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    expect(id) {
      const got = early.get(id);
      if (got !== undefined) {
        early.delete(id);
        return Promise.resolve(got);
      }
      return new Promise((resolve) => waiters.set(id, resolve));
    },
    drop(id) {
      waiters.delete(id);
      early.delete(id);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
