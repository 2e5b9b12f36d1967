import { describe, expect, it } from 'vitest';
import type { CommandInput, CommandResult, Commands } from '../../src/core/commands';
import { createAnswerCache } from '../../src/core/commands/answer-cache';
import { PledgewatchError, ok } from '../../src/core/errors';

const actor = { platform: 'slack' as const, workspace: 'T1', userId: 'U1' };
const input = (command: CommandInput['command'], text: string, userId = 'U1'): CommandInput => ({ command, text, actor: { ...actor, userId } });

/** A core that counts its runs and answers with the run's number. */
function countingCore(): Commands & { runs: CommandInput[]; hold?: Promise<void> } {
  const core: Commands & { runs: CommandInput[]; hold?: Promise<void> } = {
    runs: [],
    async run(i): Promise<CommandResult> {
      core.runs.push(i);
      const n = core.runs.length;
      await core.hold;
      return ok({ summary: `answer ${n}`, sections: [], visibility: 'ephemeral' });
    },
  };
  return core;
}

const summary = (r: CommandResult) => (r.ok ? r.value.summary : r.error.code);

describe('the answer cache', () => {
  it('answers a reading command from memory, whoever asks and however it is spaced or cased', async () => {
    const core = countingCore();
    const cache = createAnswerCache(core);
    expect(summary(await cache.run(input('pledge', 'alibaba')))).toBe('answer 1');
    expect(summary(await cache.run(input('pledge', '  Alibaba ', 'U2')))).toBe('answer 1');
    expect(summary(await cache.run(input('tariff', 'china')))).toBe('answer 2');
    expect(core.runs).toHaveLength(2);
  });

  it('runs editors’ commands and subscriptions every time, and drops what it kept after them', async () => {
    const core = countingCore();
    const cache = createAnswerCache(core);
    await cache.run(input('pledge', 'alibaba'));
    await cache.run(input('pledge-admin', 'set-status x broken https://e.org "q"'));
    await cache.run(input('pledge', 'subscriptions'));
    await cache.run(input('pledge', 'subscriptions'));
    expect(summary(await cache.run(input('pledge', 'alibaba')))).toBe('answer 5');
    expect(core.runs.map((r) => r.command)).toEqual(['pledge', 'pledge-admin', 'pledge', 'pledge', 'pledge']);
  });

  it('after invalidate() the next read runs again, and an answer worked out across a change is not kept', async () => {
    const core = countingCore();
    const cache = createAnswerCache(core);
    await cache.run(input('pledge', 'alibaba'));
    cache.invalidate();
    let release!: () => void;
    core.hold = new Promise((r) => (release = r));
    const during = cache.run(input('pledge', 'alibaba'));
    cache.invalidate();
    release();
    expect(summary(await during)).toBe('answer 2');
    core.hold = undefined;
    expect(summary(await cache.run(input('pledge', 'alibaba')))).toBe('answer 3');
  });

  it('keeps no outage, and forgets entries past their lifetime or beyond its size', async () => {
    let now = 0;
    const core = countingCore();
    const cache = createAnswerCache(core, { max: 2, ttlMs: 1_000, now: () => now });
    await cache.run(input('pledge', 'a'));
    await cache.run(input('pledge', 'b'));
    await cache.run(input('pledge', 'c')); // a goes
    await cache.run(input('pledge', 'a'));
    expect(core.runs).toHaveLength(4);
    now = 2_000;
    await cache.run(input('pledge', 'a'));
    expect(core.runs).toHaveLength(5);

    const down: Commands = { run: async () => ({ ok: false, error: new PledgewatchError('store_unavailable', 'down') }) };
    let calls = 0;
    const counted = createAnswerCache({ run: (i) => (calls++, down.run(i)) });
    await counted.run(input('pledge', 'x'));
    await counted.run(input('pledge', 'x'));
    expect(calls).toBe(2);
  });
});
