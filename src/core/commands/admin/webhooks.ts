import { PledgewatchError, err, ok } from '../../errors';
import { actorId } from '../../editors';
import type { PledgeReads, Subscriptions, WebhookInfo, Webhooks } from '../../ports';
import { describe, resolveTarget } from '../subscriptions';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import { parseUrl } from './args';
import { grammar } from '../grammar';

/** Each command's grammar, beside it (the manual is generated from these). */
export const addWebhookGrammar = grammar('add-webhook', `
  /pledge-admin add-webhook <url> [<target>]
  Send announcements to an HTTP endpoint as signed JSON (HMAC-SHA256); its secret is shown once.
  url: the receiver, https://... (plain http and local addresses only with PLEDGEWATCH_WEBHOOK_ALLOW_HTTP=1)
  target: what it follows: all (the default), an entity (alibaba, Alibaba Group) or a pledge slug
  e.g. /pledge-admin add-webhook https://cms.example.org/hooks/pledgewatch alibaba
`);
export const removeWebhookGrammar = grammar('remove-webhook', `
  /pledge-admin remove-webhook <webhook>
  Stop a webhook; what was still waiting for it is dropped.
  webhook: its number, as /pledge-admin webhooks lists it, or its URL (every webhook of that URL)
  e.g. /pledge-admin remove-webhook 3
`);
export const webhooksGrammar = grammar('webhooks', `
  /pledge-admin webhooks
  The webhooks, what each follows, and their deliveries (delivered, waiting, dead).
  e.g. /pledge-admin webhooks
`);

const bad = (message: string, hint: string) => err(new PledgewatchError('bad_input', message, { hint }));
const text = (t: string, visibility: 'ephemeral' | 'in_channel' = 'ephemeral'): CommandResult => ok({ summary: t, sections: [{ kind: 'text', text: t }], visibility });

/** `add-webhook <url> [all|<entity>|<slug>]`: the secret is in this reply and nowhere else. */
export async function addWebhook(deps: CommandDeps<Webhooks & PledgeReads & Subscriptions>, args: string[], input: CommandInput): Promise<CommandResult> {
  const [rawUrl, ...rest] = args;
  const url = parseUrl(rawUrl, 'webhook URL');
  if (!url.ok) return bad(url.error.message, `Usage: ${addWebhookGrammar.syntax}`);
  const refused = deps.checkWebhookUrl ? await deps.checkWebhookUrl(url.value) : url.value.startsWith('https://') ? null : 'webhooks use https://';
  if (refused) return bad(`Cannot send to ${url.value}: ${refused}.`, 'Nothing was added.');
  const target = await resolveTarget(deps, rest.join(' ').trim() || 'all');
  if (!target.ok) return target;
  const added = await deps.store.addWebhook(url.value, target.value, actorId(input.actor));
  if (added === 'exists') return text(`${url.value} already gets announcements for ${describe(target.value)}.`);
  const lines = [
    `Webhook ${added.id} added: ${url.value} gets announcements for ${describe(target.value)}, as signed JSON.`,
    `Signing secret (shown only now, keep it): ${added.secret}`,
    'Each POST carries Pledgewatch-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>, and Pledgewatch-Delivery: an id that stays the same on retries.',
  ];
  return ok({ summary: lines[0]!, title: `Webhook ${added.id}`, sections: lines.map((l) => ({ kind: 'text' as const, text: l })), visibility: 'ephemeral' });
}

/** `remove-webhook <url|id>` */
export async function removeWebhook(deps: CommandDeps<Webhooks>, args: string[], input: CommandInput): Promise<CommandResult> {
  const [what, ...extra] = args;
  if (!what || extra.length > 0) return bad(what ? `Unexpected “${extra.join(' ')}”.` : 'Which webhook?', `Usage: ${removeWebhookGrammar.syntax}`);
  let ref: { id: number } | { url: string };
  if (/^\d+$/.test(what)) ref = { id: Number(what) };
  else {
    const url = parseUrl(what, 'webhook URL');
    if (!url.ok) return bad(url.error.message, `Usage: ${removeWebhookGrammar.syntax}`);
    ref = { url: url.value };
  }
  if ('id' in ref && !(ref.id >= 1 && ref.id <= 2_147_483_647)) return bad(`There is no webhook ${what}.`, 'See /pledge-admin webhooks.');
  const removed = await deps.store.removeWebhook(ref, actorId(input.actor));
  if (removed.length === 0) return err(new PledgewatchError('not_found', `No webhook is ${'id' in ref ? `number ${ref.id}` : ref.url}.`, { hint: 'See /pledge-admin webhooks.' }));
  return text(`Removed ${removed.map((w) => `webhook ${w.id} (${w.url}, ${describe(w.target)})`).join('; ')}.`);
}

const line = (w: WebhookInfo) => ({
  title: `#${w.id} ${w.url}`,
  detail: `${describe(w.target)} · ${w.delivered} delivered, ${w.pending} waiting, ${w.dead} dead · added by ${w.createdBy} on ${w.createdAt.toISOString().slice(0, 10)}`,
});

/** `webhooks` */
export async function listWebhooks(deps: CommandDeps<Webhooks>, args: string[]): Promise<CommandResult> {
  if (args.length > 0) return bad(`Unexpected “${args.join(' ')}”.`, `Usage: ${webhooksGrammar.syntax}`);
  const hooks = await deps.store.listWebhooks();
  if (hooks.length === 0) return text(`No webhooks. Add one: ${addWebhookGrammar.example}`);
  const title = `${hooks.length} webhook${hooks.length === 1 ? '' : 's'}`;
  return ok({ summary: title, title, sections: [{ kind: 'list', items: hooks.map(line) }], visibility: 'ephemeral' });
}
