import type { KeyObject } from 'node:crypto';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../src/adapters/discord';
import { createWebApp } from '../../../src/adapters/web/app';
import { loadConfig } from '../../../src/config';
import type { CommandInput, Commands } from '../../../src/core/commands';
import { ok } from '../../../src/core/errors';
import type { Store } from '../../../src/core/ports';
import type { Reply } from '../../../src/core/reply';
import { createLogger } from '../../../src/logger';
import { finalMessage, requestsFor, sendInteraction } from './support/client';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord';
import { APPLICATION_ID, testKeys } from './support/signing';

const slowReply: Reply = {
  summary: 'Slow answer',
  title: 'Slow answer',
  badge: { label: 'RETRACTED', tone: 'alert', status: 'retracted' },
  sections: [{ kind: 'text', text: 'worth the wait' }],
  visibility: 'ephemeral',
};

/** A core that takes longer than the reply budget (or throws), to force the deferred path. */
function slowCommands(delayMs: number): Commands & { calls: CommandInput[] } {
  const calls: CommandInput[] = [];
  return {
    calls,
    async run(input) {
      calls.push(input);
      await new Promise((r) => setTimeout(r, delayMs));
      if (input.text === 'explode') throw new Error('kaboom');
      return ok(input.text === 'public' ? { ...slowReply, visibility: 'in_channel' } : slowReply);
    },
  };
}

describe('the 3-second rule: defer, then edit @original through the webhook', () => {
  let fake: FakeDiscord;
  let privateKey: KeyObject;
  let url: string;
  let close: () => Promise<void>;
  const logs: Record<string, unknown>[] = [];
  const commands = slowCommands(150);

  beforeAll(async () => {
    fake = await startFakeDiscord();
    const keys = testKeys();
    privateKey = keys.privateKey;
    const config = loadConfig({
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'debug',
    });
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
        done();
      },
    });
    const log = createLogger('debug', sink);
    const store = {} as Store;
    const app = createWebApp({ store, log });
    const adapter = createDiscordAdapter({ config, commands, store, log }, { replyBudgetMs: 20 });
    adapter.mount(app);
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = async () => {
      await adapter.stop?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    };
  });
  afterAll(async () => {
    await close?.();
    await fake?.close();
  });

  it('answers type 5 (ephemeral) at once and patches the original exactly once', async () => {
    const answer = await sendInteraction(url, privateKey, 'pledge-alibaba', (p) => (p.token = 'deferred-token-1'));
    expect(answer.response).toEqual({ type: 5, data: { flags: 64 } });
    const message = await finalMessage(fake, answer);
    expect((message.embeds as { title: string }[])[0]?.title).toBe('Slow answer');
    await new Promise((r) => setTimeout(r, 200));
    const calls = requestsFor(fake, 'deferred-token-1');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PATCH /webhooks/${APPLICATION_ID}/deferred-token-1/messages/@original`]);
    expect(calls[0]?.authorized).toBe(false);
    expect(commands.calls.at(-1)).toMatchObject({
      command: 'pledge',
      text: 'alibaba',
      actor: { platform: 'discord', workspace: '1187000000000000100', userId: '1187000000000000300' },
      channel: { platform: 'discord', id: '1187000000000000200' },
    });
  });

  it('defers a share publicly (no ephemeral flag)', async () => {
    const answer = await sendInteraction(url, privateKey, 'button-share', (p) => (p.token = 'deferred-share'));
    expect(answer.response).toEqual({ type: 5, data: {} });
    const message = await finalMessage(fake, answer);
    expect(message.content).toBe('Shared by <@1187000000000000300>');
  });

  it('a slow public answer is posted for the channel and the private placeholder removed', async () => {
    const answer = await sendInteraction(url, privateKey, 'pledge-alibaba', (p) => {
      p.token = 'deferred-public';
      (p.data as { options: { value: string }[] }).options[0]!.value = 'public';
    });
    expect(answer.response).toEqual({ type: 5, data: { flags: 64 } });
    await fake.waitFor((r) => r.method === 'DELETE' && r.path.includes('/deferred-public/'));
    const calls = requestsFor(fake, 'deferred-public');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /webhooks/${APPLICATION_ID}/deferred-public`,
      `DELETE /webhooks/${APPLICATION_ID}/deferred-public/messages/@original`,
    ]);
    const posted = calls[0]!.body as { flags?: number; embeds: { title: string }[] };
    expect(posted.flags).toBeUndefined();
    expect(posted.embeds[0]?.title).toBe('Slow answer');
  });

  it('a core that throws still gets one edit: the internal error, logged', async () => {
    const answer = await sendInteraction(url, privateKey, 'pledge-alibaba', (p) => {
      p.token = 'deferred-explode';
      (p.data as { options: { value: string }[] }).options[0]!.value = 'explode';
    });
    const message = await finalMessage(fake, answer);
    expect(JSON.stringify(message)).toContain('Something went wrong on our side');
    expect(logs.some((l) => l.msg === 'discord command threw' && l.level === 50)).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(requestsFor(fake, 'deferred-explode')).toHaveLength(1);
  });

  it('a failed edit is logged without the interaction token or the message', async () => {
    fake.script('PATCH', /^\/webhooks\/\d+\/secret-interaction-token\//, { status: 404, body: { code: 10015, message: 'Unknown Webhook' } });
    await sendInteraction(url, privateKey, 'pledge-alibaba', (p) => (p.token = 'secret-interaction-token'));
    await fake.waitFor((r) => r.path.includes('/secret-interaction-token/'));
    await new Promise((r) => setTimeout(r, 100));
    const failure = logs.find((l) => l.msg === 'discord interaction failed');
    expect(failure?.error).toMatchObject({ type: 'DiscordAPIError', code: 10015, status: 404 });
    expect(JSON.stringify(logs)).not.toContain('secret-interaction-token');
    expect(JSON.stringify(logs)).not.toContain('worth the wait');
  });
});
