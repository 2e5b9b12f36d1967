import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedsDir } from '../support/seeds';

/** `pledgewatch ingest` exactly as a user runs it: the real binary, a fresh PGLITE_DIR. */
const bin = join(process.cwd(), 'bin/pledgewatch.js');
const seeds = seedsDir();
const fixtures = join(process.cwd(), 'test/fixtures/articles');
const seed = (prefix: string) => join(seeds, readdirSync(seeds).find((f) => f.startsWith(prefix))!);
let dir: string;

function runCli(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, PGLITE_DIR: join(dir, 'pglite') };
    const child = spawn(process.execPath, [bin, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const line = /^alibaba-1m-us-jobs retracted (\d\.\d\d) "(.+)"$/;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pledgewatch-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pledgewatch ingest', { timeout: 90_000 }, () => {
  it('seed 000: a retraction carried by Ma’s own words', async () => {
    const r = await runCli(['ingest', seed('000_')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const m = line.exec(lines[0]!);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(0.8);
    expect(m![2]).toContain('That premise no longer exists today');
  }, 60_000);

  it('seed 004: the same quote, though the reporter also paraphrases it', async () => {
    const r = await runCli(['ingest', seed('004_')]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(line);
    expect(line.exec(r.stdout.trim())![2]).toContain('That premise no longer exists today');
  });

  it('seed 003 has no quote of Ma: the sentence that carries the walk-back is shown', async () => {
    const r = await runCli(['ingest', seed('003_')]);
    expect(r.code).toBe(0);
    const m = line.exec(r.stdout.trim());
    expect(m).not.toBeNull();
    expect(m![2]).toMatch(/walking back on the promise .* one million US jobs\.$/);
  });

  it('reads standard input with "-"', async () => {
    const r = await runCli(['ingest', '-'], 'Jack Ma withdraws his pledge of a million US jobs.\n\nAlibaba blamed the trade war.');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^alibaba-1m-us-jobs retracted \d\.\d\d "Jack Ma withdraws his pledge of a million US jobs\."$/);
  });

  it('fetches an http(s) URL and reads the article out of the page; a 404 is exit 1', async () => {
    const page = readFileSync(join(fixtures, 'r05-html-abandoned.html'), 'utf8');
    const server: Server = createServer((req, res) => {
      if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      else res.writeHead(404).end('not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const r = await runCli(['ingest', `${base}/story`]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toMatch(/^alibaba-1m-us-jobs retracted \d\.\d\d "Jack Ma has abandoned his promise that Alibaba would create one million US jobs, .*"$/);
      const missing = await runCli(['ingest', `${base}/gone`]);
      expect(missing).toMatchObject({ code: 1, stderr: `pledgewatch: cannot fetch ${base}/gone: HTTP 404\n` });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a denial yields no retracted line', async () => {
    const r = await runCli(['ingest', join(fixtures, 'a02-denies-scrapping.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(' retracted ');
    expect(r.stdout).toMatch(/^alibaba-1m-us-jobs reaffirmed /);
  });

  it('an article about no tracked pledge prints nothing', async () => {
    for (const name of ['n01-pepsico-oregon.txt', 'n08-football.html']) {
      const r = await runCli(['ingest', join(fixtures, name)]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
    }
  });

  it('a passing mention of the pledge prints nothing either', async () => {
    const r = await runCli(['ingest', join(fixtures, 'm01-earnings.txt')]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('stores what it finds as a proposal for editors, printing only the finding', async () => {
    const r = await runCli(['ingest', join(fixtures, 'b01-deadline-passed.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^alibaba-1m-us-jobs broken \d\.\d\d ".+"\n$/);
    const listed = await runCli(['ask', '/pledge-admin proposals']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/#\d+ alibaba-1m-us-jobs: retracted → broken/);
    expect(listed.stdout).toContain('1 source: wire copy (no link)');
  });

  it('unreadable input: one clear line, exit 1', async () => {
    const missing = await runCli(['ingest', join(dir, 'no-such-article.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`pledgewatch: cannot read ${join(dir, 'no-such-article.txt')}: no such file\n`);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    expect(await runCli(['ingest', empty])).toMatchObject({ code: 1, stderr: `pledgewatch: ${empty} is empty\n` });
    const noArg = await runCli(['ingest']);
    expect(noArg.code).toBe(1);
    expect(noArg.stderr).toContain('ingest takes one file, URL or -');
  });

  it('an article over the size limit: the reason and the limit, exit 1, nothing printed', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Alibaba scrapped its plan for 1 million US jobs. '.repeat(45_000));
    const r = await runCli(['ingest', big]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pledgewatch: The article is too large: 2,2\d\d,\d{3} characters of text, over the limit of 2,097,152 \(2 MiB\)/);
  });
});
