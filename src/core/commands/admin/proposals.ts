import { PledgewatchError, err, ok, type Result } from '../../errors';
import { actorId } from '../../editors';
import { statusWords } from '../../format';
import type { Proposal } from '../../ports';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import { parseText, parseUrl, splitPairs } from './args';

export const APPROVE_USAGE = '/pledge-admin approve <id> [source=<url>]';
export const REJECT_USAGE = '/pledge-admin reject <id> [reason="..."]';
const MAX_REASON = 500;

const bad = (message: string, hint: string) => err(new PledgewatchError('bad_input', message, { hint }));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function parseId(value: string | undefined, usage: string): Result<number> {
  if (!value) return bad('Which proposal? Give its number.', `Usage: ${usage}. Pending proposals: /pledge-admin proposals.`);
  const id = Number(value.replace(/^#/, ''));
  if (!/^#?\d+$/.test(value) || !Number.isSafeInteger(id) || id < 1) {
    return bad(`“${value}” is not a proposal number.`, `Usage: ${usage}. Pending proposals: /pledge-admin proposals.`);
  }
  return ok(id);
}

const sourcesLine = (p: Proposal) =>
  p.sources.length === 0 ? 'no source' : p.sources.map((s) => (s.url ? `${s.outlet} <${s.url}>` : `${s.outlet} (no link)`)).join(', ');

/** `proposals`: what the newswire found and no editor has decided yet, newest first. */
export async function listPending(deps: CommandDeps, args: string[]): Promise<CommandResult> {
  if (args.length > 0) return bad(`Unexpected “${args.join(' ')}”.`, 'Usage: /pledge-admin proposals');
  const pending = await deps.store.listProposals({ state: 'pending', limit: 20 });
  const title = pending.length === 0 ? 'No pending proposals' : `${plural(pending.length, 'pending proposal')}${pending.length === 20 ? ' (the newest 20)' : ''}`;
  return ok({
    summary: title,
    title,
    sections: pending.length
      ? [
          {
            kind: 'list',
            items: pending.map((p) => ({
              title: `#${p.id} ${p.slug}: ${statusWords(p.currentStatus)} → ${statusWords(p.status)} (confidence ${p.confidence.toFixed(2)})`,
              detail: `“${p.quote}” · ${plural(p.sources.length, 'source')}: ${sourcesLine(p)}`,
              command: `/pledge-admin approve ${p.id}`,
            })),
          },
          { kind: 'context', text: `Publish one with ${APPROVE_USAGE}; turn one down with ${REJECT_USAGE}.` },
        ]
      : [{ kind: 'text', text: 'The newswire has proposed nothing that waits for an editor.' }],
    visibility: 'ephemeral',
  });
}

/** `approve <id> [source=<url>]`: publishes the proposed change as set-status does, with the editor as approver. */
export async function approve(deps: CommandDeps, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const [idWord, ...extra] = words;
  const id = parseId(idWord, APPROVE_USAGE);
  if (!id.ok) return id;
  const unknown = [...pairs.keys()].filter((k) => k !== 'source');
  if (extra.length > 0 || unknown.length > 0) {
    return bad(`Unexpected “${[...extra, ...unknown.map((k) => `${k}=`)].join(' ')}”.`, `Usage: ${APPROVE_USAGE}`);
  }
  const source = pairs.has('source') ? parseUrl(pairs.get('source')) : ok(undefined);
  if (!source.ok) return source;
  const { proposal, published } = await deps.store.decideProposal(
    id.value,
    { decision: 'approved', ...(source.value ? { sourceUrl: source.value } : {}) },
    actorId(input.actor),
  );
  const change = published!.change;
  const text =
    `Proposal ${proposal.id} approved. ${proposal.slug}: ${change.previousStatus ? `${statusWords(change.previousStatus)} → ` : ''}` +
    `${statusWords(proposal.status)} from ${change.effectiveOn}. ` +
    (published!.deliveries > 0
      ? `Announcing to ${plural(published!.deliveries, 'subscribed channel')}.`
      : 'No channel subscribes to it, so nothing will be announced.');
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
}

/** `reject <id> [reason="..."]`: the pledge stays as it is; the proposal is closed. */
export async function reject(deps: CommandDeps, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const [idWord, ...extra] = words;
  const id = parseId(idWord, REJECT_USAGE);
  if (!id.ok) return id;
  const unknown = [...pairs.keys()].filter((k) => k !== 'reason');
  if (extra.length > 0 || unknown.length > 0) {
    return bad(`Unexpected “${[...extra, ...unknown.map((k) => `${k}=`)].join(' ')}”.`, `Usage: ${REJECT_USAGE}. Put quotes around a reason with spaces.`);
  }
  const reason = pairs.has('reason') ? parseText(pairs.get('reason'), 'The reason', MAX_REASON) : ok(undefined);
  if (!reason.ok) return reason;
  const { proposal } = await deps.store.decideProposal(
    id.value,
    { decision: 'rejected', ...(reason.value ? { reason: reason.value } : {}) },
    actorId(input.actor),
  );
  const text = `Proposal ${proposal.id} rejected. ${proposal.slug} stays ${statusWords(proposal.currentStatus)}.`;
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
}
