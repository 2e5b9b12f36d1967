import type { Announcer, DeliveryOutcome } from '../../src/core/ports';
import type { Reply } from '../../src/core/reply';

/**
 * A fake of our own Announcer port: it records every attempt and answers from a script
 * (then 'delivered'), so dispatcher logic can be tested without a platform.
 */
export function fakeAnnouncer(platform: 'slack' | 'discord', script: DeliveryOutcome['kind'][] = []) {
  const attempts: { channelId: string; reply: Reply; deliveryKey?: string; messageId?: string; kind: 'post' | 'edit' }[] = [];
  let n = 0;
  const outcome = (): DeliveryOutcome => {
    const scripted = script.shift();
    n++;
    if (scripted === 'retry') return { kind: 'retry', reason: 'scripted 500', retryAfterMs: 0 };
    if (scripted === 'dead') return { kind: 'dead', reason: 'scripted channel_not_found' };
    return { kind: 'delivered', messageId: `${platform}-msg-${n}` };
  };
  const announcer: Announcer = {
    platform,
    async post(channelId, reply, opts) {
      attempts.push({ channelId, reply, deliveryKey: opts.deliveryKey, kind: 'post' });
      return outcome();
    },
    async edit(channelId, messageId, reply) {
      attempts.push({ channelId, reply, messageId, kind: 'edit' });
      return outcome();
    },
  };
  return { announcer, attempts };
}
