import { readBody } from '../read-body';
import { dataResponse } from '../web/security-headers';
import { createMemoryReplayGuard, REPLAY_WINDOW_MS, type ReplayGuard, signatureKey } from '../replay-guard';
import type { App, AckFn, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Context, Hono } from 'hono';
import type { Logger } from '../../logger';
import { describeError } from './bolt-logger';
import { parseSlackBody } from './parse-body';
import { malformedSlackBody } from './payload';
import { verifySlackRequest } from './verify';

const slackEventsPath = '/slack/events';
/** Slack's payloads are small; anything near this is not Slack. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Slack gives up after 3 s; answer before that even if no listener acknowledged. */
const ACK_DEADLINE_MS = 2500;

interface HonoReceiverOptions {
  signingSecret: string;
  log: Logger;
  now?: () => number;
  replays?: ReplayGuard;
}

interface HonoReceiver extends Receiver {
  mount(app: Hono): void;
}

const noRetry = { 'x-slack-no-retry': '1' };
const empty = (status: 200 | 400 | 401 | 413 | 500 | 503): Response => dataResponse(null, status, noRetry);

const SERIALISED = Symbol('serialised JSON');

/**
 * An ack's message with its JSON written once (a cached answer's message): HTTP sends that text
 * as is; another receiver (Socket Mode copies the message's fields) sees the message itself.
 */
export function serialisedOnce<T extends object>(message: T): T {
  return Object.defineProperty({ ...message }, SERIALISED, { value: JSON.stringify(message), enumerable: false });
}

const jsonType = { 'content-type': 'application/json' };
const textType = { 'content-type': 'text/plain; charset=utf-8' };

/** What ack(body) sends back: nothing, a text, or JSON (Bolt's HTTPResponseAck does the same). */
function ackResponse(body: unknown): Response {
  if (body === undefined || body === null || body === '') return dataResponse(null, 200);
  if (typeof body === 'object' && SERIALISED in body) return dataResponse(body[SERIALISED] as string, 200, jsonType);
  if (typeof body === 'string') return dataResponse(body, 200, textType);
  return dataResponse(JSON.stringify(body), 200, jsonType);
}

/**
 * A Bolt receiver on the bot's own Hono app: it owns transport only. The route verifies the
 * raw body, parses it, hands a ReceiverEvent to app.processEvent, and answers Slack as soon
 * as a listener calls ack(); the listener carries on and replies through response_url.
 */
export function createHonoReceiver({ signingSecret, log, now = () => Date.now(), replays = createMemoryReplayGuard(REPLAY_WINDOW_MS, now) }: HonoReceiverOptions): HonoReceiver {
  let bolt: App | undefined;
  const inFlight = new Set<Promise<void>>();

  async function dispatch(app: App, body: Record<string, unknown>): Promise<Response> {
    let settle!: (r: Response) => void;
    const response = new Promise<Response>((resolve) => (settle = resolve));
    let answered = false;
    let acked = false;
    const answer = (r: Response) => {
      if (answered) return;
      answered = true;
      settle(r);
    };
    const ack: AckFn<unknown> = async (reply) => {
      if (acked) return;
      acked = true;
      answer(ackResponse(reply));
    };
    const timer = setTimeout(() => {
      if (!answered) log.warn({ deadlineMs: ACK_DEADLINE_MS }, 'slack event not acknowledged in time');
      answer(empty(200));
    }, ACK_DEADLINE_MS);
    const event: ReceiverEvent = { body, ack };
    const run = app
      .processEvent(event)
      .then(() => {
        if (!answered) log.debug({ type: body.type ?? body.command ?? null }, 'slack event had no listener');
        answer(empty(200));
      })
      .catch((error: unknown) => {
        log.error({ err: describeError(error) }, 'slack event failed');
        answer(empty(500));
      })
      .finally(() => {
        clearTimeout(timer);
        inFlight.delete(run);
      });
    inFlight.add(run);
    return response;
  }

  async function handle(c: Context): Promise<Response> {
    const started = performance.now();
    const rawBody = await readBody(c, MAX_BODY_BYTES);
    if (!rawBody) return empty(413);
    const verdict = verifySlackRequest(
      signingSecret,
      { signature: c.req.header('x-slack-signature'), timestamp: c.req.header('x-slack-request-timestamp'), rawBody },
      now(),
    );
    if (!verdict.ok) {
      log.warn({ reason: verdict.reason, path: c.req.path, bytes: rawBody.byteLength }, 'slack request refused');
      return dataResponse(null, 401);
    }
    const retryNum = c.req.header('x-slack-retry-num');
    if (retryNum !== undefined) {
      // Slack retries what it thinks we missed; we answered the first delivery, so never run it twice.
      log.info({ retryNum, retryReason: c.req.header('x-slack-retry-reason') ?? null }, 'slack retry acknowledged, not run again');
      return empty(200);
    }
    // verified: the signature is `v0=` and the hex digest, the timestamp whole seconds
    const replayKey = signatureKey('slack', c.req.header('x-slack-signature')!.slice('v0='.length));
    if (!(await replays.firstSeen(replayKey, Number(c.req.header('x-slack-request-timestamp'))))) {
      log.warn({ reason: 'replayed', path: c.req.path }, 'slack request refused');
      return dataResponse(null, 401);
    }
    const body = parseSlackBody(rawBody, c.req.header('content-type'));
    if (!body) {
      log.warn({ contentType: c.req.header('content-type') ?? null, bytes: rawBody.byteLength }, 'slack request unreadable');
      return empty(400);
    }
    if (body.ssl_check) return empty(200);
    const malformed = malformedSlackBody(body);
    if (malformed) {
      log.warn({ reason: malformed, type: typeof body.type === 'string' ? body.type : null }, 'slack request malformed');
      return dataResponse(`Malformed Slack payload: ${malformed}`, 400, { ...textType, ...noRetry });
    }
    if (body.type === 'url_verification' && typeof body.challenge === 'string') return dataResponse(JSON.stringify({ challenge: body.challenge }), 200, jsonType);
    if (!bolt) return empty(503);
    const response = await dispatch(bolt, body);
    log.debug({ ms: Math.round(performance.now() - started), status: response.status }, 'slack request answered');
    return response;
  }

  return {
    init(app) {
      bolt = app;
    },
    mount(app) {
      app.post(slackEventsPath, handle);
    },
    async start() {},
    /** waits for events already acknowledged to finish their replies */
    async stop() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
