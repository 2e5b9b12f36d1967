import { actorLabel } from '../editors';
import { statusWords } from '../format';
import type { Proposal } from '../ports';
import type { Badge, Form, Link, Reply, Section } from '../reply';
import { pledgeStatuses, statusReasons } from '../vocabulary';

/** Quotes longer than this cannot be published (set-status's limit for a statement). */
const MAX_FORM_QUOTE = 2_000;

const links = (p: Proposal): Link[] => p.sources.map((s) => ({ label: s.outlet, url: s.url }));

function stateBadge(p: Proposal): Badge {
  if (p.state === 'approved') return { label: 'APPROVED', tone: 'good' };
  if (p.state === 'rejected') return { label: 'REJECTED', tone: 'neutral' };
  if (p.state === 'superseded') return { label: 'ALREADY PUBLISHED', tone: 'neutral' };
  return { label: 'WAITING FOR AN EDITOR', tone: 'warning' };
}

function decision(p: Proposal): string {
  const by = p.decidedBy ? ` by ${actorLabel(p.decidedBy)}` : '';
  const on = p.decidedAt ? ` on ${p.decidedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  if (p.state === 'approved') return `Approved${by}${on}: published and announced to the channels that follow it.`;
  if (p.state === 'superseded') return `Nothing left to decide: the pledge became ${statusWords(p.status)}${on} through another change${by}.`;
  return `Rejected${by}${on}${p.decisionNote ? `: ${p.decisionNote}` : ''}. The pledge was not changed.`;
}

/**
 * A newswire proposal as editors review it: the pledge, the status it would move to, the
 * quote that carries it, the outlets that reported it, and the buttons to decide. Once
 * decided, the same post says who decided and loses its buttons.
 */
export function reviewReply(p: Proposal): Reply {
  const title = `Proposal #${p.id}: ${p.slug} → ${statusWords(p.status)}`;
  const sections: Section[] = [
    {
      kind: 'fields',
      fields: [
        { label: 'Pledge', value: p.pledgeTitle },
        { label: 'Now', value: statusWords(p.currentStatus) },
        { label: 'Proposed', value: `${statusWords(p.status)} (found: ${statusWords(p.finding)})` },
        { label: 'Confidence', value: p.confidence.toFixed(2) },
      ],
    },
    { kind: 'quote', text: p.quote, by: null, on: null, source: links(p)[0] ?? null },
  ];
  if (p.sentence && p.sentence !== p.quote) sections.push({ kind: 'text', text: `In the article: ${p.sentence}` });
  sections.push({ kind: 'links', heading: p.sources.length === 1 ? 'Reported by' : `Reported by ${p.sources.length} outlets`, links: links(p) });
  if (p.state === 'pending') {
    sections.push({
      kind: 'context',
      text: `Nothing is published until an editor approves (/pledge-admin approve ${p.id}), edits the status, date, quote, source or reason first (/pledge-admin edit ${p.id}), or rejects it (/pledge-admin reject ${p.id}).`,
    });
  } else {
    sections.push({ kind: 'context', text: decision(p) });
  }
  return {
    summary: `${title} (${p.state === 'pending' ? 'waiting for an editor' : p.state})`,
    title,
    badge: stateBadge(p),
    sections,
    ...(p.state === 'pending'
      ? {
          actions: [
            { id: 'approve', label: 'Approve', command: `/pledge-admin approve ${p.id}`, style: 'primary' },
            { id: 'edit', label: 'Edit', command: `/pledge-admin edit ${p.id}` },
            { id: 'reject', label: 'Reject', command: `/pledge-admin reject ${p.id}`, style: 'danger' },
          ],
        }
      : {}),
    visibility: 'in_channel',
  };
}

/** The editor's form for a proposal: what will be published, prefilled with what the newswire found. */
export function approvalForm(p: Proposal): Form {
  return {
    title: `Publish proposal #${p.id}`,
    submitLabel: 'Publish',
    command: `/pledge-admin approve ${p.id}`,
    fields: [
      { name: 'status', label: 'Status', kind: 'line', initial: p.status, required: true, maxLength: 20, placeholder: pledgeStatuses.join(', ') },
      { name: 'date', label: 'Effective date (YYYY-MM-DD)', kind: 'line', initial: p.createdAt.toISOString().slice(0, 10), required: true, maxLength: 10 },
      { name: 'quote', label: 'Quote', kind: 'paragraph', initial: p.quote.slice(0, MAX_FORM_QUOTE), required: true, maxLength: MAX_FORM_QUOTE },
      { name: 'source', label: 'Source URL', kind: 'line', initial: p.sources.find((s) => s.url)?.url ?? '', required: true, maxLength: 2_000 },
      { name: 'reason', label: 'Reason (optional)', kind: 'line', initial: '', required: false, maxLength: 20, placeholder: statusReasons.join(', ') },
    ],
  };
}
