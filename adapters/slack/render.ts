// Answer → Slack message (Block Kit plus a plain-text fallback). Pure: the same Answer always gives
// the same JSON, which the unit tests compare exactly. Oversized answers are trimmed with
// "…and N more", never rejected: Slack refuses a whole message when one limit is exceeded.

import type { Answer } from "../../src/types.ts";
import { citation, figureHeadline, speakerLine } from "../shared/format.ts";
import {
  checkGroup,
  commandsGroup,
  conflictGroup,
  context,
  figureGroup,
  LIMITS,
  mentionGroup,
  messageGroup,
  notice,
  officialDifferencesGroup,
  plural,
  quoteGroup,
  section,
  seriesGroup,
  sourcesGroup,
  verdictGroup,
  type Group,
  type SlackBlock,
} from "./blocks.ts";
import { cutUnits, escapeMrkdwn, fitMrkdwn, oneLine } from "./mrkdwn.ts";

export { LIMITS, type SlackBlock } from "./blocks.ts";

export interface SlackMessage {
  /** Shown in notifications and by screen readers; mrkdwn too, so escaped like the blocks. */
  text: string;
  blocks: SlackBlock[];
}

export const SHARE_ACTION_ID = "ofsted_share";
/** The same Share in channel, for a query longer than a button holds: the value is a ShareStore key. */
export const SHARE_STORED_ACTION_ID = "ofsted_share_stored";

/** How much of each kind one message shows; the rest is counted in "…and N more". */
const SHOWN = { figures: 10, quotes: 5, checks: 5, evidencePerCheck: 2, conflicts: 3 } as const;

/** One block stays free for the Share button, so a shared-able answer is still within 50. */
const CONTENT_BLOCKS = LIMITS.blocks - 1;

function capped<T>(items: readonly T[], shown: number, noun: string, toGroup: (item: T) => Group): Group[] {
  const groups = items.slice(0, shown).map(toGroup);
  return items.length > shown ? [...groups, notice(items.length - shown, noun)] : groups;
}

function groupsOf(answer: Answer): Group[] {
  const groups: Group[] = [];
  // A fact-check leads with its verdict: it is what the reporter asked.
  if (answer.verdict) groups.push(verdictGroup(answer.verdict));
  // With a command list, the core's message is that list as prose (the terminal's version): the list
  // below replaces it, unless the message says what was wrong with the input.
  const commands = answer.commands ?? [];
  if (answer.message?.trim() && (commands.length === 0 || answer.status === "usage")) groups.push(messageGroup(answer.message));
  for (const check of (answer.checks ?? []).slice(0, SHOWN.checks)) groups.push(...checkGroup(check, SHOWN.evidencePerCheck));
  const hiddenChecks = (answer.checks?.length ?? 0) - SHOWN.checks;
  if (hiddenChecks > 0) groups.push(notice(hiddenChecks, "check"));
  if (answer.series && answer.series.length > 0) groups.push(seriesGroup(answer.series));
  else if (!answer.checks) groups.push(...capped(answer.figures, SHOWN.figures, "figure", figureGroup));
  groups.push(...capped(answer.conflicts ?? [], SHOWN.conflicts, "disagreement", conflictGroup));
  if (answer.officialDifferences && answer.officialDifferences.length > 0) groups.push(officialDifferencesGroup(answer.officialDifferences));
  groups.push(...capped(answer.quotes, SHOWN.quotes, "quote", quoteGroup));
  groups.push(...capped(answer.mentions ?? [], SHOWN.quotes, "sentence", mentionGroup));
  if (answer.sources && answer.sources.length > 0) groups.push(sourcesGroup(answer.sources));
  if (commands.length > 0) groups.push(commandsGroup(commands));
  return groups;
}

function textLength(blocks: readonly SlackBlock[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === "section") total += block.text?.text.length ?? 0;
    else if (block.type === "context") for (const element of block.elements) total += "text" in element ? element.text.length : 0;
  }
  return total;
}

/** "_…and 2 more figures, 1 more quote not shown: narrow the query to see them._" */
function notShownLine(hidden: ReadonlyMap<string, number>): string {
  const parts = [...hidden].map(([noun, count]) => plural(count, `more ${noun}`));
  return `_…and ${parts.join(", ")} not shown: narrow the query to see them._`;
}

/**
 * Whole groups in order while they fit in `maxBlocks` and Slack's text limit; past the first that
 * does not, one line (`leftOut`, given how many of each noun were hidden) says what was left out.
 */
export function assemble(groups: readonly Group[], leftOut: (hidden: ReadonlyMap<string, number>) => string = notShownLine, maxBlocks = CONTENT_BLOCKS): SlackBlock[] {
  const all = groups.flatMap((group) => group.blocks);
  if (all.length <= maxBlocks && textLength(all) <= LIMITS.totalText) return all;
  const blocks: SlackBlock[] = [];
  let used = 0;
  let index = 0;
  for (; index < groups.length; index += 1) {
    const group = groups[index];
    if (!group) break;
    const size = textLength(group.blocks);
    if (blocks.length + group.blocks.length > maxBlocks - 1 || used + size > LIMITS.totalText - 200) break;
    blocks.push(...group.blocks);
    used += size;
  }
  const hidden = new Map<string, number>();
  for (const group of groups.slice(index)) {
    const noun = group.noun ?? "note";
    hidden.set(noun, (hidden.get(noun) ?? 0) + group.count);
  }
  blocks.push(context([leftOut(hidden)]));
  return blocks;
}

/** The notification line: the verdict or message, then the top figures with their sources. */
function fallbackText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.verdict) lines.push(`Verdict: ${answer.verdict.toUpperCase()}`);
  if (answer.message) lines.push(answer.message);
  const figures = answer.series && answer.series.length > 0 ? answer.series : answer.figures;
  for (const figure of figures.slice(0, 3)) lines.push(`${oneLine(figureHeadline(figure))} — ${oneLine(citation(figure.source))}`);
  const quote = answer.quotes[0];
  if (lines.length === 0 && quote) lines.push(`“${oneLine(quote.text)}” — ${speakerLine(quote)}`);
  const text = lines.join("\n").trim();
  return fitMrkdwn(escapeMrkdwn(text || "No answer."), LIMITS.fallbackText);
}

export function renderSlackAnswer(answer: Answer): SlackMessage {
  const blocks = assemble(groupsOf(answer));
  return { text: fallbackText(answer), blocks: blocks.length > 0 ? blocks : [section("_No answer._")] };
}

/**
 * Adds a share button ("Share in channel" unless told otherwise). Its value is the query the core read
 * (at most 2000 units, the button limit) or a ShareStore key, so sharing answers afresh rather than
 * trusting message text sent back to us.
 */
export function withShareButton(message: SlackMessage, value: string, button: { actionId: string; label: string } = { actionId: SHARE_ACTION_ID, label: "Share in channel" }): SlackMessage {
  const share: SlackBlock = {
    type: "actions",
    block_id: button.actionId,
    elements: [{ type: "button", action_id: button.actionId, text: { type: "plain_text", text: button.label }, value: cutUnits(value, LIMITS.buttonValue) }],
  };
  return { text: message.text, blocks: [...message.blocks.slice(0, LIMITS.blocks - 1), share] };
}

/** What the user sees when answering failed: short, with the id that finds the log line. */
export function apologyMessage(reference: string): SlackMessage {
  const text = `Sorry, something went wrong while answering. If it keeps happening, give the bot's admin this reference: ${reference}`;
  return { text, blocks: [section(`:warning: Sorry, something went wrong while answering. If it keeps happening, give the bot's admin this reference: \`${escapeMrkdwn(reference)}\``)] };
}
