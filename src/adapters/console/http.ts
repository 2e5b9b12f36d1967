import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { Commands } from '../../core/commands';
import type { PledgeReads, ProposalIntake } from '../../core/ports';
import type { Detector } from '../../ingest/detector';
import { MAX_ARTICLE_CHARS, tooLargeMessage } from '../../ingest/limits';
import type { Logger } from '../../logger';
import { ask } from './ask';

import { CONSOLE_INGEST_PATH, CONSOLE_PATH, type ConsoleArticle } from './client';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Lets `pledgewatch ask` and `pledgewatch ingest` on this machine use the running bot's
 * embedded store (which only one process may open). Only loopback callers holding the token
 * from the owner-only lock file get in; the console is the local editor, so this is a local
 * shell's privilege only.
 */
export function mountConsole(app: Hono, deps: { commands: Commands; store: PledgeReads & ProposalIntake; token: string; log: Logger; detector: Detector }): void {
  const expected = Buffer.from(`Bearer ${deps.token}`);
  const allowed = (c: Context): boolean => {
    const remote = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
    const given = Buffer.from(c.req.header('authorization') ?? '');
    if (remote && loopback.has(remote) && given.length === expected.length && timingSafeEqual(given, expected)) return true;
    deps.log.warn({ remote, path: c.req.path }, 'console request refused');
    return false;
  };
  app.post(CONSOLE_PATH, async (c) => {
    if (!allowed(c)) return c.body(null, 401);
    const body = (await c.req.json().catch(() => null)) as { line?: unknown } | null;
    if (typeof body?.line !== 'string' || body.line.length > 10_000) return c.json({ error: 'bad_request' }, 400);
    return c.json(await ask(deps.commands, body.line, deps.log));
  });
  app.post(CONSOLE_INGEST_PATH, async (c) => {
    if (!allowed(c)) return c.body(null, 401);
    const body = (await c.req.json().catch(() => null)) as Partial<ConsoleArticle> | null;
    if (typeof body?.text !== 'string') return c.json({ error: 'bad_request' }, 400);
    if (body.text.length > MAX_ARTICLE_CHARS) return c.json({ error: 'too_large', message: tooLargeMessage(body.text.length) }, 413);
    const str = (v: unknown) => (typeof v === 'string' && v.length <= 2_000 ? v : undefined);
    const article = { text: body.text, title: str(body.title) ?? null, siteName: str(body.siteName) ?? null, outlet: str(body.outlet), url: str(body.url) };
    const { InputError, ingest } = await import('../../ingest/ingest');
    try {
      return c.json({ lines: await ingest(article, deps.store, deps.detector) });
    } catch (error) {
      if (error instanceof InputError) return c.json({ error: 'too_large', message: error.message }, 413);
      throw error;
    }
  });
}
