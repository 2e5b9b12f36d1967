import { PledgewatchError, err, ok, type Result } from '../../errors';
import { actorId, actorLabel } from '../../editors';
import { formText } from '../../input';
import { pledgeStatuses, statusReasons } from '../../vocabulary';
import { statusWords } from '../../format';
import { approvalForm, reviewReply } from '../../announcements/review';
import type { Proposal, ProposalReads, ProposalReview } from '../../ports';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import { grammar } from '../grammar';
import { parseChangeFields, parseRecordId, parseText, splitPairs } from './args';

const proposalId = { name: 'id', meaning: 'the proposal’s number, as /pledge-admin proposals lists it' };

export const proposalsGrammar = grammar('proposals', `
  /pledge-admin proposals
  Status changes the newswire proposes, waiting for an editor, newest first.
  e.g. /pledge-admin proposals
`);
export const proposalGrammar = grammar('proposal', `
  /pledge-admin proposal <id>
  One proposal as the review channel shows it, with its buttons while it waits.
  id: the proposal’s number, as /pledge-admin proposals lists it
  e.g. /pledge-admin proposal 12
`);
export const approveGrammar = grammar('approve', `
  /pledge-admin approve <id> [status=<status>] [date=YYYY-MM-DD] [quote="..."] [source=<url>] [reason=<reason>]
  Publish a proposal as set-status does, with your changes if any; you are recorded as the approver.
  id: the proposal’s number, as /pledge-admin proposals lists it
  status: publish this status instead: ${pledgeStatuses.join(', ')}
  date: the effective date
  quote: the quote to publish
  source: the source link to publish
  reason: why: ${statusReasons.join(', ')}
  e.g. /pledge-admin approve 12 status=compromise reason=external_blocker
`);
export const editGrammar = grammar('edit', `
  /pledge-admin edit <id>
  The form to change a proposal before publishing it (a modal in Slack and Discord).
  id: the proposal’s number, as /pledge-admin proposals lists it
  e.g. /pledge-admin edit 12
`);
export const rejectGrammar = grammar('reject', `
  /pledge-admin reject <id> [reason="..."]
  Turn a proposal down; the pledge stays as it is.
  id: the proposal’s number, as /pledge-admin proposals lists it
  reason: why it is wrong, up to 500 characters
  e.g. /pledge-admin reject 12 reason="the article quotes a rumour"
`);
const APPROVE_USAGE = approveGrammar.syntax;
const EDIT_USAGE = editGrammar.syntax;
const PROPOSAL_USAGE = proposalGrammar.syntax;
const REJECT_USAGE = rejectGrammar.syntax;
const MAX_REASON = 500;

const bad = (message: string, hint: string) => err(new PledgewatchError('bad_input', message, { hint }));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const parseId = (value: string | undefined, usage: string): Result<number> =>
  parseRecordId(value, 'proposal', `${usage}. Pending proposals: /pledge-admin proposals`);

const sourcesLine = (p: Proposal) =>
  p.sources.length === 0 ? 'no source' : p.sources.map((s) => (s.url ? `${s.outlet} <${s.url}>` : `${s.outlet} (no link)`)).join(', ');

/** `proposals`: what the newswire found and no editor has decided yet, newest first. */
export async function listPending(deps: CommandDeps<ProposalReads>, args: string[]): Promise<CommandResult> {
  if (args.length > 0) return bad(`Unexpected “${args.join(' ')}”.`, `Usage: ${proposalsGrammar.syntax}`);
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
              command: `/pledge-admin proposal ${p.id}`,
            })),
          },
          { kind: 'context', text: `Open one with ${PROPOSAL_USAGE}; publish it with ${APPROVE_USAGE}; turn it down with ${REJECT_USAGE}.` },
        ]
      : [{ kind: 'text', text: 'The newswire has proposed nothing that waits for an editor.' }],
    visibility: 'ephemeral',
  });
}

const APPROVE_KEYS = ['source', 'status', 'date', 'quote', 'reason'];

/**
 * `approve <id> [status=] [date=] [quote=] [source=] [reason=]`: publishes the proposed change
 * as set-status does, with the editor as approver and the editor's changes, if any, applied.
 */
export async function approve(deps: CommandDeps<ProposalReview>, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const [idWord, ...extra] = words;
  const id = parseId(idWord, APPROVE_USAGE);
  if (!id.ok) return id;
  const unknown = [...pairs.keys()].filter((k) => !APPROVE_KEYS.includes(k));
  if (extra.length > 0 || unknown.length > 0) {
    return bad(`Unexpected “${[...extra, ...unknown.map((k) => `${k}=`)].join(' ')}”.`, `Usage: ${APPROVE_USAGE}`);
  }
  const edits = parseChangeFields(pairs, deps.clock.now().toISOString().slice(0, 10));
  if (!edits.ok) return edits;
  const { reason, ...rest } = edits.value;
  const { proposal, published } = await deps.store.decideProposal(id.value, { decision: 'approved', ...rest, ...(reason ? { reason } : {}) }, actorId(input.actor));
  const change = published!.change;
  const text =
    `Proposal ${proposal.id} approved. ${proposal.slug}: ${change.previousStatus ? `${statusWords(change.previousStatus)} → ` : ''}` +
    `${statusWords(change.status)} from ${change.effectiveOn}. ` +
    (published!.deliveries > 0
      ? `Announcing to ${plural(published!.deliveries, 'subscribed channel')}.`
      : 'No channel subscribes to it, so nothing will be announced.');
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
}

async function findProposal(deps: CommandDeps<ProposalReads>, args: string[], usage: string): Promise<Result<Proposal>> {
  const [idWord, ...extra] = args;
  const id = parseId(idWord, usage);
  if (!id.ok) return id;
  if (extra.length > 0) return bad(`Unexpected “${extra.join(' ')}”.`, `Usage: ${usage}`);
  const proposal = await deps.store.getProposal(id.value);
  if (!proposal) return err(new PledgewatchError('not_found', `No proposal has the number ${id.value}.`, { hint: 'Pending proposals: /pledge-admin proposals.' }));
  return ok(proposal);
}

/** `proposal <id>`: one proposal as the review channel shows it, with its buttons while it waits. */
export async function showProposal(deps: CommandDeps<ProposalReads>, args: string[]): Promise<CommandResult> {
  const proposal = await findProposal(deps, args, PROPOSAL_USAGE);
  if (!proposal.ok) return proposal;
  return ok({ ...reviewReply(proposal.value), visibility: 'ephemeral' });
}

/**
 * `edit <id>`: the form an editor fills in to publish a proposal with changes. Slack and
 * Discord show it as a modal; a text client gets the command to type.
 */
export async function editProposal(deps: CommandDeps<ProposalReads>, args: string[]): Promise<CommandResult> {
  const found = await findProposal(deps, args, EDIT_USAGE);
  if (!found.ok) return found;
  const p = found.value;
  if (p.state !== 'pending') {
    return err(new PledgewatchError('conflict', `Proposal ${p.id} was already ${p.state}${p.decidedBy ? ` by ${actorLabel(p.decidedBy)}` : ''}. Nothing was changed.`));
  }
  const form = approvalForm(p);
  const example = formText(form.command, form.fields.map((f) => [f.name, f.initial]));
  const text = `To publish proposal ${p.id} with changes, run approve with the values you want:`;
  return ok({
    summary: `Edit proposal ${p.id} before publishing`,
    title: `Edit proposal #${p.id}: ${p.slug}`,
    sections: [
      { kind: 'text', text },
      { kind: 'text', text: example },
      { kind: 'context', text: `Statuses: ${pledgeStatuses.join(', ')}. Reasons: ${statusReasons.join(', ')}.` },
    ],
    form,
    visibility: 'ephemeral',
  });
}

/** `reject <id> [reason="..."]`: the pledge stays as it is; the proposal is closed. */
export async function reject(deps: CommandDeps<ProposalReview>, args: string[], input: CommandInput): Promise<CommandResult> {
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
