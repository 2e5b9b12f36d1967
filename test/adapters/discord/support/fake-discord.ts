import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type PostingLimits, type RateLimiter, createRateLimiter } from '../../../support/rate-limits';

export interface RecordedRequest {
  method: string;
  /** path after /api/v10 */
  path: string;
  query: string;
  authorized: boolean;
  body: unknown;
  /** when it arrived (ms) */
  at: number;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A local HTTP server playing Discord's REST API: webhook edits, interaction callbacks,
 * channel messages and command registration. It records every request; tests can script the
 * next responses for a path (429, 500, Discord error codes).
 */
export interface FakeDiscord {
  /** DISCORD_API_URL for the bot: @discordjs/rest appends /v10 */
  apiUrl: string;
  requests: RecordedRequest[];
  /** channel messages actually created (a nonce-deduplicated POST creates none) */
  created: Record<string, unknown>[];
  /** channel message POST arrivals per channel and the 429s the limits gave */
  limits: RateLimiter;
  script(method: string, pathPattern: RegExp, ...responses: ScriptedResponse[]): void;
  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/**
 * With `limits`, a channel message POST past one a second per channel or the bot's global rate
 * gets Discord's 429: `retry_after` in seconds in the body, Retry-After, and for the global
 * limit X-RateLimit-Global and X-RateLimit-Scope: global.
 */
export async function startFakeDiscord(opts: { latencyMs?: number; limits?: PostingLimits } = {}): Promise<FakeDiscord> {
  const limits = createRateLimiter(opts.limits);
  const requests: RecordedRequest[] = [];
  const scripts: { method: string; pattern: RegExp; responses: ScriptedResponse[] }[] = [];
  const waiters: { predicate: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const commandSets = new Map<string, unknown[]>();
  const created: Record<string, unknown>[] = [];
  const byNonce = new Map<string, Record<string, unknown>>();
  let nextId = 1_100_000_000_000_000_000n;

  const server: Server = createServer((req, res) => {
    void readBody(req).then(async (text) => {
      if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
      const url = new URL(req.url ?? '/', 'http://fake');
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        query: url.search,
        authorized: Boolean(req.headers.authorization),
        body: text ? JSON.parse(text) : null,
        at: Date.now(),
      };
      requests.push(recorded);
      for (const w of [...waiters]) {
        if (w.predicate(recorded)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(recorded);
        }
      }
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        if (body === undefined) {
          res.writeHead(status, headers).end();
          return;
        }
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      };
      const scripted = scripts.find((s) => s.method === recorded.method && s.pattern.test(path) && s.responses.length > 0);
      const next = scripted?.responses.shift();
      if (next) return send(next.status, next.body, next.headers);
      const id = String(nextId++);
      const body = (recorded.body ?? {}) as Record<string, unknown>;
      if (recorded.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return send(204);
      if (recorded.method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return send(200, { id, ...body });
      if (recorded.method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return send(204);
      if (recorded.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return send(200, { id, ...body });
      if (recorded.method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) {
        // As Discord does: a repeated nonce with enforce_nonce answers with the message it already made.
        const channelId = path.split('/')[2]!;
        const verdict = limits.admit(channelId);
        if (!verdict.ok) {
          const global = verdict.scope === 'global';
          const seconds = Math.max(0.001, verdict.retryAfterMs / 1000);
          return send(
            429,
            { message: 'You are being rate limited.', retry_after: Number(seconds.toFixed(3)), global },
            { 'retry-after': String(Math.ceil(seconds)), 'x-ratelimit-scope': global ? 'global' : 'user', ...(global ? { 'x-ratelimit-global': 'true' } : {}) },
          );
        }
        const key = body.enforce_nonce ? `${channelId}:${String(body.nonce)}` : null;
        const existing = key ? byNonce.get(key) : undefined;
        if (existing) return send(200, existing);
        const message = { id, channel_id: channelId, ...body };
        created.push(message);
        if (key) byNonce.set(key, message);
        return send(200, message);
      }
      if (recorded.method === 'PATCH' && /^\/channels\/\d+\/messages\/\d+$/.test(path)) return send(200, { id: path.split('/')[4], ...body });
      if (recorded.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
        // PUT replaces the whole set; a command keeps its id across PUTs by name, as Discord does.
        const previous = (commandSets.get(path) ?? []) as { id: string; name: string }[];
        const saved = (recorded.body as { name: string }[]).map((c) => ({ ...c, id: previous.find((p) => p.name === c.name)?.id ?? String(nextId++) }));
        commandSets.set(path, saved);
        return send(200, saved);
      }
      if (recorded.method === 'GET' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) return send(200, commandSets.get(path) ?? []);
      return send(404, { message: 'Unknown route', code: 0 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    created,
    limits,
    script(method, pattern, ...responses) {
      scripts.push({ method, pattern, responses });
    },
    waitFor(predicate, timeoutMs = 10_000) {
      const found = requests.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('fake Discord: no matching request arrived')), timeoutMs);
        waiters.push({ predicate, resolve: (r) => (clearTimeout(timer), resolve(r)) });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
