import { PledgewatchError, err, ok } from '../../errors';
import { actorId } from '../../editors';
import { describeFieldChanges } from '../../pledges/field-changes';
import { grammar } from '../grammar';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import type { PledgeReads, PledgeWrites } from '../../ports';
import { refuseUnknown, splitPairs } from './args';
import { parsePledgeFields, PLEDGE_KEYS, roleNeedsPerson } from './pledge-fields';
import { slugArg } from './records';

export const editPledgeGrammar = grammar('edit-pledge', `
  /pledge-admin edit-pledge <slug> [entity=..] [by=..] [role=..] [to=..] [made=YYYY-MM-DD] [title=..] [text=..] [deadline=YYYY-MM-DD] [target=..] [place=..] [aliases=..] [keywords=..]
  Change an existing pledge’s record, checked like add-pledge; an empty value (place="") clears an optional field.
  slug: the pledge
  entity: who pledged (an existing entity, or a new one)
  by: the person who made the pledge
  role: that person’s role (needs a person)
  to: to whom it was made
  made: the date it was made
  title: a short title, up to 200 characters
  text: what was promised, in full
  deadline: the date it should be met by
  target: the promised figure with its unit: "25,000 jobs", "$10 billion"
  place: where
  aliases: other names of the entity, comma separated (replaces them for all its pledges)
  keywords: words people search it by, comma separated
  e.g. /pledge-admin edit-pledge northgate-wind-yard target="900 jobs" place="Tynmouth docks"
`);
const EDIT_PLEDGE = editPledgeGrammar.syntax;

const EDIT_KEYS = PLEDGE_KEYS.filter((k) => k !== 'source');
const bad = (message: string, hint: string) => err(new PledgewatchError('bad_input', message, { hint }));

/** `edit-pledge <slug> key=value...`: changes an existing pledge's record, validated like add-pledge, audited old -> new. */
export async function editPledge(deps: CommandDeps<PledgeReads & PledgeWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args, { continueValues: true });
  const [slugWord, ...extra] = words;
  const slug = slugArg(slugWord, EDIT_PLEDGE);
  if (!slug.ok) return slug;
  if (extra.length > 0) return bad(`Unexpected “${extra.join(' ')}”.`, `Fields are key=value; put quotes around values with spaces. Usage: ${EDIT_PLEDGE}`);
  if (pairs.has('slug')) return bad('A pledge’s slug cannot be changed: subscriptions, links and pages use it.', 'Add a new pledge with /pledge-admin add-pledge instead.');
  if (pairs.has('source')) return bad('edit-pledge does not change sources.', `Add one with /pledge-admin add-source ${slug.value} <url>.`);
  const known = refuseUnknown(pairs, EDIT_KEYS, EDIT_PLEDGE);
  if (!known.ok) return known;
  if (pairs.size === 0) return bad(`What should change on ${slug.value}?`, `Usage: ${EDIT_PLEDGE}`);
  const fields = parsePledgeFields(pairs, deps.clock.now().toISOString().slice(0, 10));
  if (!fields.ok) return fields;

  const current = await deps.store.getPledge(slug.value);
  if (!current) return err(new PledgewatchError('not_found', `No pledge has the slug “${slug.value}”.`, { hint: 'Find it with /pledge <query>; the slug is shown under each pledge.' }));
  const madeOn = fields.value.madeOn ?? current.madeOn;
  const deadline = fields.value.deadline !== undefined ? fields.value.deadline : current.deadline;
  if (deadline && deadline < madeOn) return bad(`The deadline ${deadline} would be before the pledge was made (${madeOn}); nothing was changed.`, 'A deadline is the date by which the pledge was to be met.');
  const byName = fields.value.byName !== undefined ? fields.value.byName : current.byName;
  const role = roleNeedsPerson(fields.value.byRole, byName);
  if (!role.ok) return role;

  const changes = await deps.store.editPledge(slug.value, fields.value, actorId(input.actor));
  const text =
    changes.length === 0
      ? `${slug.value} already has those values; nothing was changed.`
      : `Updated ${slug.value}: ${describeFieldChanges(changes)}.`;
  return ok({ summary: text, sections: [{ kind: 'text', text }, { kind: 'context', text: `See it with /pledge ${slug.value}` }], visibility: 'ephemeral' });
}
