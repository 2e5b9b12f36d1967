import type { Commands } from './index';
import type { CommandInput, CommandResult } from './types';

interface AnswerCacheOptions {
  /** entries kept at most; the oldest goes first */
  max?: number;
  /** an entry's lifetime: the bound on staleness should a change notice ever be lost */
  ttlMs?: number;
  now?: () => number;
}

interface CachedCommands extends Commands {
  /** drops every answer: something they show has changed (a write here, or a change notice) */
  invalidate(): void;
}

/** /pledge words that answer from the channel's own state, not from the record */
const PER_CHANNEL = new Set(['subscribe', 'unsubscribe', 'subscriptions']);

/**
 * The reading commands' answers depend only on their words and the record, never on who asks:
 * /pledge <query>, list, history, help and /tariff ... are kept by their normalised words
 * and served from memory until the record changes. Anything else (editors' commands,
 * subscriptions) runs every time and, having maybe written, drops what is kept. An answer
 * that was being worked out while a change came in is not kept.
 */
export function createAnswerCache(commands: Commands, { max = 2_000, ttlMs = 60_000, now = Date.now }: AnswerCacheOptions = {}): CachedCommands {
  const kept = new Map<string, { result: CommandResult; at: number }>();
  let generation = 0;
  const keyOf = (input: CommandInput): string | null => {
    const words = input.text.trim().replace(/\s+/g, ' ').toLowerCase();
    if (input.command === 'tariff') return `tariff ${words}`;
    if (input.command === 'pledge' && !PER_CHANNEL.has(words.split(' ')[0] ?? '')) return `pledge ${words}`;
    return null;
  };
  const invalidate = () => {
    generation++;
    kept.clear();
  };
  return {
    invalidate,
    async run(input) {
      const key = keyOf(input);
      if (key === null) {
        try {
          return await commands.run(input);
        } finally {
          invalidate();
        }
      }
      const hit = kept.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.result;
      const started = generation;
      const result = await commands.run(input);
      // a store outage is not an answer to keep
      const keepable = result.ok || (result.error.code !== 'store_unavailable' && result.error.code !== 'internal');
      if (keepable && generation === started) {
        kept.delete(key);
        kept.set(key, { result, at: now() });
        if (kept.size > max) kept.delete(kept.keys().next().value!);
      }
      return result;
    },
  };
}
