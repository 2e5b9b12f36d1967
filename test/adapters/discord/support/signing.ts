import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A test application's Ed25519 key pair; the public key in Discord's hex form. */
export function testKeys(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { publicKeyHex: Buffer.from(jwk.x ?? '', 'base64url').toString('hex'), privateKey };
}

/** Headers exactly as Discord sends them: Ed25519 over timestamp + raw body. */
export function signedHeaders(privateKey: KeyObject, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const ts = String(timestamp);
  return {
    'content-type': 'application/json',
    'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)',
    'x-signature-ed25519': sign(null, Buffer.from(ts + body), privateKey).toString('hex'),
    'x-signature-timestamp': ts,
  };
}

export const fixturesDir = fileURLToPath(new URL('../../../fixtures/discord/', import.meta.url));

/** A payload we wrote, as the raw text Discord would send. */
export function fixture(name: string): string {
  return readFileSync(`${fixturesDir}${name}.json`, 'utf8');
}

export const APPLICATION_ID = '1187000000000000001';
export const GUILD_ID = '1187000000000000100';
export const CHANNEL_ID = '1187000000000000200';
export const READER_ID = '1187000000000000300';
