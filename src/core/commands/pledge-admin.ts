import { PledgewatchError, err } from '../errors';
import { actorId } from '../editors';
import { cleanText, tokenize } from '../input';
import { audit, auditGrammar } from './admin/audit';
import { grant, grantGrammar, revoke, revokeGrammar } from './admin/editors';
import { outbox, outboxGrammar } from './admin/outbox';
import { correct, correctGrammar } from './admin/correct';
import { addFeed, addFeedGrammar, feedsGrammar, listFeeds, removeFeed, removeFeedGrammar } from './admin/feeds';
import {
  approve,
  approveGrammar,
  editGrammar,
  editProposal,
  listPending,
  proposalGrammar,
  proposalsGrammar,
  reject,
  rejectGrammar,
  showProposal,
} from './admin/proposals';
import { editPledge, editPledgeGrammar } from './admin/edit-pledge';
import { addFact, addFactGrammar, addPledge, addPledgeGrammar, addSource, addSourceGrammar, addTariff, addTariffGrammar, link, linkGrammar } from './admin/records';
import { reviewChannel, reviewChannelGrammar } from './admin/review-channel';
import { setStatus, setStatusGrammar } from './admin/set-status';
import { deadlinesGrammar, digestGrammar, listDeadlines, showDigest } from './admin/desk';
import { addWebhook, addWebhookGrammar, listWebhooks, removeWebhook, removeWebhookGrammar, webhooksGrammar } from './admin/webhooks';
import { requireEditor } from './authorize';
import { type GrammarCommand, commandTable, findCommand, pointAtHelp, grammar } from './grammar';
import { ADMIN_HELP, adminHelp, adminHelpFor } from './manual';
import type { CommandDeps, CommandInput, CommandResult } from './types';

const MAX_ADMIN_TEXT = 4_000;

const adminHelpGrammar = grammar('help', `
  /pledge-admin help [<command>]
  Every admin command with its syntax; with a command, its keys and an example. Anyone may read it.
  command: an admin command, e.g. set-status
  e.g. /pledge-admin help set-status
`);

/** Editors' subcommands, each with its grammar. Each write is one transaction that writes its own audit row. */
export const adminCommands: Readonly<Record<string, GrammarCommand>> = commandTable([
  { ...addPledgeGrammar, run: addPledge },
  { ...editPledgeGrammar, run: editPledge },
  { ...addFactGrammar, run: addFact },
  { ...addSourceGrammar, run: addSource },
  { ...setStatusGrammar, run: setStatus },
  { ...correctGrammar, run: correct },
  { ...addTariffGrammar, run: addTariff },
  { ...linkGrammar, run: link },
  { ...grantGrammar, run: grant },
  { ...revokeGrammar, run: revoke },
  { ...reviewChannelGrammar, run: reviewChannel },
  { ...auditGrammar, run: audit },
  { ...outboxGrammar, run: outbox },
  { ...proposalsGrammar, run: listPending },
  { ...proposalGrammar, run: showProposal },
  { ...approveGrammar, run: approve },
  { ...editGrammar, run: editProposal },
  { ...rejectGrammar, run: reject },
  { ...addFeedGrammar, run: addFeed },
  { ...removeFeedGrammar, run: removeFeed },
  { ...feedsGrammar, run: listFeeds },
  { ...deadlinesGrammar, run: listDeadlines },
  { ...digestGrammar, run: showDigest },
  { ...addWebhookGrammar, run: addWebhook },
  { ...removeWebhookGrammar, run: removeWebhook },
  { ...webhooksGrammar, run: listWebhooks },
  { ...adminHelpGrammar, run: async (_deps, args) => adminHelp(adminCommands, args) },
]);
const adminCommandNames = Object.keys(adminCommands);

/** A store that refuses mid-write (a slug gone since it was checked) answers like a validation error. */
function asResult(e: unknown): CommandResult {
  if (e instanceof PledgewatchError && e.code !== 'store_unavailable') return err(e);
  throw e;
}

/**
 * `/pledge-admin <subcommand> ...`. `help` is reading the manual, so anyone may; for the rest
 * authorisation comes first: a non-editor is refused, nothing is written, and the attempt is
 * audited. An editor's malformed or refused command is audited too, with what was wrong, and
 * a malformed one points at its help.
 */
export async function pledgeAdmin(deps: CommandDeps, text: string, input: CommandInput): Promise<CommandResult> {
  const cleaned = cleanText(text, MAX_ADMIN_TEXT, {
    takes: 'an admin command takes',
    hint: 'Nothing was changed. A title is at most 200 characters and text= at most 2,000; put long background in add-fact.',
  });
  const words = cleaned.ok ? tokenize(cleaned.value) : [];
  const [sub = '', ...args] = words;
  const name = sub.toLowerCase();
  if (cleaned.ok && name === adminHelpGrammar.name) return adminHelp(adminCommands, args);
  const action = `pledge-admin ${name}`.trim();
  const target = args[0]?.toLowerCase() ?? null;
  const allowed = await requireEditor(deps, input, action, target);
  if (!allowed.ok) return allowed;

  const command = cleaned.ok ? findCommand(adminCommands, name) : undefined;
  const result: CommandResult = !cleaned.ok
    ? pointAtHelp(cleaned, ADMIN_HELP)
    : command
      ? pointAtHelp(await command.run(deps, args, input).catch(asResult), adminHelpFor(command.name))
      : err(
          new PledgewatchError('bad_input', sub ? `“${sub}” is not an admin command.` : 'Which admin command?', {
            hint: `Admin commands: ${adminCommandNames.join(', ')}. ${ADMIN_HELP} lists them with their syntax.`,
          }),
        );
  if (!result.ok && result.error.code !== 'store_unavailable') {
    await deps.store.appendAudit({ actor: actorId(input.actor), action, target, outcome: 'refused', detail: `${result.error.code}: ${result.error.message}` });
  }
  return result;
}
