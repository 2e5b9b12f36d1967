import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { MAX_QUERY_LENGTH } from '../../core/input';
import { type AdminOption, adminSubcommands } from './admin-spec';

/** The message context-menu command's name, as Discord shows it (and sends it back). */
export const SEND_TO_PLEDGEWATCH = 'Send to pledgewatch';

/** The slash commands as Discord registers them; `register` PUTs exactly this. */
export function commandDefinitions(): RESTPutAPIApplicationCommandsJSONBody {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: 'pledge',
      description: 'Look up a pledge: /pledge alibaba, /pledge list, /pledge history <slug>',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'query',
          description: 'a pledge, entity or person; or list, history <slug>, help, subscribe ...',
          required: false,
          autocomplete: true,
          max_length: MAX_QUERY_LENGTH,
        },
      ],
    },
    {
      type: ApplicationCommandType.ChatInput,
      name: 'tariff',
      description: 'Look up tariff actions: /tariff china, /tariff list 3, /tariff 2018-09-24',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'query',
          description: 'a country, list, date or tariff slug',
          required: false,
          max_length: MAX_QUERY_LENGTH,
        },
      ],
    },
    {
      type: ApplicationCommandType.ChatInput,
      name: 'pledge-admin',
      description: "Editors: change the record (others are refused, and it's logged)",
      // shown only to members who may manage the server; a server can widen it in its settings
      default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
      options: adminSubcommands.map((sub) => ({
        type: ApplicationCommandOptionType.Subcommand,
        name: sub.name,
        description: sub.description,
        options: sub.options.map(optionDefinition),
      })),
    },
    // right-click a message > Apps > Send to pledgewatch: its links go to the newswire
    { type: ApplicationCommandType.Message, name: SEND_TO_PLEDGEWATCH },
  ];
}

function optionDefinition(o: AdminOption): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description, required: o.required ?? false };
  switch (o.type) {
    case 'string':
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...(o.maxLength ? { max_length: o.maxLength } : {}),
        ...(o.choices
          ? { choices: o.choices.map((c) => ({ name: c.replaceAll('_', ' '), value: c })) }
          : { autocomplete: o.autocomplete ?? false }),
      };
    case 'integer':
      return { ...base, type: ApplicationCommandOptionType.Integer };
    case 'user':
      return { ...base, type: ApplicationCommandOptionType.User };
    case 'channel':
      return { ...base, type: ApplicationCommandOptionType.Channel };
  }
}
