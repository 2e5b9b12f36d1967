import { Client, Events, GatewayIntentBits, type Interaction, MessageFlags } from 'discord.js';
import type { Logger } from '../../logger';
import type { InteractionHandler, Responder } from './handler';
import { parseInteraction, type RawInteraction } from './parse';
import { apiBase, loggableError } from './rest';

interface GatewayDeps {
  token: string;
  apiUrl?: string | undefined;
  handler: InteractionHandler;
  log: Logger;
  track(work: Promise<void>): void;
}

export interface DiscordGateway {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Gateway mode: discord.js delivers interactions over its WebSocket, and they go through the
 * same handler as the HTTP endpoint; only the answering goes through discord.js.
 */
export function createDiscordGateway({ token, apiUrl, handler, log, track }: GatewayDeps): DiscordGateway {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase({ DISCORD_API_URL: apiUrl }) } });
  client.on(Events.InteractionCreate, (interaction) => {
    const work = handler(parseInteraction(rawOf(interaction)), responderFor(interaction)).catch((error: unknown) => {
      log.error({ error: loggableError(error), type: interaction.type }, 'discord gateway interaction failed');
    });
    track(work);
  });
  client.on(Events.Error, (error) => log.error({ error: loggableError(error) }, 'discord gateway error'));
  client.once(Events.ClientReady, (ready) => log.info({ user: ready.user.id, guilds: ready.guilds.cache.size }, 'discord gateway ready'));
  return {
    client,
    async start() {
      await client.login(token);
    },
    async stop() {
      await client.destroy();
    },
  };
}

/** The fields the shared parser reads, from a discord.js interaction. */
function rawOf(i: Interaction): RawInteraction {
  const user = { id: i.user.id, username: i.user.username, global_name: i.user.globalName };
  const base: RawInteraction = { type: i.type, guild_id: i.guildId, channel_id: i.channelId, user };
  if (i.isChatInputCommand() || i.isAutocomplete()) {
    return { ...base, data: { name: i.commandName, options: i.options.data.map((o) => ({ ...o })) } };
  }
  if (i.isMessageContextMenuCommand()) {
    const m = i.targetMessage;
    return {
      ...base,
      data: { name: i.commandName, type: i.commandType, target_id: m.id, resolved: { messages: { [m.id]: { content: m.content, embeds: m.embeds.map((e) => ({ ...(e.url ? { url: e.url } : {}) })) } } } },
    };
  }
  if (i.isButton()) return { ...base, data: { custom_id: i.customId, component_type: i.componentType } };
  if (i.isModalSubmit()) {
    const inputs = i.fields.fields.map((f) => ({ type: f.type, custom_id: f.customId, value: 'value' in f ? String(f.value) : '' }));
    return { ...base, data: { custom_id: i.customId, components: inputs } };
  }
  return base;
}

function responderFor(i: Interaction): Responder {
  const flags = (ephemeral: boolean) => (ephemeral ? { flags: MessageFlags.Ephemeral as const } : {});
  const repliable = () => {
    if (!i.isRepliable()) throw new Error('discord interaction cannot be replied to');
    return i;
  };
  return {
    pong: async () => undefined,
    reply: async (message, ephemeral) => {
      await repliable().reply({ ...message, allowedMentions: message.allowed_mentions, ...flags(ephemeral) });
    },
    defer: async (ephemeral) => {
      await repliable().deferReply(flags(ephemeral));
    },
    editOriginal: async (message) => {
      await repliable().editReply({ ...message, allowedMentions: message.allowed_mentions });
    },
    followUp: async (message, ephemeral) => {
      await repliable().followUp({ ...message, allowedMentions: message.allowed_mentions, ...flags(ephemeral) });
    },
    deleteOriginal: async () => {
      await repliable().deleteReply();
    },
    choices: async (choices) => {
      if (i.isAutocomplete()) await i.respond(choices);
    },
    modal: async (modal) => {
      if (!i.isButton() && !i.isChatInputCommand()) throw new Error('discord interaction cannot show a modal');
      await i.showModal(modal);
    },
  };
}
