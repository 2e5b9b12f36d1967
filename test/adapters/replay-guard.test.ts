import { describe, expect, it } from 'vitest';
import { createReplayGuard } from '../../src/adapters/replay-guard';

describe('replay guard', () => {
  it('refuses a signature seen within the window and forgets it after', () => {
    let t = 1_000_000;
    const guard = createReplayGuard(300_000, () => t);
    expect(guard.firstSeen('sig-a')).toBe(true);
    expect(guard.firstSeen('sig-a')).toBe(false);
    expect(guard.firstSeen('sig-b')).toBe(true);
    t += 300_001;
    expect(guard.firstSeen('sig-c')).toBe(true); // sweeps what is older than the window
    expect(guard.firstSeen('sig-a')).toBe(true);
  });

  it('keeps its memory bounded', () => {
    const guard = createReplayGuard(300_000, () => 0, 3);
    for (const s of ['1', '2', '3', '4', '5']) expect(guard.firstSeen(s)).toBe(true);
    expect(guard.firstSeen('5')).toBe(false);
  });
});
