import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, slashAnswer } from '../adapters/slack/signed-request';
import { testDrivers } from '../support/db';
import { type Stack, startStack } from '../support/stack';

const EDITOR = 'U0REPORTER';

/** Editors' commands through signed Slack slash commands: out-of-range numbers, prototype names, long texts. */
describe.each(testDrivers())('an editor’s command with a bad number or name, on $name', (driver) => {
  let stack: Stack;
  let n = 0;
  /** the text Slack shows the editor (the answer in the ack, or what the bot posted to the response_url) */
  const admin = async (text: string, command = '/pledge-admin'): Promise<string> => {
    const name = `admin-${++n}`;
    const answer = await slashAnswer(stack.server.url, stack.slack!, { ...fixture('slash-pledge-admin-set-status', { response_url: stack.slack!.responseUrl(name) }), command, text });
    expect(answer.res.status).toBe(200);
    return JSON.stringify(answer.body);
  };
  const audited = async (action: string) => (await stack.server.store.listAudit({ limit: 200 })).filter((a) => a.action === action && a.outcome === 'refused');

  beforeAll(async () => {
    stack = await startStack({ slack: true, driver, env: { PLEDGEWATCH_ADMINS: `slack:${EDITOR}` } });
  });
  afterAll(async () => stack?.close());

  it.each([
    ['approve 9999999999', 'pledge-admin approve', /no proposal 9999999999: numbers go from 1 to 2,147,483,647/],
    ['proposal 2147483648', 'pledge-admin proposal', /no proposal 2147483648/],
    ['outbox retry 2147483648', 'pledge-admin outbox', /no delivery 2147483648/],
    [
      'add-tariff slug=big-test name="Big test" imposer=US target=CN announced=2019-01-01 rate=25 basis=section_301 status=threatened source=https://example.org/t usd=99999999999999999999bn',
      'pledge-admin add-tariff',
      /usd=99999999999999999999bn is out of range/,
    ],
  ])('%s: a clear message, audited as refused, not "unreachable"', async (text, action, message) => {
    const before = (await audited(action)).length;
    const reply = await admin(text);
    expect(reply).toMatch(message);
    expect(reply).not.toContain('unreachable');
    expect((await audited(action)).length).toBe(before + 1);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('/pledge-admin %s is not an admin command, and is audited', async (word) => {
    const reply = await admin(word);
    expect(reply).toContain(`“${word}” is not an admin command.`);
    expect(await audited(`pledge-admin ${word.toLowerCase()}`)).toHaveLength(1);
  });

  it('/tariff constructor is a search that finds nothing, not a crash', async () => {
    const reply = await admin('constructor', '/tariff');
    expect(reply).not.toContain('Something went wrong');
  });

  it.each([
    ['https://example.org/q?a=1|2&b=3', 'https://example.org/q?a=1|2&b=3'],
    ['<https://example.org/q?a=1|2&b=3>', 'https://example.org/q?a=1|2&b=3'],
    ['<http://example.org/p|example.org/p>', 'http://example.org/p'],
    ['https://example.org/a>b', 'https://example.org/a%3Eb'],
  ])('a source URL %s is stored whole, as %s', async (typed, stored) => {
    const statement = `A fact sourced at ${stored} (${driver.name})`;
    // Slack sends what the editor typed with &, < and > as entities
    const escaped = typed.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    const reply = await admin(`add-fact alibaba-1m-us-jobs "${statement}" ${escaped}`);
    expect(reply).toContain('Fact added');
    const fact = (await stack.server.store.getPledge('alibaba-1m-us-jobs'))!.facts.find((f) => f.statement === statement);
    expect(fact?.source.url).toBe(stored);
  });

  it('an over-long admin command is told the admin limit', async () => {
    const reply = await admin(`add-fact alibaba-1m-us-jobs "${'x'.repeat(4_100)}" https://example.org/long`);
    expect(reply).toMatch(/an admin command takes up to 4,000/);
    expect(reply).not.toContain('a search');
  });
});
