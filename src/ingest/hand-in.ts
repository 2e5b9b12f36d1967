/**
 * "Send to pledgewatch": the links of a chat message through the newswire, as the poller
 * reads a feed's articles (fetch behind the address guard, extract, detect, propose). Anyone
 * may send; what it proposes waits for an editor. Loaded with import() on first use, so the
 * NLP model costs nothing until someone sends a message.
 */
import { actorId } from '../core/editors';
import type { Actor } from '../core/commands';
import type { AuditLog, PledgeReads, ProposalIntake } from '../core/ports';
import type { ListItem, Reply } from '../core/reply';
import { statusWords } from '../core/format';
import { plainText } from '../core/input';
import type { Detector } from './detector';
import { addressGuard } from './feeds/address-guard';
import { describeFetchError, fetchLimited, logUrl } from './feeds/http';
import { outletOf } from '../core/outlet';
import { ingestArticle } from './pipeline';
import type { ProposalRef } from './propose';
import type { PledgeFinding } from './types';

/** Links read from one message; the rest are named in the answer and left. */
export const MAX_LINKS = 5;

export interface HandInDeps {
  store: PledgeReads & ProposalIntake & AuditLog;
  /** hosts that may resolve to private addresses (PLEDGEWATCH_PRIVATE_HOSTS) */
  privateHosts: readonly string[];
  /** the worker pool that extracts and detects, off the request path */
  detector: Detector;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface LinkResult {
  url: string;
  /** why the article could not be read; null when it was */
  failure: string | null;
  outlet: string | null;
  title: string | null;
  findings: PledgeFinding[];
  proposals: ProposalRef[];
}

async function readLink(deps: HandInDeps, url: string): Promise<LinkResult> {
  const empty = { url, outlet: outletOf(url), title: null, findings: [], proposals: [] };
  try {
    const page = await fetchLimited(url, {
      timeoutMs: deps.timeoutMs ?? 15_000,
      maxBytes: deps.maxBytes ?? 2 * 1024 * 1024,
      allow: addressGuard(deps.privateHosts),
      headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5' },
    });
    if (page.status < 200 || page.status > 299) return { ...empty, failure: `HTTP ${page.status}` };
    const done = await ingestArticle(deps, { html: plainText(page.body) }, { url: page.url });
    if (done.kind === 'too_large') return { ...empty, failure: done.message };
    if (done.kind === 'empty') return { ...empty, failure: 'no article text on the page' };
    const { outlet, proposals } = done;
    const findings = done.findings.filter((f) => f.finding !== 'mention');
    return { url, failure: null, outlet, title: done.title, findings, proposals };
  } catch (error) {
    return { ...empty, failure: describeFetchError(error) };
  }
}

/** Reads each link (at most MAX_LINKS), one after another, and audits each as the sender's. */
export async function handInLinks(deps: HandInDeps, links: string[], actor: Actor): Promise<LinkResult[]> {
  const results: LinkResult[] = [];
  for (const url of links.slice(0, MAX_LINKS)) {
    const r = await readLink(deps, url);
    await deps.store.appendAudit({
      actor: actorId(actor),
      action: 'send-to-pledgewatch',
      target: logUrl(url),
      outcome: r.failure ? 'failed' : 'ok',
      detail: r.failure ?? `${r.findings.length} finding(s); proposals ${r.proposals.map((p) => `#${p.id}`).join(', ') || 'none'}`,
    });
    results.push(r);
  }
  return results;
}

function linkItem(r: LinkResult): ListItem {
  const title = `${r.outlet ?? r.url}${r.title ? `: ${r.title}` : ''}`;
  if (r.failure) return { title, detail: `Not read (${r.failure}). ${r.url}` };
  const lines = r.findings.map((f) => `${f.slug}: ${f.finding.replaceAll('_', ' ')} (confidence ${f.confidence.toFixed(2)}) “${f.quote}”`);
  const proposed = r.proposals.map((p) =>
    p.created ? `Proposal #${p.id}: ${p.slug} → ${statusWords(p.status)}, waiting for an editor` : `Added as a source to proposal #${p.id} (${p.slug} → ${statusWords(p.status)})`,
  );
  const none = r.findings.length === 0 ? ['Nothing about a tracked pledge.'] : r.proposals.length === 0 ? ['No change to propose: the pledge already has that status, or the finding proposes none.'] : [];
  return { title, detail: [...lines, ...proposed, ...none, r.url].join('\n') };
}

/** What the sender is told: per link, what was found and which proposals were made. */
export function handInReply(results: LinkResult[], links: string[]): Reply {
  if (links.length === 0) {
    return {
      summary: 'That message has no links to send.',
      sections: [{ kind: 'text', text: 'That message has no links to send. Send to pledgewatch reads the articles a message links to.' }],
      visibility: 'ephemeral',
      error: { code: 'bad_input' },
    };
  }
  const proposals = results.flatMap((r) => r.proposals);
  const created = proposals.filter((p) => p.created).length;
  const title = `Sent to pledgewatch: ${results.length} link${results.length === 1 ? '' : 's'} read, ${created} new proposal${created === 1 ? '' : 's'}`;
  const left = links.length - results.length;
  return {
    summary: title,
    title,
    sections: [
      { kind: 'list', items: results.map(linkItem) },
      ...(left > 0 ? [{ kind: 'context' as const, text: `${left} more link${left === 1 ? '' : 's'} left unread: at most ${MAX_LINKS} a message.` }] : []),
      {
        kind: 'context',
        text: proposals.length > 0 ? 'Nothing is published until an editor approves: /pledge-admin proposals.' : 'Nothing was proposed; nothing changes.',
      },
    ],
    visibility: 'ephemeral',
  };
}

/** The whole step as the adapters call it. */
export async function sendToNewswire(deps: HandInDeps, links: string[], actor: Actor): Promise<Reply> {
  return handInReply(await handInLinks(deps, links, actor), links);
}
