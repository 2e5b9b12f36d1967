/**
 * Detection off the request path: a small piscina pool of worker threads runs extract and
 * detect (detect-task.ts), so the HTTP server, chat answers and the outbox never wait on
 * an article, and the NLP model lives in the worker alone. The pool starts no thread until
 * the first article and lets an idle one go after a minute.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { packageFile } from '../package-file';
import type { DetectTask } from './detect-task';
import { type Detected, MAX_ARTICLE_CHARS, tooLargeMessage } from './limits';

export interface Detector {
  run(task: DetectTask): Promise<Detected>;
  close(): Promise<void>;
}

export interface DetectorOptions {
  /** worker threads at most; default: half the cores, at least one */
  maxThreads?: number;
  idleTimeoutMs?: number;
}

export function createDetector(opts: DetectorOptions = {}): Detector {
  let pool: Piscina<DetectTask, Detected> | undefined;
  const open = () =>
    (pool ??= new Piscina<DetectTask, Detected>({
      // src/ingest/detect-worker.mjs from the sources; dist/detect-worker.js from the build
      filename: packageFile(import.meta.url, ['./detect-worker.mjs', './detect-worker.js', '../detect-worker.js']).href,
      minThreads: 0,
      maxThreads: opts.maxThreads ?? Math.max(1, Math.floor(availableParallelism() / 2)),
      idleTimeout: opts.idleTimeoutMs ?? 60_000,
    }));
  return {
    async run(task) {
      // plain text over the limit is refused here, without copying it to a worker
      const chars = task.article.text?.length ?? 0;
      if (chars > MAX_ARTICLE_CHARS) return { kind: 'too_large', chars, message: tooLargeMessage(chars) };
      return open().run(task);
    },
    async close() {
      const p = pool;
      pool = undefined;
      await p?.destroy();
    },
  };
}
