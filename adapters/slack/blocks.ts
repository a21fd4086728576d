// The Block Kit pieces of an answer: one function per kind of content. Every string from the archive
// or the user is escaped here, at the point where it meets mrkdwn; limits are applied by render.ts.

import type { types } from "@slack/bolt";
import type { ClaimCheck, CommandHelp, Figure, Mention, OfficialDifference, Quote, Source, SourceSummary, Verdict } from "../../src/types.ts";
import { citation, figureHeadline, OFFICIAL_DIFFERENCES_TITLE, officialContrast, speakerLine } from "../shared/format.ts";
import { escapeMrkdwn, fitLines, fitMrkdwn, link, moreLine, oneLine, plural } from "./mrkdwn.ts";

export { plural } from "./mrkdwn.ts";

export type SlackBlock = types.SectionBlock | types.ContextBlock | types.ActionsBlock;

/** Slack's documented limits (docs.slack.dev, Block Kit reference), plus one learnt the hard way. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  // Text objects allow 3000, but context elements are small print: 2000 keeps a margin.
  contextText: 2000,
  /** Slack advises keeping the top-level `text` under 4000; we stay well below. */
  fallbackText: 3000,
  buttonValue: 2000,
  /**
   * Not documented: Slack answers `msg_blocks_too_long` somewhere above ~13,000 characters of block
   * text although every single block is within its limit (slackapi/bolt-js#2509).
   */
  totalText: 12_000,
} as const;

/** A run of blocks that stands or falls together (a figure and its source line), and what it counts as. */
export interface Group {
  blocks: SlackBlock[];
  /** Singular noun for "…and N more" when the group is left out; absent for notices. */
  noun?: string;
  /** How many of `noun` leaving this group out hides (a per-kind notice hides many). */
  count: number;
}

// Slack rejects an empty text object, and data fields can be empty or blank.
function nonEmpty(text: string): string {
  return text.trim() === "" ? "_(blank)_" : text;
}

export function section(text: string): types.SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text: fitMrkdwn(nonEmpty(text), LIMITS.sectionText) } };
}

export function context(parts: readonly string[]): types.ContextBlock {
  const shown = parts.length > LIMITS.contextElements ? [...parts.slice(0, LIMITS.contextElements - 1), moreLine(parts.length - (LIMITS.contextElements - 1), "source")] : parts;
  return { type: "context", elements: shown.map((text) => ({ type: "mrkdwn", text: fitMrkdwn(nonEmpty(text), LIMITS.contextText) })) };
}

/** "…and 3 more figures"; `noun` is singular. */
export function notice(count: number, noun: string): Group {
  return { blocks: [context([moreLine(count, noun)])], noun, count };
}

/** "<url|Title> · Ofsted · 28 June 2016": the title is the link, the rest is `citation` without them. */
export function sourceLine(source: Source): string {
  const rest = escapeMrkdwn(oneLine(citation({ ...source, title: "", url: undefined })));
  const title = oneLine(source.title) || (source.url ? "source" : "");
  const line = [title ? link(source.url, title) : "", rest].filter(Boolean).join(" · ");
  return line.trim() === "" ? "source not named" : line;
}

export const VERDICT_EMOJI: Record<Verdict, string> = {
  supported: ":white_check_mark:",
  contradicted: ":x:",
  unverified: ":grey_question:",
};

export function verdictGroup(verdict: Verdict): Group {
  return { blocks: [section(`${VERDICT_EMOJI[verdict]} *Verdict: ${verdict.toUpperCase()}*`)], count: 1 };
}

export function messageGroup(message: string): Group {
  // Newlines are the core's own line breaks (the help list); they stay.
  return { blocks: [section(escapeMrkdwn(message.trim()))], count: 1 };
}

/** " _(counts local authorities)_": what was counted, when the core says so. */
function caveat(figure: Figure): string {
  const text = oneLine(figure.caveat ?? "");
  return text ? ` _(${escapeMrkdwn(text)})_` : "";
}

/** The figure in bold, its sentence quoted, its source underneath: what a reporter needs to cite it. */
export function figureGroup(figure: Figure): Group {
  const headline = `*${escapeMrkdwn(oneLine(figureHeadline(figure)))}*${caveat(figure)}`;
  const quoted = `>${escapeMrkdwn(oneLine(figure.sentence))}`;
  const sources = [sourceLine(figure.source), ...(figure.corroboratedBy ?? []).map((other) => `also: ${sourceLine(other)}`)];
  return { blocks: [section(`${headline}\n${quoted}`), context(sources)], noun: "figure", count: 1 };
}

export function quoteGroup(quote: Quote): Group {
  const speaker = quote.speaker ? `*${escapeMrkdwn(oneLine(speakerLine(quote)))}*` : `_${escapeMrkdwn(speakerLine(quote))}_`;
  const text = `>“${escapeMrkdwn(oneLine(quote.text))}”\n— ${speaker}`;
  return { blocks: [section(text), context([sourceLine(quote.source)])], noun: "quote", count: 1 };
}

/** A sentence that uses the question's words but gives no figure: shown only when nothing better matched. */
export function mentionGroup(mention: Mention): Group {
  return { blocks: [section(`>“${escapeMrkdwn(oneLine(mention.sentence))}”`), context([sourceLine(mention.source)])], noun: "sentence", count: 1 };
}

export function checkGroup(check: ClaimCheck, evidenceShown: number): Group[] {
  const head = `*${check.verdict.toUpperCase()}*: “${escapeMrkdwn(oneLine(check.claimed.text))}” — ${escapeMrkdwn(oneLine(check.reason))}`;
  const evidence = check.evidence.slice(0, evidenceShown).map(figureGroup);
  const hidden = check.evidence.length - evidence.length;
  return [{ blocks: [section(head)], noun: "check", count: 1 }, ...evidence, ...(hidden > 0 ? [notice(hidden, "evidence figure")] : [])];
}

/** One line per period, oldest first, as the core ordered them. */
export function seriesGroup(series: readonly Figure[]): Group {
  const lines = series.map((figure) => `• *${escapeMrkdwn(oneLine(figure.period ?? "undated"))}*: ${escapeMrkdwn(oneLine(figureHeadline(figure)))}${caveat(figure)} — ${sourceLine(figure.source)}`);
  return { blocks: [section(fitLines(lines, LIMITS.sectionText, "period"))], noun: "trend", count: 1 };
}

export function conflictGroup(figures: readonly Figure[]): Group {
  const lines = figures.map((figure) => `• ${escapeMrkdwn(oneLine(figureHeadline(figure)))} — ${sourceLine(figure.source)}`);
  return { blocks: [section(fitLines(["*Sources disagree:*", ...lines], LIMITS.sectionText, "figure"))], noun: "disagreement", count: 1 };
}

/** The article figures that differ from the official figure the answer leads with, each with what the record says. */
export function officialDifferencesGroup(differences: readonly OfficialDifference[]): Group {
  const lines = differences.map((difference) => `• ${escapeMrkdwn(oneLine(figureHeadline(difference.figure)))} — ${sourceLine(difference.figure.source)}; ${escapeMrkdwn(officialContrast(difference))}`);
  return { blocks: [section(fitLines([`*${OFFICIAL_DIFFERENCES_TITLE}:*`, ...lines], LIMITS.sectionText, "figure"))], noun: "difference", count: 1 };
}

export function sourcesGroup(summaries: readonly SourceSummary[]): Group {
  const lines = summaries.map((summary) => `• ${sourceLine(summary.source)} — ${plural(summary.figures, "figure")}, ${plural(summary.quotes, "quote")}`);
  return { blocks: [section(fitLines(lines, LIMITS.sectionText, "source"))], noun: "source list", count: 1 };
}

export function commandsGroup(commands: readonly CommandHelp[]): Group {
  const lines = commands.map((entry) => `• \`${escapeMrkdwn(oneLine(entry.command))}\` — ${escapeMrkdwn(oneLine(entry.description))} e.g. \`${escapeMrkdwn(oneLine(entry.example))}\``);
  return { blocks: [section(fitLines(lines, LIMITS.sectionText, "command"))], noun: "command list", count: 1 };
}
