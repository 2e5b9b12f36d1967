import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { StoreError } from '../core/errors';

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt
 * it. A lock file beside the folder says who has it; a lock whose process is gone is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const path = `${dir.replace(/\/+$/, '')}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (holder && holder !== process.pid && alive(holder)) {
        throw new StoreError(
          `the embedded store at ${dir} (PGLITE_DIR) is open in another pledgewatch process (pid ${holder}); stop it, use another PGLITE_DIR, or set DATABASE_URL to share a PostgreSQL server`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new StoreError(`could not lock ${dir} (PGLITE_DIR)`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
