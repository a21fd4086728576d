// The Discord event handlers, registered explicitly by `register`. They parse platform input (the
// command's option, a mention) and render the core's Answer; everything else is the core's business.

import {
  Events,
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type Message,
  type MessageContextMenuCommandInteraction,
  type RepliableInteraction,
} from "discord.js";
import type { Answer } from "../../src/types.ts";
import { checkCommand } from "../shared/figureCheck.ts";
import { SHARE_EXPIRED } from "../shared/shareStore.ts";
import { renderDiscordFigureCheck } from "./checkReport.ts";
import { CHECK_FIGURES_COMMAND_NAME, COMMAND_NAME, QUERY_OPTION } from "./commands.ts";
import { NO_MENTIONS, queryFromMessage, textToCheck } from "./mentions.ts";
import { renderApology, renderDiscordAnswer, SHARE_CUSTOM_ID_PREFIX, withShareButton, type DiscordMessage } from "./render.ts";
import { newReference, summariseError } from "../shared/errors.ts";
import { answerWithin, DEFER_AFTER_MS, replyInTime, startAnswer, type DiscordShare, type HandlerDeps, type Reply } from "./respond.ts";

export type { HandlerDeps } from "./respond.ts";

/** How each kind of share is shown, and whether an answer of that kind is worth sharing. */
const SHARE_KINDS: Record<DiscordShare["kind"], { render: (answer: Answer) => DiscordMessage; shareable: (answer: Answer) => boolean }> = {
  answer: { render: renderDiscordAnswer, shareable: (answer) => answer.status === "found" || answer.status === "nearest" },
  figures: { render: renderDiscordFigureCheck, shareable: (answer) => (answer.checks?.length ?? 0) > 0 },
};

/** The answer to `text`, rendered privately, with a Share button when it is worth sharing. */
function privateAnswer(deps: HandlerDeps, share: DiscordShare, user: string): Promise<Reply> {
  const kind = SHARE_KINDS[share.kind];
  return startAnswer(deps.answer, share.text, user).then((answer) => {
    const message = kind.render(answer);
    return { message: kind.shareable(answer) ? withShareButton(message, deps.shares.put(share)) : message, ephemeral: true };
  });
}

/** `/ofsted query:<text>`: private to the asker until they press Share, like Slack's /ofsted. */
async function answerCommand(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const share: DiscordShare = { kind: "answer", text: interaction.options.getString(QUERY_OPTION, true) };
  await replyInTime(interaction, privateAnswer(deps, share, interaction.user.id), deps, true);
}

/** Apps → Check figures on a message: every figure in its content, privately, with a Share button. */
async function checkFigures(interaction: MessageContextMenuCommandInteraction, deps: HandlerDeps): Promise<void> {
  const share: DiscordShare = { kind: "figures", text: checkCommand(textToCheck(interaction.targetMessage.content)) };
  await replyInTime(interaction, privateAnswer(deps, share, interaction.user.id), deps, true);
}

/** Share: the answer posted to the channel for everyone, answered afresh from what the button stands for. */
async function shareToChannel(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const share = deps.shares.get(interaction.customId.slice(SHARE_CUSTOM_ID_PREFIX.length));
  if (!share) {
    await interaction.reply({ content: SHARE_EXPIRED, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
    return;
  }
  const kind = SHARE_KINDS[share.kind];
  // A cooldown is for the person who pressed the button, not for the channel.
  const pending = startAnswer(deps.answer, share.text, interaction.user.id).then((answer) => ({ message: kind.render(answer), ephemeral: !kind.shareable(answer) }));
  await replyInTime(interaction, pending, deps, false);
}

async function apologiseToInteraction(interaction: RepliableInteraction, reference: string): Promise<void> {
  const apology = { ...renderApology(reference), allowedMentions: NO_MENTIONS };
  // A reply already sent cannot be replaced by an apology; the log line is all there is then.
  if (interaction.replied) return;
  if (interaction.deferred) await interaction.editReply(apology);
  else await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
}

/** The interaction's handler, or undefined when it is someone else's (or a stale command) and ignored. */
function handlerFor(interaction: Interaction, deps: HandlerDeps): { name: string; run: () => Promise<void>; target: RepliableInteraction } | undefined {
  if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) return { name: "/ofsted", run: () => answerCommand(interaction, deps), target: interaction };
  if (interaction.isMessageContextMenuCommand() && interaction.commandName === CHECK_FIGURES_COMMAND_NAME) return { name: "check figures", run: () => checkFigures(interaction, deps), target: interaction };
  if (interaction.isButton() && interaction.customId.startsWith(SHARE_CUSTOM_ID_PREFIX)) return { name: "share", run: () => shareToChannel(interaction, deps), target: interaction };
  return undefined;
}

export async function onInteractionCreate(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  const handler = handlerFor(interaction, deps);
  if (!handler) return;
  try {
    await handler.run();
  } catch (error) {
    const reference = newReference();
    deps.logger.error({ reference, interactionId: interaction.id, error: summariseError(error) }, `discord: ${handler.name} failed`);
    await apologiseToInteraction(handler.target, reference).catch((apologyError: unknown) => {
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
