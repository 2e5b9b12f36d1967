import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookAnnouncer } from '../../src/adapters/webhook/announcer';
import type { Announcement } from '../../src/core/ports';

/** One attempt, one outcome: what each answer of a receiver makes of the delivery. */
const announcement: Announcement = {
  pledge: { slug: 'p', title: 'build it', entityName: 'E', byName: null, madeOn: '2026-01-01', status: 'broken', statusOn: '2026-11-01' },
  change: {
    id: 7,
    status: 'broken',
    previousStatus: 'in_progress',
    effectiveOn: '2026-11-01',
    recordedAt: new Date('2026-11-01T10:00:00Z'),
    quote: null,
    quoteBy: null,
    reason: null,
    note: null,
    editor: 'console:local',
    approver: null,
    correctsId: null,
    source: { outlet: 'example.org', title: null, url: 'https://example.org/a', publishedOn: null },
  },
};

let server: Server;
let base = '';
const answers: Record<string, [number, Record<string, string>?]> = {
  '/ok': [204],
  '/gone': [410],
  '/busy': [429, { 'retry-after': '3' }],
  '/down': [503],
  '/moved': [302, { location: 'https://example.org/elsewhere' }],
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const [status, headers] = answers[req.url ?? ''] ?? [404];
    req.resume().on('end', () => res.writeHead(status, headers).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

describe('the webhook announcer', () => {
  const announcerFor = (path: string | null, guard: string | null = null) =>
    createWebhookAnnouncer({ endpoint: async () => (path === null ? null : { url: path.startsWith('http') ? path : `${base}${path}`, secret: 's' }), guard: async () => guard });
  const post = (path: string | null, guard: string | null = null) =>
    announcerFor(path, guard).post('1', { summary: 'x', sections: [], visibility: 'in_channel' }, { deliveryKey: 'pw1', announcement });

  it('2xx delivered; 5xx and 429 (with its Retry-After) retried; 4xx and redirects dead', async () => {
    expect(await post('/ok')).toEqual({ kind: 'delivered', messageId: 'pw1' });
    expect(await post('/down')).toEqual({ kind: 'retry', reason: 'HTTP 503' });
    expect(await post('/busy')).toEqual({ kind: 'retry', reason: 'HTTP 429', retryAfterMs: 3000, rateLimit: 'channel' });
    expect(await post('/gone')).toEqual({ kind: 'dead', reason: 'HTTP 410' });
    expect(await post('/moved')).toEqual({ kind: 'dead', reason: 'HTTP 302: webhooks do not follow redirects' });
  });

  it('a network error may have reached the receiver: retried, marked maybe sent', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/hook`;
    await new Promise((r) => closed.close(r));
    expect(await post(url)).toMatchObject({ kind: 'retry', maybeSent: true });
  });

  it('a removed webhook or a refused address is dead without a request', async () => {
    expect(await post(null)).toEqual({ kind: 'dead', reason: 'webhook removed' });
    expect(await post('/ok', 'example is private')).toEqual({ kind: 'dead', reason: 'refused: example is private' });
  });
});
