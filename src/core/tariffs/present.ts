import { sourceLink } from '../pledges/present';
import { countryShort, formatPct, formatUsd, tariffBadge } from '../format';
import type { ListItem, Reply, Section } from '../reply';
import { legalBasisLabels } from '../vocabulary';
import type { RateStep, TariffAction } from './types';

export function tradeCovered(a: TariffAction): string {
  if (a.tradeCoveredUsd === null) {
    return a.tradeCoveredCertainty === 'not_confirmed' ? 'not confirmed' : 'unknown';
  }
  const amount = formatUsd(a.tradeCoveredUsd);
  if (a.tradeCoveredCertainty === 'approximate') return `~${amount}`;
  if (a.tradeCoveredCertainty === 'not_confirmed') return `${amount} (not confirmed)`;
  return amount;
}

export function rateStepText(s: RateStep): string {
  const parts = [formatPct(s.ratePct)];
  if (s.appliesTo) parts.push(`on ${s.appliesTo}`);
  if (s.effectiveOn) parts.push(`${s.applied ? 'from' : 'due'} ${s.effectiveOn}`);
  if (s.applied === false) parts.push('(never applied)');
  if (s.applied === null) parts.push('(not confirmed whether applied)');
  return parts.join(' ');
}

export const partiesText = (a: TariffAction): string => `${countryShort(a.imposer)} → ${countryShort(a.target)}`;

function headline(a: TariffAction): string {
  return `${partiesText(a)}: ${a.name}`;
}

export function tariffListItem(a: TariffAction): ListItem {
  const answers = a.retaliatesFor ? `answers ${a.retaliatesFor.name}` : `answers ${a.answers}`;
  const answeredBy = a.answeredBy.length > 0 ? `answered by ${a.answeredBy.map((r) => r.name).join('; ')}` : null;
  return {
    title: `${headline(a)} · ${tradeCovered(a)}`,
    detail: [
      a.rateSteps.map(rateStepText).join('; '),
      `effective ${a.effectiveOn ?? 'never'} (announced ${a.announcedOn})`,
      legalBasisLabels[a.legalBasis].split(',')[0],
      answers,
      answeredBy,
    ]
      .filter(Boolean)
      .join(' · '),
    badge: tariffBadge(a.status),
    command: `/tariff ${a.slug}`,
  };
}

export function tariffDetailReply(a: TariffAction): Reply {
  const fields = [
    { label: 'Imposer → target', value: partiesText(a) },
    { label: 'Trade covered', value: `${tradeCovered(a)}${a.tradeCoveredNote ? ` — ${a.tradeCoveredNote}` : ''}` },
    { label: 'Rates', value: a.rateSteps.map(rateStepText).join('\n') || '—' },
    { label: 'Announced', value: a.announcedNote ? `${a.announcedOn} (${a.announcedNote})` : a.announcedOn },
    { label: 'Effective', value: a.effectiveOn ? (a.effectiveNote ? `${a.effectiveOn} (${a.effectiveNote})` : a.effectiveOn) : a.effectiveNote ?? 'never' },
    { label: 'Legal basis', value: [legalBasisLabels[a.legalBasis], a.instrument].filter(Boolean).join('; ') },
    { label: 'Status', value: a.statusNote ? `${a.status.replaceAll('_', ' ')} — ${a.statusNote}` : a.status.replaceAll('_', ' ') },
    { label: 'Answers', value: a.retaliatesFor ? `${a.retaliatesFor.name} (/tariff ${a.retaliatesFor.slug})` : a.answers },
  ];
  if (a.answeredBy.length > 0) {
    fields.push({ label: 'Answered by', value: a.answeredBy.map((r) => `${r.name} (/tariff ${r.slug})`).join('\n') });
  }
  if (a.productCount !== null) fields.push({ label: 'Products', value: a.productCount.toLocaleString('en-US') });
  const sections: Section[] = [
    { kind: 'fields', fields },
    { kind: 'text', text: a.description },
    { kind: 'links', heading: 'Sources', links: a.sources.map(sourceLink) },
  ];
  return {
    summary: `${headline(a)} — ${tradeCovered(a)}, ${a.rateSteps.map(rateStepText).join('; ')}`,
    title: headline(a),
    badge: tariffBadge(a.status),
    sections,
    visibility: 'ephemeral',
  };
}
