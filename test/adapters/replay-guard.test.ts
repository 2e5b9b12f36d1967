import { describe, expect, it } from 'vitest';
import { createMemoryReplayGuard, createSharedReplayGuard } from '../../src/adapters/replay-guard';

describe('replay guard in memory', () => {
  it('refuses a signature seen within the window and forgets it after', async () => {
    let t = 1_000_000;
    const guard = createMemoryReplayGuard(300_000, () => t);
    expect(await guard.firstSeen('sig-a')).toBe(true);
    expect(await guard.firstSeen('sig-a')).toBe(false);
    expect(await guard.firstSeen('sig-b')).toBe(true);
    t += 300_001;
    expect(await guard.firstSeen('sig-c')).toBe(true); // sweeps what is older than the window
    expect(await guard.firstSeen('sig-a')).toBe(true);
  });

  it('keeps its memory bounded', async () => {
    const guard = createMemoryReplayGuard(300_000, () => 0, 3);
    for (const s of ['1', '2', '3', '4', '5']) expect(await guard.firstSeen(s)).toBe(true);
    expect(await guard.firstSeen('5')).toBe(false);
  });
});

describe('shared replay guard', () => {
  it('asks the shared memory after its own; a store failure falls back to its own, and is reported', async () => {
    const shared = new Set<string>();
    let down = false;
    const errors: string[] = [];
    const claim = async (s: string) => {
      if (down) throw new Error('connection refused');
      if (shared.has(s)) return false;
      shared.add(s);
      return true;
    };
    const a = createSharedReplayGuard(claim, (e) => errors.push(e.message));
    const b = createSharedReplayGuard(claim, (e) => errors.push(e.message));
    expect(await a.firstSeen('sig-1')).toBe(true);
    expect(await b.firstSeen('sig-1')).toBe(false); // replayed to another instance
    down = true;
    expect(await b.firstSeen('sig-2')).toBe(true);
    expect(await b.firstSeen('sig-2')).toBe(false); // its own memory still holds
    expect(errors).toEqual(['connection refused']);
  });
});
