import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

type VerifyResult = { ok: true } | { ok: false; reason: 'missing_headers' | 'bad_signature' | 'stale_timestamp' };

export interface SignatureVerifier {
  verify(signature: string | undefined, timestamp: string | undefined, rawBody: string): VerifyResult;
}

/**
 * Discord's request signature: Ed25519 over `timestamp + raw body` with the application's
 * public key, plus a window of our own on the timestamp so an old request cannot be replayed.
 */
export function createSignatureVerifier(publicKeyHex: string, now: () => number = () => Date.now()): SignatureVerifier {
  const key: KeyObject = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
  return {
    verify(signature, timestamp, rawBody) {
      if (!signature || !timestamp) return { ok: false, reason: 'missing_headers' };
      if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: 'bad_signature' };
      if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'stale_timestamp' };
      let valid = false;
      try {
        valid = verify(null, Buffer.from(timestamp + rawBody, 'utf8'), key, Buffer.from(signature, 'hex'));
      } catch {
        valid = false;
      }
      if (!valid) return { ok: false, reason: 'bad_signature' };
      if (Math.abs(now() / 1000 - Number(timestamp)) > TIMESTAMP_WINDOW_SECONDS) return { ok: false, reason: 'stale_timestamp' };
      return { ok: true };
    },
  };
}
