import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The binary exactly as a user runs it: `npx pledgewatch ...`, a fresh PGLITE_DIR, no tokens. */
const bin = join(process.cwd(), 'bin/pledgewatch.js');
let dir: string;

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, PGLITE_DIR: join(dir, 'pglite'), ...extra };
  return env;
}

function runCli(args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: cleanEnv(extra) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pledgewatch-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pledgewatch CLI', () => {
  it('discord register with no environment names the missing variables in one line, no stack trace', async () => {
    const r = await runCli(['discord', 'register']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN');
    expect(r.stderr).not.toContain('unexpected failure');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('ask "/pledge alibaba" on a fresh store: migrates, seeds, shows the retraction, exits 0', async () => {
    const r = await runCli(['ask', '/pledge alibaba']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('RETRACTED · 2018-09-19');
    expect(r.stdout).toContain('That premise no longer exists today, so our promise cannot be fulfilled.');
    expect(r.stdout).toMatch(/Source: .*<https?:\/\//);
  }, 60_000);

  it('finds it by typo and by person', async () => {
    for (const q of ['/pledge alibab', '/pledge jack ma']) {
      const r = await runCli(['ask', q]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Alibaba Group: create 1 million US jobs');
    }
  });

  it('ask "/tariff china" names List 3 and the $60B retaliation', async () => {
    const r = await runCli(['ask', '/tariff', 'china']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/List 3.*\$200B/);
    expect(r.stdout).toContain('$60B');
  });

  it('a user error prints the message and exits 1', async () => {
    const unknown = await runCli(['ask', '/pledge zzzzqqq']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No pledge matches “zzzzqqq”.');
    const badCommand = await runCli(['ask', '/frobnicate now']);
    expect(badCommand.code).toBe(1);
    expect(badCommand.stderr).toContain('Unknown command');
  });

  it('seed is idempotent and migrate works on an existing store', async () => {
    expect((await runCli(['seed'], { LOG_LEVEL: 'info' })).stderr).toContain('shipped data already present');
    expect((await runCli(['migrate'])).code).toBe(0);
  });

  it('a fresh PGLITE_DIR and every file in it are the owner\'s alone, also after writes; an old open folder is tightened', async () => {
    const fresh = join(dir, 'fresh');
    const modes = () =>
      [fresh, ...readdirSync(fresh, { recursive: true }).map((f) => join(fresh, String(f)))]
        .map((path) => ({ path, mode: statSync(path).mode & 0o777 }))
        .filter((f) => (f.mode & 0o077) !== 0);
    expect((await runCli(['ask', '/pledge alibaba'], { PGLITE_DIR: fresh })).code).toBe(0);
    expect((await runCli(['ask', '/pledge-admin grant U0FRESH'], { PGLITE_DIR: fresh })).code).toBe(0);
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
    expect(modes()).toEqual([]);
    // a folder left world-writable by an older version is fixed on the next start
    chmodSync(fresh, 0o777);
    chmodSync(join(fresh, 'PG_VERSION'), 0o666);
    expect((await runCli(['ask', '/pledge alibaba'], { PGLITE_DIR: fresh })).code).toBe(0);
    expect(modes()).toEqual([]);
  }, 60_000);

  it('a bad variable fails at start-up naming it', async () => {
    const r = await runCli(['ask', '/pledge alibaba'], { PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^pledgewatch: invalid configuration: PORT: /);
  });

  it('an unreachable DATABASE_URL is one clear line naming it, exit non-zero', async () => {
    const r = await runCli(['serve'], { DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:9/nowhere' });
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('DATABASE_URL');
    expect(lines[0]).toContain('127.0.0.1:9/nowhere');
    expect(r.stderr).not.toContain('hunter2');
  });

  it('serve: /healthz answers, platforms say how to turn on, ask goes through the running bot, SIGTERM stops it cleanly', async () => {
    const child: ChildProcess = spawn(process.execPath, [bin, 'serve'], { env: cleanEnv({ PORT: '0' }) });
    let stderr = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line: ${stderr}`)), 30_000);
      child.stderr!.on('data', (d) => {
        stderr += d;
        const m = /"port":(\d+)[^\n]*"msg":"listening"/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, db: 'up' });
    expect(stderr).toContain('"msg":"slack off"');
    expect(stderr).toContain('SLACK_SIGNING_SECRET');
    expect(stderr).toContain('"msg":"discord off"');

    // The store is the server's alone; the console hands its command to the server.
    const viaBot = await runCli(['ask', '/pledge alibab']);
    expect(viaBot.code).toBe(0);
    expect(viaBot.stdout).toContain('RETRACTED · 2018-09-19');
    const unknown = await runCli(['ask', '/pledge zzzzqqq']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No pledge matches');
    // ingest too: the bot detects and stores the proposal, the command prints the finding
    const ingested = await runCli(['ingest', join(process.cwd(), 'test/fixtures/articles/s01-scaled-back.txt')]);
    expect(ingested.stderr).not.toContain('open in another pledgewatch process');
    expect(ingested.code).toBe(0);
    expect(ingested.stdout).toMatch(/^alibaba-1m-us-jobs scaled_back 0\.\d\d "/);
    expect((await runCli(['ask', '/pledge-admin proposals'])).stdout).toContain('retracted → compromise');
    // ...and nobody else can: no token, or a wrong one, is refused.
    const lock = JSON.parse(readFileSync(join(dir, 'pglite.lock'), 'utf8')) as { console: { token: string } };
    expect(statSync(join(dir, 'pglite.lock')).mode & 0o077).toBe(0);
    for (const auth of [undefined, 'Bearer wrong', `Bearer ${lock.console.token}x`]) {
      for (const [path, body] of [
        ['/console/ask', { line: '/pledge-admin grant U1' }],
        ['/console/ingest', { text: 'Alibaba said it would no longer honour its pledge.' }],
      ] as const) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
          body: JSON.stringify(body),
        });
        expect(res.status, path).toBe(401);
      }
    }
    // a second server on the same folder is refused with a clear line
    const second = await runCli(['serve'], { PORT: '0' });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('open in another pledgewatch process');

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('"msg":"stopped"');
  }, 60_000);
});
