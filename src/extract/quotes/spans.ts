// Finding double-quoted passages in one paragraph, and the sentence geometry around them.

import { DOUBLE_CLOSERS, DOUBLE_OPENERS, MASK, SINGLE_CLOSERS, SINGLE_OPENERS } from "./patterns.ts";

export interface Span {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quote runs on into the next paragraph. */
  close: number;
  /** One past the last character the span covers (the closer, or where it was cut off). */
  end: number;
  /** Marked with ‘…’ or '…' rather than double marks. */
  single?: boolean;
}

/** Any opener or closer: the scan jumps from mark to mark instead of testing every character. */
const DOUBLE_MARK = new RegExp(`[${[...DOUBLE_OPENERS, ...DOUBLE_CLOSERS].join("")}]`, "g");

/**
 * Sites mix “curly” and "straight" marks, even within one quote (`“… alone," he said`), so any
 * opener pairs with any closer. A straight mark toggles; a curly opener inside an open quote
 * after whitespace means the earlier quote was never closed.
 */
export function findDoubleSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  DOUBLE_MARK.lastIndex = 0;
  for (let m = DOUBLE_MARK.exec(text); m; m = DOUBLE_MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    const isOpener = DOUBLE_OPENERS.has(c);
    if (open < 0) {
      if (isOpener) open = i;
      continue;
    }
    if (c === "“" && (i === 0 || /\s/.test(text[i - 1] ?? ""))) {
      spans.push({ open, close: -1, end: i });
      open = i;
      continue;
    }
    spans.push({ open, close: i, end: i + 1 });
    open = -1;
  }
  if (open >= 0) spans.push({ open, close: -1, end: text.length });
  return spans;
}

/** What may stand right before a single opener: a word's own apostrophe ("children's") never follows these. */
const BEFORE_SINGLE_OPENER = /[\s([{\u2014\u2013\-/]/;
const SINGLE_MARK = new RegExp(`[${[...SINGLE_OPENERS, ...SINGLE_CLOSERS].join("")}]`, "g");

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * Single-quoted passages in text whose double-quoted spans are already masked. Single marks double
 * as apostrophes, so an opener must start a word (after a space, bracket or dash, or the paragraph
 * start) and a closer must end one. A closer after "s" with a lower-case word next ("councils’
 * work") reads as a plural possessive when another closer follows. An opener that never closes
 * counts only at the start of the paragraph (a press-release quote running on) or right after an
 * intro's colon, never mid-prose.
 */
export function findSingleSpans(masked: string): Span[] {
  const spans: Span[] = [];
  const marks: number[] = [];
  SINGLE_MARK.lastIndex = 0;
  for (let m = SINGLE_MARK.exec(masked); m; m = SINGLE_MARK.exec(masked)) marks.push(m.index);
  const firstText = masked.search(/\S/);
  for (let k = 0; k < marks.length; k++) {
    const open = marks[k]!;
    if (!SINGLE_OPENERS.has(masked[open]!)) continue;
    if (open > 0 && !BEFORE_SINGLE_OPENER.test(masked[open - 1]!)) continue;
    if (!/\S/.test(masked[open + 1] ?? " ") || masked[open + 1] === MASK) continue;
    // The first closer that is not a plural possessive, else the last possessive-looking one.
    let chosen: number | undefined;
    for (let c = k + 1; c < marks.length; c++) {
      const at = marks[c]!;
      if (!SINGLE_CLOSERS.has(masked[at]!) || /\s/.test(masked[at - 1] ?? " ") || isWordChar(masked[at + 1])) continue;
      chosen = c;
      if (!looksPossessive(masked, at)) break;
    }
    if (chosen === undefined) {
      // Or right after an intro's colon: "… said: ‘With more children …" running on into the next paragraph.
      if (open === firstText || /:\s$/.test(masked.slice(Math.max(0, open - 2), open))) spans.push({ open, close: -1, end: masked.length, single: true });
      break;
    }
    const close = marks[chosen]!;
    spans.push({ open, close, end: close + 1, single: true });
    k = chosen;
  }
  return spans;
}

/** "councils’ work": a mark after "s" with a lower-case word next. */
function looksPossessive(text: string, at: number): boolean {
  return text[at - 1] === "s" && /^\s+[a-z]/.test(text.slice(at + 1, at + 4));
}

/** Double- and single-quoted passages of one paragraph, in order; single marks inside a double quote are its own. */
export function findQuoteSpans(text: string): Span[] {
  const doubles = findDoubleSpans(text);
  const singles = findSingleSpans(maskSpans(text, doubles));
  if (singles.length === 0) return doubles;
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

/** Same length as the text, with every quoted span blanked, so prose patterns never see quoted words. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.open) + MASK.repeat(s.end - s.open);
    at = s.end;
  }
  return out + text.slice(at);
}

/** The quote's words: inside the marks, trimmed, without the comma that hands over to "he said". */
export function innerRange(text: string, span: Span): { start: number; end: number } {
  let start = span.open + 1;
  let end = span.close >= 0 ? span.close : span.end;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /[\s,]/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/**
 * Where the sentence holding `pos` starts: after ". " / "! " / "? ", a line break, or a masked
 * quote. Looks back a bounded distance so a paragraph with no full stops stays linear overall.
 */
export function sentenceStart(masked: string, pos: number, limit = 600): number {
  const stop = Math.max(0, pos - limit);
  for (let j = pos - 1; j >= stop; j--) {
    const c = masked[j] ?? "";
    if (c === "\n" || c === MASK) return j + 1;
    if (c === "." && /\s/.test(masked[j + 1] ?? "") && !afterTitle(masked, j)) return j + 1;
    if ((c === "!" || c === "?") && /\s/.test(masked[j + 1] ?? "") && !insideName(masked, j)) return j + 1;
  }
  return stop;
}

/** End of the sentence that starts at or contains `pos`: just past ". " or at a line break or mask. */
export function sentenceEnd(masked: string, pos: number, limit = 600): number {
  const stop = Math.min(masked.length, pos + limit);
  for (let j = pos; j < stop; j++) {
    const c = masked[j] ?? "";
    if (c === "\n" || c === MASK) return j;
    if (c === "." && (j + 1 >= masked.length || /\s/.test(masked[j + 1] ?? "")) && !afterTitle(masked, j)) return j + 1;
  }
  return stop;
}

/** Titles written with a full stop ("Dr. Jane Lee", "Mr. Smith"): the stop does not end a sentence. */
const TITLE_BEFORE_STOP = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|Cllr|St|Rev)$/;

/** "the Who Cares? Trust", "Yahoo! News": a mark between capitalised words is part of a name. */
function insideName(text: string, mark: number): boolean {
  const before = /(?:^|\s)[A-Z][\w’'-]*\s+[A-Z][\w’'-]*$/.test(text.slice(Math.max(0, mark - 40), mark));
  return before && /^\s+[A-Z]/.test(text.slice(mark + 1, mark + 4));
}

function afterTitle(text: string, stop: number): boolean {
  return TITLE_BEFORE_STOP.test(text.slice(Math.max(0, stop - 6), stop));
}

const SENTENCE_MARK = /[.\n]/g;

/**
 * Sentences of masked prose, as [start, end) ranges. Splits only at full stops and line breaks:
 * "?" inside names ("the Who Cares? Trust") must not cut a role in two.
 */
export function sentenceRanges(masked: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  // Jumps between full stops and line breaks, the only characters that can end a sentence here.
  SENTENCE_MARK.lastIndex = 0;
  for (let m = SENTENCE_MARK.exec(masked); m; m = SENTENCE_MARK.exec(masked)) {
    const j = m.index;
    const c = m[0];
    const endsHere = c === "\n" || (c === "." && (j + 1 >= masked.length || /\s/.test(masked[j + 1] ?? "")) && !afterTitle(masked, j));
    if (!endsHere) continue;
    if (j + 1 > start) out.push([start, j + 1]);
    start = j + 1;
  }
  if (start < masked.length) out.push([start, masked.length]);
  return out;
}
