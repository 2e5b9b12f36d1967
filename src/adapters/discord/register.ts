import { type RESTPutAPIApplicationCommandsResult, Routes } from 'discord-api-types/v10';
import { type Config, ConfigError } from '../../config';
import { SEND_TO_PLEDGEWATCH, commandDefinitions } from './definitions';
import { createDiscordRest, loggableError } from './rest';

interface RegisterSummary {
  scope: 'global' | 'guild';
  guildId?: string;
  applicationId: string;
  commands: { name: string; id: string | null }[];
}

/**
 * PUTs the command definitions (global, or to one guild where changes show at once). PUT
 * replaces the whole set, so running it twice leaves the same commands.
 */
export async function registerCommands(config: Config, opts: { guildId?: string } = {}): Promise<RegisterSummary> {
  const applicationId = config.DISCORD_APPLICATION_ID;
  const missing = [applicationId ? null : 'DISCORD_APPLICATION_ID', config.DISCORD_BOT_TOKEN ? null : 'DISCORD_BOT_TOKEN'].filter(Boolean);
  if (!applicationId || missing.length > 0) {
    throw new ConfigError(
      `discord register needs ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not set. ` +
        'Both are on the Discord developer portal: the application id under General Information, the bot token under Bot.',
    );
  }
  if (opts.guildId !== undefined && !/^\d{15,21}$/.test(opts.guildId)) throw new ConfigError(`--guild must be a Discord server id (digits), not “${opts.guildId}”`);
  const rest = createDiscordRest(config);
  const route = opts.guildId
    ? Routes.applicationGuildCommands(applicationId, opts.guildId)
    : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body: commandDefinitions() })) as RESTPutAPIApplicationCommandsResult | undefined;
  const byName = new Map((Array.isArray(saved) ? saved : []).map((c) => [c.name, c.id]));
  return {
    scope: opts.guildId ? 'guild' : 'global',
    ...(opts.guildId ? { guildId: opts.guildId } : {}),
    applicationId,
    commands: commandDefinitions().map((c) => ({ name: c.name, id: byName.get(c.name) ?? null })),
  };
}

/** `pledgewatch discord register [--guild ID]`; returns the exit code. */
export async function runDiscordCli(
  args: string[],
  config: Config,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [verb, ...rest] = args;
  const guildAt = rest.indexOf('--guild');
  const guildId = guildAt >= 0 ? rest[guildAt + 1] : rest.find((a) => a.startsWith('--guild='))?.slice('--guild='.length);
  if (verb !== 'register' || (guildAt >= 0 && !guildId)) {
    out.write('usage: pledgewatch discord register [--guild ID]\n');
    return 1;
  }
  let summary: RegisterSummary;
  try {
    summary = await registerCommands(config, guildId ? { guildId } : {});
  } catch (error) {
    // a missing variable, or Discord refusing: one clear line, no stack trace
    const message = error instanceof ConfigError ? error.message : `Discord refused the registration: ${loggableError(error).message}`;
    err.write(`pledgewatch: ${message}\n`);
    return 1;
  }
  const where = summary.scope === 'guild' ? `server ${summary.guildId} (visible now)` : 'all servers (may take up to an hour to show)';
  const names = summary.commands.map((c) => (c.name === SEND_TO_PLEDGEWATCH ? `the “${c.name}” message command` : `/${c.name}`));
  out.write(`registered ${names.join(', ')} for ${where}\n`);
  return 0;
}
