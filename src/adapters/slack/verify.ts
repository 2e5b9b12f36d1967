import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's replay window: a request stamped more than five minutes away from now is refused. */
const MAX_SKEW_SECONDS = 5 * 60;

type VerifyResult = { ok: true } | { ok: false; reason: 'missing_headers' | 'stale_timestamp' | 'bad_signature' };

interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: Uint8Array;
}

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function signSlackRequest(signingSecret: string, timestamp: string | number, rawBody: string | Uint8Array): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}

/**
 * Slack's v0 request signature, checked on the raw bytes before anything is parsed: the
 * timestamp within five minutes either way, then a timing-safe compare of the HMAC.
 */
export function verifySlackRequest(signingSecret: string, req: SignedRequest, nowMs: number = Date.now()): VerifyResult {
  const { signature, timestamp } = req;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'missing_headers' };
  if (Math.abs(Math.floor(nowMs / 1000) - Number(timestamp)) > MAX_SKEW_SECONDS) return { ok: false, reason: 'stale_timestamp' };
  const expected = Buffer.from(signSlackRequest(signingSecret, timestamp, req.rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
  return { ok: true };
}
