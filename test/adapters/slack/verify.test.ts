import { isValidSlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { signSlackRequest, verifySlackRequest } from '../../../src/adapters/slack/verify';
import { parseSlackBody } from '../../../src/adapters/slack/parse-body';
import { parseCommandLine, slackPlainText } from '../../../src/adapters/slack/handlers';
import { slackApiBase } from '../../../src/adapters/slack/client-options';

const secret = 'fixture-secret';
const body = 'token=x&team_id=T0NEWSROOM&command=%2Fpledge&text=alibaba';
const enc = (s: string) => new TextEncoder().encode(s);

describe('Slack request verification (v0)', () => {
  const now = 1_700_000_000_000;
  const ts = String(now / 1000);

  it('signs exactly as Slack does: Bolt’s own checker accepts our signature', () => {
    const signature = signSlackRequest(secret, ts, body);
    expect(signature).toMatch(/^v0=[0-9a-f]{64}$/);
    expect(
      isValidSlackRequest({ signingSecret: secret, body, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(ts) }, nowMilliseconds: now }),
    ).toBe(true);
    expect(verifySlackRequest(secret, { signature, timestamp: ts, rawBody: enc(body) }, now)).toEqual({ ok: true });
  });

  it('refuses a changed body, a wrong secret, a truncated signature and missing headers', () => {
    const signature = signSlackRequest(secret, ts, body);
    expect(verifySlackRequest(secret, { signature, timestamp: ts, rawBody: enc(`${body}x`) }, now)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifySlackRequest('other', { signature, timestamp: ts, rawBody: enc(body) }, now)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifySlackRequest(secret, { signature: signature.slice(0, 20), timestamp: ts, rawBody: enc(body) }, now)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifySlackRequest(secret, { signature: undefined, timestamp: ts, rawBody: enc(body) }, now)).toEqual({ ok: false, reason: 'missing_headers' });
    expect(verifySlackRequest(secret, { signature, timestamp: 'soon', rawBody: enc(body) }, now)).toEqual({ ok: false, reason: 'missing_headers' });
  });

  it('accepts a timestamp up to 5 minutes either way, and not beyond', () => {
    for (const skew of [-300, 300]) {
      const t = String(now / 1000 + skew);
      expect(verifySlackRequest(secret, { signature: signSlackRequest(secret, t, body), timestamp: t, rawBody: enc(body) }, now).ok).toBe(true);
    }
    for (const skew of [-301, 301, -600]) {
      const t = String(now / 1000 + skew);
      expect(verifySlackRequest(secret, { signature: signSlackRequest(secret, t, body), timestamp: t, rawBody: enc(body) }, now)).toEqual({
        ok: false,
        reason: 'stale_timestamp',
      });
    }
  });
});

describe('Slack body and button parsing', () => {
  it('reads slash-command forms, payload= forms and JSON; null for anything else', () => {
    expect(parseSlackBody(enc(body), 'application/x-www-form-urlencoded')).toMatchObject({ command: '/pledge', text: 'alibaba' });
    expect(parseSlackBody(enc(`payload=${encodeURIComponent('{"type":"block_actions"}')}`), 'application/x-www-form-urlencoded; charset=utf-8')).toEqual({
      type: 'block_actions',
    });
    expect(parseSlackBody(enc('{"type":"event_callback"}'), 'application/json')).toEqual({ type: 'event_callback' });
    expect(parseSlackBody(enc('[1]'), 'application/json')).toBeNull();
    expect(parseSlackBody(enc('payload=%7B'), 'application/x-www-form-urlencoded')).toBeNull();
    expect(parseSlackBody(enc('x'), 'text/plain')).toBeNull();
  });

  it('reads a button value as a known command and its text', () => {
    expect(parseCommandLine('/pledge history alibaba-1m-us-jobs')).toEqual({ command: 'pledge', text: 'history alibaba-1m-us-jobs' });
    expect(parseCommandLine('/tariff')).toEqual({ command: 'tariff', text: '' });
    expect(parseCommandLine('/pledge-admin grant U1')).toEqual({ command: 'pledge-admin', text: 'grant U1' });
    expect(parseCommandLine('/unknown x')).toBeNull();
    expect(parseCommandLine('pledge x')).toBeNull();
  });

  it('turns Slack’s markup into plain values and its entities back into characters', () => {
    expect(slackPlainText('grant <@U012AB|jane> &amp; note="AT&amp;T &lt;3" <https://example.org>')).toBe('grant U012AB & note="AT&T <3" https://example.org');
    // typed without a scheme, Slack adds one and keeps what was typed as the label
    expect(slackPlainText('source=<http://example.org/a|example.org/a> <@U1>')).toBe('source=http://example.org/a U1');
    // a | that is part of the address stays, bare or wrapped; a different label is not dropped
    expect(slackPlainText('<https://example.org/q?a=1|2&amp;b=3>')).toBe('https://example.org/q?a=1|2&b=3');
    expect(slackPlainText('<https://example.org/a|b>')).toBe('https://example.org/a|b');
    // what the core does not read stays as Slack sent it; a link typed in brackets reads as one Slack wrapped
    expect(slackPlainText('<#C1|desk> <!here> &lt;https://example.org&gt; &amp;lt;')).toBe('<#C1|desk> <!here> https://example.org &lt;');
  });

  it('takes SLACK_API_URL as the Web API base, adding the trailing slash Slack’s client expects', () => {
    expect(slackApiBase('http://127.0.0.1:9/api')).toBe('http://127.0.0.1:9/api/');
    expect(slackApiBase('https://slack.com/api/')).toBe('https://slack.com/api/');
    expect(slackApiBase(undefined)).toBeUndefined();
  });
});
