import { PledgewatchError, err } from '../errors';
import { actorId, isBootstrapEditor } from '../editors';
import { cleanText, tokenize } from '../input';
import type { CommandDeps, CommandInput, CommandResult } from './types';

export const MAX_ADMIN_TEXT = 4_000;

/** Editors' subcommands; each entry writes in one transaction and audits itself. */
const subcommands: Record<string, (deps: CommandDeps, args: string[], input: CommandInput) => Promise<CommandResult>> = {};

/**
 * `/pledge-admin <subcommand> ...`. Authorisation comes first: a non-editor is refused,
 * nothing is written, and the attempt is audited.
 */
export async function pledgeAdmin(deps: CommandDeps, text: string, input: CommandInput): Promise<CommandResult> {
  const cleaned = cleanText(text, MAX_ADMIN_TEXT);
  const words = cleaned.ok ? tokenize(cleaned.value) : [];
  const [sub = '', ...args] = words;
  const editor = isBootstrapEditor(input.actor, deps.bootstrapEditors) || (await deps.store.isGrantedEditor(input.actor));
  if (!editor) {
    await deps.store.appendAudit({
      actor: actorId(input.actor),
      action: `pledge-admin ${sub}`.trim(),
      target: args[0] ?? null,
      outcome: 'refused',
      detail: 'not an editor',
    });
    return err(
      new PledgewatchError('forbidden', 'Only editors can change the record. Nothing was changed, and the attempt was logged.', {
        hint: 'An editor can give you access with /pledge-admin grant <you>.',
      }),
    );
  }
  if (!cleaned.ok) return cleaned;
  const run = subcommands[sub.toLowerCase()];
  if (!run) {
    const known = Object.keys(subcommands);
    return err(
      new PledgewatchError('bad_input', sub ? `“${sub}” is not an admin command.` : 'Which admin command?', {
        hint: known.length > 0 ? `Admin commands: ${known.join(', ')}.` : 'No admin commands are enabled on this bot yet.',
      }),
    );
  }
  return run(deps, args, input);
}
