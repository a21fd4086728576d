// The Discord event handlers, registered explicitly by `register`. They parse platform input (the
// command's option, a mention) and render the core's Answer; everything else is the core's business.

import { Events, MessageFlags, type ChatInputCommandInteraction, type Client, type Interaction, type Message } from "discord.js";
import { COMMAND_NAME, QUERY_OPTION } from "./commands.ts";
import { NO_MENTIONS, queryFromMessage } from "./mentions.ts";
import { renderApology, renderDiscordAnswer } from "./render.ts";
import { newReference, summariseError } from "../shared/errors.ts";
import { answerWithin, DEFER_AFTER_MS, startAnswer, type HandlerDeps } from "./respond.ts";

export type { HandlerDeps } from "./respond.ts";

async function answerCommand(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const query = interaction.options.getString(QUERY_OPTION, true);
  const pending = startAnswer(deps.answer, query, interaction.user.id);
  const early = await answerWithin(pending, deps.deferAfterMs ?? DEFER_AFTER_MS);
  if (early) {
    await interaction.reply({ ...renderDiscordAnswer(early), allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.deferReply();
  const answer = await pending;
  await interaction.editReply({ ...renderDiscordAnswer(answer), allowedMentions: NO_MENTIONS });
}

async function apologiseToInteraction(interaction: ChatInputCommandInteraction, reference: string): Promise<void> {
  const apology = { ...renderApology(reference), allowedMentions: NO_MENTIONS };
  // A reply already sent cannot be replaced by an apology; the log line is all there is then.
  if (interaction.replied) return;
  if (interaction.deferred) await interaction.editReply(apology);
  else await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
}

/** `/ofsted query:<text>`: every other interaction is someone else's (or a stale command) and ignored. */
export async function onInteractionCreate(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  if (!interaction.isChatInputCommand() || interaction.commandName !== COMMAND_NAME) return;
  try {
    await answerCommand(interaction, deps);
  } catch (error) {
    const reference = newReference();
    deps.logger.error({ reference, interactionId: interaction.id, error: summariseError(error) }, "discord: /ofsted failed");
    await apologiseToInteraction(interaction, reference).catch((apologyError: unknown) => {
      deps.logger.error({ reference, error: summariseError(apologyError) }, "discord: could not send the apology");
    });
  }
}

/** `@bot inadequate 2016` in a channel, or any direct message: answered as a reply to the message. */
export async function onMessageCreate(message: Message, deps: HandlerDeps): Promise<void> {
  // Other bots (and our own replies) must never start a conversation between bots.
  if (message.author.bot || message.system) return;
  const botId = message.client.user.id;
  const query = queryFromMessage(message.content, botId, message.channel.isDMBased());
  if (query === undefined) return;
  try {
    const pending = startAnswer(deps.answer, query, message.author.id);
    const early = await answerWithin(pending, deps.deferAfterMs ?? DEFER_AFTER_MS);
    // No deadline for messages, but a typing indicator tells the asker the bot is on it.
    if (!early && message.channel.isSendable()) {
      await message.channel.sendTyping().catch((error: unknown) => deps.logger.warn({ error: summariseError(error) }, "discord: typing indicator failed"));
    }
    const answer = early ?? (await pending);
    await message.reply({ ...renderDiscordAnswer(answer), allowedMentions: NO_MENTIONS, failIfNotExists: false });
  } catch (error) {
    const reference = newReference();
    deps.logger.error({ reference, messageId: message.id, channelId: message.channelId, error: summariseError(error) }, "discord: mention failed");
    await message
      .reply({ ...renderApology(reference), allowedMentions: NO_MENTIONS, failIfNotExists: false })
      .catch((apologyError: unknown) => deps.logger.error({ reference, error: summariseError(apologyError) }, "discord: could not send the apology"));
  }
}

/**
 * Attaches the handlers. Handlers never throw: an async listener's rejection would be unhandled and,
 * on Node's defaults, end the process for every server the bot is in.
 */
export function register(client: Client, deps: HandlerDeps): void {
  const tracked = <T>(work: Promise<T>) => (deps.inFlight ? deps.inFlight.track(work) : work);
  client.on(Events.InteractionCreate, (interaction) => {
    void tracked(onInteractionCreate(interaction, deps)).catch((error: unknown) => deps.logger.error({ error: summariseError(error) }, "discord: interaction handler failed"));
  });
  client.on(Events.MessageCreate, (message) => {
    void tracked(onMessageCreate(message, deps)).catch((error: unknown) => deps.logger.error({ error: summariseError(error) }, "discord: message handler failed"));
  });
}
