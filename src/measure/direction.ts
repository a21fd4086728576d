// Which way a figure moved to, as its sentence says: "has almost doubled over five years to £3.1bn"
// is up, "fell to 81,770" down. Only a figure that is where a move ended ("to £3.1bn") has one; a
// claim that gets the direction wrong ("fell to £3.1bn") states the level right and the news wrong.

import { isWord, tokenize, type Token } from "../extract/figures/tokens.ts";

export type Direction = "up" | "down";

const UP: ReadonlySet<string> = new Set(["rose", "risen", "rising", "rises", "increased", "increasing", "grew", "grown", "growing", "climbed", "jumped", "soared", "doubled", "tripled", "trebled", "surged", "up"]);
const DOWN: ReadonlySet<string> = new Set(["fell", "fallen", "falling", "falls", "decreased", "decreasing", "dropped", "declined", "declining", "halved", "shrank", "shrunk", "slumped", "plunged", "reduced", "down"]);
/** Words between "to" and the figure that leave it the move's end: "to almost £3.1bn". */
const HEDGES: ReadonlySet<string> = new Set(["almost", "nearly", "around", "about", "some", "just", "roughly", "approximately", "over", "under", "more", "less", "than"]);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([",", ";", ":", ".", "(", ")"]);
/** How far back from "to" the verb of the move may stand ("almost doubled over five years to"). */
const MAX_WORDS_BACK = 4;

/** The direction of the move `figureText` (at `at` in `sentence`) is the end of, if the sentence says one. */
export function directionTo(sentence: string, figureText: string, at = sentence.indexOf(figureText), wordsBack = MAX_WORDS_BACK): Direction | undefined {
  if (at < 0) return undefined;
  const tokens = tokenize(sentence);
  let i = tokens.findIndex((token) => token.start >= at) - 1;
  while (i >= 0 && (HEDGES.has(tokens[i]!.lower) || tokens[i]!.text === "£")) i--;
  // "fell to a record low of 2,870": the level the move reached, named, then its figure.
  if (isWord(tokens[i], "of") && isWord(tokens[i - 1], ...LEVEL_NOUNS)) {
    let to = i - 2;
    while (to > i - 6 && to >= 0 && !isWord(tokens[to], "to")) to--;
    i = to;
  }
  if (!isWord(tokens[i], "to")) return undefined;
  let restated = false;
  for (let k = i - 1, words = 0; k >= 0 && words < wordsBack; k--) {
    const token = tokens[k]!;
    if (token.kind === "punct") {
      if (!CLAUSE_BREAKS.has(token.text)) continue;
      // "fell to their lowest level in 21 years, to 2,870": the move stated once and its end restated.
      const earlierTo = token.text === "," && !restated ? moveToBefore(tokens, k) : -1;
      if (earlierTo < 0) return undefined;
      restated = true;
      k = earlierTo;
      words = 0;
      continue;
    }
    words++;
    if (UP.has(token.lower)) return "up";
    if (DOWN.has(token.lower)) return "down";
  }
  return undefined;
}

/** How far back a claim's own verb may stand: a claim says its move plainly ("fell to", "has fallen to"). */
const CLAIM_WORDS_BACK = 2;

/** The move a claim states for its figure, if it states one. */
export function claimedDirection(sentence: string, claimed: { text: string; start: number }): Direction | undefined {
  return directionTo(sentence, claimed.text, claimed.start, CLAIM_WORDS_BACK);
}

/** "rose" or "fell", as a reason says the move. */
export function movedWord(direction: Direction): "rose" | "fell" {
  return direction === "up" ? "rose" : "fell";
}

/** Nouns naming the level a move reached: "to a record low of", "to a peak of". */
const LEVEL_NOUNS = ["low", "high", "level", "peak", "total", "figure"] as const;
/** How far back from a comma the "to" of a move's first statement may stand. */
const MAX_RESTATED_WORDS = 8;

/** The "to" of "fell to their lowest level in 21 years," before the comma at `comma`, right after a verb of moving; else -1. */
function moveToBefore(tokens: readonly Token[], comma: number): number {
  for (let k = comma - 1; k >= Math.max(1, comma - MAX_RESTATED_WORDS); k--) {
    const token = tokens[k]!;
    if (token.kind === "punct") return -1;
    if (isWord(token, "to") && (UP.has(tokens[k - 1]!.lower) || DOWN.has(tokens[k - 1]!.lower))) return k;
  }
  return -1;
}
