import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/adapters/console/ask';
import { errorStatus } from '../../src/adapters/web/api';
import type { Commands, CommandInput } from '../../src/core/commands';
import { audience, runCommand } from '../../src/core/commands/run';
import { errorCodes, failureKind, httpStatus, PledgewatchError, StoreError } from '../../src/core/errors';
import type { Reply } from '../../src/core/reply';

const input: CommandInput = { command: 'pledge', text: 'secret words typed', actor: { platform: 'slack', workspace: 'T1', userId: 'U1' } };
const reply = (visibility: Reply['visibility']): Reply => ({ summary: 'fine', sections: [], visibility });

function recordingLog() {
  const lines: { level: 'info' | 'error'; context: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    info: (context: object, message: string) => void lines.push({ level: 'info', context: context as Record<string, unknown>, message }),
    error: (context: object, message: string) => void lines.push({ level: 'error', context: context as Record<string, unknown>, message }),
  };
}

const failing = (error: PledgewatchError): Commands => ({ run: async () => ({ ok: false, error }) });

describe('failure classification lives in the core, next to the codes', () => {
  it('every code has a kind and an HTTP status; the JSON routes answer with that status', () => {
    const table = Object.fromEntries(errorCodes.map((code) => [code, [failureKind(code), httpStatus(code)]]));
    expect(table).toEqual({
      not_found: ['user_error', 404],
      bad_input: ['user_error', 400],
      forbidden: ['forbidden', 403],
      conflict: ['conflict', 409],
      store_unavailable: ['outage', 503],
      internal: ['bug', 500],
    });
    expect(errorStatus(new PledgewatchError('forbidden', 'Only editors may.')).status).toBe(403);
    expect(errorStatus(new PledgewatchError('conflict', 'Exists already.')).status).toBe(409);
    expect(errorStatus(new StoreError('db down'))).toMatchObject({ status: 503, message: expect.stringContaining('unreachable') });
    // a bug: 500 with a generic line, never the error's own text
    expect(errorStatus(new PledgewatchError('internal', 'pointer at 0x0'))).toEqual({ status: 500, code: 'internal', message: 'Something went wrong on our side. The error was logged.' });
    expect(errorStatus(new TypeError('x is undefined')).message).not.toContain('undefined');
  });
});

describe('runCommand', () => {
  it('a thrown bug becomes the internal reply; the log keeps its cause and never the text typed', async () => {
    const log = recordingLog();
    const boom = new Error('socket closed', { cause: new Error('ECONNRESET') });
    const outcome = await runCommand({ run: async () => Promise.reject(boom) }, input, { log, via: 'slash' });
    expect(outcome.failure).toEqual({ kind: 'bug', code: 'internal', httpStatus: 500 });
    expect(outcome.reply.summary).toContain('Something went wrong on our side');
    const threw = log.lines.find((l) => l.message === 'slack command threw');
    expect(threw).toMatchObject({ level: 'error', context: { command: 'pledge', via: 'slash', err: { message: 'socket closed', cause: { message: 'ECONNRESET' } } } });
    expect(JSON.stringify(log.lines)).not.toContain('secret words');
    expect(log.lines.at(-1)).toMatchObject({ level: 'info', message: 'slack command answered', context: { ok: false, kind: 'bug' } });
  });

  it('an outage is logged as an error with its cause; a user error only as answered', async () => {
    const log = recordingLog();
    const down = await runCommand(failing(new StoreError('store query failed', { cause: new Error('connection refused') })), { ...input, actor: { ...input.actor, platform: 'discord' } }, { log, via: 'command' });
    expect(down.failure?.kind).toBe('outage');
    expect(log.lines.find((l) => l.message === 'discord command failed in the store')?.context.err).toMatchObject({ cause: { message: 'connection refused' } });
    const before = log.lines.length;
    const typo = await runCommand(failing(new PledgewatchError('not_found', 'No pledge matches.')), input, { log, via: 'slash' });
    expect(typo.failure).toEqual({ kind: 'user_error', code: 'not_found', httpStatus: 404 });
    expect(log.lines.slice(before).map((l) => l.level)).toEqual(['info']);
  });

  it('the share rule: a share that worked is for everyone and credited; a failed share is the clicker’s alone', async () => {
    expect(audience(reply('ephemeral'), true)).toEqual({ shared: true, inChannel: true });
    expect(audience({ ...reply('ephemeral'), error: { code: 'not_found' } }, true)).toEqual({ shared: false, inChannel: false });
    expect(audience(reply('ephemeral'))).toEqual({ shared: false, inChannel: false });
    expect(audience(reply('in_channel'))).toEqual({ shared: false, inChannel: true });
    const outcome = await runCommand({ run: async () => ({ ok: true, value: reply('ephemeral') }) }, input, { log: recordingLog(), via: 'button:share', share: true });
    expect(outcome).toMatchObject({ failure: null, shared: true, inChannel: true });
  });

  it('the console’s exit code follows the kind: 1 for what the user can fix, 2 for ours', async () => {
    const codes = await Promise.all(
      errorCodes.map(async (code) => [code, exitCodeOf(await runCommand(failing(new PledgewatchError(code, 'x')), input, { log: recordingLog(), via: 'console' }))]),
    );
    expect(Object.fromEntries(codes)).toEqual({ not_found: 1, bad_input: 1, forbidden: 1, conflict: 1, store_unavailable: 2, internal: 2 });
  });
});
