import { ok } from '../../errors';
import { grammar } from '../grammar';
import type { CommandDeps, CommandResult } from '../types';
import type { AuditLog } from '../../ports';

export const auditGrammar = grammar('audit', `
  /pledge-admin audit [<slug>]
  The latest writes and refused attempts, newest first.
  slug: only those about this pledge or tariff action
  e.g. /pledge-admin audit alibaba-1m-us-jobs
`);

/** `audit [slug]`: the latest writes and refused attempts, newest first. */
export async function audit(deps: CommandDeps<AuditLog>, args: string[]): Promise<CommandResult> {
  const target = args[0]?.toLowerCase();
  const rows = await deps.store.listAudit({ ...(target ? { target } : {}), limit: 20 });
  const title = target ? `Audit log for ${target}` : 'Audit log';
  if (rows.length === 0) return ok({ summary: `${title}: nothing yet`, sections: [{ kind: 'text', text: `${title}: nothing yet.` }], visibility: 'ephemeral' });
  return ok({
    summary: `${title}: ${rows.length} entries`,
    title,
    sections: [
      {
        kind: 'list',
        items: rows.map((r) => ({
          title: `${r.at.toISOString().replace('T', ' ').slice(0, 16)} ${r.actor}: ${r.action}${r.target ? ` ${r.target}` : ''} — ${r.outcome}`,
          ...(r.detail ? { detail: r.detail } : {}),
        })),
      },
    ],
    visibility: 'ephemeral',
  });
}
