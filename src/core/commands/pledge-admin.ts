import { PledgewatchError, err } from '../errors';
import { actorId } from '../editors';
import { cleanText, tokenize } from '../input';
import { audit } from './admin/audit';
import { grant, revoke } from './admin/editors';
import { outbox } from './admin/outbox';
import { correct } from './admin/correct';
import { addFeed, listFeeds, removeFeed } from './admin/feeds';
import { approve, editProposal, listPending, reject, showProposal } from './admin/proposals';
import { editPledge } from './admin/edit-pledge';
import { listDeadlines, showDigest } from './admin/desk';
import { addWebhook, listWebhooks, removeWebhook } from './admin/webhooks';
import { addFact, addPledge, addSource, addTariff, link } from './admin/records';
import { reviewChannel } from './admin/review-channel';
import { setStatus } from './admin/set-status';
import { requireEditor } from './authorize';
import type { CommandDeps, CommandInput, CommandResult } from './types';

export const MAX_ADMIN_TEXT = 4_000;

type Subcommand = (deps: CommandDeps, args: string[], input: CommandInput) => Promise<CommandResult>;

/** Editors' subcommands. Each write is one transaction that writes its own audit row. */
const subcommands: Record<string, Subcommand> = {
  'add-pledge': addPledge,
  'edit-pledge': editPledge,
  'add-fact': addFact,
  'add-source': addSource,
  'set-status': setStatus,
  correct,
  'add-tariff': addTariff,
  link,
  grant,
  revoke,
  'review-channel': reviewChannel,
  audit,
  outbox,
  proposals: listPending,
  proposal: showProposal,
  approve,
  edit: editProposal,
  reject,
  'add-feed': addFeed,
  'remove-feed': removeFeed,
  feeds: listFeeds,
  'add-webhook': addWebhook,
  'remove-webhook': removeWebhook,
  webhooks: listWebhooks,
  deadlines: listDeadlines,
  digest: showDigest,
};
export const adminCommandNames = Object.keys(subcommands);

/** A store that refuses mid-write (a slug gone since it was checked) answers like a validation error. */
function asResult(e: unknown): CommandResult {
  if (e instanceof PledgewatchError && e.code !== 'store_unavailable') return err(e);
  throw e;
}

/**
 * `/pledge-admin <subcommand> ...`. Authorisation comes first: a non-editor is refused,
 * nothing is written, and the attempt is audited. An editor's malformed or refused command
 * is audited too, with what was wrong.
 */
export async function pledgeAdmin(deps: CommandDeps, text: string, input: CommandInput): Promise<CommandResult> {
  const cleaned = cleanText(text, MAX_ADMIN_TEXT, {
    takes: 'an admin command takes',
    hint: 'Nothing was changed. A title is at most 200 characters and text= at most 2,000; put long background in add-fact.',
  });
  const words = cleaned.ok ? tokenize(cleaned.value) : [];
  const [sub = '', ...args] = words;
  const action = `pledge-admin ${sub.toLowerCase()}`.trim();
  const target = args[0]?.toLowerCase() ?? null;
  const allowed = await requireEditor(deps, input, action, target);
  if (!allowed.ok) return allowed;

  const run = cleaned.ok ? subcommands[sub.toLowerCase()] : undefined;
  const result: CommandResult = !cleaned.ok
    ? cleaned
    : run
      ? await run(deps, args, input).catch(asResult)
      : err(
          new PledgewatchError('bad_input', sub ? `“${sub}” is not an admin command.` : 'Which admin command?', {
            hint: `Admin commands: ${adminCommandNames.join(', ')}.`,
          }),
        );
  if (!result.ok && result.error.code !== 'store_unavailable') {
    await deps.store.appendAudit({ actor: actorId(input.actor), action, target, outcome: 'refused', detail: `${result.error.code}: ${result.error.message}` });
  }
  return result;
}
