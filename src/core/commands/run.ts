import { errorReply } from '../error-reply';
import { type ErrorCode, type FailureKind, PledgewatchError, failureKind, httpStatus } from '../errors';
import type { Reply } from '../reply';
import type { Commands } from './index';
import type { CommandInput } from './types';

/** The part of a logger the runner writes to (pino's Logger is one). */
export interface CommandLog {
  info(context: object, message: string): void;
  error(context: object, message: string): void;
}

interface Failure {
  kind: FailureKind;
  code: ErrorCode;
  httpStatus: number;
}

/** What running one command came to, whichever adapter asked. */
export interface CommandOutcome {
  /** the answer to show: the command's own, or the error reply */
  reply: Reply;
  /** null when the command succeeded */
  failure: Failure | null;
  /** for everyone in the channel: a share that worked, or an answer meant for the channel */
  inChannel: boolean;
  /** a share that worked: the message names who shared it */
  shared: boolean;
}

interface RunOptions {
  log: CommandLog;
  /** how it arrived, for the log: `slash`, `button:share`, `gateway`... */
  via: string;
  /** the user asked to post the answer for everyone (a Share button) */
  share?: boolean;
}

const MAX_DETAIL = 500;

/** An error as a log line may hold it: name, message and its causes, never a stack of user text. */
function describeFailure(error: unknown, depth = 0): { name?: string; message: string; cause?: unknown } {
  if (!(error instanceof Error)) return { message: String(error).slice(0, MAX_DETAIL) };
  const cause = depth < 3 && error.cause !== undefined ? { cause: describeFailure(error.cause, depth + 1) } : {};
  return { name: error.name, message: error.message.slice(0, MAX_DETAIL), ...cause };
}

/**
 * Who sees an answer, the one rule for every adapter: a share is posted for everyone unless it
 * failed (an error is the clicker's alone); otherwise the reply's own visibility decides.
 */
export function audience(reply: Reply, share = false): Pick<CommandOutcome, 'inChannel' | 'shared'> {
  const shared = share && !reply.error;
  return { shared, inChannel: shared || reply.visibility === 'in_channel' };
}

/** A failure the adapter found before any command ran (an unknown command, a stale button). */
export function failedOutcome(error: PledgewatchError): CommandOutcome {
  const reply = errorReply(error);
  return { reply, failure: { kind: failureKind(error.code), code: error.code, httpStatus: httpStatus(error.code) }, ...audience(reply) };
}

/**
 * Runs one command for an adapter: the answer or its classified failure, logged once. An
 * outage or a bug is logged with its cause; the user sees errorReply's line, never the cause.
 */
export async function runCommand(commands: Commands, input: CommandInput, { log, via, share = false }: RunOptions): Promise<CommandOutcome> {
  const started = Date.now();
  const platform = input.actor.platform;
  let outcome: CommandOutcome;
  try {
    const result = await commands.run(input);
    outcome = result.ok ? { reply: result.value, failure: null, ...audience(result.value, share) } : failedOutcome(result.error);
    if (!result.ok && outcome.failure?.kind === 'outage') {
      log.error({ command: input.command, via, err: describeFailure(result.error) }, `${platform} command failed in the store`);
    } else if (!result.ok && outcome.failure?.kind === 'bug') {
      log.error({ command: input.command, via, err: describeFailure(result.error) }, `${platform} command failed`);
    }
  } catch (error) {
    log.error({ command: input.command, via, err: describeFailure(error) }, `${platform} command threw`);
    outcome = failedOutcome(new PledgewatchError('internal', 'command threw', {}, { cause: error }));
  }
  const failure = outcome.failure ? { kind: outcome.failure.kind, code: outcome.failure.code } : {};
  log.info({ command: input.command, via, ok: !outcome.failure, ...failure, ms: Date.now() - started }, `${platform} command answered`);
  return outcome;
}
