import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/adapters/console/ask';
import { createInteractionHandler, type InteractionHandler } from '../../src/adapters/discord/handler';
import { type CommandName, type Commands, createCommands } from '../../src/core/commands';
import { runCommand } from '../../src/core/commands/run';
import { systemClock } from '../../src/core/ports';
import { createLogger } from '../../src/logger';
import { renderText } from '../../src/render/text';
import { type SocketModeSlack, startSocketModeSlack } from '../adapters/slack/socket-mode-fake';
import { startTestServer, type TestServer } from '../support/server';
import { type Stack, startStack } from '../support/stack';
import {
  apiAdapter,
  CONTRACT_ADMINS,
  type ContractAdapter,
  consoleAdapter,
  discordGatewayAdapter,
  discordHttpAdapter,
  slackHttpAdapter,
  slackSocketAdapter,
} from './adapters';
import { contractRows } from './rows';
import { type Reference, referenceOf, runContract } from './suite';

/**
 * The adapter contract, in the manner of a shared suite: the one table of rows.ts run against
 * every adapter through its real transport (signed Slack HTTP, Slack Socket Mode, signed
 * Discord interactions, the Discord gateway, the console, the JSON API where a row asks what
 * it answers). Each row's answer is the core's, rendered for the platform, for the same audience.
 */
describe('the adapter contract', () => {
  const log = createLogger('silent');
  let stack: Stack;
  let socket: SocketModeSlack;
  let socketServer: TestServer;
  let commands: Commands;
  let reference: Reference;
  const adapters = new Map<string, ContractAdapter>();
  const gateways: ReturnType<typeof discordGatewayAdapter>[] = [];

  beforeAll(async () => {
    stack = await startStack({ slack: true, discord: true, env: { PLEDGEWATCH_ADMINS: CONTRACT_ADMINS } });
    socket = await startSocketModeSlack();
    socketServer = await startTestServer({ ...socket.env, PLEDGEWATCH_ADMINS: CONTRACT_ADMINS });
    const store = stack.server.store;
    commands = createCommands({ store, clock: systemClock, bootstrapEditors: CONTRACT_ADMINS.split(',') });
    reference = referenceOf(commands);
    const gateway = discordGatewayAdapter(stack.discord!, createInteractionHandler({ commands, store, log }), log);
    gateways.push(gateway);
    for (const adapter of [
      slackHttpAdapter(stack.server.url, stack.slack!),
      slackSocketAdapter(socket),
      discordHttpAdapter(stack.server.url, stack.discord!, stack.discord!.privateKey),
      gateway,
      consoleAdapter((line) => ask(commands, line, log)),
      apiAdapter(stack.server.url),
    ]) {
      adapters.set(adapter.name, adapter);
    }
  });

  afterAll(async () => {
    for (const g of gateways) {
      await g.settle();
      await g.gateway.stop();
    }
    await socketServer?.stop();
    await socket?.close();
    await stack?.close();
  });

  const names = ['Slack over signed HTTP', 'Slack over Socket Mode', 'Discord over signed HTTP interactions', 'Discord over the gateway', 'the console', 'the JSON API'];

  it.each(names)('%s answers every row that applies as the core does', async (name) => {
    const adapter = adapters.get(name)!;
    const { checked, failures } = await runContract(adapter, contractRows, reference);
    expect(failures).toEqual([]);
    expect(checked).toEqual(contractRows.filter((r) => adapter.applies(r)).map((r) => r.name));
    expect(checked.length).toBeGreaterThan(0);
  });

  it('the table covers each way a command ends, and every chat transport takes every row', () => {
    expect(new Set(contractRows.map((r) => r.expect.failure))).toEqual(new Set([null, 'user_error', 'forbidden', 'conflict']));
    expect(contractRows.some((r) => r.click === 'share')).toBe(true);
    for (const name of names.slice(0, 4)) expect(contractRows.every((r) => adapters.get(name)!.applies(r)), name).toBe(true);
    expect(contractRows.filter((r) => adapters.get('the JSON API')!.applies(r)).length).toBeGreaterThanOrEqual(2);
  });

  it('a deliberately wrong adapter fails it: a gateway that drops the ephemeral flag, a console with its own list of user errors', async () => {
    // every answer but the share is the asker's alone: a gateway that posts them for everyone fails those rows
    const inner = createInteractionHandler({ commands, store: stack.server.store, log });
    const leaky: InteractionHandler = (request, responder) =>
      inner(request, { ...responder, reply: (message) => responder.reply(message, false), defer: () => responder.defer(false) });
    const wrongGateway = discordGatewayAdapter(stack.discord!, leaky, log, 'a gateway that drops the ephemeral flag');
    gateways.push(wrongGateway);
    const leaked = await runContract(wrongGateway, contractRows, reference);
    expect(leaked.checked).toHaveLength(contractRows.length);
    expect(leaked.failures.map((f) => f.row)).toEqual(contractRows.filter((r) => !r.click).map((r) => r.name));
    for (const f of leaked.failures) expect(f.why).toContain('what a gateway that drops the ephemeral flag delivered');

    // the console as it once was: a hard-coded list of user errors that left out conflict
    const ownList = consoleAdapter(async (line) => {
      const [command, ...rest] = line.replace(/^\//, '').split(' ');
      const input = { command: command as CommandName, text: rest.join(' '), actor: { platform: 'console' as const, workspace: 'local', userId: 'local' } };
      const outcome = await runCommand(commands, input, { log, via: 'console' });
      const userError = outcome.failure && ['not_found', 'bad_input', 'forbidden'].includes(outcome.failure.code);
      return { output: renderText(outcome.reply), exitCode: !outcome.failure ? 0 : userError ? 1 : 2 };
    }, 'a console with its own list of user errors');
    const misread = await runContract(ownList, contractRows, reference);
    expect(misread.failures.map((f) => f.row)).toEqual(['an editor’s add that clashes with the record']);
    expect(misread.checked.length).toBeGreaterThan(misread.failures.length);
  });
});
