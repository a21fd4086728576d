// Plain text (a .txt file or a Markdown body) into blocks. Articles copied from the web keep one
// paragraph per blank-line-separated chunk, bullets as "•" or "-", and sometimes a subheading glued
// to the next paragraph by a single newline ("Lack of detail\nThe Association of ...").

import type { Block } from "../types.ts";
import { parseDateLine } from "./dates.ts";

const BULLET = /^\s*(?:[•·▪◦*]|-(?=\s)|\d{1,2}\.(?=\s))\s*/;
const TERMINAL = /[.!?:;"”’'…)]$/;

/** Whitespace squash would change: any but a plain space, two spaces in a row, or a space at either end. */
const UNSQUASHED = /[^\S ]| {2}|^ | $/;

/** Folds every run of whitespace (including non-breaking spaces) into one space. */
export function squash(text: string): string {
  // Most lines are already clean, and rebuilding them space by space was a measurable cost.
  if (!UNSQUASHED.test(text)) return text;
  return text.replace(/[\s\u00a0\u2028\u2029]+/g, " ").trim();
}

/** A line short enough, and unpunctuated enough, to be a subheading rather than prose. */
export function looksLikeHeading(text: string): boolean {
  // Length first: splitting every paragraph into words just to reject it was a measurable cost.
  return text.length <= 80 && text.split(" ").length <= 10 && !TERMINAL.test(text) && /^[\p{Lu}\d“"‘']/u.test(text);
}

function splitGluedHeading(lines: string[]): Block[] {
  if (lines.length <= 1) return [];
  const first = squash(lines[0] ?? "");
  const rest = squash(lines.slice(1).join(" "));
  if (looksLikeHeading(first) && /^[\p{Lu}“"‘']/u.test(rest) && rest.split(" ").length > 10) {
    return [
      { kind: "heading", text: first },
      { kind: "paragraph", text: rest },
    ];
  }
  return [];
}

/**
 * A dateline is a block of its own even when the page put it on the next line of the headline or
 * the first paragraph ("Title\nThursday, 9 March 2017\nSome 22 councils..."): it is never prose.
 */
function splitAtDatelines(chunk: string): string[] {
  const lines = chunk.split("\n");
  const parts: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (parseDateLine(line) !== undefined) {
      if (current.length > 0) parts.push(current.join("\n"));
      parts.push(line);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) parts.push(current.join("\n"));
  return parts;
}

const TABLE_LINE = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** The cells of a Markdown table line, trimmed: "| London | 24.1% |" → ["London", "24.1%"]. */
export function tableCells(line: string): string[] {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((cell) => squash(cell.trim()));
}

/**
 * "| Provider | Outstanding | Good |" over "|---|---|---|" and its rows: each row a block of its
 * own, verbatim, with the table's column headings, so a cell is read under its heading.
 */
function tableRows(lines: readonly string[]): Block[] | undefined {
  if (lines.length < 3 || !lines.every((line) => TABLE_LINE.test(line)) || !TABLE_RULE.test(lines[1]!)) return undefined;
  const header = tableCells(lines[0]!);
  return lines.slice(2).filter((line) => !TABLE_RULE.test(line)).map((line) => ({ kind: "table-row", text: squash(line), header }));
}

function bulletItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    if (BULLET.test(line) || items.length === 0) items.push(line);
    else items[items.length - 1] += ` ${line}`;
  }
  return items;
}

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const chunks = text.replace(/\r\n?/g, "\n").split(/\n[ \t\u00a0]*\n/).flatMap(splitAtDatelines);
  for (const chunk of chunks) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    // A byline over a dateline ("Neil Puffett\nTuesday, October 15, 2013") is two lines, not a sentence.
    if (lines.length > 1 && lines.every((line) => looksLikeHeading(squash(line)))) {
      for (const line of lines) blocks.push({ kind: "heading", text: squash(line) });
      continue;
    }
    const table = tableRows(lines);
    if (table) {
      blocks.push(...table);
      continue;
    }
    const glued = splitGluedHeading(lines);
    if (glued.length > 0) {
      blocks.push(...glued);
      continue;
    }
    // "Increasing case numbers in 2021-22" over its bullets, no blank line between: the lead line is
    // a block of its own (a heading, or the list's frame) and each bullet an item.
    const firstBullet = lines.findIndex((line) => BULLET.test(line));
    if (firstBullet > 0 && lines.slice(firstBullet).filter((line) => BULLET.test(line)).length >= 2) {
      const lead = squash(lines.slice(0, firstBullet).join(" "));
      blocks.push({ kind: looksLikeHeading(lead) ? "heading" : "paragraph", text: lead });
      for (const item of bulletItems(lines.slice(firstBullet))) blocks.push({ kind: "list-item", text: squash(item.replace(BULLET, "")) });
      continue;
    }
    const joined = squash(lines.join(" "));
    if (BULLET.test(lines[0] ?? "")) {
      // A list with no blank lines between its items: each bullet is an item of its own, with any
      // line under it that opens with no bullet (a wrapped line).
      for (const item of bulletItems(lines)) blocks.push({ kind: "list-item", text: squash(item.replace(BULLET, "")) });
    } else {
      blocks.push({ kind: looksLikeHeading(joined) ? "heading" : "paragraph", text: joined });
    }
  }
  return blocks;
}
