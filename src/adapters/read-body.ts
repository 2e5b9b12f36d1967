import type { Context } from 'hono';

/**
 * A request's raw body, or null when it is over `maxBytes`. A body of declared length is read
 * in one piece straight from the Node request (no WHATWG Request is built: on the chat
 * platforms' hot paths that was a large share of each request's cost); a chunked one is
 * streamed and given up as soon as it passes the limit, so it cannot grow without bound.
 */
export async function readBody(c: Context, maxBytes: number): Promise<Uint8Array | null> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
    if (Number(declared) > maxBytes) return null;
    const body = new Uint8Array(await c.req.arrayBuffer());
    return body.byteLength > maxBytes ? null : body;
  }
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
