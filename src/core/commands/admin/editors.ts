import { ok } from '../../errors';
import { actorId } from '../../editors';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import type { EditorGrants } from '../../ports';
import { grammar } from '../grammar';
import { parseUserRef } from './args';

const user = { name: 'user', meaning: 'a mention (@name) or a user id, on the platform and workspace you type it in' };

export const grantGrammar = grammar('grant', `
  /pledge-admin grant <user>
  Make someone an editor here.
  user: a mention (@name) or a user id, on the platform and workspace you type it in
  e.g. /pledge-admin grant @U012AB3CD
`);
export const revokeGrammar = grammar('revoke', `
  /pledge-admin revoke <user>
  Take away someone’s editor grant here.
  user: a mention (@name) or a user id, on the platform and workspace you type it in
  e.g. /pledge-admin revoke @U012AB3CD
`);

/** `grant <user>` / `revoke <user>`: editors of the same platform and workspace as the one asking. */
export async function grant(deps: CommandDeps<EditorGrants>, args: string[], input: CommandInput): Promise<CommandResult> {
  const user = parseUserRef(args[0]);
  if (!user.ok) return user;
  const who = { platform: input.actor.platform, workspace: input.actor.workspace, userId: user.value };
  const outcome = await deps.store.grantEditor(who, actorId(input.actor));
  const text = outcome === 'granted' ? `${user.value} is now an editor here.` : `${user.value} was already an editor here.`;
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
}

export async function revoke(deps: CommandDeps<EditorGrants>, args: string[], input: CommandInput): Promise<CommandResult> {
  const user = parseUserRef(args[0]);
  if (!user.ok) return user;
  const who = { platform: input.actor.platform, workspace: input.actor.workspace, userId: user.value };
  const outcome = await deps.store.revokeEditor(who, actorId(input.actor));
  const text =
    outcome === 'revoked'
      ? `${user.value} is no longer an editor here.`
      : `${user.value} has no editor grant here${deps.bootstrapEditors.length > 0 ? ' (editors named in PLEDGEWATCH_ADMINS are set by the server configuration)' : ''}.`;
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
}
