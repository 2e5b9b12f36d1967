/** Capped exponential backoff with jitter: attempt 1 -> ~base, doubling up to max. */
export function backoffMs(attempt: number, opts: { baseMs: number; maxMs: number }, random = Math.random): number {
  const exp = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.5 + random() * 0.5));
}
