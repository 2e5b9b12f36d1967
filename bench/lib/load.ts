import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { Agent, request } from 'node:http';
import { signSlackRequest } from '../../src/adapters/slack/verify';
import { percentile } from './report';
import type { Sink } from './sink';

export const SLACK_SECRET = 'bench-signing-secret';
export const DISCORD_APP = '1187000000000000001';

export interface DiscordKeys {
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function discordKeys(): DiscordKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKeyHex: Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex'), privateKey };
}

/** One chat command as the platform sends it: its own body and signature every time. */
export interface Probe {
  platform: 'slack' | 'discord';
  /** "/pledge alibaba" */
  line: string;
  /** text the answer must contain (a constant baseline passes with its own) */
  expect: string;
}

export interface Target {
  /** the server's base URL */
  url: string;
  sink: Sink;
  keys: DiscordKeys;
}

let seq = 0;

function build(probe: Probe, target: Target, id: string): { path: string; body: string; headers: Record<string, string> } {
  const [slash, ...words] = probe.line.split(' ');
  const command = slash!.slice(1);
  const text = words.join(' ');
  const ts = String(Math.floor(Date.now() / 1000));
  if (probe.platform === 'slack') {
    const body = new URLSearchParams({
      token: 'bench', team_id: 'T0BENCH', team_domain: 'bench', channel_id: 'C0BENCH', channel_name: 'desk',
      user_id: 'U0READER', user_name: 'reader', command: `/${command}`, text, api_app_id: 'A0BENCH',
      is_enterprise_install: 'false', response_url: `${target.sink.url}/slack/response/${id}`, trigger_id: `${id}.trigger`,
    }).toString();
    return {
      path: '/slack/events',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': ts, 'x-slack-signature': signSlackRequest(SLACK_SECRET, ts, body) },
    };
  }
  const body = JSON.stringify({
    id: `9${String(seq).padStart(17, '0')}`, application_id: DISCORD_APP, type: 2, token: id, version: 1,
    guild_id: '1187000000000000100', channel_id: '1187000000000000200',
    member: { user: { id: '1187000000000000300', username: 'reader', global_name: 'Reader', discriminator: '0', avatar: null }, roles: [], permissions: '0' },
    app_permissions: '0', locale: 'en-US', guild_locale: 'en-US', context: 0,
    data: { id: '1187000000000000501', name: command, type: 1, options: text ? [{ name: 'query', type: 3, value: text }] : [] },
  });
  return {
    path: '/discord/interactions',
    body,
    headers: { 'content-type': 'application/json', 'x-signature-timestamp': ts, 'x-signature-ed25519': sign(null, Buffer.from(ts + body), target.keys.privateKey).toString('hex') },
  };
}

function post(agent: Agent, url: string, path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The answer in the ack itself, or null when the bot deferred it (empty ack, Discord type 5). */
function inAck(platform: Probe['platform'], body: string): string | null {
  if (body.trim() === '') return null;
  if (platform === 'discord') {
    const parsed = JSON.parse(body) as { type?: number };
    return parsed.type === 4 ? body : null;
  }
  return body;
}

export interface LoadResult {
  answers: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** answers that were wrong, refused or never came */
  failures: number;
  /** how many came in the ack body rather than later */
  inAck: number;
}

/** `clients` loops, each sending one request after another for `ms`, timing request -> answer. */
export async function runLoad(target: Target, probe: Probe, clients: number, ms: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const times: number[] = [];
  let failures = 0;
  let acked = 0;
  const one = async () => {
    const id = `b${process.pid}x${++seq}`;
    const req = build(probe, target, id);
    const started = performance.now();
    try {
      const waiter = target.sink.expect(id);
      const res = await post(agent, target.url, req.path, req.body, req.headers);
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      let answer = inAck(probe.platform, res.body);
      if (answer !== null) {
        target.sink.drop(id);
        acked++;
      } else {
        answer = await Promise.race([waiter, new Promise<string>((_, reject) => setTimeout(() => reject(new Error('no answer in 10 s')), 10_000))]);
      }
      if (!answer.includes(probe.expect)) throw new Error(`unexpected answer: ${answer.slice(0, 200)}`);
      times.push(performance.now() - started);
    } catch {
      target.sink.drop(id);
      failures++;
    }
  };
  // warm up: connections, JIT, the bot's caches
  for (let i = 0; i < Math.min(clients, 4) * 2; i++) await one();
  times.length = 0;
  failures = 0;
  acked = 0;
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  return { answers: times.length, perSecond: times.length / elapsed, p50: percentile(times, 50), p99: percentile(times, 99), failures, inAck: acked };
}
