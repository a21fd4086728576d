// Finding double-quoted passages in one paragraph, and the sentence geometry around them.

import { DOUBLE_CLOSERS, DOUBLE_OPENERS, MASK } from "./patterns.ts";

export interface Span {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quote runs on into the next paragraph. */
  close: number;
  /** One past the last character the span covers (the closer, or where it was cut off). */
  end: number;
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
    if ((c === "." || c === "!" || c === "?") && /\s/.test(masked[j + 1] ?? "")) return j + 1;
  }
  return stop;
}

/** End of the sentence that starts at or contains `pos`: just past ". " or at a line break or mask. */
export function sentenceEnd(masked: string, pos: number, limit = 600): number {
  const stop = Math.min(masked.length, pos + limit);
  for (let j = pos; j < stop; j++) {
    const c = masked[j] ?? "";
    if (c === "\n" || c === MASK) return j;
    if (c === "." && (j + 1 >= masked.length || /\s/.test(masked[j + 1] ?? ""))) return j + 1;
  }
  return stop;
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
    const endsHere = c === "\n" || (c === "." && (j + 1 >= masked.length || /\s/.test(masked[j + 1] ?? "")));
    if (!endsHere) continue;
    if (j + 1 > start) out.push([start, j + 1]);
    start = j + 1;
  }
  if (start < masked.length) out.push([start, masked.length]);
  return out;
}
