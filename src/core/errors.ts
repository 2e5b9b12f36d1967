/**
 * One error base with a stable `code`. Core functions return these in results; adapters
 * render them through `errorReply` (one place for the user-facing text).
 */
export const errorCodes = [
  'not_found',
  'bad_input',
  'forbidden',
  'store_unavailable',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * What kind of failure a code is, for every adapter alike: the user's own mistake (a typo,
 * an unknown pledge), a refusal, a clash with the record as it stands, the store being away,
 * or a bug. Adapters map the kind (an exit code, a log level), never the code list.
 */
export type FailureKind = 'user_error' | 'forbidden' | 'conflict' | 'outage' | 'bug';

const failures: Record<ErrorCode, { kind: FailureKind; httpStatus: 400 | 403 | 404 | 409 | 500 | 503 }> = {
  not_found: { kind: 'user_error', httpStatus: 404 },
  bad_input: { kind: 'user_error', httpStatus: 400 },
  forbidden: { kind: 'forbidden', httpStatus: 403 },
  conflict: { kind: 'conflict', httpStatus: 409 },
  store_unavailable: { kind: 'outage', httpStatus: 503 },
  internal: { kind: 'bug', httpStatus: 500 },
};

export const failureKind = (code: ErrorCode): FailureKind => failures[code].kind;
/** The HTTP status an error answers with on a JSON or HTML route. */
export const httpStatus = (code: ErrorCode): 400 | 403 | 404 | 409 | 500 | 503 => failures[code].httpStatus;
/** A failure the user can act on (retyping, asking an editor) rather than one the team must fix. */
export const isUserFacing = (kind: FailureKind): boolean => kind !== 'outage' && kind !== 'bug';

export class PledgewatchError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { hint?: string; suggestions?: { slug: string; label: string }[] } = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'PledgewatchError';
  }
}

/** The store could not be reached or failed: the user sees a clear line, never the driver's text. */
export class StoreError extends PledgewatchError {
  constructor(message: string, options?: ErrorOptions) {
    super('store_unavailable', message, {}, options);
    this.name = 'StoreError';
  }
}

export type Result<T, E = PledgewatchError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** What a user is told, per code. Messages of not_found/bad_input/forbidden are already for users. */
export function userMessage(error: PledgewatchError): string {
  switch (error.code) {
    case 'not_found':
    case 'bad_input':
    case 'forbidden':
    case 'conflict':
      return error.message;
    case 'store_unavailable':
      return 'The pledge record is unreachable right now. Nothing was changed; try again in a minute.';
    case 'internal':
      return 'Something went wrong on our side. Nothing was changed; the error was logged.';
  }
}
