import { timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import type { Commands } from '../../core/commands';
import type { Logger } from '../../logger';
import { ask } from './ask';

export const CONSOLE_PATH = '/console/ask';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Lets `pledgewatch ask` on this machine use the running bot's embedded store (which only
 * one process may open). Only loopback callers holding the token from the owner-only lock
 * file get in; the console is the local editor, so this is a local shell's privilege only.
 */
export function mountConsole(app: Hono, deps: { commands: Commands; token: string; log: Logger }): void {
  const expected = Buffer.from(`Bearer ${deps.token}`);
  app.post(CONSOLE_PATH, async (c) => {
    const remote = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
    const given = Buffer.from(c.req.header('authorization') ?? '');
    if (!remote || !loopback.has(remote) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      deps.log.warn({ remote }, 'console request refused');
      return c.body(null, 401);
    }
    const body = (await c.req.json().catch(() => null)) as { line?: unknown } | null;
    if (typeof body?.line !== 'string' || body.line.length > 10_000) return c.json({ error: 'bad_request' }, 400);
    return c.json(await ask(deps.commands, body.line));
  });
}

/** The client side: hands one command line to the running bot. */
export async function askRunningBot(port: number, token: string, line: string): Promise<{ output: string; exitCode: 0 | 1 | 2 }> {
  const res = await fetch(`http://127.0.0.1:${port}${CONSOLE_PATH}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ line }),
  });
  if (!res.ok) throw new Error(`the running bot refused the console request (HTTP ${res.status})`);
  return (await res.json()) as { output: string; exitCode: 0 | 1 | 2 };
}
