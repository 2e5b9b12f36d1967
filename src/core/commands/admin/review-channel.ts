import { PledgewatchError, err, ok } from '../../errors';
import { actorId } from '../../editors';
import { grammar } from '../grammar';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import type { ProposalReview } from '../../ports';

export const reviewChannelGrammar = grammar('review-channel', `
  /pledge-admin review-channel
  Make the channel you type it in the one where editors review the newswire’s proposals.
  e.g. /pledge-admin review-channel
`);

/** `review-channel`: proposals for editors go to the channel this is typed in. */
export async function reviewChannel(deps: CommandDeps<ProposalReview>, _args: string[], input: CommandInput): Promise<CommandResult> {
  const c = input.channel;
  if (!c) return err(new PledgewatchError('bad_input', 'Run this in the channel where editors should review proposals.'));
  const { queued } = await deps.store.setReviewChannel(c, actorId(input.actor));
  const waiting = queued === 0 ? '' : ` ${queued === 1 ? 'The proposal' : `The ${queued} proposals`} waiting for an editor will be posted here now.`;
  const text = `This channel is now where editors review proposed status changes.${waiting}`;
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'in_channel' });
}
