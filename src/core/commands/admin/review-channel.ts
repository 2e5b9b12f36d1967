import { PledgewatchError, err, ok } from '../../errors';
import { actorId } from '../../editors';
import type { CommandDeps, CommandInput, CommandResult } from '../types';

/** `review-channel`: proposals for editors go to the channel this is typed in. */
export async function reviewChannel(deps: CommandDeps, _args: string[], input: CommandInput): Promise<CommandResult> {
  const c = input.channel;
  if (!c) return err(new PledgewatchError('bad_input', 'Run this in the channel where editors should review proposals.'));
  const { queued } = await deps.store.setReviewChannel({ platform: c.platform, workspace: c.workspace, channelId: c.id }, actorId(input.actor));
  const waiting = queued === 0 ? '' : ` ${queued === 1 ? 'The proposal' : `The ${queued} proposals`} waiting for an editor will be posted here now.`;
  const text = `This channel is now where editors review proposed status changes.${waiting}`;
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'in_channel' });
}
