// Which way a figure moved to, as its sentence says: "has almost doubled over five years to £3.1bn"
// is up, "fell to 81,770" down. Only a figure that is where a move ended ("to £3.1bn") has one; a
// claim that gets the direction wrong ("fell to £3.1bn") states the level right and the news wrong.

import { isWord, tokenize } from "../extract/figures/tokens.ts";

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
  if (!isWord(tokens[i], "to")) return undefined;
  for (let k = i - 1, words = 0; k >= 0 && words < wordsBack; k--) {
    const token = tokens[k]!;
    if (token.kind === "punct") {
      if (CLAUSE_BREAKS.has(token.text)) return undefined;
      continue;
    }
    words++;
    if (UP.has(token.lower)) return "up";
    if (DOWN.has(token.lower)) return "down";
  }
  return undefined;
}
