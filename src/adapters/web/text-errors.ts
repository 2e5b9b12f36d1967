import type { ErrorHandler } from 'hono';
import type { Logger } from '../../logger';
import { errorStatus, logTrackerError } from './api';

/** The error renderer of the tracker's non-HTML, non-JSON routes (feed, charts): its status and one plain line, never cached. */
export const textErrors =
  (log: Logger): ErrorHandler =>
  (error, c) => {
    const { status, message } = errorStatus(error);
    logTrackerError(log, error, c.req.path, status);
    c.header('Cache-Control', 'no-store');
    return c.text(message, status);
  };
