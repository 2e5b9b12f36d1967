import {
  countryShort,
  formatUsd,
  pledgeBadge,
  reasonText,
  statusWords,
} from '../format';
import type { Link, ListItem, Reply, Section } from '../reply';
import { formatTarget } from './target';
import type { PledgeDetail, PledgeSummary, SourceRef, StatusChange } from './types';

export const sourceLink = (s: SourceRef): Link => ({
  label: [s.outlet, s.title, s.publishedOn].filter(Boolean).join(', '),
  url: s.url,
});

/** "Jack Ma, founder (Alibaba Group)": the person with their role, and the entity when there is a person. */
function pledgerText(p: Pick<PledgeDetail, 'byName' | 'byRole' | 'entityName'>): string {
  if (!p.byName) return p.entityName;
  return `${[p.byName, p.byRole].filter(Boolean).join(', ')}${p.byRole?.includes(p.entityName) ? '' : ` (${p.entityName})`}`;
}

export function pledgeHeadline(p: Pick<PledgeSummary, 'entityName' | 'title'>): string {
  return `${p.entityName}: ${p.title}`;
}

export function pledgeListItem(p: PledgeSummary): ListItem {
  return {
    title: pledgeHeadline(p),
    detail: [p.byName, `pledged ${p.madeOn}`].filter(Boolean).join(', '),
    badge: pledgeBadge(p.status, p.statusOn),
    command: `/pledge ${p.slug}`,
  };
}

export function pledgeDetailReply(p: PledgeDetail, opts: { publicUrl?: string } = {}): Reply {
  const change = p.latestChange;
  const fields: { label: string; value: string }[] = [
    { label: 'Pledged by', value: pledgerText(p) },
    ...(p.madeTo ? [{ label: 'To', value: p.madeTo }] : []),
    { label: 'Made', value: [p.madeOn, p.place].filter(Boolean).join(', ') },
    {
      label: 'Status',
      value: change
        ? `${statusWords(p.status)} since ${change.effectiveOn}${change.reason ? ` (${reasonText(change.reason)})` : ''}`
        : statusWords(p.status),
    },
  ];
  if (p.deadline) {
    fields.push({ label: 'Deadline', value: p.deadlineNote ? `${p.deadline} (${p.deadlineNote})` : p.deadline });
  }
  if (p.target) fields.push({ label: 'Target', value: formatTarget(p.target) });

  const sections: Section[] = [{ kind: 'fields', fields }, { kind: 'text', text: p.text }];
  if (change?.quote) sections.push(quoteSection(change));
  else if (change) sections.push({ kind: 'links', heading: 'Status source', links: [sourceLink(change.source)] });

  if (p.tariffs.length > 0) {
    sections.push({
      kind: 'list',
      heading: 'Related tariff actions',
      items: p.tariffs.map((t) => ({
        title: `${countryShort(t.imposer)} → ${countryShort(t.target)}: ${t.name}`,
        detail: [
          t.tradeCoveredUsd !== null ? `${formatUsd(t.tradeCoveredUsd)} of trade` : null,
          t.effectiveOn ? `from ${t.effectiveOn}` : null,
          t.note,
        ]
          .filter(Boolean)
          .join(' · '),
        command: `/tariff ${t.slug}`,
      })),
    });
  }
  if (p.facts.length > 0) {
    sections.push({
      kind: 'list',
      heading: 'Context',
      items: p.facts.slice(0, 4).map((f) => ({
        title: f.statement,
        detail: sourceLink(f.source).label,
      })),
    });
  }
  const sources = dedupeSources([...(change ? [change.source] : []), ...p.sources]);
  if (sources.length > 0) sections.push({ kind: 'links', heading: 'Sources', links: sources.map(sourceLink) });
  sections.push({ kind: 'context', text: `${p.slug} · also known as ${p.aliases.slice(0, 4).join(', ') || '—'}` });

  const headline = pledgeHeadline(p);
  return {
    summary: `${headline} — ${statusWords(p.status)}${p.statusOn ? ` since ${p.statusOn}` : ''}`,
    title: headline,
    ...(opts.publicUrl ? { titleUrl: `${opts.publicUrl}/pledges/${p.slug}` } : {}),
    badge: pledgeBadge(p.status, p.statusOn),
    sections,
    actions: [
      { id: 'history', label: 'History', command: `/pledge history ${p.slug}` },
      { id: 'share', label: 'Post to channel', command: `/pledge ${p.slug}` },
      { id: 'subscribe', label: 'Subscribe', command: `/pledge subscribe ${p.slug}` },
    ],
    visibility: 'ephemeral',
  };
}

export function quoteSection(change: StatusChange): Section {
  return {
    kind: 'quote',
    text: change.quote ?? '',
    by: change.quoteBy,
    on: change.effectiveOn,
    source: sourceLink(change.source),
  };
}

function dedupeSources(sources: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = s.url ?? `${s.outlet}|${s.title}|${s.publishedOn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
