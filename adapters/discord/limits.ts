// Discord's message limits, and trimming to fit them. Discord rejects a message over any limit as a
// whole (400 Invalid Form Body), so the user would get nothing: trimming with a visible "…and N more"
// always beats failing. Lengths are UTF-16 units, never fewer than Discord's own character count.

import type { APIEmbed, APIEmbedField } from "discord.js";

export const LIMITS = {
  content: 2000,
  embeds: 10,
  /** Title, description, field names and values, footer text and author name of all embeds together. */
  totalEmbedChars: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
} as const;

const ELLIPSIS = "…";
// Discord refuses empty (or all-whitespace) field names and values; a zero-width space is its accepted "blank".
const BLANK = "\u200B";
const orBlank = (text: string) => (text.trim() ? text : BLANK);
// Room kept free in the 6000 budget for the "…and N more" note added after trimming.
const NOTE_RESERVE = 64;

/** Cuts to at most `max` units, ending in "…", without splitting a surrogate pair or leaving a dangling escape. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let cut = text.slice(0, max - ELLIPSIS.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // A lone trailing backslash would escape the ellipsis and could break the markdown that follows.
  cut = cut.replace(/\\+$/, "");
  return `${cut}${ELLIPSIS}`;
}

export function moreNote(hidden: number): string {
  return `${ELLIPSIS}and ${hidden} more`;
}

/** Joins lines up to `max` units; lines that do not fit are counted in a final "…and N more" line. */
export function fitLines(lines: readonly string[], max: number, separator = "\n"): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const remaining = lines.length - index - 1;
    const reserve = remaining > 0 ? separator.length + moreNote(lines.length).length : 0;
    const cost = (kept.length > 0 ? separator.length : 0) + line.length;
    if (used + cost + reserve > max) {
      // The first line alone is too long: keep its beginning rather than nothing.
      if (kept.length === 0) kept.push(truncate(line, max - reserve - separator.length));
      const hidden = lines.length - kept.length;
      if (hidden > 0) kept.push(moreNote(hidden));
      return truncate(kept.join(separator), max);
    }
    kept.push(line);
    used += cost;
  }
  return kept.join(separator);
}

export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

function totalLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

function fitField(field: APIEmbedField): APIEmbedField {
  return { ...field, name: orBlank(truncate(field.name, LIMITS.fieldName)), value: orBlank(truncate(field.value, LIMITS.fieldValue)) };
}

/** One embed within its own limits; returns how many fields it had to leave out. */
function fitOne(embed: APIEmbed): { embed: APIEmbed; hidden: number } {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = truncate(fitted.title, LIMITS.title);
  if (!fitted.title?.trim()) delete fitted.title;
  if (fitted.description !== undefined) fitted.description = truncate(fitted.description, LIMITS.description);
  if (!fitted.description?.trim()) delete fitted.description;
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: orBlank(truncate(fitted.footer.text, LIMITS.footer)) };
  if (fitted.author) fitted.author = { ...fitted.author, name: orBlank(truncate(fitted.author.name, LIMITS.authorName)) };
  let hidden = 0;
  if (fitted.fields) {
    hidden = Math.max(0, fitted.fields.length - LIMITS.fields);
    fitted.fields = fitted.fields.slice(0, LIMITS.fields).map(fitField);
    if (fitted.fields.length === 0) delete fitted.fields;
  }
  return { embed: fitted, hidden };
}

/**
 * Makes embeds fit every per-embed and per-message limit. What no longer fits goes from the end (the
 * main answer comes first and stays), and the last embed's footer says how many items were left out.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  let hidden = Math.max(0, embeds.length - LIMITS.embeds);
  const work = embeds.slice(0, LIMITS.embeds).map((embed) => {
    const fitted = fitOne(embed);
    hidden += fitted.hidden;
    return fitted.embed;
  });
  const budget = LIMITS.totalEmbedChars - NOTE_RESERVE;
  while (totalLength(work) > budget) {
    const last = work[work.length - 1];
    if (!last) break;
    if (last.fields && last.fields.length > 0) {
      last.fields = last.fields.slice(0, -1);
      if (last.fields.length === 0) delete last.fields;
      hidden += 1;
    } else if (work.length > 1) {
      work.pop();
      hidden += 1;
    } else {
      // One embed without fields: only its description can give way.
      const excess = totalLength(work) - budget;
      last.description = truncate(last.description ?? "", Math.max(0, (last.description?.length ?? 0) - excess));
      if (!last.description) delete last.description;
      break;
    }
  }
  const last = work[work.length - 1];
  if (hidden > 0 && last) {
    const note = moreNote(hidden);
    const footer = last.footer?.text ? `${last.footer.text} · ${note}` : note;
    const room = LIMITS.totalEmbedChars - totalLength(work) + (last.footer?.text.length ?? 0);
    last.footer = { ...last.footer, text: truncate(footer, Math.min(LIMITS.footer, room)) || note };
  }
  return work;
}
