// Builds figures out of single number expressions: percentages ("34.2 per cent"), ratios
// ("one in every seven", "Four out of 5"), ranges ("between 10 and 20 per cent",
// "from 7 in some areas, to as high as 34") and plain numbers and fractions.

import { findBlockedTokens } from "./blocking.ts";
import { CHANGE_NOUNS, CHANGE_VERBS, MONTH_NAMES, PERCENT_WORDS, PRONOUN_ONE_DETERMINERS } from "./lexicon.ts";
import { mayStartAtom, parseAtom } from "./numbers.ts";
import type { Atom } from "./numbers.ts";
import { qualifierAt } from "./qualifiers.ts";
import { glued, isLowerCase, isPunct, isWord, tokenize } from "./tokens.ts";
import type { Token } from "./tokens.ts";

export type NumberKind = "number" | "percent" | "ratio" | "fraction" | "range";

/**
 * One number expression. Offsets are UTF-16 indices, `end` exclusive, and `text === input.slice(start, end)`.
 * Percentages, ratios and fractions carry their value as a percentage (one in seven → 14.285…).
 */
export interface NumberMention {
  kind: NumberKind;
  value: number;
  /** Ranges only: the upper bound. */
  upper?: number;
  text: string;
  start: number;
  end: number;
}

/** What extractFigures needs beyond the public mention. */
export interface RecognisedNumber extends NumberMention {
  startTok: number;
  /** Exclusive. */
  endTok: number;
  /** Percent, ratio, fraction, or a range of those. */
  proportion: boolean;
  /** "3 percentage points": a difference between percentages, not a share. */
  percentagePoints: boolean;
  /** Written after a currency sign ("£15"). Kept here because Recognizers-Text counts "$20" as a number. */
  money: boolean;
  /** A range's own qualifier on its upper bound ("to as high as 34"). */
  upperQualifier?: string;
  /** A lone spelled "one", which is often no count at all ("one of the key factors"). */
  loneOne: boolean;
}

export interface Recognition {
  tokens: readonly Token[];
  numbers: RecognisedNumber[];
}

interface Quantity {
  atom: Atom;
  percent: boolean;
  points: boolean;
  endTok: number;
}

const RANGE_DASHES = ["-", "–", "—", "~"];
const MAX_FROM_TO_GAP = 6;

function percentSuffix(tokens: readonly Token[], j: number): { endTok: number; points: boolean } | null {
  const next = tokens[j];
  const before = tokens[j - 1];
  if (isPunct(next, "%")) return before && next!.start - before.end <= 1 ? { endTok: j + 1, points: false } : null;
  if (isWord(next, "per") && isWord(tokens[j + 1], "cent")) return { endTok: j + 2, points: false };
  if (next?.kind === "word" && PERCENT_WORDS.has(next.lower)) {
    const points = next.lower.startsWith("percentage") && isWord(tokens[j + 1], "point", "points");
    return { endTok: points ? j + 2 : j + 1, points };
  }
  return null;
}

function parseQuantity(tokens: readonly Token[], blocked: readonly boolean[], i: number): Quantity | null {
  const atom = parseAtom(tokens, blocked, i);
  if (!atom) return null;
  const suffix = atom.money ? null : percentSuffix(tokens, atom.endTok);
  return { atom, percent: suffix !== null, points: suffix?.points ?? false, endTok: suffix?.endTok ?? atom.endTok };
}

function changeVerbBefore(tokens: readonly Token[], i: number): boolean {
  // "more than doubled in a year, from 13 to 30": the verb may stand a few words and a comma back,
  // but not past the end of another clause.
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const token = tokens[k]!;
    if (token.kind === "punct" && token.text !== ",") return false;
    if (token.kind === "word" && CHANGE_VERBS.has(token.lower)) return true;
  }
  // "an increase in the number of children's homes registered to provide one bed, from 106 to 164":
  // a change named as a noun governs its "from … to" however long the phrase it changes.
  for (let k = i - 1; k >= Math.max(1, i - MAX_CHANGE_NOUN_REACH); k--) {
    const token = tokens[k]!;
    if (token.kind === "punct" && token.text !== "," && token.text !== "'" && token.text !== "’") return false;
    // ("a consistent increase in the number of section 47 enquiries, from 89,300 to 185,450": an adjective between, hry77.)
    const article = isWord(tokens[k - 1], "a", "an", "the") || (tokens[k - 1]?.kind === "word" && isWord(tokens[k - 2], "a", "an", "the"));
    if (isWord(token, ...CHANGE_NOUNS) && article && isWord(tokens[k + 1], "in")) return true;
  }
  return false;
}

/** How far back a change named as a noun ("a rise in …") may stand from its "from". */
const MAX_CHANGE_NOUN_REACH = 30;

function span(text: string, tokens: readonly Token[], startTok: number, endTok: number): Pick<NumberMention, "text" | "start" | "end"> {
  const start = tokens[startTok]!.start;
  const end = tokens[endTok - 1]!.end;
  return { text: text.slice(start, end), start, end };
}

function single(text: string, tokens: readonly Token[], q: Quantity): RecognisedNumber {
  const { atom } = q;
  const fraction = atom.kind === "fraction" && !q.percent;
  const only = tokens[atom.startTok]!;
  return {
    kind: q.percent ? "percent" : fraction ? "fraction" : "number",
    value: fraction ? atom.value * 100 : atom.value,
    ...span(text, tokens, atom.startTok, q.endTok),
    startTok: atom.startTok,
    endTok: q.endTok,
    proportion: q.percent || fraction,
    percentagePoints: q.points,
    money: atom.money,
    loneOne: atom.endTok - atom.startTok === 1 && only.lower === "one" && !q.percent,
  };
}

function rangeOf(text: string, tokens: readonly Token[], startTok: number, low: Quantity, high: Quantity, upperQualifier?: string): RecognisedNumber | null {
  if (low.atom.kind !== high.atom.kind || !(high.atom.value > low.atom.value)) return null;
  const percent = low.percent || high.percent;
  const scale = low.atom.kind === "fraction" && !percent ? 100 : 1;
  const range: RecognisedNumber = {
    kind: "range",
    value: low.atom.value * scale,
    upper: high.atom.value * scale,
    ...span(text, tokens, startTok, high.endTok),
    startTok,
    endTok: high.endTok,
    proportion: percent || scale === 100,
    percentagePoints: low.points || high.points,
    money: low.atom.money,
    loneOne: false,
  };
  if (upperQualifier) range.upperQualifier = upperQualifier;
  return range;
}

/** Words that open another clause: "from X …, while Y … to Z" is no range. */
const RANGE_BREAKS: ReadonlySet<string> = new Set(["while", "whereas", "but", "although", "though", "and", "which", "when", "as", "edged", "eased", "crept", "slipped"]);

/** "between 10 and 20 per cent", "from 7 in some areas, to as high as 34". */
function keywordRange(text: string, tokens: readonly Token[], blocked: readonly boolean[], i: number): RecognisedNumber | null {
  const key = tokens[i];
  if (isWord(key, "between")) {
    const low = parseQuantity(tokens, blocked, i + 1);
    if (!low || !isWord(tokens[low.endTok], "and")) return null;
    const high = parseQuantity(tokens, blocked, low.endTok + 1);
    return high ? rangeOf(text, tokens, i, low, high) : null;
  }
  if (!isWord(key, "from") || changeVerbBefore(tokens, i)) return null;
  const low = parseQuantity(tokens, blocked, i + 1);
  if (!low) return null;
  let j = low.endTok;
  for (let gap = 0; !isWord(tokens[j], "to"); gap++, j++) {
    const token = tokens[j];
    if (!token || gap >= MAX_FROM_TO_GAP || blocked[j] || !(token.kind === "word" || isPunct(token, ","))) return null;
    // "fell to 11.8 per cent from 13.9 per cent, while caseloads edged down to 15.2": another clause, another figure.
    if (token.kind === "word" && (RANGE_BREAKS.has(token.lower) || CHANGE_VERBS.has(token.lower))) return null;
  }
  const qualifier = qualifierAt(tokens, j + 1);
  const high = parseQuantity(tokens, blocked, qualifier ? qualifier.endTok : j + 1);
  return high ? rangeOf(text, tokens, i, low, high, qualifier?.normalised) : null;
}

/** "one in seven", "one in every seven", "Four out of 5": the share as a percentage. */
function ratio(text: string, tokens: readonly Token[], blocked: readonly boolean[], q: Quantity): RecognisedNumber | null {
  const top = q.atom;
  if (q.percent || top.kind !== "number" || top.money || !Number.isInteger(top.value) || top.value < 1) return null;
  let j = q.endTok;
  // "one council in eight", "one child in five": the counted noun inside the ratio.
  const noun = tokens[j];
  if (noun?.kind === "word" && isLowerCase(noun) && !isWord(noun, "in", "out", "of", "the", "a", "and", "or", "per") && isWord(tokens[j + 1], "in") && !blocked[j]) j += 1;
  if (isWord(tokens[j], "in")) j += 1;
  else if (isWord(tokens[j], "out") && isWord(tokens[j + 1], "of")) j += 2;
  else return null;
  if (isWord(tokens[j], "every", "each")) j += 1;
  const bottom = parseAtom(tokens, blocked, j);
  if (!bottom || bottom.kind !== "number" || bottom.money || !Number.isInteger(bottom.value)) return null;
  // "12 in six boxes" and "8 in 5" are two counts, not a share.
  if (bottom.value < 2 || bottom.value < top.value || percentSuffix(tokens, bottom.endTok)) return null;
  // "67 children in every 10,000" is a rate per head, not a share of 0.67 %.
  if (bottom.value >= 1000 && top.value > 1) return null;
  return {
    kind: "ratio",
    value: (top.value / bottom.value) * 100,
    ...span(text, tokens, top.startTok, bottom.endTok),
    startTok: top.startTok,
    endTok: bottom.endTok,
    proportion: true,
    percentagePoints: false,
    money: false,
    loneOne: false,
  };
}

/** "1000-5000", "20~100", "20 through 100", "10 to 20 per cent". */
function bareRange(text: string, tokens: readonly Token[], blocked: readonly boolean[], low: Quantity): RecognisedNumber | null {
  const sep = tokens[low.endTok];
  const dash = sep?.kind === "punct" && RANGE_DASHES.includes(sep.text);
  if (dash) {
    if (low.atom.spelled) return null;
  } else if (isWord(sep, "to", "through")) {
    // After "from", only keywordRange may pair the two; if it declined ("rose from 17 to 20") they stay apart.
    // ("leapt by 34 per cent to 1,258": a change by one, then the level reached, hry110.)
    if (isWord(tokens[low.atom.startTok - 1], "from", "by") || changeVerbBefore(tokens, low.atom.startTok)) return null;
  } else {
    return null;
  }
  const high = parseQuantity(tokens, blocked, low.endTok + 1);
  if (!high || (dash && high.atom.spelled)) return null;
  // "while 31 – 52.5 per cent – received …": a count, then in a spaced dash that another closes, its
  // share: an aside restating it (hry151). ("Caseloads of 15 – 20 – the level …": one kind, a range.)
  if (dash && !low.percent && high.percent && !glued(tokens[low.endTok - 1], sep) && isPunct(tokens[high.endTok], ...RANGE_DASHES)) return null;
  return rangeOf(text, tokens, low.atom.startTok, low, high);
}

function isPronounOne(tokens: readonly Token[], mention: RecognisedNumber): boolean {
  if (!mention.loneOne) return false;
  const before = tokens[mention.startTok - 1];
  return (before?.kind === "word" && PRONOUN_ONE_DETERMINERS.has(before.lower)) || isWord(tokens[mention.endTok], "another");
}

/**
 * "rose from 17 to 20 per cent", "rates of 25.5 and 25.8 per cent respectively": the "per cent" after
 * the second number applies to the first too.
 */
function sharesPercentWithNext(tokens: readonly Token[], blocked: readonly boolean[], q: Quantity): boolean {
  if (q.percent || q.atom.kind !== "number" || q.atom.money || !isWord(tokens[q.endTok], "to", "and", "or")) return false;
  const next = parseQuantity(tokens, blocked, q.endTok + 1);
  return next !== null && next.percent && !next.atom.money;
}

function figureAt(text: string, tokens: readonly Token[], blocked: readonly boolean[], i: number): RecognisedNumber | "skip" | null {
  const ranged = keywordRange(text, tokens, blocked, i);
  if (ranged) return ranged;
  const parsed = parseQuantity(tokens, blocked, i);
  if (!parsed) return null;
  const q = sharesPercentWithNext(tokens, blocked, parsed) ? { ...parsed, percent: true } : parsed;
  const found = ratio(text, tokens, blocked, q) ?? bareRange(text, tokens, blocked, q) ?? single(text, tokens, q);
  return isPronounOne(tokens, found) || inProperName(tokens, found) ? "skip" : found;
}

/**
 * "a Four Seasons situation", "the Two Rivers academy": a spelled number capitalised inside a
 * sentence, before another capitalised word, is part of a name (hry128). (At a sentence's start every
 * word is capitalised: "Four councils …" stays a figure.)
 */
function inProperName(tokens: readonly Token[], mention: RecognisedNumber): boolean {
  const first = tokens[mention.startTok];
  const next = tokens[mention.endTok];
  if (mention.startTok === 0 || first?.kind !== "word" || !/^[A-Z][a-z]/.test(first.text) || next?.kind !== "word") return false;
  // ("Ofsted Rates Three Councils Inadequate": a headline in title case capitalises every word.)
  const words = tokens.filter((token) => token.kind === "word");
  if (words.filter((token) => /^[A-Z]/.test(token.text)).length * 3 >= words.length * 2) return false;
  return /^[A-Z][a-z]/.test(next.text) && !MONTH_NAMES.has(next.lower) && !/^(?:Per|Of)$/.test(next.text) && !/["“‘(:]$/.test(tokens[mention.startTok - 1]?.text ?? "");
}

/** The tokens and every number expression in `text`, with the extra facts extractFigures needs. */
export function recogniseTokens(text: string): Recognition {
  const tokens = tokenize(text);
  const blocked = findBlockedTokens(text, tokens);
  const numbers: RecognisedNumber[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const candidate = !blocked[i] && (mayStartAtom(token) || isWord(token, "between", "from"));
    const found = candidate ? figureAt(text, tokens, blocked, i) : null;
    if (found === null || found === "skip") {
      i += 1;
      continue;
    }
    numbers.push(found);
    i = Math.max(found.endTok, i + 1);
  }
  return { tokens, numbers };
}

/**
 * Every number expression in `text`. Years, dates, times, phone numbers, codes and URLs are never
 * returned; amounts after a currency sign are (kind "number"), and extractFigures drops them.
 */
export function recogniseNumbers(text: string): NumberMention[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    return recogniseTokens(text).numbers.map(({ kind, value, upper, text: words, start, end }) =>
      upper === undefined ? { kind, value, text: words, start, end } : { kind, value, upper, text: words, start, end });
  } catch {
    return [];
  }
}
