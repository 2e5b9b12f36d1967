import type { Logger } from './logger';

interface WorkerLoopOptions {
  /** calls back when new work is written (a NOTIFY at commit), until the returned stop() */
  watch(onWork: () => void): Promise<() => Promise<void>>;
  log: Logger;
  /** the longest sleep: the fallback when no NOTIFY arrives */
  pollMs: number;
  /** one batch; resolves to how many items it handled */
  runOnce(): Promise<number>;
  /** when the next item falls due, to sleep until then */
  nextDueAt(): Promise<Date | null>;
  /** how the log names the work: "dispatcher", "feed poller" */
  name: string;
}

interface WorkerLoop {
  start(): Promise<void>;
  /** resolves once the batch in hand is finished */
  stop(): Promise<void>;
}

/** A worker on the loop: the dispatcher, the feed poller, the scheduler. */
export interface Worker extends WorkerLoop {
  /** one batch by hand; resolves to how many items it handled */
  runOnce(): Promise<number>;
}

/**
 * The loop the outbox dispatcher and the feed poller share: run batches while there is work,
 * then sleep until the next item is due, a NOTIFY arrives, or `pollMs` passes. A store that is
 * down is logged and tried again; it never ends the loop.
 */
export function createWorkerLoop(opts: WorkerLoopOptions): WorkerLoop {
  const { log } = opts;
  let running = false;
  let wakeUp: (() => void) | undefined;
  let loop: Promise<void> | undefined;
  let unlisten: (() => Promise<void>) | undefined;

  async function run(): Promise<void> {
    while (running) {
      let handled = 0;
      try {
        handled = await opts.runOnce();
      } catch (error) {
        log.warn({ err: (error as Error).message }, `${opts.name} cannot reach the store; will retry`);
      }
      if (!running) break;
      if (handled > 0) continue;
      let sleepMs = opts.pollMs;
      try {
        const due = await opts.nextDueAt();
        if (due) sleepMs = Math.max(0, Math.min(opts.pollMs, due.getTime() - Date.now() + 20));
      } catch {
        // the store is down; try again later
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, sleepMs);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = undefined;
    }
  }

  return {
    async start() {
      if (running) return;
      running = true;
      unlisten = await opts.watch(() => wakeUp?.()).catch((error: Error) => {
        log.warn({ err: error.message }, 'LISTEN unavailable; polling only');
        return undefined;
      });
      loop = run();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
      await unlisten?.();
    },
  };
}
