import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  raw: string;
  /** the body as an object: JSON, or a form with JSON-looking fields (blocks) decoded */
  body: Record<string, unknown>;
}

export interface Scripted {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeSlack {
  /** the Web API base for SLACK_API_URL, ending in /api/ like Slack's */
  apiUrl: string;
  /** a fresh response_url on this server */
  responseUrl(name?: string): string;
  requests: RecordedRequest[];
  /** the next call to `method` (e.g. "chat.postMessage") gets this answer instead of ok */
  script(method: string, answer: Scripted): void;
  /** requests to response_urls, or to one Web API method */
  calls(pathOrMethod: string): RecordedRequest[];
  /** resolves when `count` requests to path/method have arrived */
  waitFor(pathOrMethod: string, count?: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

function decode(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

/**
 * A local HTTP server that plays Slack: the Web API under /api/ (auth.test, chat.postMessage,
 * chat.update, chat.postEphemeral, views.open, views.publish, chat.unfurl) and response_urls under /respond/ (/gone/ plays an expired one). It records every request.
 */
export async function startFakeSlack(opts: { latencyMs?: number } = {}): Promise<FakeSlack> {
  const requests: RecordedRequest[] = [];
  const scripts = new Map<string, Scripted[]>();
  const waiters: (() => void)[] = [];
  let ts = 1_700_000_000;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => setTimeout(() => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const record: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, raw, body: decode(raw, req.headers['content-type']) };
      requests.push(record);
      for (const w of waiters.splice(0)) w();

      const method = path.startsWith('/api/') ? path.slice('/api/'.length) : null;
      const scripted = method ? scripts.get(method)?.shift() : undefined;
      if (scripted) {
        res.writeHead(scripted.status ?? 200, { 'content-type': 'application/json', ...scripted.headers });
        res.end(scripted.body === undefined ? '' : JSON.stringify(scripted.body));
        return;
      }
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (path.startsWith('/respond/')) return json(200, { ok: true });
      // an expired response_url
      if (path.startsWith('/gone/')) return json(404, { ok: false, error: 'expired_url' });
      switch (method) {
        case 'auth.test':
          return json(200, { ok: true, url: 'https://newsroom.slack.com/', team: 'Newsroom', user: 'pledgewatch', team_id: 'T0NEWSROOM', user_id: 'U0PLEDGEBOT', bot_id: 'B0PLEDGEBOT' });
        case 'chat.postMessage':
          ts += 1;
          return json(200, { ok: true, channel: record.body.channel, ts: `${ts}.000100`, message: { text: record.body.text } });
        case 'chat.postEphemeral':
          return json(200, { ok: true, message_ts: `${ts}.000200` });
        case 'views.open':
          return json(200, { ok: true, view: { id: 'V0FORM', ...(record.body.view as object) } });
        case 'views.publish':
          return json(200, { ok: true, view: { id: 'V0HOME', type: 'home', ...(record.body.view as object) } });
        case 'chat.unfurl':
          return json(200, { ok: true });
        case 'chat.update':
          return json(200, { ok: true, channel: record.body.channel, ts: record.body.ts, text: record.body.text });
        default:
          return json(200, { ok: false, error: 'unknown_method' });
      }
    }, opts.latencyMs ?? 0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let responseUrls = 0;

  const calls = (p: string) => requests.filter((r) => (p.startsWith('/') ? r.path.startsWith(p) : r.path === `/api/${p}`));

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (name = 'r') => `${base}/respond/${name}-${++responseUrls}`,
    requests,
    script(method, answer) {
      scripts.set(method, [...(scripts.get(method) ?? []), answer]);
    },
    calls,
    async waitFor(p, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (calls(p).length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`fake slack: waited ${timeoutMs} ms for ${count} request(s) to ${p}, got ${calls(p).length}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, Math.min(left, 100));
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      return calls(p);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
