import type { OutboxQueue } from '../core/ports';
import { type DbHandle, guarded } from './client';
import { claimDue, markDead, markDelivered, markRetry, nextDueAt, postedMessageFor, startAttempt } from './outbox-queries';
import { OUTBOX_CHANNEL } from './notify';

/** The dispatcher's OutboxQueue over drizzle; every failure leaves classified, as the store's do. */
export function createOutboxQueue(handle: DbHandle): OutboxQueue {
  const { db } = handle;
  return guarded('outbox', {
    claim: (opts) => claimDue(db, opts),
    startAttempt: (id, worker, leaseMs) => startAttempt(db, id, worker, leaseMs),
    postedMessageFor: (id) => postedMessageFor(db, id),
    markDelivered: (id, worker, delivered, release) => markDelivered(db, id, worker, delivered, release),
    markRetry: (id, worker, retry, release) => markRetry(db, id, worker, retry, release),
    markDead: (id, worker, error, release) => markDead(db, id, worker, error, release),
    nextDueAt: (platforms) => nextDueAt(db, platforms),
    watch: (onWork) => handle.listen(OUTBOX_CHANNEL, onWork),
  } satisfies OutboxQueue);
}
