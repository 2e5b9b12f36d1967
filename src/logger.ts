import { pino, type Logger } from 'pino';

export type { Logger };

/** pino, a fixed message plus a context object; tokens and secrets are redacted wherever they appear. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const stderr = destination ? null : bufferedStderr();
  return pino(
    {
      level,
      base: { app: 'pledgewatch' },
      redact: {
        paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'secret', '*.secret', 'password', '*.password'],
        censor: '[redacted]',
      },
      ...(stderr ? { hooks: { streamWrite: stderr.written } } : {}),
    },
    destination ?? stderr!.stream,
  );
}

/** How long a log line may wait for others to go out with it. */
const logFlushMs = 20;

/**
 * stderr, written off the main thread: the lines of a few milliseconds (a busy bot logs one
 * line per answer) go out in one write, or sooner when 8 KiB pile up. pino flushes what is
 * left when the process exits.
 */
function bufferedStderr() {
  const stream = pino.destination({ dest: 2, sync: false, minLength: 8 * 1024 });
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    stream.flush();
  };
  const written = (line: string): string => {
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, logFlushMs).unref();
    }
    return line;
  };
  return { stream, written };
}
