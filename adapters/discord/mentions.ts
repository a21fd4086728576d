// Mentions in both directions: reading the bot's own mention out of a message, and making sure nothing
// the bot writes can ping anyone. Article text is third-party text; it must never page a newsroom.

import type { APIEmbed, MessageMentionOptions } from "discord.js";

/** Sent with every reply, deferral edit and message: Discord then resolves no mention at all. */
export const NO_MENTIONS = { parse: [], users: [], roles: [], repliedUser: false } as const satisfies MessageMentionOptions;

const ZERO_WIDTH_JOINER = "\u200D";

/** "@everyone" → "@\u200Deveryone": still readable, no longer a mass mention should allowed_mentions ever be lost. */
export function neutraliseMassMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_JOINER}$1`);
}

/** Applies `change` to every text of an embed that Discord displays. */
export function mapEmbedText(embed: APIEmbed, change: (text: string) => string): APIEmbed {
  const mapped: APIEmbed = { ...embed };
  if (mapped.title !== undefined) mapped.title = change(mapped.title);
  if (mapped.description !== undefined) mapped.description = change(mapped.description);
  if (mapped.footer) mapped.footer = { ...mapped.footer, text: change(mapped.footer.text) };
  if (mapped.author) mapped.author = { ...mapped.author, name: change(mapped.author.name) };
  if (mapped.fields) mapped.fields = mapped.fields.map((field) => ({ ...field, name: change(field.name), value: change(field.value) }));
  return mapped;
}

/**
 * The query in a message addressed to the bot, or undefined when the message is not for it. In a server
 * that means the message mentions the bot (`<@id>` or the older `<@!id>`); in a DM every message is for
 * it. Without the Message Content intent these are exactly the messages whose content Discord delivers.
 */
export function queryFromMessage(content: string, botId: string, isDirect: boolean): string | undefined {
  const mention = new RegExp(`<@!?${botId}>`, "g");
  if (!isDirect && !mention.test(content)) return undefined;
  return content.replace(mention, " ").replace(/\s+/g, " ").trim();
}

/**
 * A message's content as its reader sees it, for checking: mentions, channels, custom emoji and
 * timestamps are markup around snowflake ids and Unix times, which would otherwise be read as figures
 * ("<@167348773423415296>" is not 167 quadrillion councils). Names are not looked up: a placeholder
 * is enough to read the sentence, and never pings.
 */
export function textToCheck(content: string): string {
  return content
    .replace(/<@!?\d+>/g, "@user")
    .replace(/<@&\d+>/g, "@role")
    .replace(/<#\d+>/g, "#channel")
    .replace(/<\/([\w -]+):\d+>/g, "/$1")
    .replace(/<a?:(\w+):\d+>/g, ":$1:")
    .replace(/<t:-?\d+(?::[tTdDfFR])?>/g, "(a date)");
}
