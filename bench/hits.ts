// When an answer counts as finding its planted target: the planted figure (its value, from its
// article, directly or as a corroborating source) or the planted quote is among the first five.

import type { Answer, Figure } from "../src/types.ts";
import type { Target } from "./planted.ts";

export const TOP = 5;

function fromSource(figure: Figure, source: string): boolean {
  return figure.source.id === source || (figure.corroboratedBy ?? []).some((other) => other.id === source);
}

export function answerHits(answer: Answer, target: Target, source: string): boolean {
  if (target.kind === "quote") {
    return answer.quotes.slice(0, TOP).some((quote) => quote.source.id === source && quote.text.includes(target.text.slice(0, 40)));
  }
  return answer.figures.slice(0, TOP).some((figure) => fromSource(figure, source) && Math.abs(figure.value - target.value) < 1e-6);
}

/** For the baselines, which return sentences: the planted sentence (or the quote's words) in the top five. */
export function sentenceHits(sentences: readonly string[], target: Target): boolean {
  const needle = target.kind === "quote" ? target.text.slice(0, 40) : target.sentence;
  return sentences.slice(0, TOP).some((sentence) => sentence.includes(needle));
}
