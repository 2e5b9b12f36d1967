import type { KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/stack';
import type { TestServer } from '../support/server';
import { finalMessage, sendInteraction } from './discord/support/client';
import type { FakeDiscord } from './discord/support/fake-discord';
import type { FakeSlack } from './slack/fake-slack';
import { fixture, slashAnswer } from './slack/signed-request';

const PUBLIC_URL = 'https://tracker.example.org';

interface SlackBlock {
  type: string;
  image_url?: string;
  alt_text?: string;
}
const blocksOf = (r: { body: Record<string, unknown> }) => (r.body.blocks ?? []) as SlackBlock[];
interface Embed {
  title?: string;
  url?: string;
  image?: { url: string };
}

describe('/tariff chart and /tariff <action> carry the chart PNG in Slack and Discord (PUBLIC_URL set)', () => {
  let stack: Stack;
  let server: TestServer;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let privateKey: KeyObject;

  beforeAll(async () => {
    stack = await startStack({ slack: true, discord: true, env: { PUBLIC_URL } });
    ({ server } = stack);
    slack = stack.slack!;
    discord = stack.discord!;
    privateKey = stack.discord!.privateKey;
  });
  afterAll(async () => stack?.close());

  async function slash(text: string) {
    const url = slack.responseUrl(`tariff-${text.replace(/\W/g, '-')}`);
    // the answer comes in the ack when it is ready in time, else at response_url
    const answer = await slashAnswer(server.url, slack, { ...fixture('slash-tariff-china', { response_url: url }), text });
    expect(answer.res.status).toBe(200);
    return answer;
  }
  const discordTariff = async (query: string) =>
    finalMessage(
      discord,
      await sendInteraction(server.url, privateKey, 'tariff-china', (p) => {
        (p.data as { options: { value: string }[] }).options[0]!.value = query;
        p.token = `chart-${query.replace(/\W/g, '-')}`;
      }),
    );

  /** the image URL is on the public base, and the same path on this server answers a PNG */
  async function expectPng(url: string | undefined, path: string) {
    expect(url).toBe(`${PUBLIC_URL}${path}`);
    const res = await fetch(`${server.url}${new URL(url!).pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  }

  it('Slack: /tariff chart answers with an image block of the tariff-rate chart, and the figures in words', async () => {
    const reply = await slash('chart');
    const image = blocksOf(reply).find((b) => b.type === 'image');
    expect(image?.alt_text).toContain('average US tariff on Chinese goods');
    await expectPng(image?.image_url, '/charts/tariff-rates.png');
    const words = JSON.stringify(reply.body.blocks);
    expect(words).toContain('3.0% (January 2018, before the trade war) → 3.8%');
    expect(words).toContain('7.2–8.0% (start of 2018, before the trade war) → 18.3%');
    expect(words).toContain('19.3%');
    expect(words).toContain('piie.com');
  });

  it('Slack: /tariff us-s301-list-3 shows that action with its own chart', async () => {
    const reply = await slash('us-s301-list-3');
    const image = blocksOf(reply).find((b) => b.type === 'image');
    await expectPng(image?.image_url, '/charts/tariffs/us-s301-list-3.png');
    expect(JSON.stringify(reply.body.blocks)).toContain(`${PUBLIC_URL}/tariffs/us-s301-list-3`);
  });

  it('Discord: /tariff chart puts the chart in embed.image; an action lookup puts its own', async () => {
    const [chart] = (await discordTariff('chart')).embeds as Embed[];
    expect(chart?.title).toBe('Tariff rates over time: US and China');
    expect(chart?.url).toBe(`${PUBLIC_URL}/tariffs`);
    await expectPng(chart?.image?.url, '/charts/tariff-rates.png');
    const [action] = (await discordTariff('us-s301-list-3')).embeds as Embed[];
    await expectPng(action?.image?.url, '/charts/tariffs/us-s301-list-3.png');
  });
});

describe('/tariff chart without PUBLIC_URL', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ slack: true });
  });
  afterAll(async () => stack?.close());

  it('gives the figures in words and says the image needs a public address', async () => {
    const url = stack.slack!.responseUrl('tariff-chart-local');
    const reply = await slashAnswer(stack.server.url, stack.slack!, { ...fixture('slash-tariff-china', { response_url: url }), text: 'chart' });
    expect(blocksOf(reply!).some((b) => b.type === 'image')).toBe(false);
    const words = JSON.stringify(reply!.body.blocks);
    expect(words).toContain('21.1%');
    expect(words).toContain('PUBLIC_URL');
  });
});
