import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordGateway, type DiscordGateway } from '../../../src/adapters/discord/gateway';
import { createInteractionHandler } from '../../../src/adapters/discord/handler';
import { type CommandInput, type Commands, createCommands } from '../../../src/core/commands';
import { systemClock } from '../../../src/core/ports';
import type { DbHandle } from '../../../src/db/client';
import { createStore } from '../../../src/db/store';
import { createLogger } from '../../../src/logger';
import { pgliteDriver } from '../../support/db';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord';
import { APPLICATION_ID, fixture } from './support/signing';

/**
 * Gateway mode without a gateway: the raw INTERACTION_CREATE payload goes into discord.js the
 * way its WebSocket handler passes it on (client.actions.InteractionCreate.handle(packet.d)),
 * and discord.js answers through its REST client, pointed at the fake.
 */
function feed(gateway: DiscordGateway, payload: unknown): void {
  const client = gateway.client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } };
  client.actions.InteractionCreate.handle(payload);
}

const payload = (name: string, token: string) => ({ ...JSON.parse(fixture(name)), token });

describe('Discord gateway mode feeds the same handler', () => {
  let fake: FakeDiscord;
  let handle: DbHandle;
  let gateway: DiscordGateway;
  let slowGateway: DiscordGateway;
  const pending: Promise<void>[] = [];
  const seen: CommandInput[] = [];
  const log = createLogger('silent');

  beforeAll(async () => {
    fake = await startFakeDiscord();
    handle = await pgliteDriver.open();
    const store = createStore(handle.db);
    const real = createCommands({ store, clock: systemClock, bootstrapEditors: [] });
    const recording: Commands = {
      run: async (input) => (seen.push(input), real.run(input)),
    };
    const slow: Commands = {
      run: async (input) => {
        await new Promise((r) => setTimeout(r, 100));
        return real.run(input);
      },
    };
    const track = (work: Promise<void>) => void pending.push(work);
    gateway = createDiscordGateway({ token: 'test-token', apiUrl: fake.apiUrl, log, track, handler: createInteractionHandler({ commands: recording, store, log }) });
    slowGateway = createDiscordGateway({
      token: 'test-token',
      apiUrl: fake.apiUrl,
      log,
      track,
      handler: createInteractionHandler({ commands: slow, store, log, replyBudgetMs: 10 }),
    });
  });
  afterAll(async () => {
    await Promise.allSettled(pending);
    await gateway?.stop();
    await slowGateway?.stop();
    await handle?.close();
    await fake?.close();
  });

  it('a raw INTERACTION_CREATE for /pledge alibaba is answered once through the interaction callback', async () => {
    feed(gateway, payload('pledge-alibaba', 'gw-token-1'));
    const callback = await fake.waitFor((r) => r.path.endsWith('/gw-token-1/callback'));
    expect(callback.method).toBe('POST');
    expect(callback.authorized).toBe(false);
    const body = callback.body as { type: number; data: { flags: number; embeds: { author: { name: string }; description: string }[] } };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds[0]?.author.name).toContain('RETRACTED');
    expect(body.data.embeds[0]?.description).toContain('That premise no longer exists today');
    await Promise.allSettled(pending);
    expect(fake.requests.filter((r) => r.path.includes('/gw-token-1/'))).toHaveLength(1);
  });

  it('deferred over the gateway: deferReply, then editReply of @original', async () => {
    feed(slowGateway, payload('tariff-china', 'gw-token-2'));
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/gw-token-2/messages/@original`);
    expect(JSON.stringify(edit.body)).toContain('$200B');
    const calls = fake.requests.filter((r) => r.path.includes('/gw-token-2/'));
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH']);
    expect(calls[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
  });

  it('typed /pledge-admin options become the same words the core parses', async () => {
    feed(gateway, payload('admin-set-status', 'gw-token-3'));
    const callback = await fake.waitFor((r) => r.path.endsWith('/gw-token-3/callback'));
    expect(JSON.stringify(callback.body)).toContain('Only editors');
    expect(seen.at(-1)).toMatchObject({
      command: 'pledge-admin',
      text: 'set-status alibaba-1m-us-jobs kept https://example.org/not-a-real-story "We did it after all"',
      actor: { platform: 'discord', workspace: '1187000000000000100', userId: '1187000000000000301' },
    });
  });

  it('autocomplete over the gateway answers with choices (type 8)', async () => {
    feed(gateway, payload('autocomplete-alibab', 'gw-token-4'));
    const callback = await fake.waitFor((r) => r.path.endsWith('/gw-token-4/callback'));
    const body = callback.body as { type: number; data: { choices: { value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices[0]?.value).toBe('alibaba-1m-us-jobs');
  });

  it('a submitted modal over the gateway becomes the form’s command with the typed values', async () => {
    feed(gateway, payload('modal-submit', 'gw-token-5'));
    const callback = await fake.waitFor((r) => r.path.endsWith('/gw-token-5/callback'));
    expect(JSON.stringify(callback.body)).toContain('Only editors');
    expect(seen.at(-1)).toMatchObject({ command: 'pledge-admin', text: 'approve 1 status=compromise', actor: { platform: 'discord', userId: '1187000000000000300' } });
  });
});
