import { sourceLink } from '../pledges/present';
import { countryShort, formatPct, formatUsd, tariffBadge } from '../format';
import type { ListItem, Reply, Section } from '../reply';
import { legalBasisLabels } from '../vocabulary';
import { averageReadings, averageTariffSource } from './average-tariffs';
import type { RateStep, TariffAction } from './types';

export function tradeCovered(a: TariffAction): string {
  // Said as a reader would: no invented figure, and no research shorthand.
  if (a.tradeCoveredUsd === null) {
    return a.tradeCoveredCertainty === 'not_confirmed' ? 'no firm figure published' : 'not known';
  }
  const amount = formatUsd(a.tradeCoveredUsd);
  if (a.tradeCoveredCertainty === 'approximate') return `~${amount}`;
  if (a.tradeCoveredCertainty === 'not_confirmed') return `${amount} (estimates differ)`;
  return amount;
}

export function rateStepText(s: RateStep): string {
  const parts = [formatPct(s.ratePct)];
  if (s.appliesTo) parts.push(`on ${s.appliesTo}`);
  if (s.effectiveOn) parts.push(`${s.applied ? 'from' : 'due'} ${s.effectiveOn}`);
  if (s.applied === false) parts.push('(never applied)');
  if (s.applied === null) parts.push('(not known whether it took effect)');
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

export function tariffDetailReply(a: TariffAction, opts: { publicUrl?: string } = {}): Reply {
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
  const page = opts.publicUrl ? `${opts.publicUrl}/tariffs/${encodeURIComponent(a.slug)}` : null;
  return {
    summary: `${headline(a)} — ${tradeCovered(a)}, ${a.rateSteps.map(rateStepText).join('; ')}`,
    title: headline(a),
    ...(page ? { titleUrl: page } : {}),
    badge: tariffBadge(a.status),
    sections,
    ...(opts.publicUrl
      ? { image: { url: `${opts.publicUrl}/charts/tariffs/${encodeURIComponent(a.slug)}.png`, alt: `Rate steps of ${a.name}: ${a.rateSteps.map(rateStepText).join('; ')}` } }
      : {}),
    visibility: 'ephemeral',
  };
}

/** `/tariff chart`: PIIE's average tariffs in words, and the chart itself when PUBLIC_URL is set. */
export function tariffChartReply(opts: { publicUrl?: string }): Reply {
  const side = (code: 'US' | 'CN') =>
    averageReadings(code)
      .map((r) => `${r.label} (${r.when})`)
      .join(' → ');
  const title = 'Tariff rates over time: US and China';
  return {
    summary: `${title}. US on Chinese goods: ${side('US')}. China on US goods: ${side('CN')}.`,
    title,
    ...(opts.publicUrl ? { titleUrl: `${opts.publicUrl}/tariffs` } : {}),
    sections: [
      {
        kind: 'fields',
        fields: [
          { label: 'Average US tariff on Chinese goods', value: side('US') },
          { label: "Average Chinese tariff on US goods", value: side('CN') },
        ],
      },
      { kind: 'links', heading: 'Source', links: [sourceLink(averageTariffSource)] },
      ...(opts.publicUrl
        ? []
        : [{ kind: 'context' as const, text: 'The chart image shows here once the bot has a public address (PUBLIC_URL).' }]),
    ],
    ...(opts.publicUrl
      ? {
          image: {
            url: `${opts.publicUrl}/charts/tariff-rates.png`,
            alt: "Chart: average US tariff on Chinese goods and China's on US goods, 2018–2020 (PIIE), over each action's rate steps",
          },
        }
      : {}),
    visibility: 'ephemeral',
  };
}
