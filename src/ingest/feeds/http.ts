/**
 * The poller's HTTP: one GET with a timeout, a size cap and our user agent. Redirects are
 * followed, up to 5, each hop checked by `allow` when given; a body over the cap is cut off and
 * refused, never buffered.
 */
export const USER_AGENT = 'pledgewatch';

export interface FetchedPage {
  status: number;
  headers: Headers;
  /** the URL after redirects */
  url: string;
  /** empty unless 2xx */
  body: string;
}

export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

export interface FetchOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  /** null when a URL (the first, or a redirect's) may be fetched, else why not */
  allow?: (url: string) => Promise<string | null>;
}

export class RefusedUrlError extends Error {
  override name = 'RefusedUrlError';
}

const MAX_REDIRECTS = 5;

/** GET `url`. Throws on a network error, a timeout or a body over `maxBytes`; any HTTP status resolves. */
export async function fetchLimited(url: string, opts: FetchOptions): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let current = url;
  let res: Response;
  for (let hop = 0; ; hop++) {
    const refused = await opts.allow?.(current);
    if (refused) throw new RefusedUrlError(refused);
    res = await fetch(current, { headers: { 'user-agent': USER_AGENT, ...opts.headers }, redirect: 'manual', signal });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (!location) break;
    await res.body?.cancel().catch(() => {});
    if (hop === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
    current = new URL(location, current).toString();
  }
  const page = { status: res.status, headers: res.headers, url: current };
  if (res.status < 200 || res.status > 299 || !res.body) {
    await res.body?.cancel().catch(() => {});
    return { ...page, body: '' };
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    await res.body.cancel().catch(() => {});
    throw new TooLargeError(`the response is ${declared} bytes; the limit is ${opts.maxBytes}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > opts.maxBytes) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError(`the response is over ${opts.maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks);
  return { ...page, body: decode(bytes, res.headers.get('content-type')) };
}

/** The charset from the content type, else from an XML declaration, else UTF-8. */
function decode(bytes: Buffer, contentType: string | null): string {
  const head = bytes.subarray(0, 200).toString('latin1');
  const label = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /^<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Retry-After in milliseconds (seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** A one-line reason for a thrown fetch error: the cause's code when there is one. */
export function describeFetchError(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timed out';
  if (e instanceof TooLargeError || e instanceof RefusedUrlError) return e.message;
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message}: ${cause}` : e.message;
}

/** A URL for the log: no query string or credentials, which private feeds use for their keys. */
export function logUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}
