import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../support/server';
import { type Stack, startStack } from '../../support/stack';
import type { FakeSlack } from './fake-slack';
import { fixture, slashAnswer } from './signed-request';

/** The Slack actor is team_id/user_id: an editor named that way in PLEDGEWATCH_ADMINS can write. */
describe('Slack editor identity, end to end', () => {
  let fake: FakeSlack;
  let server: TestServer;
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ slack: true, env: { PLEDGEWATCH_ADMINS: 'slack:T0NEWSROOM/U0EDITOR' } });
    ({ server } = stack);
    fake = stack.slack!;
  });
  afterAll(async () => stack?.close());

  async function slash(name: string, userId: string): Promise<string> {
    const url = fake.responseUrl(name);
    const fields = { ...fixture(name, { response_url: url }), user_id: userId };
    const answer = await slashAnswer(server.url, fake, fields);
    expect(answer.res.status).toBe(200);
    return JSON.stringify(answer.body.blocks);
  }

  it('a reporter’s set-status is refused; the editor named slack:T0NEWSROOM/U0EDITOR writes it', async () => {
    expect(await slash('slash-pledge-admin-set-status', 'U0REPORTER')).toContain('Only editors');
    expect(await slash('slash-pledge-alibaba', 'U0REPORTER')).toContain('RETRACTED');

    const written = await slash('slash-pledge-admin-set-status', 'U0EDITOR');
    expect(written).not.toContain('Only editors');
    expect(written).toContain('retracted → broken');
    expect(await slash('slash-pledge-alibaba', 'U0REPORTER')).toContain('BROKEN');
  });
});
