import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** process groups still running, ended if the bench itself stops early */
const live = new Set<number>();
process.once('exit', () => {
  for (const pid of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

function alive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Child {
  proc: ChildProcess;
  url: string;
  /** ms from spawn to the line that said it listens */
  startMs: number;
  /** resident set now, and its peak so far (MB), from /proc */
  rss(): { now: number; peak: number };
  stop(): Promise<void>;
}

function memory(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * Spawns a server and waits for its "listening" log line (pino JSON with a port, or a plain
 * `listening <port>` from a baseline). Output is drained so the child never blocks on it.
 */
export async function spawnServer(command: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Child> {
  const started = performance.now();
  // its own process group, so `npm start` and the node it runs stop together
  const proc = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-proc.pid!, sig);
    } catch {
      // already gone
    }
  };
  live.add(proc.pid!);
  const lines: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      signal('SIGKILL');
      reject(new Error(`${args.join(' ')}: not listening after ${timeoutMs} ms\n${lines.slice(-8).join('\n')}`));
    }, timeoutMs);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited ${code}\n${lines.slice(-8).join('\n')}`));
    });
    // pino logs go to stderr, a baseline's line to stdout
    const onLine = (line: string) => {
      lines.push(line);
      if (lines.length > 50) lines.shift();
      const plain = /^listening (\d+)$/.exec(line);
      let found = plain ? Number(plain[1]) : undefined;
      if (found === undefined && line.includes('"listening"')) found = (JSON.parse(line) as { port?: number }).port;
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    createInterface({ input: proc.stdout! }).on('line', onLine);
    createInterface({ input: proc.stderr! }).on('line', onLine);
  });
  const startMs = performance.now() - started;
  return {
    proc,
    url: `http://127.0.0.1:${port}`,
    startMs,
    rss: () => memory(proc.pid!),
    stop: async () => {
      // until the whole group is gone: the lock on a data dir is released at the very end
      signal('SIGTERM');
      const deadline = Date.now() + 15_000;
      while (alive(proc.pid!)) {
        if (Date.now() > deadline) signal('SIGKILL');
        await new Promise((r) => setTimeout(r, 25));
      }
      live.delete(proc.pid!);
    },
  };
}

/** Wall time of a command run to its end (ms), and its peak RSS (MB) from /usr/bin/time when there. */
export async function timeCommand(command: string, args: string[], env: Record<string, string> = {}): Promise<{ ms: number; peakMb: number; out: string }> {
  const useTime = (() => {
    try {
      readFileSync('/usr/bin/time');
      return true;
    } catch {
      return false;
    }
  })();
  const [cmd, argv] = useTime ? ['/usr/bin/time', ['-f', 'maxrss=%M', command, ...args]] : [command, args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const proc = spawn(cmd, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.once('error', reject);
    proc.once('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${err.slice(-500)}`));
      const kb = Number(/maxrss=(\d+)/.exec(err)?.[1] ?? Number.NaN);
      resolve({ ms, peakMb: kb / 1024, out });
    });
  });
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
