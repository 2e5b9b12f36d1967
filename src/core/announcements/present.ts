import { pledgeBadge, reasonText, statusWords } from '../format';
import { quoteSection, sourceLink } from '../pledges/present';
import type { Announcement } from '../ports';
import type { StatusChange } from '../pledges/types';
import type { Reply, Section } from '../reply';

/**
 * A status change as a newsroom announces it: a headline in capitals for the new status,
 * the quote with who said it and when, the source, the previous status, the history link.
 */
export function announcementReply(a: Announcement, opts: { publicUrl?: string; correction?: boolean } = {}): Reply {
  const { pledge, change } = a;
  const headline = `${statusWords(change.status).toUpperCase()}: ${pledge.entityName}'s pledge to ${pledge.title}`;
  const sections: Section[] = [];
  if (opts.correction) sections.push({ kind: 'context', text: 'Corrected. This announcement was edited after it was first posted.' });
  sections.push({
    kind: 'fields',
    fields: [
      // the person who made it, or the entity when the record names no one; the date has its own line
      { label: 'Pledged by', value: pledge.byName ? `${pledge.byName} (${pledge.entityName})` : pledge.entityName },
      { label: 'Made', value: pledge.madeOn },
      { label: 'Now', value: `${statusWords(change.status)} since ${change.effectiveOn}` },
      { label: 'Before', value: change.previousStatus ? statusWords(change.previousStatus) : 'not rated' },
      ...(change.reason ? [{ label: 'Reason', value: reasonText(change.reason) }] : []),
    ],
  });
  if (change.quote) sections.push(quoteSection(change));
  sections.push({ kind: 'links', heading: 'Source', links: [sourceLink(change.source)] });
  if (change.note) sections.push({ kind: 'text', text: change.note });
  sections.push({
    kind: 'context',
    text: `History: /pledge history ${pledge.slug}${opts.publicUrl ? ` · ${opts.publicUrl}/pledges/${pledge.slug}` : ''}`,
  });
  return {
    summary: `${headline} (source: ${change.source.url ?? change.source.outlet})`,
    title: headline,
    ...(opts.publicUrl ? { titleUrl: `${opts.publicUrl}/pledges/${pledge.slug}` } : {}),
    badge: pledgeBadge(change.status, change.effectiveOn),
    sections,
    actions: [{ id: 'history', label: 'History', command: `/pledge history ${pledge.slug}` }],
    visibility: 'in_channel',
  };
}

/** The thread reply under a corrected announcement: what changed. */
export function correctionNoteReply(a: Announcement, changes: string[]): Reply {
  const text = `Correction to this announcement: ${changes.join('; ')}.`;
  return { summary: text, sections: [{ kind: 'text', text }, { kind: 'links', heading: 'Source', links: [sourceLink(a.change.source)] }], visibility: 'in_channel' };
}

/** What a correction changed, in words: "quote: “a” → “b”", "source: x → y". */
export function describeCorrection(before: StatusChange, after: StatusChange): string[] {
  const out: string[] = [];
  if (before.status !== after.status) out.push(`status: ${statusWords(before.status)} → ${statusWords(after.status)}`);
  if (before.effectiveOn !== after.effectiveOn) out.push(`date: ${before.effectiveOn} → ${after.effectiveOn}`);
  if (before.quote !== after.quote) out.push(`quote: “${before.quote ?? ''}” → “${after.quote ?? ''}”`);
  if (before.quoteBy !== after.quoteBy) out.push(`quoted speaker: ${before.quoteBy ?? 'none'} → ${after.quoteBy ?? 'none'}`);
  if (before.source.url !== after.source.url) out.push(`source: ${before.source.url ?? before.source.outlet} → ${after.source.url ?? after.source.outlet}`);
  if (before.reason !== after.reason) out.push(`reason: ${before.reason ? reasonText(before.reason) : 'none'} → ${after.reason ? reasonText(after.reason) : 'none'}`);
  if (before.note !== after.note) out.push('note updated');
  return out.length > 0 ? out : ['no visible change'];
}
