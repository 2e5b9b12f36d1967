import type { MiddlewareHandler } from 'hono';

/** The tracker's pages: everything from this origin, nothing inline, never framed. */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/** The embeddable status box (/embed/...): the page rules, but any site may frame it. */
export const EMBED_CSP = PAGE_CSP.replace("frame-ancestors 'none'", 'frame-ancestors *');
/** JSON, feeds, images, text: nothing to run or load. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

const isEmbed = (path: string) => path === '/embed' || path.startsWith('/embed/');

/**
 * Security headers on every response of the bot's one HTTP app (pages, API, feed, platform
 * endpoints, errors): no MIME sniffing, the referrer cut to the origin across sites, and a
 * Content-Security-Policy by what the response is. Only /embed/ may be framed.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (headed.has(c.res)) return;
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    const html = (headers.get('content-type') ?? '').toLowerCase().startsWith('text/html');
    const embed = isEmbed(c.req.path);
    headers.set('Content-Security-Policy', html ? (embed ? EMBED_CSP : PAGE_CSP) : DATA_CSP);
    if (embed) headers.delete('X-Frame-Options');
    else headers.set('X-Frame-Options', 'DENY');
  };
}

/** What a data response carries (X-Frame-Options too: it is never an embed). */
const DATA_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': DATA_CSP,
  'X-Frame-Options': 'DENY',
};
const headed = new WeakSet<Response>();

/**
 * A data response (JSON, text or empty) that carries the security headers itself, in a plain
 * object, so the middleware leaves it as it is: on the chat platforms' endpoints, turning a
 * response's headers into a Headers object and back was a share of every answer's cost.
 */
export function dataResponse(body: string | null, status: number, headers: Record<string, string> = {}): Response {
  const res = new Response(body, { status, headers: { ...headers, ...DATA_HEADERS } });
  headed.add(res);
  return res;
}
