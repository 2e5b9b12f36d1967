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

/**
 * stderr, written off the main thread: the lines of one turn of the event loop (a burst of
 * requests logs one line each) go out in one write once that turn is done, so a line is never
 * held longer than that. pino flushes what is left when the process exits.
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
      setImmediate(flush);
    }
    return line;
  };
  return { stream, written };
}
