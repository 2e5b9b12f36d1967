import { describe, expect, it } from 'vitest';
import { createMemoryReplayGuard, createSharedReplayGuard, signatureKey } from '../../src/adapters/replay-guard';

describe('replay guard in memory', () => {
  it('refuses a signature while its timestamp passes the window and forgets it after', async () => {
    let t = 1_000_000_000;
    const stamp = t / 1000;
    const guard = createMemoryReplayGuard(300_000, () => t);
    expect(await guard.firstSeen('sig-a', stamp)).toBe(true);
    expect(await guard.firstSeen('sig-a', stamp)).toBe(false);
    expect(await guard.firstSeen('sig-b', stamp)).toBe(true);
    t += 301_001;
    expect(await guard.firstSeen('sig-c', t / 1000)).toBe(true); // sweeps what has expired
    expect(await guard.firstSeen('sig-a', stamp)).toBe(true);
  });

  it('a request stamped in the future is remembered until its own timestamp has passed the window', async () => {
    let t = 1_000_000_000;
    const guard = createMemoryReplayGuard(300_000, () => t);
    const future = t / 1000 + 295;
    expect(await guard.firstSeen('sig-f', future)).toBe(true);
    t += 310_000; // past first sight + window, still within the future stamp's window
    expect(await guard.firstSeen('sig-f', future)).toBe(false);
  });

  it('keeps its memory bounded', async () => {
    const guard = createMemoryReplayGuard(300_000, () => 0, 3);
    for (const s of ['1', '2', '3', '4', '5']) expect(await guard.firstSeen(s, 0)).toBe(true);
    expect(await guard.firstSeen('5', 0)).toBe(false);
  });

  it('keys a hex signature by its bytes, whatever the case it was sent in', () => {
    expect(signatureKey('discord', 'ABcd01')).toBe(signatureKey('discord', 'abCD01'));
    expect(signatureKey('discord', 'abcd01')).not.toBe(signatureKey('slack', 'abcd01'));
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
    const now = Math.floor(Date.now() / 1000);
    const a = createSharedReplayGuard(claim, (e) => errors.push(e.message));
    const b = createSharedReplayGuard(claim, (e) => errors.push(e.message));
    expect(await a.firstSeen('sig-1', now)).toBe(true);
    expect(await b.firstSeen('sig-1', now)).toBe(false); // replayed to another instance
    down = true;
    expect(await b.firstSeen('sig-2', now)).toBe(true);
    expect(await b.firstSeen('sig-2', now)).toBe(false); // its own memory still holds
    expect(errors).toEqual(['connection refused']);
  });
});
