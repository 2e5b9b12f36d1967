import { readFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface FeedServer {
  base: string;
  /** every request, in order: path and headers */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  route(path: string, handler: Route): void;
  hits(path: string): number;
  close(): Promise<void>;
}

/** A fixture of test/fixtures/feeds or test/fixtures/articles, with {{base}} filled in. */
export function fixtureText(name: string, base = ''): string {
  const dir = name.startsWith('articles/') ? '../../fixtures/' : '../../fixtures/feeds/';
  return readFileSync(new URL(`${dir}${name}`, import.meta.url), 'utf8').replaceAll('{{base}}', base);
}

/** A feed served like a real server: ETag and Last-Modified, 304 when the client has them. */
export function conditionalFeed(body: () => string, version: () => string, type = 'application/rss+xml; charset=utf-8'): Route {
  return (req, res) => {
    const etag = `"v${version()}"`;
    const lastModified = new Date(Date.UTC(2018, 8, 19) + Number(version()) * 3_600_000).toUTCString();
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag, 'last-modified': lastModified }).end(body());
  };
}

export const page = (status: number, body: string, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}): Route => (_req, res) => {
  res.writeHead(status, { 'content-type': type, ...headers }).end(body);
};

/** A local HTTP server playing feed publishers and news sites; unknown paths are 404. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, headers: req.headers });
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    void Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    route: (path, handler) => routes.set(path, handler),
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
