// The application commands, as the plain JSON Discord's bulk-overwrite endpoint takes. Kept as data (no
// builder) so that the deploy script, the handler and the tests read the same names from one place.

import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsJSONBody,
} from "discord.js";

export const COMMAND_NAME = "ofsted";
export const QUERY_OPTION = "query";
/** Long enough for a pasted claim to check; the core reads only the beginning of longer text anyway. */
export const QUERY_MAX_LENGTH = 500;

export const OFSTED_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: COMMAND_NAME,
  description: "Sourced figures and quotes about Ofsted inspections of children's services",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: QUERY_OPTION,
      description: "A topic and year (inadequate 2016), a claim to check, or help",
      required: true,
      min_length: 1,
      max_length: QUERY_MAX_LENGTH,
    },
  ],
  // Servers that added the bot, and the bot's own DMs; nothing the bot says is meant to be private.
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};

/** Everything `npm run discord:deploy` registers, in one bulk overwrite. */
export const COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [OFSTED_COMMAND];
