// What "Check figures" says, for every platform: the core checks a message's text (`check <text>`,
// the same call as a pasted paragraph) and this module orders and words the result. Slack and
// Discord only lay it out within their own limits.

import { MAX_CHECK_CODE_POINTS } from "../../src/text/index.ts";
import type { Answer, ClaimCheck, Source, Verdict } from "../../src/types.ts";
import { plural } from "./format.ts";

/** The menu entry's name on both platforms. */
export const CHECK_FIGURES_NAME = "Check figures";

/** Worst first: a sub-editor acts on a contradiction before anything else. */
export const VERDICT_ORDER: readonly Verdict[] = ["contradicted", "unverified", "supported"];

export interface CheckedFigure {
  check: ClaimCheck;
  /** The draft's sentence, on the first figure shown from it; absent when it was quoted above. */
  quote?: string;
  /** Where the leading evidence comes from; absent when nothing in the archive measures the claim. */
  source?: Source;
}

export interface FigureCheckReport {
  /** "7 figures: 1 contradicted, 2 unverified, 4 supported" */
  summary: string;
  /** Said after the summary when the message was longer than the core reads. */
  note?: string;
  items: CheckedFigure[];
}

export type FigureCheckReply = { kind: "report"; report: FigureCheckReport } | { kind: "message"; text: string };

export const NO_FIGURE_REPLY = "No figures to check in that message. I check numbers such as “one in five”, “34 per cent” or “21 councils” against the archive.";

/** The core's input for a message's text: the same command a reporter types. */
export function checkCommand(messageText: string): string {
  return `check ${messageText}`;
}

export function truncationNote(): string {
  return `The message is longer than ${MAX_CHECK_CODE_POINTS.toLocaleString("en-GB")} characters: only its beginning was checked.`;
}

/** "…and 12 more figures left out: check a shorter passage to see them." */
export function leftOutLine(count: number): string {
  return `…and ${plural(count, "more figure")} left out: check a shorter passage to see them.`;
}

function summaryOf(checks: readonly ClaimCheck[]): string {
  const counts = VERDICT_ORDER.flatMap((verdict) => {
    const count = checks.filter((check) => check.verdict === verdict).length;
    return count > 0 ? [`${count} ${verdict}`] : [];
  });
  return `${plural(checks.length, "figure")}: ${counts.join(", ")}`;
}

/** Contradicted first, then unverified, then supported; in draft order within each; each sentence quoted once. */
export function orderedChecks(checks: readonly ClaimCheck[]): CheckedFigure[] {
  const ordered = VERDICT_ORDER.flatMap((verdict) => checks.filter((check) => check.verdict === verdict));
  const quoted = new Set<string>();
  return ordered.map((check) => {
    const sentence = check.sentence?.trim();
    const quote = sentence && !quoted.has(sentence) ? sentence : undefined;
    if (quote) quoted.add(quote);
    const source = check.evidence[0]?.source;
    return { check, ...(quote ? { quote } : {}), ...(source ? { source } : {}) };
  });
}

/** The report, or the one short message to send instead (no figure in the text, a cooldown). */
export function figureCheckReply(answer: Answer): FigureCheckReply {
  const checks = answer.checks ?? [];
  if (checks.length === 0) return { kind: "message", text: answer.status === "limited" && answer.message ? answer.message : NO_FIGURE_REPLY };
  return { kind: "report", report: { summary: summaryOf(checks), ...(answer.truncated ? { note: truncationNote() } : {}), items: orderedChecks(checks) } };
}
