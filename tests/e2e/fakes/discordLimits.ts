// Discord's documented message limits, checked independently of the adapter's own trimming code: the
// fake answers 400 like Discord when a message breaks one, and the tests assert on the list.

interface EmbedLike {
  title?: string;
  description?: string;
  url?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

export interface MessageLike {
  content?: string;
  embeds?: EmbedLike[];
}

/** Discord counts characters; code points are what a user sees and never more than UTF-16 units. */
const length = (text: string | undefined) => [...(text ?? "")].length;

export function limitViolations(message: MessageLike): string[] {
  const problems: string[] = [];
  const embeds = message.embeds ?? [];
  if (length(message.content) > 2000) problems.push(`content ${length(message.content)} > 2000`);
  if (!message.content?.trim() && embeds.length === 0) problems.push("empty message");
  if (embeds.length > 10) problems.push(`${embeds.length} embeds > 10`);
  let total = 0;
  embeds.forEach((embed, index) => {
    const at = `embed ${index}`;
    if (length(embed.title) > 256) problems.push(`${at} title ${length(embed.title)} > 256`);
    if (embed.title === "") problems.push(`${at} empty title`);
    if (length(embed.description) > 4096) problems.push(`${at} description ${length(embed.description)} > 4096`);
    if (embed.url !== undefined && !/^https?:\/\//.test(embed.url)) problems.push(`${at} url not http(s)`);
    const fields = embed.fields ?? [];
    if (fields.length > 25) problems.push(`${at} ${fields.length} fields > 25`);
    fields.forEach((field, fieldIndex) => {
      if (length(field.name) > 256) problems.push(`${at} field ${fieldIndex} name ${length(field.name)} > 256`);
      if (length(field.value) > 1024) problems.push(`${at} field ${fieldIndex} value ${length(field.value)} > 1024`);
      if (field.name.trim() === "" && !field.name.includes("\u200B")) problems.push(`${at} field ${fieldIndex} empty name`);
      if (field.value.trim() === "" && !field.value.includes("\u200B")) problems.push(`${at} field ${fieldIndex} empty value`);
    });
    if (length(embed.footer?.text) > 2048) problems.push(`${at} footer > 2048`);
    if (length(embed.author?.name) > 256) problems.push(`${at} author > 256`);
    total += length(embed.title) + length(embed.description) + length(embed.footer?.text) + length(embed.author?.name);
    total += fields.reduce((sum, field) => sum + length(field.name) + length(field.value), 0);
  });
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
  return problems;
}
