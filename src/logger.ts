import { pino, type Logger } from 'pino';

export type { Logger };

/** pino, a fixed message plus a context object; tokens and secrets are redacted wherever they appear. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'pledgewatch' },
      redact: {
        paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'secret', '*.secret', 'password', '*.password'],
        censor: '[redacted]',
      },
    },
    destination ?? pino.destination(2),
  );
}
