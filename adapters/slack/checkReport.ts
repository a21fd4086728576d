// "Check figures" → a Slack message: the summary, then one group per figure (worst first, each
// draft sentence quoted once), trimmed to Block Kit's limits with "…and N more figures left out".
// Pure, like render.ts: the same Answer always gives the same JSON.

import type { Answer } from "../../src/types.ts";
import { figureCheckReply, leftOutLine, type CheckedFigure } from "../shared/figureCheck.ts";
import { context, LIMITS, section, sourceLine, VERDICT_EMOJI, type Group, type SlackBlock } from "./blocks.ts";
import { clip, escapeMrkdwn, fitMrkdwn, oneLine } from "./mrkdwn.ts";
import { assemble, type SlackMessage } from "./render.ts";

export const CHECK_FIGURES_CALLBACK_ID = "check_figures";
export const SHARE_IN_THREAD = { actionId: "check_figures_share", label: "Share in thread" } as const;

/**
 * A draft sentence is quoted up to this many characters and a reason shown up to this many: a long
 * story's figures then fit twenty or so to a message rather than three.
 */
const QUOTE_CHARS = 400;
const REASON_CHARS = 600;

function figureCheckGroup(item: CheckedFigure): Group {
  const { check } = item;
  const quote = item.quote ? `>${escapeMrkdwn(clip(oneLine(item.quote), QUOTE_CHARS))}\n` : "";
  const verdict = `${VERDICT_EMOJI[check.verdict]} *${check.verdict.toUpperCase()}*: “${escapeMrkdwn(oneLine(check.claimed.text))}” — ${escapeMrkdwn(clip(oneLine(check.reason), REASON_CHARS))}`;
  const blocks: SlackBlock[] = [section(`${quote}${verdict}`)];
  if (item.source) blocks.push(context([sourceLine(item.source)]));
  return { blocks, noun: "figure", count: 1 };
}

export function renderSlackFigureCheck(answer: Answer): SlackMessage {
  const reply = figureCheckReply(answer);
  if (reply.kind === "message") {
    const text = escapeMrkdwn(reply.text);
    return { text: fitMrkdwn(text, LIMITS.fallbackText), blocks: [section(text)] };
  }
  const { report } = reply;
  const head: Group = { blocks: [section(`*${escapeMrkdwn(report.summary)}*${report.note ? `\n_${escapeMrkdwn(report.note)}_` : ""}`)], count: 1 };
  const blocks = assemble([head, ...report.items.map(figureCheckGroup)], (hidden) => `_${escapeMrkdwn(leftOutLine(hidden.get("figure") ?? 0))}_`);
  return { text: escapeMrkdwn(report.summary), blocks };
}
