import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger';

const MAX_DETAIL = 300;

/** An error or a value as a short, body-free description for a log line. */
export function describeError(error: unknown): { name?: string; code?: string; status?: number; message: string } {
  if (error instanceof Error) {
    const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
    return {
      name: error.name,
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof statusCode === 'number' ? { status: statusCode } : {}),
      message: error.message.slice(0, MAX_DETAIL),
    };
  }
  return { message: String(error).slice(0, MAX_DETAIL) };
}

function detail(msg: unknown[]): Record<string, unknown> {
  const errors = msg.filter((m) => m instanceof Error).map(describeError);
  const text = msg
    .filter((m) => typeof m === 'string')
    .join(' ')
    .slice(0, MAX_DETAIL);
  return { ...(text ? { detail: text } : {}), ...(errors.length > 0 ? { err: errors[0] } : {}) };
}

/**
 * Bolt's and the WebClient's logs into pino, under a fixed message. Debug lines are dropped:
 * at that level Bolt and the WebClient print request and message bodies. No logger: silence.
 */
export function createBoltLogger(log: Logger | undefined): BoltLogger {
  const child = log?.child({ component: 'bolt' }) ?? null;
  if (!child) return { ...silent };
  return {
    debug: () => {},
    info: (...msg: unknown[]) => child.info(detail(msg), 'bolt said'),
    warn: (...msg: unknown[]) => child.warn(detail(msg), 'bolt warned'),
    error: (...msg: unknown[]) => child.error(detail(msg), 'bolt error'),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

const silent: BoltLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};
