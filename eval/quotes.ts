// Quote recall and wrong-speaker share against the hand annotation in eval/annotations/quotes.
// An annotated quote is found when the archive holds a quote from the same document whose text
// overlaps the annotation's context; its speaker is right when it names the same person or body
// (src/extract/quotes/identity.ts: "Sir Michael Wilshaw" = "Michael Wilshaw").

import type { Archive } from "../src/archive/buildArchive.ts";
import { sameSpeaker } from "../src/extract/quotes/identity.ts";
import type { Quote } from "../src/types.ts";

export interface QuoteAnnotation {
  context: string;
  speaker: string | null;
}

export interface QuoteScore {
  annotated: number;
  found: number;
  attributed: number;
  rightSpeakers: number;
  wrongSpeakers: number;
  recall: number;
  wrongShare: number;
  misses: string[];
}

const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The quote's words and the context share a stretch: one holds the other, or the quote was cut short inside it. */
function overlaps(quoteText: string, context: string): boolean {
  const quote = squash(quoteText);
  if (quote === "") return false;
  if (quote.includes(context) || context.includes(quote)) return true;
  // A quote cut off by the page, or split by the bot, still counts when it holds the context's opening words.
  const opening = context.split(" ").slice(0, 4).join(" ");
  return opening.split(" ").length >= 4 && quote.includes(opening);
}

function bySource(archive: Archive): Map<string, Quote[]> {
  const out = new Map<string, Quote[]>();
  for (const quote of archive.quotes) {
    const list = out.get(quote.source.id);
    if (list) list.push(quote);
    else out.set(quote.source.id, [quote]);
  }
  return out;
}

type Outcome = "missed" | "unattributed" | "right" | "wrong";

/** Wrong if any quote holding the words names someone else: one wrong mouth is enough to mislead. */
function judge(quotes: readonly Quote[], annotation: QuoteAnnotation): { outcome: Outcome; speakers: string[] } {
  const context = squash(annotation.context);
  const holding = quotes.filter((quote) => overlaps(quote.text, context));
  const speakers = [...new Set(holding.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))];
  if (holding.length === 0) return { outcome: "missed", speakers };
  if (speakers.length === 0) return { outcome: "unattributed", speakers };
  const want = annotation.speaker;
  const wrong = want === null || speakers.some((speaker) => !sameSpeaker(speaker, want));
  return { outcome: wrong ? "wrong" : "right", speakers };
}

const SEVERITY: Record<Outcome, number> = { wrong: 0, missed: 1, unattributed: 2, right: 3 };

export function scoreQuotes(archive: Archive, annotations: ReadonlyMap<string, QuoteAnnotation[]>): QuoteScore {
  const quotesOf = bySource(archive);
  const score: QuoteScore = { annotated: 0, found: 0, attributed: 0, rightSpeakers: 0, wrongSpeakers: 0, recall: 0, wrongShare: 0, misses: [] };
  const misses: Array<{ severity: number; line: string }> = [];
  for (const [document, list] of annotations) {
    const quotes = quotesOf.get(document) ?? [];
    for (const annotation of list) {
      score.annotated++;
      const { outcome, speakers } = judge(quotes, annotation);
      if (outcome !== "missed") score.found++;
      if (outcome === "right" || outcome === "wrong") score.attributed++;
      if (outcome === "right") score.rightSpeakers++;
      if (outcome === "wrong") score.wrongSpeakers++;
      // Nobody named and nobody guessed is the right answer, not a miss.
      if (outcome === "right" || (outcome === "unattributed" && annotation.speaker === null)) continue;
      const want = annotation.speaker ?? "nobody named";
      const what =
        outcome === "missed" ? "not found" : outcome === "unattributed" ? `found, speaker null (annotated ${want})` : `speaker ${speakers.join(" / ")}, annotated ${want}`;
      misses.push({ severity: SEVERITY[outcome], line: `${document}: “${annotation.context}” — ${what}` });
    }
  }
  score.recall = score.annotated === 0 ? 0 : score.found / score.annotated;
  score.wrongShare = score.attributed === 0 ? 0 : score.wrongSpeakers / score.attributed;
  score.misses = misses.sort((a, b) => a.severity - b.severity).map((miss) => miss.line);
  return score;
}
