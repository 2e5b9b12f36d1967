/** Waits `ms`: for a test that checks nothing else arrives within a while, never as a budget. */
export const settle = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until `find` gives something, or fails naming `what` (a hang becomes a clear failure). */
export async function until<T>(find: () => T | undefined | false, timeoutMs: number, what: string): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ; await settle(50)) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
  }
}
