import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommands } from '../../src/core/commands';
import { errorReply } from '../../src/core/error-reply';
import { systemClock } from '../../src/core/ports';
import { renderText } from '../../src/render/text';
import { signedHeaders } from '../adapters/discord/support/signing';
import { payloadBody, sendSigned, slashBody } from '../adapters/slack/signed-request';
import { type Stack, startStack } from '../support/stack';
import {
  articleBody, auditCount, command, commandText, discordPayload, longText, recordCounts, runsFor, slackPayload, STACK, TOTAL_RUNS,
} from './arbitraries';

const EDITOR = { slack: 'U0EDITOR', discord: '1187000000000000399' };
const INGEST = 'f'.repeat(32);
/** a cap for a run of many cases on a busy machine, not a budget: the properties say nothing about time */
const FUZZ_TIMEOUT_MS = Math.max(600_000, TOTAL_RUNS * 200);
const CRASHES = /slack event failed|discord interaction failed|command threw|unhandled error/;

/**
 * Property-based fuzzing of every way in: command texts through the core and through signed
 * Slack and Discord requests into the running server, malformed signed payloads, article
 * bodies through POST /api/articles. TOTAL_RUNS cases in all (FUZZ_RUNS; 10,000 by default).
 */
describe(`fuzzing the entry points (${TOTAL_RUNS.toLocaleString('en-US')} cases)`, () => {
  let stack: Stack;
  let replayed = 0;
  beforeAll(async () => {
    stack = await startStack({
      slack: true,
      discord: { botToken: false },
      env: { PLEDGEWATCH_ADMINS: `slack:${EDITOR.slack},discord:${EDITOR.discord}`, PLEDGEWATCH_INGEST_TOKEN: INGEST, LOG_LEVEL: 'info' },
    });
  });
  afterAll(async () => stack?.close());

  it('the core: no throw, no stack trace, every refused admin command audited, a refused one writes nothing', async () => {
    const commands = createCommands({ store: stack.server.store, clock: systemClock, bootstrapEditors: [`slack:${EDITOR.slack}`] });
    const db = stack.server.db;
    await fc.assert(
      fc.asyncProperty(command, fc.oneof({ weight: 20, arbitrary: commandText }, { weight: 1, arbitrary: longText }), fc.boolean(), async (name, text, asEditor) => {
        const actor = { platform: 'slack' as const, workspace: 'T1', userId: asEditor ? EDITOR.slack : 'U0READER' };
        const [countsBefore, auditBefore] = await Promise.all([recordCounts(db), auditCount(db)]);
        const result = await commands.run({ command: name, text, actor, channel: { platform: 'slack', workspace: 'T1', id: 'C0FUZZ' } });
        const shown = renderText(result.ok ? result.value : errorReply(result.error));
        expect(shown).not.toMatch(STACK);
        if (!result.ok) expect(result.error.code).not.toBe('internal');
        // `help` reads the manual, writes nothing and is open to anyone: not audited
        const readsManual = /^\s*help(\s|$)/i.test(text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, ' '));
        if (name === 'pledge-admin' && !result.ok && result.error.code !== 'store_unavailable') {
          expect(await auditCount(db)).toBe(readsManual ? auditBefore : auditBefore + 1);
          expect(await recordCounts(db)).toEqual(countsBefore);
        }
        if (name !== 'pledge-admin' && !result.ok) expect(await recordCounts(db)).toEqual(countsBefore);
      }),
      { numRuns: runsFor(0.3) },
    );
  }, FUZZ_TIMEOUT_MS);

  it('signed Slack slash commands: never a 5xx; a replay is refused and runs nothing', async () => {
    let sent = 0;
    const acked: string[] = [];
    await fc.assert(
      fc.asyncProperty(command, commandText, fc.boolean(), fc.nat({ max: 4 }), async (name, text, asEditor, n) => {
        const fields = {
          team_id: 'T0NEWSROOM', channel_id: 'C0FUZZ', user_id: asEditor ? EDITOR.slack : 'U0READER', user_name: 'fuzz',
          command: `/${name}`, text, response_url: stack.slack!.responseUrl('fuzz'), trigger_id: '1.2.fuzz',
        };
        const body = slashBody(fields);
        const timestamp = Math.floor(Date.now() / 1000);
        const first = await sendSigned(stack.server.url, body, { timestamp });
        expect(first.res.status).toBe(200);
        // an answer ready in time comes in the ack; the others go to response_url
        if (first.text === '') sent++;
        else acked.push(first.text);
        if (n === 0) {
          replayed++;
          expect((await sendSigned(stack.server.url, body, { timestamp })).res.status).toBe(401);
        }
      }),
      { numRuns: runsFor(0.12) },
    );
    // every command answered once (a replay added nothing), and no answer shows a stack trace
    const answers = sent > 0 ? await stack.slack!.waitFor('/respond/fuzz-', sent, 60_000) : [];
    expect(answers).toHaveLength(sent);
    for (const a of answers) expect(JSON.stringify(a.body)).not.toMatch(STACK);
    for (const a of acked) expect(a).not.toMatch(STACK);
  }, FUZZ_TIMEOUT_MS);

  it('signed Slack interactivity payloads of any shape: never a 5xx, never a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(slackPayload, fc.boolean(), async (payload, asJson) => {
        const body = asJson ? JSON.stringify(payload) : payloadBody(payload as Record<string, unknown>);
        const { res, text } = await sendSigned(stack.server.url, body, asJson ? { contentType: 'application/json' } : {});
        expect(res.status).toBeLessThan(500);
        expect(text).not.toMatch(STACK);
      }),
      { numRuns: runsFor(0.2) },
    );
  }, FUZZ_TIMEOUT_MS);

  it('signed Discord interactions of any shape and any command text: never a 5xx; a replay is refused', async () => {
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${stack.server.url}/discord/interactions`, { method: 'POST', headers, body }).then(async (r) => ({ status: r.status, text: await r.text() }));
    await fc.assert(
      fc.asyncProperty(discordPayload, fc.nat({ max: 4 }), async (payload, n) => {
        const body = JSON.stringify(payload);
        const headers = signedHeaders(stack.discord!.privateKey, body);
        const answer = await post(body, headers);
        expect(answer.status).toBeLessThan(500);
        expect(answer.text).not.toMatch(STACK);
        if (n === 0) {
          replayed++;
          expect((await post(body, { ...headers, 'x-signature-ed25519': headers['x-signature-ed25519']!.toUpperCase() })).status).toBe(401);
        }
      }),
      { numRuns: runsFor(0.28) },
    );
  }, FUZZ_TIMEOUT_MS);

  it('article bodies through POST /api/articles: never a 5xx; a refused one proposes nothing', async () => {
    const proposals = async () => (await stack.server.store.listProposals({ state: 'pending', limit: 1_000 })).length;
    await fc.assert(
      fc.asyncProperty(articleBody, async (body) => {
        const before = await proposals();
        const res = await fetch(`${stack.server.url}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${INGEST}` },
          body: JSON.stringify(body),
        });
        const text = await res.text();
        expect(res.status).toBeLessThan(500);
        expect(text).not.toMatch(STACK);
        if (res.status !== 202) expect(await proposals()).toBe(before);
      }),
      { numRuns: runsFor(0.1) },
    );
  }, FUZZ_TIMEOUT_MS);

  it('nothing crashed on the way: no failure logged by the adapters', () => {
    expect(replayed).toBeGreaterThan(0);
    const crashes = stack.server.logs.filter((l) => CRASHES.test(String(l.msg)) || Number(l.level) >= 60);
    expect(crashes.map((l) => `${l.msg}: ${JSON.stringify(l.err ?? l.error ?? '')}`.slice(0, 300))).toEqual([]);
  });
});
