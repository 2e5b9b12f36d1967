import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settle, until } from '../support/until';
import { askRunningBot } from '../../src/adapters/console/client';
import { readLock } from '../../src/db/lock';

/**
 * Issue 16's webhook path with no chat platform: `pledgewatch serve` (a real process) over a
 * PGlite folder, a webhook added from the console, a local receiver that answers 500 until the
 * bot has been restarted. Each published change arrives once with a 2xx, signed with the
 * secret the console showed once; the retries of one delivery carry the same delivery id.
 */
const bin = join(process.cwd(), 'bin/pledgewatch.js');

interface Arrival {
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** What a receiver does to check a delivery: recompute the HMAC over "<t>.<body>" and compare. */
function verify(secret: string, header: string | undefined, body: string): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!m) return false;
  const expected = createHmac('sha256', secret).update(`${m[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(m[2]!, 'hex'));
}

let dir: string;
let receiver: Server;
let hookUrl: string;
let answer = 500;
const arrivals: Arrival[] = [];
let bot: ChildProcess | undefined;

async function startBot(): Promise<void> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PGLITE_DIR: join(dir, 'pglite'), PORT: '0', LOG_LEVEL: 'info', PLEDGEWATCH_WEBHOOK_ALLOW_HTTP: '1', PLEDGEWATCH_DIGEST: 'off' },
  });
  bot = child;
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await until(() => out.includes('"msg":"listening"'), 90_000, `the bot listening (output so far: ${out.slice(-500)})`);
}

async function stopBot(): Promise<void> {
  const child = bot!;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  bot = undefined;
}

async function ask(line: string): Promise<string> {
  const lock = readLock(join(dir, 'pglite'));
  if (!lock?.console) throw new Error('no running bot advertises its console');
  const { output, exitCode } = await askRunningBot(lock.console.port, lock.console.token, line);
  expect(exitCode, output).toBe(0);
  return output;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pledgewatch-webhook-'));
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      arrivals.push({ headers: req.headers, body, answered: answer });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/pledgewatch`;
  await startBot();
}, 120_000);

afterAll(async () => {
  if (bot) await stopBot();
  await new Promise((r) => receiver?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('webhooks: signed JSON through the outbox', () => {
  it('delivers each published change once, signed, through a 500 and a restart of the bot', async () => {
    const added = await ask(`/pledge-admin add-webhook ${hookUrl} all`);
    const secret = /Signing secret \(shown only now, keep it\): (whsec_[A-Za-z0-9_-]+)/.exec(added)?.[1];
    expect(secret, added).toBeDefined();
    // the secret is shown once: the listing never has it
    const listed = await ask('/pledge-admin webhooks');
    expect(listed).toContain(hookUrl);
    expect(listed).not.toContain(secret!);

    await ask(
      '/pledge-admin add-pledge slug=webhook-test-plant entity="Webhook Test Motors" title="open a plant in Testville" made=2026-01-15 source=https://example.org/webhook-test-motors',
    );
    await ask('/pledge-admin set-status webhook-test-plant in_progress https://example.org/ground-broken "Ground was broken today." by="A. Spokesperson"');
    // the receiver answers 500: the outbox retries with backoff
    await until(() => arrivals.length >= 2, 30_000, 'two attempts of the first delivery');
    await stopBot();
    const beforeRestart = arrivals.length;
    answer = 200;
    await startBot();
    await until(() => arrivals.some((a) => a.answered === 200), 30_000, 'the first delivery accepted after the restart');
    await ask('/pledge-admin set-status webhook-test-plant stalled https://example.org/plant-paused "Work has paused." by="A. Spokesperson"');
    await until(() => arrivals.filter((a) => a.answered === 200).length >= 2, 30_000, 'the second delivery');
    // a clean run sends nothing more: the outbox has nothing pending
    // (once the bot has read the receiver's answer: the receiver counts an arrival before it answers)
    let outbox = '';
    for (const deadline = Date.now() + 30_000; !/Outbox: 0 pending, 0 dead/.test((outbox = await ask('/pledge-admin outbox'))) && Date.now() < deadline; ) await settle(100);
    expect(outbox).toMatch(/Outbox: 0 pending, 0 dead/);

    const accepted = arrivals.filter((a) => a.answered === 200);
    expect(accepted).toHaveLength(2);
    expect(beforeRestart).toBeGreaterThanOrEqual(2);
    const events = accepted.map((a) => JSON.parse(a.body) as { id: string; type: string; pledge: { slug: string }; change: { id: number; status: string; quoteBy: string } });
    expect(events.map((e) => [e.type, e.pledge.slug, e.change.status])).toEqual([
      ['status_change.published', 'webhook-test-plant', 'in_progress'],
      ['status_change.published', 'webhook-test-plant', 'stalled'],
    ]);
    expect(events[0]!.change.quoteBy).toBe('A. Spokesperson');
    for (const a of accepted) {
      expect(a.headers['content-type']).toBe('application/json');
      expect(verify(secret!, a.headers['pledgewatch-signature'] as string, a.body)).toBe(true);
      expect(verify(`${secret!}x`, a.headers['pledgewatch-signature'] as string, a.body)).toBe(false);
      expect(a.headers['pledgewatch-delivery']).toBe((JSON.parse(a.body) as { id: string }).id);
    }
    // every attempt of the first change, before and after the restart, carried one delivery id
    const firstChange = events[0]!.change.id;
    const attempts = arrivals.filter((a) => (JSON.parse(a.body) as { change: { id: number } }).change.id === firstChange);
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(attempts.map((a) => a.headers['pledgewatch-delivery'])).size).toBe(1);
    expect(new Set(accepted.map((a) => a.headers['pledgewatch-delivery'])).size).toBe(2);
  }, 240_000);

  it('refuses what is no web link, and removes a webhook by its number', async () => {
    const lock = readLock(join(dir, 'pglite'))!;
    const refused = await askRunningBot(lock.console!.port, lock.console!.token, '/pledge-admin add-webhook ftp://example.org/hook');
    expect(refused.exitCode).not.toBe(0);
    expect(refused.output).toContain('is not a web link');
    const removed = await ask('/pledge-admin remove-webhook 1');
    expect(removed).toContain(`Removed webhook 1 (${hookUrl}, every pledge)`);
    expect(await ask('/pledge-admin webhooks')).toContain('No webhooks.');
  }, 60_000);
});
