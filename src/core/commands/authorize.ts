import { PledgewatchError, err, type Result } from '../errors';
import { actorId, isBootstrapEditor } from '../editors';
import type { CommandDeps, CommandInput } from './types';
import type { AuditLog, EditorGrants } from '../ports';

/**
 * Editors only: PLEDGEWATCH_ADMINS, a grant in the database, or the console. A refusal is
 * audited and changes nothing.
 */
export async function requireEditor(
  deps: CommandDeps<EditorGrants & AuditLog>,
  input: CommandInput,
  action: string,
  target: string | null,
): Promise<Result<true>> {
  if (isBootstrapEditor(input.actor, deps.bootstrapEditors) || (await deps.store.isGrantedEditor(input.actor))) {
    return { ok: true, value: true };
  }
  await deps.store.appendAudit({ actor: actorId(input.actor), action, target, outcome: 'refused', detail: 'not an editor' });
  return err(
    new PledgewatchError('forbidden', 'Only editors can change the record. Nothing was changed, and the attempt was logged.', {
      hint: 'An editor can give you access with /pledge-admin grant <you>.',
    }),
  );
}
