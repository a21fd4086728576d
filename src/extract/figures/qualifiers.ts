// Hedging words around a figure ("nearly two thirds", "more than 4,500", "20 or more").

import { isWord } from "./tokens.ts";
import type { Token } from "./tokens.ts";

interface QualifierPhrase {
  words: readonly string[];
  /** How the qualifier is reported; verb forms collapse onto the comparison they state. */
  normalised: string;
}

function phrase(text: string, normalised = text): QualifierPhrase {
  return { words: text.split(" "), normalised };
}

/** Before the number. Longest first, so "just over" wins over "over". */
const LEADING: readonly QualifierPhrase[] = [
  phrase("as high as"), phrase("as low as"), phrase("as many as"), phrase("as few as"), phrase("as much as"),
  phrase("in excess of", "more than"), phrase("well over", "over"), phrase("just over"), phrase("just under"),
  phrase("more than"), phrase("fewer than"), phrase("less than"), phrase("at least"), phrase("at most"),
  phrase("up to"), phrase("close to", "nearly"), phrase("an estimated", "about"),
  phrase("nearly"), phrase("almost"), phrase("over"), phrase("under"), phrase("around"), phrase("about"),
  phrase("approximately"), phrase("roughly"), phrase("only"), phrase("just"),
  phrase("exceeds", "more than"), phrase("exceeded", "more than"), phrase("exceeding", "more than"),
  phrase("above", "more than"), phrase("below", "less than"),
  // "has passed 3,000 for the first time", "topped 80,000": a threshold crossed, a lower bound.
  phrase("passed", "more than"), phrase("topped", "more than"), phrase("surpassed", "more than"),
].sort((a, b) => b.words.length - a.words.length);

/** After the number. */
const TRAILING: readonly QualifierPhrase[] = [
  phrase("or more", "at least"), phrase("or above", "at least"), phrase("and above", "at least"),
  phrase("or fewer", "at most"), phrase("or less", "at most"), phrase("or below", "at most"),
];

/** Phrases grouped by one of their words (first or last), each group in the list's order: a lookup tries only phrases that can match. */
function byWord(phrases: readonly QualifierPhrase[], pick: (words: readonly string[]) => string): ReadonlyMap<string, readonly QualifierPhrase[]> {
  const map = new Map<string, QualifierPhrase[]>();
  for (const candidate of phrases) {
    const key = pick(candidate.words);
    map.set(key, [...(map.get(key) ?? []), candidate]);
  }
  return map;
}

const LEADING_BY_LAST = byWord(LEADING, (words) => words[words.length - 1]!);
const LEADING_BY_FIRST = byWord(LEADING, (words) => words[0]!);
const TRAILING_BY_FIRST = byWord(TRAILING, (words) => words[0]!);

/** The phrases of `groups` whose keyed word is the token at `i`. */
function candidatesAt(groups: ReadonlyMap<string, readonly QualifierPhrase[]>, tokens: readonly Token[], i: number): readonly QualifierPhrase[] {
  const token = tokens[i];
  return token !== undefined && token.kind === "word" ? (groups.get(token.lower) ?? []) : [];
}

function matchesAt(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
  return words.every((word, offset) => isWord(tokens[from + offset], word));
}

/** Before "up to", a verb that makes it a move, not a bound: "has now gone up to 605". */
const MOVED_UP = ["gone", "went", "go", "goes", "going", "shot", "jumped", "crept", "edged", "risen", "rose", "climbed", "moved", "ticked"];

/** The qualifier ending just before token `endTok` (exclusive), if any. */
export function qualifierBefore(tokens: readonly Token[], endTok: number): { normalised: string; startTok: number } | null {
  for (const candidate of candidatesAt(LEADING_BY_LAST, tokens, endTok - 1)) {
    const from = endTok - candidate.words.length;
    if (candidate.normalised === "up to" && isWord(tokens[from - 1], ...MOVED_UP)) continue;
    if (from >= 0 && matchesAt(tokens, from, candidate.words)) return { normalised: candidate.normalised, startTok: from };
  }
  return null;
}

/** The qualifier starting at token `startTok`, if any. */
export function qualifierAt(tokens: readonly Token[], startTok: number): { normalised: string; endTok: number } | null {
  for (const candidate of candidatesAt(LEADING_BY_FIRST, tokens, startTok)) {
    if (matchesAt(tokens, startTok, candidate.words)) return { normalised: candidate.normalised, endTok: startTok + candidate.words.length };
  }
  return null;
}

export function qualifierAfter(tokens: readonly Token[], startTok: number): string | null {
  for (const candidate of candidatesAt(TRAILING_BY_FIRST, tokens, startTok)) {
    if (matchesAt(tokens, startTok, candidate.words)) return candidate.normalised;
  }
  return null;
}
