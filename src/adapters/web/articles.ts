/**
 * `POST /api/articles`: wire copy in, proposals for editors out. Bearer token first (compared
 * in constant time), then the body (an HTML page of 8 MiB at most; article text of 2 MiB
 * characters at most: larger is a 413 with a JSON message), then the article pipeline
 * (ingest/pipeline.ts), extract and detect in the worker pool so this server keeps answering
 * meanwhile. Nothing is published here.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { plainText } from '../../core/input';
import type { Detector } from '../../ingest/detector';
import { MAX_ARTICLE_CHARS, MAX_ARTICLE_HTML_BYTES, tooLargeMessage } from '../../ingest/limits';
import { type ArticleDeps, ingestArticle } from '../../ingest/pipeline';
import type { Logger } from '../../logger';
import { errorStatus, logTrackerError } from './api';

const ARTICLES_PATH = '/api/articles';
/** the JSON body: the HTML limit and room for escapes and the other fields */
export const MAX_BODY_BYTES = MAX_ARTICLE_HTML_BYTES + 1024 * 1024;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Equal-length digests, so the comparison takes the same time whatever was sent. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  return timingSafeEqual(digest(m?.[1] ?? ''), digest(token)) && Boolean(m);
}

const body = z
  .object({
    // control and bidi characters (a NUL above all: PostgreSQL refuses it) are removed here, once
    text: z.string().transform(plainText).optional(),
    html: z.string().transform(plainText).optional(),
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }).max(2_000).optional(),
    outlet: z.string().transform(plainText).pipe(z.string().trim().min(1).max(200)).optional(),
  })
  .strict()
  .refine((b) => Boolean(b.text?.trim() || b.html?.trim()), { message: 'give the article as text or html' });

export function mountArticles(app: Hono, deps: { store: ArticleDeps['store']; token: string; log: Logger; detector: Detector }): void {
  const { store, token, log, detector } = deps;
  app.post(
    ARTICLES_PATH,
    async (c, next) => {
      if (!bearerMatches(c.req.header('authorization'), token)) {
        log.warn({ path: ARTICLES_PATH }, 'article intake: bad or missing token');
        return c.body(null, 401);
      }
      await next();
    },
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'too_large', message: `The body is over ${MAX_BODY_BYTES / 1024 / 1024} MiB; the article text may be ${MAX_ARTICLE_CHARS / 1024 / 1024} MiB at most.` }, 413) }),
    async (c) => {
      let json: unknown;
      try {
        json = JSON.parse(await c.req.text());
      } catch {
        return c.json({ error: 'bad_request', message: 'The body must be JSON: {"text": "..."} or {"html": "..."}, with optional "url" and "outlet".' }, 400);
      }
      const parsed = body.safeParse(json);
      if (!parsed.success) {
        const message = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
        return c.json({ error: 'bad_request', message }, 400);
      }
      const input = parsed.data;
      try {
        const useHtml = Boolean(input.html?.trim());
        const size = useHtml ? input.html!.length : input.text!.length;
        if (size > (useHtml ? MAX_ARTICLE_HTML_BYTES : MAX_ARTICLE_CHARS)) return c.json({ error: 'too_large', message: tooLargeMessage(size) }, 413);
        log.debug({ chars: size, html: useHtml }, 'article queued for detection');
        const done = await ingestArticle(
          { store, detector },
          useHtml ? { html: input.html! } : { text: input.text! },
          { url: input.url ?? null, outlet: input.outlet ?? null },
        );
        if (done.kind === 'too_large') return c.json({ error: 'too_large', message: done.message }, 413);
        const { findings, proposals } = done.kind === 'ingested' ? done : { findings: [], proposals: [] };
        log.info({ findings: findings.length, proposals: proposals.length, created: proposals.filter((p) => p.created).length }, 'article ingested');
        return c.json({ findings, proposals }, 202);
      } catch (error) {
        // the store's errors come classified (a refused value is the sender's 400), never with the article in them
        const { status, code, message } = errorStatus(error as Error);
        logTrackerError(log, error as Error, ARTICLES_PATH, status);
        return c.json({ error: code, message }, status);
      }
    },
  );
}
