import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { StoreError } from '../core/errors';

/** What the lock file beside a PGlite folder says: who holds it, and how to reach its console. */
interface LockInfo {
  pid: number;
  /** set by a running server: where `pledgewatch ask` can hand its command instead */
  console?: { port: number; token: string };
}

const lockPath = (dir: string): string => `${dir.replace(/\/+$/, '')}.lock`;

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt
 * it. A lock file beside the folder says who has it; a lock whose process is gone is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const path = lockPath(dir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid } satisfies LockInfo));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(dir);
      if (holder && holder.pid !== process.pid && alive(holder.pid)) {
        throw new StoreError(
          `the embedded store at ${dir} (PGLITE_DIR) is open in another pledgewatch process (pid ${holder.pid}); stop it, use another PGLITE_DIR, or set DATABASE_URL to share a PostgreSQL server`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new StoreError(`could not lock ${dir} (PGLITE_DIR)`);
}

/** The live holder of the lock, if any. */
export function readLock(dir: string): LockInfo | null {
  try {
    const text = readFileSync(lockPath(dir), 'utf8').trim();
    const info = (text.startsWith('{') ? JSON.parse(text) : { pid: Number(text) }) as LockInfo;
    return Number.isInteger(info.pid) && alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/** A running server adds its console address to the lock it holds (owner-only file). */
export function advertiseConsole(dir: string, console: { port: number; token: string }): void {
  writeFileSync(lockPath(dir), JSON.stringify({ pid: process.pid, console } satisfies LockInfo), { mode: 0o600 });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
