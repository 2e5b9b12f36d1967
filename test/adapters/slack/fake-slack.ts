import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type PostingLimits, type RateLimiter, createRateLimiter } from '../../support/rate-limits';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  raw: string;
  /** the body as an object: JSON, or a form with JSON-looking fields (blocks) decoded */
  body: Record<string, unknown>;
  /** when it arrived (ms) */
  at: number;
}

export interface Scripted {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A message as Slack keeps it and returns it from conversations.history and .replies. */
export interface StoredMessage {
  type: 'message';
  ts: string;
  user: string;
  bot_id: string;
  app_id: string;
  team: string;
  text: string;
  blocks?: unknown;
  thread_ts?: string;
  reply_count?: number;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface FakeSlack {
  /** the Web API base for SLACK_API_URL, ending in /api/ like Slack's */
  apiUrl: string;
  /** a fresh response_url on this server */
  responseUrl(name?: string): string;
  requests: RecordedRequest[];
  /** messages posted to each channel (thread replies too), oldest first */
  messages: Map<string, StoredMessage[]>;
  /** chat.postMessage arrivals per channel and the 429s the limits gave */
  limits: RateLimiter;
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

const BOT = { user: 'U0PLEDGEBOT', bot_id: 'B0PLEDGEBOT', app_id: 'A0PLEDGEBOT', team: 'T0NEWSROOM' };

/**
 * A local HTTP server that plays Slack: the Web API under /api/ (auth.test, chat.postMessage,
 * chat.update, chat.postEphemeral, views.open, views.publish, chat.unfurl, conversations.history and .replies over the
 * messages it keeps, with their metadata) and response_urls under /respond/ (/gone/ plays an
 * expired one). It records every request. With `limits`, chat.postMessage answers 429 with
 * Retry-After past one post a second per channel or the workspace-wide rate.
 */
export async function startFakeSlack(opts: { latencyMs?: number; limits?: PostingLimits } = {}): Promise<FakeSlack> {
  const requests: RecordedRequest[] = [];
  const scripts = new Map<string, Scripted[]>();
  const waiters: (() => void)[] = [];
  const messages = new Map<string, StoredMessage[]>();
  const limits = createRateLimiter(opts.limits);
  // Slack's ts: the posting time in seconds with six decimals, unique per channel
  let lastMicros = 0;
  const nextTs = () => {
    lastMicros = Math.max(lastMicros + 1, Date.now() * 1000);
    return `${Math.floor(lastMicros / 1e6)}.${String(lastMicros % 1e6).padStart(6, '0')}`;
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => setTimeout(() => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const record: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, raw, body: decode(raw, req.headers['content-type']), at: Date.now() };
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
        case 'chat.postMessage': {
          const channel = String(record.body.channel ?? '');
          const verdict = limits.admit(channel);
          if (!verdict.ok) {
            res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))) });
            res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
            return;
          }
          const stored = post(messages, channel, record.body, nextTs());
          if (!stored) return json(200, { ok: false, error: 'thread_not_found' });
          return json(200, { ok: true, channel, ts: stored.ts, message: stored });
        }
        case 'chat.postEphemeral':
          return json(200, { ok: true, message_ts: nextTs() });
        case 'conversations.history':
        case 'conversations.replies':
          return json(200, readHistory(messages, method, record.body));
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
    messages,
    limits,
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

/** Keeps a posted message (a thread reply under its parent); null when the thread is unknown. */
function post(messages: Map<string, StoredMessage[]>, channel: string, body: Record<string, unknown>, ts: string): StoredMessage | null {
  const list = messages.get(channel) ?? [];
  const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
  const parent = threadTs ? list.find((m) => m.ts === threadTs) : undefined;
  if (threadTs && !parent) return null;
  const meta = body.metadata as StoredMessage['metadata'] | undefined;
  const message: StoredMessage = {
    type: 'message',
    ts,
    ...BOT,
    text: String(body.text ?? ''),
    ...(body.blocks ? { blocks: body.blocks } : {}),
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...(meta?.event_type ? { metadata: { event_type: meta.event_type, event_payload: meta.event_payload ?? {} } } : {}),
  };
  if (parent) {
    parent.thread_ts = parent.ts;
    parent.reply_count = (parent.reply_count ?? 0) + 1;
  }
  list.push(message);
  messages.set(channel, list);
  return message;
}

/**
 * conversations.history (the channel's own timeline, newest first) and conversations.replies
 * (the parent, then its replies oldest first), as Slack answers them: `oldest`/`latest` bound
 * the range (`inclusive` includes the ends), `limit` and `cursor` page it, and metadata is
 * returned only with `include_all_metadata`. An unknown thread is `thread_not_found`.
 */
function readHistory(messages: Map<string, StoredMessage[]>, method: string, body: Record<string, unknown>): Record<string, unknown> {
  // every channel exists here, as chat.postMessage takes any
  const list = messages.get(String(body.channel ?? '')) ?? [];
  const inclusive = body.inclusive === true || body.inclusive === 'true' || body.inclusive === '1';
  const oldest = Number(body.oldest ?? 0);
  const latest = body.latest === undefined ? Infinity : Number(body.latest);
  const inRange = (m: StoredMessage) => {
    const t = Number(m.ts);
    return (inclusive ? t >= oldest : t > oldest) && (inclusive ? t <= latest : t < latest);
  };
  const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true' || body.include_all_metadata === '1';
  const shown = (m: StoredMessage) => (withMetadata ? { ...m } : (({ metadata: _, ...rest }) => rest)(m));
  let picked: StoredMessage[];
  if (method === 'conversations.replies') {
    const root = list.find((m) => m.ts === String(body.ts ?? ''));
    if (!root || (root.thread_ts && root.thread_ts !== root.ts)) return { ok: false, error: 'thread_not_found' };
    picked = [root, ...list.filter((m) => m.thread_ts === root.ts && m.ts !== root.ts && inRange(m))];
  } else {
    picked = list.filter((m) => (!m.thread_ts || m.thread_ts === m.ts) && inRange(m)).reverse();
  }
  const limit = Math.min(999, Math.max(1, Number(body.limit ?? 100)));
  const start = body.cursor ? Number(Buffer.from(String(body.cursor), 'base64').toString().replace('next_ts:', '')) : 0;
  const page = picked.slice(start, start + limit);
  const hasMore = start + limit < picked.length;
  return {
    ok: true,
    messages: page.map(shown),
    has_more: hasMore,
    ...(method === 'conversations.history' ? { pin_count: 0, channel_actions_ts: null, channel_actions_count: 0 } : {}),
    response_metadata: { next_cursor: hasMore ? Buffer.from(`next_ts:${start + limit}`).toString('base64') : '' },
  };
}
