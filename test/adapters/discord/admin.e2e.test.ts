import type { KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../support/server';
import { type Stack, startStack } from '../../support/stack';
import { finalMessage, sendInteraction } from './support/client';
import type { FakeDiscord } from './support/fake-discord';

const EDITOR_ID = '1187000000000000399';

/** An editor's typed /pledge-admin options reach the core as the words it parses. */
describe('Discord /pledge-admin from an editor, end to end', () => {
  let server: TestServer;
  let fake: FakeDiscord;
  let privateKey: KeyObject;
  let n = 0;
  const admin = (sub: string, options: Record<string, string>) =>
    sendInteraction(server.url, privateKey, 'admin-set-status', (p) => {
      p.token = `admin-token-${++n}`;
      (p.member as { user: { id: string } }).user.id = EDITOR_ID;
      p.data = {
        id: '1187000000000000503',
        name: 'pledge-admin',
        type: 1,
        options: [{ name: sub, type: 1, options: Object.entries(options).map(([name, value]) => ({ name, type: 3, value })) }],
      };
    });
  const text = async (answer: Awaited<ReturnType<typeof admin>>) => JSON.stringify(await finalMessage(fake, answer));

  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ discord: { botToken: false }, env: { PLEDGEWATCH_ADMINS: `discord:${EDITOR_ID}` } });
    ({ server } = stack);
    fake = stack.discord!;
    privateKey = stack.discord!.privateKey;
  });
  afterAll(async () => stack?.close());

  it('add-fact with a statement in several words', async () => {
    const answer = await admin('add-fact', {
      slug: 'alibaba-1m-us-jobs',
      statement: 'A test fact with "quoted" words, written for this test',
      source_url: 'https://example.org/test-fact',
    });
    expect(await text(answer)).toContain('Fact added to alibaba-1m-us-jobs');
  });

  it('add-pledge from key=value options', async () => {
    const reply = await text(
      await admin('add-pledge', {
        slug: 'test-plant-pledge',
        entity: 'Test Manufacturing',
        title: 'open a test plant',
        made: '2017-07-26',
        source: 'https://example.org/test-plant',
        by: 'A. Tester',
      }),
    );
    expect(reply).toContain('Added test-plant-pledge');
  });

  it('edit-pledge with its key=value words in one option; the embed then shows person, role, target and place', async () => {
    const reply = await text(await admin('edit-pledge', { slug: 'test-plant-pledge', changes: 'target=$10bn role="plant director" place=Harlan County, Kentucky' }));
    expect(reply).toContain('Updated test-plant-pledge');
    expect(reply).toContain('target: none → $10 billion');
    const shown = await text(
      await sendInteraction(server.url, privateKey, 'pledge-alibaba', (p) => {
        p.token = 'edit-after';
        (p.data as { options: { value: string }[] }).options[0]!.value = 'test-plant-pledge';
      }),
    );
    expect(shown).toContain('A. Tester, plant director (Test Manufacturing)');
    expect(shown).toContain('$10 billion');
    expect(shown).toContain('Harlan County, Kentucky');
  });

  it('set-status with a quote and a reason, then /pledge shows the new status', async () => {
    const answer = await admin('set-status', {
      slug: 'alibaba-1m-us-jobs',
      status: 'broken',
      source_url: 'https://example.org/test-status',
      quote: 'A test quote in several words',
      reason: 'deadline_passed',
    });
    const reply = await text(answer);
    expect(answer.response.type === 4 ? answer.response.data?.flags : 64).toBe(64);
    expect(reply).toContain('retracted → broken');
    const lookup = await sendInteraction(server.url, privateKey, 'pledge-alibaba', (p) => (p.token = 'admin-after'));
    const message = await finalMessage(fake, lookup);
    expect(JSON.stringify(message)).toContain('BROKEN');
    expect(JSON.stringify(message)).toContain('A test quote in several words');
  });
});
