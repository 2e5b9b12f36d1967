import { PledgewatchError, err, ok } from '../../errors';
import { actorId } from '../../editors';
import { grammar } from '../grammar';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import type { OutboxAdmin } from '../../ports';
import { parseRecordId } from './args';

export const outboxGrammar = grammar('outbox', `
  /pledge-admin outbox [retry <id>]
  Announcement deliveries waiting or failed; retry queues a dead one again.
  id: the number of a dead delivery, as the outbox lists it
  e.g. /pledge-admin outbox retry 12
`);

/** `outbox` shows pending and dead deliveries; `outbox retry <id>` queues a dead one again. */
export async function outbox(deps: CommandDeps<OutboxAdmin>, args: string[], input: CommandInput): Promise<CommandResult> {
  if (args[0]?.toLowerCase() === 'retry') {
    const parsed = parseRecordId(args[1], 'delivery', '/pledge-admin outbox retry 12');
    if (!parsed.ok) return parsed;
    const id = parsed.value;
    const outcome = await deps.store.retryDelivery(id, actorId(input.actor));
    if (outcome === 'not_dead') return err(new PledgewatchError('conflict', `Delivery ${id} is not a dead one; nothing to retry.`));
    const text = `Delivery ${id} is queued again.`;
    return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
  }
  if (args.length > 0) return err(new PledgewatchError('bad_input', `“${args.join(' ')}”?`, { hint: `Usage: ${outboxGrammar.syntax}.` }));
  const { counts, recovered, rows } = await deps.store.outboxOverview(20);
  const title = `Outbox: ${counts.pending} pending, ${counts.dead} dead, ${counts.delivered} delivered`;
  // A retry after an attempt whose outcome was lost looks for that attempt's message first;
  // where the channel's history could not be read it posted without looking.
  const checks = `Retries after a lost answer: ${recovered.found} found their earlier message, ${recovered.unchecked} posted without a history check.`;
  return ok({
    summary: title,
    title,
    sections: [...(rows.length
      ? [
          {
            kind: 'list' as const,
            items: rows.map((r) => ({
              title: `#${r.id} ${r.state}: ${r.about ?? `${r.proposalId ? `review of proposal ${r.proposalId}, ` : ''}${r.pledgeSlug} → ${(r.status ?? '').replaceAll('_', ' ')}`} to ${r.platform} ${r.channelId} (${r.kind})`,
              detail: [`${r.attempts} attempt${r.attempts === 1 ? '' : 's'}`, r.state === 'pending' ? `next ${r.nextAttemptAt.toISOString()}` : null, r.lastError]
                .filter(Boolean)
                .join(' · '),
              ...(r.state === 'dead' ? { command: `/pledge-admin outbox retry ${r.id}` } : {}),
            })),
          },
        ]
      : [{ kind: 'text' as const, text: 'Nothing pending or dead.' }]), { kind: 'text' as const, text: checks }],
    visibility: 'ephemeral',
  });
}
