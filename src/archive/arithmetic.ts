// A sentence that gives one measure two ways ("20 local authorities ... 13% - or one in every seven",
// "nearly two thirds (11)" of "17") can be checked against itself. The working is stored with each
// figure so a reporter sees at once whether the source's own numbers add up.

import { describeFigure, isShare, oneDecimal, valuesAgree } from "./compare.ts";
import type { Figure, FigureMention } from "../types.ts";

type Arithmetic = NonNullable<Figure["arithmetic"]>;

const DENOMINATOR_LEAD = /(?:\bout of|\bof the|\bof all|\bof)\s+$/i;

/** A count that is a total: "out of 17 local authorities", "of the 79 councils". */
function denominatorOf(sentence: string, mentions: readonly FigureMention[]): FigureMention | undefined {
  return mentions.find((mention) => !isShare(mention) && DENOMINATOR_LEAD.test(sentence.slice(Math.max(0, mention.start - 12), mention.start)));
}

/**
 * The count that states the same share as a number: right after it ("two thirds (11)", "a quarter
 * ..., 21 in total"), or before it for the same measure ("20 local authorities ... amounting to 13%").
 */
function countFor(share: FigureMention, mentions: readonly FigureMention[], denominator: FigureMention | undefined): FigureMention | undefined {
  const counts = mentions.filter((mention) => mention !== denominator && !isShare(mention));
  return (
    counts.find((mention) => mention.start > share.end && mention.start - share.end <= 60 && (mention.measure?.indicator === share.measure?.indicator || mention.start - share.end <= 3)) ??
    counts.find((mention) => mention.end <= share.start && mention.measure?.indicator === share.measure?.indicator && mention.period === share.period)
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

export function sentenceArithmetic(sentence: string, mentions: readonly FigureMention[]): Map<FigureMention, Arithmetic> {
  const notes = new Map<FigureMention, Arithmetic>();
  const shares = mentions.filter((mention) => isShare(mention) && mention.upper === undefined);
  const denominator = denominatorOf(sentence, mentions);
  for (const share of shares) {
    // Two shares of one measure in one period: "13% - or one in every seven".
    const twin = shares.find((other) => other !== share && other.measure?.indicator === share.measure?.indicator && other.period === share.period);
    if (twin) {
      const agrees = valuesAgree(share, twin);
      add(notes, share, agrees, `${describeFigure(share)} and ${describeFigure(twin)} ${agrees ? "agree within rounding" : "do not agree"}`);
    }
    const count = countFor(share, mentions, denominator);
    if (!count || share.value <= 0) continue;
    if (denominator && denominator !== count) {
      const actual = (count.value / denominator.value) * 100;
      const agrees = valuesAgree(share, { value: actual, unit: "%", text: "computed", qualifier: "about" });
      const note = `${oneDecimal(count.value)} of ${oneDecimal(denominator.value)} is ${oneDecimal(actual)} %; ${describeFigure(share)} ${agrees ? "agrees within rounding" : "does not agree"}`;
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
