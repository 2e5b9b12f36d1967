import { pledgeBadge, reasonText, statusWords } from './format';
import { pledgeHeadline, sourceLink } from './pledges/present';
import type { PledgeReads, TariffReads } from './ports';
import type { Reply } from './reply';
import { tariffListItem } from './tariffs/present';

/**
 * What a tracker link shows when pasted in chat (a Slack unfurl): the pledge's current status
 * with its date and source, or the tariff action's rates and status. Only links to the
 * tracker's own host (PUBLIC_URL) are previewed; anything else is null.
 */
type TrackerPath = { kind: 'pledge'; slug: string } | { kind: 'tariff'; slug: string } | { kind: 'tariffs' };

/** `/pledges/<slug>` (also under /embed and /api), `/tariffs/<slug>`, `/tariffs`, on PUBLIC_URL's host. */
function trackerPath(url: string, publicUrl: string): TrackerPath | null {
  if (!URL.canParse(url) || !URL.canParse(publicUrl)) return null;
  const u = new URL(url);
  const base = new URL(publicUrl);
  if (u.host.toLowerCase() !== base.host.toLowerCase()) return null;
  const prefix = base.pathname.replace(/\/+$/, '');
  if (!u.pathname.startsWith(`${prefix}/`)) return null;
  const path = u.pathname.slice(prefix.length).replace(/\/+$/, '');
  const pledge = /^(?:\/embed|\/api)?\/pledges\/([a-z0-9-]{1,80})$/.exec(path);
  if (pledge?.[1]) return { kind: 'pledge', slug: pledge[1] };
  const tariff = /^\/tariffs\/([a-z0-9-]{1,80})$/.exec(path);
  if (tariff?.[1]) return { kind: 'tariff', slug: tariff[1] };
  return path === '/tariffs' ? { kind: 'tariffs' } : null;
}

export async function linkPreview(deps: { store: PledgeReads & TariffReads; publicUrl: string }, url: string): Promise<Reply | null> {
  const path = trackerPath(url, deps.publicUrl);
  if (!path) return null;
  if (path.kind === 'pledge') {
    const p = await deps.store.getPledge(path.slug);
    if (!p) return null;
    const change = p.latestChange;
    const status = change
      ? `${statusWords(p.status)} since ${change.effectiveOn}${change.reason ? ` (${reasonText(change.reason)})` : ''}`
      : statusWords(p.status);
    return {
      summary: `${pledgeHeadline(p)}: ${status}`,
      title: pledgeHeadline(p),
      titleUrl: url,
      badge: pledgeBadge(p.status, p.statusOn),
      sections: [
        { kind: 'fields', fields: [{ label: 'Status', value: status }, ...(p.deadline ? [{ label: 'Deadline', value: p.deadline }] : [])] },
        ...(change?.quote ? [{ kind: 'quote' as const, text: change.quote, by: change.quoteBy, on: change.effectiveOn, source: sourceLink(change.source) }] : []),
        ...(change && !change.quote ? [{ kind: 'links' as const, heading: 'Source', links: [sourceLink(change.source)] }] : []),
      ],
      visibility: 'in_channel',
    };
  }
  if (path.kind === 'tariff') {
    const [a] = await deps.store.findTariffs({ kind: 'slug', slug: path.slug });
    if (!a) return null;
    const item = tariffListItem(a);
    return {
      summary: item.title,
      title: item.title,
      titleUrl: url,
      ...(item.badge ? { badge: item.badge } : {}),
      sections: [{ kind: 'text', text: item.detail ?? '' }, ...(a.sources[0] ? [{ kind: 'links' as const, heading: 'Source', links: [sourceLink(a.sources[0])] }] : [])],
      visibility: 'in_channel',
    };
  }
  const all = await deps.store.findTariffs({ kind: 'all' });
  const title = `${all.length} tariff actions on record`;
  return { summary: title, title, titleUrl: url, sections: [{ kind: 'context', text: 'Search them with /tariff china, /tariff list 3 or /tariff 2018-09-24.' }], visibility: 'in_channel' };
}
