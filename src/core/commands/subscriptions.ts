import { PledgewatchError, err, ok, type Result } from '../errors';
import { actorId } from '../editors';
import type { AuditLog, EditorGrants, PledgeReads, SubscriptionTarget, Subscriptions } from '../ports';
import { requireEditor } from './authorize';
import { grammar } from './grammar';
import type { CommandDeps, CommandInput, CommandResult } from './types';

const target = { name: 'target', meaning: 'all, an entity (alibaba) or a pledge slug (alibaba-1m-us-jobs)' };

export const subscribeGrammar = grammar('subscribe', `
  /pledge subscribe <target>
  Announce published status changes in this channel (editors only).
  target: all, an entity (alibaba) or a pledge slug (alibaba-1m-us-jobs)
  e.g. /pledge subscribe alibaba
`);

export const unsubscribeGrammar = grammar('unsubscribe', `
  /pledge unsubscribe <target>
  Stop announcing them in this channel (editors only).
  target: all, an entity (alibaba) or a pledge slug (alibaba-1m-us-jobs)
  e.g. /pledge unsubscribe all
`);

export const subscriptionsGrammar = grammar('subscriptions', `
  /pledge subscriptions
  What this channel follows.
  e.g. /pledge subscriptions
`);

/** `/pledge subscribe all|<entity>|<slug>`, `unsubscribe ...`, `subscriptions`: this channel's announcements. */
export async function subscriptions(
  deps: CommandDeps<PledgeReads & Subscriptions & EditorGrants & AuditLog>,
  verb: 'subscribe' | 'unsubscribe' | 'subscriptions',
  args: string[],
  input: CommandInput,
): Promise<CommandResult> {
  const channel = input.channel;
  if (!channel) {
    return err(new PledgewatchError('bad_input', 'Subscriptions belong to a channel; run this in the channel that should get the announcements.'));
  }
  if (verb === 'subscriptions') {
    const subs = await deps.store.listSubscriptions(channel);
    const text = subs.length === 0 ? 'This channel follows nothing yet. An editor can run /pledge subscribe all.' : `This channel follows: ${subs.map(describe).join('; ')}.`;
    return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
  }
  const what = args.join(' ').trim();
  const allowed = await requireEditor(deps, input, `pledge ${verb}`, what || null);
  if (!allowed.ok) return allowed;
  if (!what) {
    return err(new PledgewatchError('bad_input', `${verb === 'subscribe' ? 'Subscribe' : 'Unsubscribe'} to what?`, { hint: `/pledge ${verb} all, /pledge ${verb} <entity>, or /pledge ${verb} <pledge-slug>.` }));
  }
  const target = await resolveTarget(deps, what);
  if (!target.ok) return target;
  const actor = actorId(input.actor);
  const text =
    verb === 'subscribe'
      ? (await deps.store.subscribe(channel, target.value, actor)) === 'added'
        ? `This channel now gets announcements for ${describe(target.value)}.`
        : `This channel already follows ${describe(target.value)}.`
      : (await deps.store.unsubscribe(channel, target.value, actor)) === 'removed'
        ? `This channel no longer gets announcements for ${describe(target.value)}.`
        : `This channel did not follow ${describe(target.value)}.`;
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'in_channel' });
}

export async function resolveTarget(deps: CommandDeps<PledgeReads & Subscriptions>, what: string): Promise<Result<SubscriptionTarget>> {
  if (what.toLowerCase() === 'all') return ok({ scope: 'all' });
  const pledge = await deps.store.getPledge(what.toLowerCase());
  if (pledge) return ok({ scope: 'pledge', slug: pledge.slug, name: `${pledge.entityName}: ${pledge.title}` });
  const entity = await deps.store.findEntity(what);
  if (entity) return ok({ scope: 'entity', slug: entity.slug, name: entity.name });
  return err(
    new PledgewatchError('not_found', `No entity or pledge slug matches “${what}”.`, {
      hint: 'Use all, an entity (alibaba, Alibaba Group) or a pledge slug (alibaba-1m-us-jobs).',
    }),
  );
}

export function describe(t: SubscriptionTarget): string {
  switch (t.scope) {
    case 'all':
      return 'every pledge';
    case 'entity':
      return `every pledge by ${t.name}`;
    case 'pledge':
      return `${t.name} (${t.slug})`;
  }
}
