import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands, runDiscordCli } from '../../../src/adapters/discord/register';
import { loadConfig } from '../../../src/config';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord';
import { APPLICATION_ID, GUILD_ID } from './support/signing';

describe('pledgewatch discord register', () => {
  let fake: FakeDiscord;
  const config = () => loadConfig({ DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_BOT_TOKEN: 'test-token', DISCORD_API_URL: fake.apiUrl });

  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('PUTs the definitions globally; running it twice leaves the same commands', async () => {
    const first = await registerCommands(config());
    const second = await registerCommands(config());
    const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path === `/applications/${APPLICATION_ID}/commands`);
    expect(puts).toHaveLength(2);
    expect(puts[0]?.authorized).toBe(true);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
    expect(first).toEqual(second);
    expect(first.commands.map((c) => c.name)).toEqual(['pledge', 'tariff', 'pledge-admin', 'Send to pledgewatch']);
    expect(first.commands.every((c) => c.id !== null)).toBe(true);
  });

  it('PUTs to one guild with --guild', async () => {
    const chunks: string[] = [];
    const out = new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) });
    expect(await runDiscordCli(['register', '--guild', GUILD_ID], config(), out)).toBe(0);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands` });
    expect(chunks.join('')).toContain(`registered /pledge, /tariff, /pledge-admin, the “Send to pledgewatch” message command for server ${GUILD_ID}`);
  });

  it('refuses a bad invocation or a missing token, saying what to fix', async () => {
    const out = new Writable({ write: (_c, _e, done) => done() });
    expect(await runDiscordCli(['register', '--guild'], config(), out)).toBe(1);
    expect(await runDiscordCli(['unregister'], config(), out)).toBe(1);
    await expect(registerCommands(loadConfig({ DISCORD_APPLICATION_ID: APPLICATION_ID }))).rejects.toThrow('DISCORD_BOT_TOKEN');
    await expect(registerCommands(config(), { guildId: 'abc' })).rejects.toThrow('--guild');
  });
});
