import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../support/server';
import { type Stack, startStack } from '../../support/stack';
import type { FakeSlack } from './fake-slack';
import { fixture, slashAnswer } from './signed-request';

const SLUG = 'northgate-wind-yard';

/**
 * The Slack actor is team_id/user_id: an editor named that way in PLEDGEWATCH_ADMINS can write.
 * An editor writes a whole pledge record from Slack; the lookup, the tracker page and the JSON show all of it.
 */
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

  /** a signed slash command as the editor; resolves with the blocks and text of its answer (in the ack or at response_url) */
  async function editorSlash(command: '/pledge' | '/pledge-admin', text: string): Promise<{ blocks: string; text: string }> {
    const url = fake.responseUrl(`${command}-${text.slice(0, 20)}`);
    const fields = { ...fixture('slash-pledge-admin-set-status', { response_url: url }), user_id: 'U0EDITOR', command, text };
    const answer = await slashAnswer(server.url, fake, fields);
    expect(answer.res.status).toBe(200);
    return { blocks: JSON.stringify(answer.body.blocks), text: String(answer.body.text) };
  }

  it('add-pledge with by, role, target and place; /pledge <slug> shows them, and so do the page and the JSON', async () => {
    const added = await editorSlash(
      '/pledge-admin',
      `add-pledge slug=${SLUG} entity="Northgate Energy" by="Ilse Marr" role="managing director" to="the Port of Tynmouth" made=2023-06-12 title="build a wind-turbine yard" text="Northgate would build a turbine assembly yard at the port." target=£1.2bn place="Tynmouth docks" deadline=2027-06-30 source=https://example.org/northgate keywords="offshore wind"`,
    );
    expect(added.blocks).toContain(`Added ${SLUG} (not yet rated)`);

    const shown = await editorSlash('/pledge', SLUG);
    expect(shown.blocks).toContain('Ilse Marr, managing director (Northgate Energy)');
    expect(shown.blocks).toContain('£1.2 billion');
    expect(shown.blocks).toContain('Tynmouth docks');
    expect(shown.blocks).toContain('2027-06-30');
    expect(shown.blocks).toContain('the Port of Tynmouth');
    expect((await editorSlash('/pledge', 'ilse marr')).blocks).toContain('Northgate Energy: build a wind-turbine yard');

    const page = await (await fetch(`${server.url}/pledges/${SLUG}`)).text();
    expect(page).toContain('Ilse Marr, managing director');
    expect(page).toContain('£1.2 billion');
    expect(page).toContain('Tynmouth docks');
    expect(page).toContain('the Port of Tynmouth');

    const json = (await (await fetch(`${server.url}/api/pledges/${SLUG}`)).json()) as Record<string, unknown>;
    expect(json).toMatchObject({
      slug: SLUG,
      byName: 'Ilse Marr',
      by: { name: 'Ilse Marr', role: 'managing director' },
      madeTo: 'the Port of Tynmouth',
      place: 'Tynmouth docks',
      deadline: '2027-06-30',
      target: { quantity: 1_200_000_000, unit: 'gbp', text: '£1.2 billion' },
      keywords: ['offshore wind'],
    });
  });

  it('edit-pledge from Slack changes the record; a bad target is refused with an example and changes nothing', async () => {
    const bad = await editorSlash('/pledge-admin', `edit-pledge ${SLUG} target="plenty of turbines"`);
    expect(bad.blocks).toContain('is not a number with a unit');
    expect(bad.blocks).toContain('target=\\"25,000 jobs\\"');
    const edited = await editorSlash('/pledge-admin', `edit-pledge ${SLUG} target="900 jobs" place=Tynmouth, North Shields`);
    expect(edited.blocks).toContain('target: £1.2 billion → 900 jobs');
    expect(edited.blocks).toContain('place: “Tynmouth docks” → “Tynmouth, North Shields”');
    const json = (await (await fetch(`${server.url}/api/pledges/${SLUG}`)).json()) as Record<string, unknown>;
    expect(json).toMatchObject({ place: 'Tynmouth, North Shields', target: { quantity: 900, unit: 'jobs', text: '900 jobs' } });
  });
});
