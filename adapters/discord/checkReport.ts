// "Check figures" → a Discord message: the summary as content, then one embed per verdict (worst
// first) with a field per figure, each draft sentence quoted once. Figures that would break a limit
// (25 fields, 6,000 characters) are left out whole and counted. Pure: tested by value.

import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Answer, Verdict } from "../../src/types.ts";
import { citation } from "../shared/format.ts";
import { figureCheckReply, leftOutLine, type CheckedFigure } from "../shared/figureCheck.ts";
import { LIMITS, truncate } from "./limits.ts";
import { neutraliseMassMentions } from "./mentions.ts";
import { COLOURS, plain, sourceLine, type DiscordMessage } from "./render.ts";

/** Short enough that twenty or so figures fit the 6,000-character budget, long enough to recognise the sentence. */
const QUOTE_CHARS = 300;
const REASON_CHARS = 450;
/** A source line with a very long URL is shown without its link rather than cut inside it. */
const SOURCE_CHARS = 250;
/** Room kept for the embeds' titles. */
const TOTAL_BUDGET = LIMITS.totalEmbedChars - 100;

/** Draft or archive text, escaped and with mass mentions broken, before any cut: the cut must see its final length. */
function safe(text: string): string {
  return neutraliseMassMentions(plain(text));
}

function figureField(item: CheckedFigure): APIEmbedField {
  const { check } = item;
  const linked = item.source ? `— ${neutraliseMassMentions(sourceLine(item.source))}` : "";
  const source = linked.length <= SOURCE_CHARS || !item.source ? linked : `— ${truncate(safe(citation({ ...item.source, url: undefined })), SOURCE_CHARS - 2)}`;
  const lines = [item.quote ? `> ${truncate(safe(item.quote.replace(/\s+/g, " ")), QUOTE_CHARS)}` : "", truncate(safe(check.reason), REASON_CHARS), source];
  return {
    name: truncate(`${check.verdict.toUpperCase()}: “${safe(check.claimed.text)}”`, LIMITS.fieldName),
    // Discord refuses an empty field value; the core always gives a reason, but the layout must not depend on it.
    value: lines.filter(Boolean).join("\n").trim() || "\u200B",
  };
}

/** "Contradicted" */
function titleOf(verdict: Verdict): string {
  return `${verdict.charAt(0).toUpperCase()}${verdict.slice(1)}`;
}

function fieldLength(field: APIEmbedField): number {
  return field.name.length + field.value.length;
}

export function renderDiscordFigureCheck(answer: Answer): DiscordMessage {
  const reply = figureCheckReply(answer);
  if (reply.kind === "message") return { content: truncate(safe(reply.text), LIMITS.content), embeds: [] };
  const { report } = reply;
  const embeds: APIEmbed[] = [];
  let used = 0;
  let shown = 0;
  // Whole figures in order while they fit: the first left out ends the list, so the worst come first.
  for (const item of report.items) {
    const field = figureField(item);
    const title = titleOf(item.check.verdict);
    const last = embeds.at(-1);
    const same = last?.title === title ? last : undefined;
    if ((same?.fields?.length ?? 0) >= LIMITS.fields || used + fieldLength(field) > TOTAL_BUDGET) break;
    if (same) same.fields = [...(same.fields ?? []), field];
    else embeds.push({ color: COLOURS[item.check.verdict], title, fields: [field] });
    used += fieldLength(field) + (same ? 0 : title.length);
    shown += 1;
  }
  const hidden = report.items.length - shown;
  const content = [`**${report.summary}**`, report.note, hidden > 0 ? leftOutLine(hidden) : undefined].filter(Boolean).join("\n");
  return { content: truncate(content, LIMITS.content), embeds };
}
