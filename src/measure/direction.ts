// Which way a figure moved to, as its sentence says: "has almost doubled over five years to £3.1bn"
// is up, "fell to 81,770" down. Only a figure that is where a move ended ("to £3.1bn") has one; a
// claim that gets the direction wrong ("fell to £3.1bn") states the level right and the news wrong.

import { isWord, tokenize, type Token } from "../extract/figures/tokens.ts";
import { MOVE_DOWN_VERBS, MOVE_UP_VERBS } from "../extract/figures/lexicon.ts";

export type Direction = "up" | "down";

const UP: ReadonlySet<string> = new Set([...MOVE_UP_VERBS, "up"]);
const DOWN: ReadonlySet<string> = new Set([...MOVE_DOWN_VERBS, "down"]);
/** Words between "to" and the figure that leave it the move's end: "to almost £3.1bn". */
const HEDGES: ReadonlySet<string> = new Set(["almost", "nearly", "around", "about", "some", "just", "roughly", "approximately", "over", "under", "more", "less", "than"]);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([",", ";", ":", ".", "(", ")"]);
/** How far back from "to" the verb of the move may stand ("almost doubled over five years to"). */
const MAX_WORDS_BACK = 4;
/** How far back the noun of a move may stand from its end in brackets: "increase in the number of children's homes (to". */
const BRACKETED_WORDS_BACK = 10;

/** A move a figure is the end of: its direction, and where its "from" figure starts, when it states one. */
export interface Move {
  direction: Direction;
  /** Character offset of the first token after "from" ("fell from 1,000 in 2022 to 1,200"): the start figure. */
  fromAt?: number;
}

/** The direction of the move `figureText` (at `at` in `sentence`) is the end of, if the sentence says one. */
export function directionTo(sentence: string, figureText: string, at = sentence.indexOf(figureText), wordsBack = MAX_WORDS_BACK): Direction | undefined {
  return moveTo(sentence, figureText, at, wordsBack)?.direction;
}

/** How many tokens "from 8,280 in 2021-22" may span between "from" and the "to" of the move's end. */
const MAX_FROM_SPAN = 10;

/**
 * The "from" of "from 8,280 (in 2021-22) to", before the "to" at `to`, when a figure follows it; else
 * -1. "fell, from 8,280 to 8,010" and "fell only slightly, from …": the verb stands before it.
 */
function fromBefore(tokens: readonly Token[], to: number): number {
  for (let k = to - 1; k >= Math.max(0, to - MAX_FROM_SPAN); k--) {
    const token = tokens[k]!;
    if (token.kind === "punct" && CLAUSE_BREAKS.has(token.text)) return -1;
    if (isWord(token, "to")) return -1;
    if (isWord(token, "from")) return tokens.slice(k + 1, to).some((between) => between.kind === "digits") ? k : -1;
  }
  return -1;
}

/** The move `figureText` (at `at` in `sentence`) is the end of, with where its start figure stands. */
export function moveTo(sentence: string, figureText: string, at = sentence.indexOf(figureText), wordsBack = MAX_WORDS_BACK): Move | undefined {
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
  const from = fromBefore(tokens, i);
  const fromAt = from >= 0 ? tokens[from + 1]!.start : undefined;
  const found = (direction: Direction): Move => (fromAt === undefined ? { direction } : { direction, fromAt });
  // The verb stands before "from", with at most a comma between: "fell, from 8,280 to 8,010".
  let start = from >= 0 ? from : i;
  if (from >= 0 && isPunctAt(tokens, start - 1, ",")) start--;
  // "a 9% increase in the number of children's homes (to 2,880)": the move's end in brackets, the
  // move named by its noun up to a short phrase before.
  const bracketed = from < 0 && isPunctAt(tokens, start - 1, "(");
  if (bracketed) start--;
  let restated = false;
  for (let k = start - 1, words = 0; k >= 0 && words < (bracketed ? BRACKETED_WORDS_BACK : wordsBack); k--) {
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
    if (UP.has(token.lower) || (bracketed && UP_CHANGES.has(token.lower))) return found("up");
    if (DOWN.has(token.lower) || (bracketed && DOWN_CHANGES.has(token.lower))) return found("down");
  }
  return undefined;
}

function isPunctAt(tokens: readonly Token[], at: number, mark: string): boolean {
  return tokens[at]?.kind === "punct" && tokens[at]!.text === mark;
}

/** How far past a figure its comparison may stand: "536 serious incident notifications in 2020-21, up from 449". */
const MAX_WORDS_AFTER = 12;
const UP_CHANGES: ReadonlySet<string> = new Set(["increase", "rise", "jump", "growth", "gain", "surge"]);
const DOWN_CHANGES: ReadonlySet<string> = new Set(["decrease", "fall", "drop", "reduction", "decline", "cut", "loss"]);

/**
 * The move the words after a figure give it: "536 …, up from 449", "down on the year before", "87 more
 * than the previous year", "an increase of 20%". A level stated this way moved as surely as one
 * stated "rose to 536".
 */
export function directionAfter(sentence: string, figureText: string, at = sentence.indexOf(figureText)): Direction | undefined {
  if (at < 0) return undefined;
  const tokens = tokenize(sentence);
  const first = tokens.findIndex((token) => token.start >= at + figureText.length);
  if (first < 0) return undefined;
  for (let k = first; k < Math.min(tokens.length, first + MAX_WORDS_AFTER); k++) {
    const token = tokens[k]!;
    if (token.kind === "punct" && [";", ":", "."].includes(token.text)) return undefined;
    if (isWord(token, "up", "down") && isWord(tokens[k + 1], "from", "on")) return token.lower === "up" ? "up" : "down";
    if (isWord(token, "higher", "lower") && isWord(tokens[k + 1], "than")) return token.lower === "higher" ? "up" : "down";
    if (tokens[k - 1]?.kind === "digits" && isWord(token, "more", "fewer") && isWord(tokens[k + 1], "than")) return token.lower === "more" ? "up" : "down";
    if (isWord(tokens[k - 1], "a", "an") && isWord(tokens[k + 1], "of") && (UP_CHANGES.has(token.lower) || DOWN_CHANGES.has(token.lower))) return UP_CHANGES.has(token.lower) ? "up" : "down";
    // "1,689 orders were applied for, compared with 1,953 in 2014": the earlier number says which way (hry53).
    const own = Number(figureText.replace(/,/g, ""));
    const earlier = tokens[k + 2];
    if (isWord(token, "compared") && isWord(tokens[k + 1], "with", "to") && earlier?.kind === "digits" && Number.isFinite(own) && earlier.value !== own) return own > earlier.value ? "up" : "down";
  }
  return undefined;
}

/** How far back a claim's own verb may stand: a claim says its move plainly ("fell to", "has fallen to"). */
const CLAIM_WORDS_BACK = 2;

/** The move a claim states for its figure, if it states one. */
export function claimedDirection(sentence: string, claimed: { text: string; start: number }): Direction | undefined {
  return claimedMove(sentence, claimed)?.direction;
}

export function claimedMove(sentence: string, claimed: { text: string; start: number }): Move | undefined {
  return moveTo(sentence, claimed.text, claimed.start, CLAIM_WORDS_BACK) ?? movedFromAfter(sentence, claimed);
}

/** "42,615 in 2024, up from 45,370 in 2021": the move stated after the level, with its start figure after "from". */
function movedFromAfter(sentence: string, claimed: { text: string; start: number }): Move | undefined {
  const tokens = tokenize(sentence);
  const first = tokens.findIndex((token) => token.start >= claimed.start + claimed.text.length);
  if (first < 0) return undefined;
  for (let k = first; k < Math.min(tokens.length, first + MAX_WORDS_AFTER); k++) {
    if (isWord(tokens[k], "up", "down") && isWord(tokens[k + 1], "from") && tokens[k + 2] !== undefined) return { direction: tokens[k]!.lower === "up" ? "up" : "down", fromAt: tokens[k + 2]!.start };
    if (tokens[k]!.kind === "punct" && tokens[k]!.text !== ",") return undefined;
  }
  return undefined;
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

/**
 * The one way a claim with no figure of its own says its measure moved ("the number of children in
 * care in Sefton fell in 2022"); undefined when it says none, or both. "up" and "down" alone are left
 * out: "set up", "broken down" move nothing.
 */
export function statedDirection(text: string): Direction | undefined {
  const said = new Set(tokenize(text).flatMap((token) => (token.kind !== "word" || token.lower === "up" || token.lower === "down" ? [] : UP.has(token.lower) ? ["up" as const] : DOWN.has(token.lower) ? ["down" as const] : [])));
  return said.size === 1 ? [...said][0] : undefined;
}

/** A move's words right before a figure: "an increase from 29%", "down from", "fell from". */
const MOVED_FROM = /\b(?:increase|increases|rise|rises|fall|falls|decrease|decreases|drop|drops|decline|declines|up|down|rose|fell|increased|decreased|dropped|declined|improvement|improved)\s+(?:\S+\s+){0,2}?from\s+(?:the\s+)?(?:about|around|just|nearly|almost|some)?\s*$/i;

/**
 * Whether a sentence states a move between two of its figures ("36% …, an increase from 29% in
 * March", "rose from 29% to 36%"): then their different values for one year are a change over it,
 * no disagreement (hry74, hry70).
 */
export function movedBetween(sentence: string, aText: string, bText: string): boolean {
  const at = (text: string) => ({ start: locate(sentence, text), end: locate(sentence, text) + text.length });
  const [a, b] = [at(aText), at(bText)];
  if (a.start < 0 || b.start < 0 || a.start === b.start) return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (MOVED_FROM.test(sentence.slice(Math.max(0, second.start - 60), second.start))) return true;
  return /^\s*to\s*$/.test(sentence.slice(first.end, second.start)) && /\bfrom\s*$/i.test(sentence.slice(Math.max(0, first.start - 10), first.start));
}

/**
 * "Places are up from the 400 offered for the previous cohort": the figure is where a move started,
 * an earlier value; undated, it is no figure for a claim that names no year either (hry83).
 */
export function isEarlierValue(sentence: string, figureText: string): boolean {
  const at = locate(sentence, figureText);
  return at >= 0 && MOVED_FROM.test(sentence.slice(Math.max(0, at - 60), at));
}

/** Where a figure's words stand in its sentence as a whole number: "40" is not the start of "400" nor the end of "1,040". */
function locate(sentence: string, text: string): number {
  const digitAt = (at: number) => /\d/.test(sentence[at] ?? "");
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
    const end = at + text.length;
    const joinedBefore = digitAt(at - 1) || (/[.,]/.test(sentence[at - 1] ?? "") && digitAt(at - 2));
    const joinedAfter = digitAt(end) || (/[.,]/.test(sentence[end] ?? "") && digitAt(end + 1));
    if (!joinedBefore && !joinedAfter) return at;
  }
  return -1;
}
