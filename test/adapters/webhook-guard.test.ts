import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { signWebhook } from '../../src/adapters/webhook/announcer';
import { webhookGuard } from '../../src/ingest/feeds/address-guard';

const dns: Record<string, string[]> = { 'hooks.example.org': ['93.184.216.34'], 'intranet.example.org': ['10.0.0.5'], 'mixed.example.org': ['93.184.216.34', '127.0.0.1'] };
const resolve = async (host: string) => {
  const found = dns[host];
  if (!found) throw new Error('ENOTFOUND');
  return found;
};

describe('webhook URLs: https to public addresses, unless the operator allows local receivers', () => {
  it('by default: https only, and never a private, loopback or unresolvable host', async () => {
    const allow = webhookGuard({ allowLocal: false }, resolve);
    expect(await allow('https://hooks.example.org/pw')).toBeNull();
    expect(await allow('http://hooks.example.org/pw')).toBe('webhooks use https:// (plain http needs PLEDGEWATCH_WEBHOOK_ALLOW_HTTP=1)');
    expect(await allow('ftp://hooks.example.org/pw')).toBe('webhooks use https://');
    expect(await allow('https://intranet.example.org/pw')).toMatch(/private or loopback address/);
    expect(await allow('https://mixed.example.org/pw')).toMatch(/private or loopback address/);
    expect(await allow('https://127.0.0.1:8443/pw')).toMatch(/private or loopback address/);
    expect(await allow('https://[::1]:8443/pw')).toMatch(/private or loopback address/);
    expect(await allow('https://169.254.169.254/latest')).toMatch(/private or loopback address/);
    expect(await allow('https://nowhere.example.org/pw')).toBe('nowhere.example.org does not resolve');
  });

  it('with PLEDGEWATCH_WEBHOOK_ALLOW_HTTP=1: plain http and local receivers too', async () => {
    const allow = webhookGuard({ allowLocal: true }, resolve);
    expect(await allow('http://127.0.0.1:8080/hook')).toBeNull();
    expect(await allow('https://intranet.example.org/pw')).toBeNull();
    expect(await allow('ftp://hooks.example.org/pw')).toBe('webhooks use https://');
  });

  it('the variable is 1 or 0; anything else fails at start-up with its name', () => {
    expect(loadConfig({}).PLEDGEWATCH_WEBHOOK_ALLOW_HTTP).toBe(false);
    expect(loadConfig({ PLEDGEWATCH_WEBHOOK_ALLOW_HTTP: '1' }).PLEDGEWATCH_WEBHOOK_ALLOW_HTTP).toBe(true);
    expect(() => loadConfig({ PLEDGEWATCH_WEBHOOK_ALLOW_HTTP: 'yes' })).toThrow(/PLEDGEWATCH_WEBHOOK_ALLOW_HTTP/);
  });

  it('signs "<t>.<body>" with HMAC-SHA256 (a known vector)', () => {
    // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    expect(signWebhook('whsec_test', 1_700_000_000, '{"a":1}')).toBe('t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789');
  });
});
