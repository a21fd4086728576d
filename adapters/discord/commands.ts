// The application commands, as the plain JSON Discord's bulk-overwrite endpoint takes. Kept as data (no
// builder) so that the deploy script, the handler and the tests read the same names from one place.

import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsJSONBody,
} from "discord.js";
import { CHECK_FIGURES_NAME } from "../shared/figureCheck.ts";

export const COMMAND_NAME = "ofsted";
/** The message command (right-click a message → Apps → Check figures); the same name as Slack's shortcut. */
export const CHECK_FIGURES_COMMAND_NAME = CHECK_FIGURES_NAME;
export const QUERY_OPTION = "query";
/**
 * Long enough for a pasted claim to check. Discord allows no more than 6,000 in an option but shows
 * users a box that long poorly; a whole story is checked with the Check figures message command,
 * which has no such limit.
 */
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

/** A message command has no options and no description: its name is the menu entry. */
export const CHECK_FIGURES_COMMAND: RESTPostAPIContextMenuApplicationCommandsJSONBody = {
  type: ApplicationCommandType.Message,
  name: CHECK_FIGURES_COMMAND_NAME,
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};

/** Everything `npm run discord:deploy` registers, in one bulk overwrite. */
export const COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [OFSTED_COMMAND, CHECK_FIGURES_COMMAND];
