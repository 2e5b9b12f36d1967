/**
 * Article links come from other people's feeds, so the newswire must not be steered into the
 * newsroom's own network (a cloud metadata address, an admin page on a private host). A link
 * may point at a private, loopback or link-local address only when it is on the host of the
 * feed an editor added; every other host must resolve to public addresses only. Redirects are
 * checked hop by hop (fetchLimited's `allow`).
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const privateRanges = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  privateRanges.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  privateRanges.addSubnet(net, bits, 'ipv6');
}

/** True for an address the public internet cannot route to us (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return privateRanges.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const hostname = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();

/**
 * An `allow` check for the article links of the feed at `feedUrl`: null when `url` may be
 * fetched, else the reason it may not.
 */
export function articleGuard(feedUrl: string, resolve: (host: string) => Promise<string[]> = resolveAll): (url: string) => Promise<string | null> {
  return addressGuard([hostname(feedUrl)], resolve, 'only the feed’s own host may be one');
}

/**
 * The same check for links with no feed behind them (a chat message's): only the hosts the
 * operator named (PLEDGEWATCH_PRIVATE_HOSTS) may be private.
 */
export function addressGuard(
  privateHosts: readonly string[],
  resolve: (host: string) => Promise<string[]> = resolveAll,
  rule = 'the newswire does not fetch those',
): (url: string) => Promise<string | null> {
  const allowed = new Set(privateHosts.map((h) => h.replace(/^\[|\]$/g, '').toLowerCase()));
  return async (url) => {
    const host = hostname(url);
    if (allowed.has(host)) return null;
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : await resolve(host);
    } catch {
      return null; // unresolvable: the fetch itself fails and says so
    }
    return addresses.some(isPrivateAddress) ? `${host} is a private address; ${rule}` : null;
  };
}

async function resolveAll(host: string): Promise<string[]> {
  return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

/**
 * The check for a webhook's URL, when it is added and before every delivery (a host's
 * addresses may change): https to public addresses only, unless the operator allows plain
 * http and private or loopback addresses (PLEDGEWATCH_WEBHOOK_ALLOW_HTTP=1, for a local
 * receiver). Null when `url` may be posted to, else why not.
 */
export function webhookGuard(opts: { allowLocal: boolean }, resolve: (host: string) => Promise<string[]> = resolveAll): (url: string) => Promise<string | null> {
  return async (url) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return 'not a URL';
    }
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && opts.allowLocal)) {
      return opts.allowLocal || u.protocol !== 'http:' ? 'webhooks use https://' : 'webhooks use https:// (plain http needs PLEDGEWATCH_WEBHOOK_ALLOW_HTTP=1)';
    }
    if (opts.allowLocal) return null;
    const host = hostname(url);
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : await resolve(host);
    } catch {
      return `${host} does not resolve`;
    }
    return addresses.some(isPrivateAddress) ? `${host} is a private or loopback address (allowed only with PLEDGEWATCH_WEBHOOK_ALLOW_HTTP=1)` : null;
  };
}
