// A sentence that gives one measure two ways ("20 local authorities ... 13% - or one in every seven",
// "nearly two thirds (11)" of "17") can be checked against itself. The working is stored with each
// figure so a reporter sees at once whether the source's own numbers add up.

import { describeFigure, isBound, isShare, oneDecimal, valuesAgree } from "./compare.ts";
import type { Figure, FigureMention } from "../types.ts";

type Arithmetic = NonNullable<Figure["arithmetic"]>;

const DENOMINATOR_LEAD = /(?:\bout of|\bof the|\bof all|\bof)\s+$/i;
/** Up to two words and an opening bracket: "48 authorities (35%)", "(11)". */
const BRACKET_AFTER = /^\s*(?:[a-z'’-]+\s+){0,2}\(\s*$/i;
/** What joins one figure said two ways: "13% - or one in every seven", "a third (33%)". */
const RESTATED = /^\s*(?:[-–—,]\s*)?(?:or\b|\()\s*$|^\s*\(\s*$/i;

/** A count that is a total: "out of 17 local authorities", "of the 79 councils". */
function isDenominator(sentence: string, mention: FigureMention): boolean {
  return !isShare(mention) && DENOMINATOR_LEAD.test(sentence.slice(Math.max(0, mention.start - 12), mention.start));
}

/** "Of the 65 LAs that …, 26 LAs (40%) improved and 15 LAs (23%) retained": a total opening the sentence frames every count in it. */
function frameOf(sentence: string, mentions: readonly FigureMention[]): FigureMention | undefined {
  const first = mentions[0];
  return first && !isShare(first) && /^\W*(?:out\s+)?of(?:\s+(?:the|all))?\s*$/i.test(sentence.slice(0, first.start)) ? first : undefined;
}

/** A plain count that can be a share's: not a total, not a bound ("more than 1 inspection"). */
function isPlainCount(sentence: string, mention: FigureMention): boolean {
  return !isShare(mention) && !isDenominator(sentence, mention) && mention.upper === undefined && !isBound(mention);
}

/**
 * The count and total one share states as a number, read where the sentence puts them together:
 * "17 of the 48 authorities (35%)" (count, total, share), "nearly two thirds (11)" of an earlier
 * "out of 17", "26 LAs (40%)" under a sentence's opening "Of the 65". A count with no total of its
 * own is returned alone; nothing when the sentence does not tie a count to the share.
 */
function workingFor(sentence: string, share: FigureMention, mentions: readonly FigureMention[]): { count: FigureMention; total?: FigureMention } | undefined {
  const at = mentions.indexOf(share);
  const before = mentions[at - 1];
  const after = mentions[at + 1];
  // "eight of the 43 (19%)": the total right before the bracket, its count right before the total.
  if (before && isDenominator(sentence, before) && BRACKET_AFTER.test(sentence.slice(before.end, share.start))) {
    const count = mentions[at - 2];
    if (count && isPlainCount(sentence, count) && DENOMINATOR_LEAD.test(sentence.slice(count.end, before.start))) return { count, total: before };
    return undefined;
  }
  // "nearly two thirds (11)", "26 LAs (40%)": the count beside the share.
  const count = after && isPlainCount(sentence, after) && after.start - share.end <= 3 ? after : before && isPlainCount(sentence, before) && BRACKET_AFTER.test(sentence.slice(before.end, share.start)) ? before : undefined;
  if (!count) return undefined;
  const first = Math.min(share.start, count.start);
  // Its total: the sentence's opening frame, else the nearest total before it with no other share between.
  const frame = frameOf(sentence, mentions);
  if (frame && frame.end <= first) return { count, total: frame };
  const totals = mentions.filter((mention) => mention.end <= first && isDenominator(sentence, mention));
  const total = totals.at(-1);
  const sharesBetween = total ? mentions.some((mention) => mention !== share && isShare(mention) && mention.start > total.end && mention.end <= first) : true;
  return total && !sharesBetween ? { count, total } : { count };
}

/**
 * A count stated elsewhere in the sentence for the same measure: "a quarter of children's services
 * departments, 21 in total", "20 local authorities … amounting to 13%". With no total tied to it.
 */
function countFor(share: FigureMention, mentions: readonly FigureMention[], sentence: string): FigureMention | undefined {
  const counts = mentions.filter((mention) => isPlainCount(sentence, mention));
  return (
    counts.find((mention) => mention.start > share.end && mention.start - share.end <= 60 && mention.measure?.indicator === share.measure?.indicator && mention.measure !== undefined) ??
    counts.find((mention) => mention.end <= share.start && mention.measure !== undefined && mention.measure?.indicator === share.measure?.indicator && mention.period === share.period)
  );
}

function add(notes: Map<FigureMention, Arithmetic>, mention: FigureMention, consistent: boolean | null, note: string): void {
  const existing = notes.get(mention);
  if (!existing) {
    notes.set(mention, { consistent, note });
    return;
  }
  // Two workings: inconsistent if either is; unknown only if neither tells.
  const combined = existing.consistent === false || consistent === false ? false : existing.consistent === true || consistent === true ? true : null;
  notes.set(mention, { consistent: combined, note: `${existing.note}; ${note}` });
}

/** A count with no total tied to it, as workingFor returns one. */
function countOnly(count: FigureMention | undefined): { count: FigureMention; total?: FigureMention } | undefined {
  return count ? { count } : undefined;
}

/**
 * "More than a third (38%)", "fewer than a quarter (22%)": a bound restated by the exact share holds
 * when the share is on its side (hry52: the two were noted as disagreeing). Undefined when `bound` is no bound.
 */
function boundHolds(bound: FigureMention, exact: FigureMention): boolean | undefined {
  if (exact.qualifier !== undefined) return undefined;
  if (/^(?:more than|over|above)$/i.test(bound.qualifier ?? "")) return exact.value > bound.value - 1e-9;
  if (/^(?:fewer than|less than|under|below)$/i.test(bound.qualifier ?? "")) return exact.value < bound.value + 1e-9;
  return undefined;
}

export function sentenceArithmetic(sentence: string, mentions: readonly FigureMention[]): Map<FigureMention, Arithmetic> {
  const notes = new Map<FigureMention, Arithmetic>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const shares = sorted.filter((mention) => isShare(mention) && mention.upper === undefined);
  for (const share of shares) {
    // One share said two ways, side by side: "13% - or one in every seven".
    const at = sorted.indexOf(share);
    const twin = sorted[at + 1];
    if (twin && isShare(twin) && twin.upper === undefined && RESTATED.test(sentence.slice(share.end, twin.start))) {
      const bound = boundHolds(share, twin) ?? boundHolds(twin, share);
      const agrees = bound ?? valuesAgree(share, twin);
      const note = `${describeFigure(share)} and ${describeFigure(twin)} ${agrees ? (bound ? "agree" : "agree within rounding") : "do not agree"}`;
      add(notes, share, agrees, note);
      add(notes, twin, agrees, note);
    }
    if (share.value <= 0) continue;
    const working = workingFor(sentence, share, sorted) ?? countOnly(countFor(share, sorted, sentence));
    if (!working) continue;
    const { count, total } = working;
    if (total) {
      const actual = (count.value / total.value) * 100;
      const agrees = valuesAgree(share, { value: actual, unit: "%", text: "computed", qualifier: "about" });
      const note = `${oneDecimal(count.value)} of ${oneDecimal(total.value)} is ${oneDecimal(actual)} %; ${describeFigure(share)} ${agrees ? "agrees within rounding" : "does not agree"}`;
      add(notes, share, agrees, note);
      add(notes, count, agrees, note);
    } else {
      const note = `${oneDecimal(count.value)} as ${describeFigure(share)} implies about ${Math.round(count.value / (share.value / 100))} in all; the sentence does not give the total`;
      add(notes, share, null, note);
      add(notes, count, null, note);
    }
  }
  return notes;
}
