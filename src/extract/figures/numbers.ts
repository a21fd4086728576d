// Reads one number expression starting at a token: digits ("4,500", "34.2", "3/4", "2 million"),
// words ("one hundred and five", "twenty-one"), fractions ("two thirds", "a quarter") and mixed
// numbers ("five and a half million"). Ratios, percentages and ranges are built on top in recognise.ts.

import { CURRENCY_SIGNS, FRACTION_FOLLOWERS, SCALE_WORDS, VULGAR_FRACTIONS } from "./lexicon.ts";
import { WORD_CLASSES, classifyWord, gluedScale, type ItemClass } from "./numberWords.ts";
import type { OrdinalWord } from "./lexicon.ts";
import { glued, isPunct, isWord, isPlainInteger } from "./tokens.ts";
import type { Token } from "./tokens.ts";

export interface Atom {
  /** For a fraction, the proportion itself (two thirds → 0.666…), not a percentage. */
  value: number;
  kind: "number" | "fraction";
  startTok: number;
  /** Exclusive. */
  endTok: number;
  /** Written in words throughout ("one", "two thirds"), no digits. */
  spelled: boolean;
  money: boolean;
}


/** One number-bearing token in a run of them; hyphens between words are folded into `hyphenBefore`. */
interface RunItem {
  tok: number;
  cls: ItemClass;
  value: number;
  lower: string;
  hyphenBefore: boolean;
  ordinal?: OrdinalWord;
}

interface Parsed {
  value: number;
  kind: "number" | "fraction";
  /** Index into the run just past the last item used. */
  next: number;
}

interface Cardinal {
  value: number;
  next: number;
  /** The largest scale word used (1e6 for "three million"), or 1. */
  scale: number;
}

/** Longer than any number written in words; bounds the work per start token. */
const MAX_RUN = 24;

function startsSmall(item: RunItem | undefined): boolean {
  return item !== undefined && (item.cls === "unit" || item.cls === "teen" || item.cls === "tens" || item.cls === "digits");
}

/** The longest stretch of number-bearing tokens from i, hyphens between words included. */
function collectRun(tokens: readonly Token[], blocked: readonly boolean[], i: number): RunItem[] {
  const items: RunItem[] = [];
  let j = i;
  let hyphenBefore = false;
  while (j < tokens.length && items.length < MAX_RUN && !blocked[j]) {
    const token = tokens[j]!;
    let item: RunItem | null = null;
    if (token.kind === "word") {
      const word = classifyWord(token.lower) ?? gluedScale(tokens, j);
      if (word) item = { tok: j, lower: token.lower, hyphenBefore, ...word };
    } else if (token.kind === "digits" && token.dots <= 1 && Number.isFinite(token.value)) {
      // Digits continue a number only after "hundred", a scale word or "and" ("3 hundred and 21"), and a
      // digit group followed tight by "/" is a slash fraction, read elsewhere.
      const previous = items[items.length - 1];
      const canContinue = previous === undefined || previous.cls === "hundred" || previous.cls === "scale" || previous.cls === "and";
      if (canContinue && !(isPunct(tokens[j + 1], "/") && glued(token, tokens[j + 1]))) {
        item = { tok: j, cls: "digits", value: token.value, lower: token.lower, hyphenBefore: false };
      }
    }
    if (!item) break;
    if (item.cls === "and" && (!tokens[j + 1] || !classifyWord(tokens[j + 1]!.lower) && tokens[j + 1]!.kind !== "digits")) break;
    items.push(item);
    hyphenBefore = false;
    const next = tokens[j + 1];
    if (item.cls !== "digits" && isPunct(next, "-") && tokens[j + 2]?.kind === "word" && classifyWord(tokens[j + 2]!.lower)) {
      hyphenBefore = true;
      j += 2;
    } else {
      j += 1;
    }
  }
  return items;
}

/** Reads a whole number from items[from, limit): "three hundred and two dozens", "4 thousand 3 hundred and 21". */
function parseCardinal(items: readonly RunItem[], from: number, limit: number): Cardinal | null {
  let total = 0;
  let group = 0;
  let small = 0;
  let hasSmall = false;
  let last: ItemClass | "none" | "zero" = "none";
  let lastScale = Number.POSITIVE_INFINITY;
  let best: Cardinal | null = null;
  let k = from;
  if (items[from]?.cls === "a") {
    const following = items[from + 1];
    if (from + 1 >= limit || !following || !["hundred", "scale", "dozen"].includes(following.cls)) return null;
    small = 1;
    hasSmall = true;
    last = "unit";
    k = from + 1;
  }
  for (; k < limit; k++) {
    const item = items[k]!;
    const canStartSmall = !hasSmall && (last === "none" || last === "hundred" || last === "scale" || last === "and");
    let now: ItemClass | "zero" | null = null;
    switch (item.cls) {
      case "unit":
        if (item.value === 0) {
          if (last === "none") { hasSmall = true; now = "zero"; }
        } else if (canStartSmall) { small = item.value; hasSmall = true; now = "unit"; }
        else if (last === "tens") { small += item.value; now = "unit"; }
        break;
      case "teen":
      case "tens":
        if (canStartSmall) { small = item.value; hasSmall = true; now = item.cls; }
        break;
      case "digits":
        if (last === "none") { small = item.value; hasSmall = true; now = "digits"; }
        else if (canStartSmall && Number.isInteger(item.value) && item.value > 0 && item.value < (last === "scale" ? 1000 : 100)) {
          small = item.value; hasSmall = true; now = "digits";
        }
        break;
      case "hundred":
        if (hasSmall && small > 0 && group === 0 && last !== "zero") { group = small * 100; small = 0; hasSmall = false; now = "hundred"; }
        break;
      case "scale":
        if (group + small > 0 && item.value < lastScale && last !== "zero") {
          total += (group + small) * item.value;
          group = 0; small = 0; hasSmall = false; lastScale = item.value; now = "scale";
        }
        break;
      case "dozen":
        if (hasSmall && small > 0 && last !== "dozen") { small *= 12; now = "dozen"; }
        break;
      case "and":
        if ((last === "hundred" || last === "scale") && k + 1 < limit && startsSmall(items[k + 1])) now = "and";
        break;
      default:
        break;
    }
    if (now === null) break;
    // "3 hundred and 2 hundred" is two numbers: a small that would need a second "hundred" in one group ends the first.
    if ((now === "unit" || now === "teen" || now === "tens" || now === "digits") && group > 0 && k + 1 < limit && items[k + 1]?.cls === "hundred") break;
    last = now;
    if (now !== "and") best = { value: total + group + small, next: k + 1, scale: Number.isFinite(lastScale) ? lastScale : 1 };
  }
  return best;
}

/** "two hundred point zero three", "nine point nought four", "two hundred point seventy-one". */
function withSpokenDecimals(items: readonly RunItem[], cardinal: Cardinal, limit: number): Parsed {
  if (items[cardinal.next]?.cls !== "point" || cardinal.next + 1 >= limit) return { value: cardinal.value, kind: "number", next: cardinal.next };
  let digits = "";
  let k = cardinal.next + 1;
  while (k < limit) {
    const item = items[k]!;
    if (item.cls === "unit" || item.cls === "teen") digits += String(item.value);
    else if (item.cls === "tens") {
      const unit = items[k + 1];
      if (unit?.cls === "unit" && unit.value > 0 && k + 1 < limit) { digits += String(item.value + unit.value); k++; }
      else digits += String(item.value / 10);
    } else break;
    k++;
  }
  if (digits === "") return { value: cardinal.value, kind: "number", next: cardinal.next };
  return { value: cardinal.value + Number(`0.${digits}`), kind: "number", next: k };
}

function isUnitOrdinal(ordinal: OrdinalWord, lower: string): boolean {
  return ordinal.value < 10 && !ordinal.scale && !lower.startsWith("half") && !lower.startsWith("quarter");
}

/** Singular "a third", "one fifth" are fractions only where a rank cannot be meant ("a third time" is a rank). */
function readsAsFraction(tokens: readonly Token[], ordinalTok: number): boolean {
  const next = tokens[ordinalTok + 1];
  if (!next) return true;
  if (next.kind === "punct") return !(next.text === "-" && glued(tokens[ordinalTok], next));
  return next.kind === "word" && (FRACTION_FOLLOWERS.has(next.lower) || SCALE_WORDS.has(next.lower));
}

/** "half" alone is a fraction unless it names a part ("the second half", "half-term"). */
function bareHalfIsFraction(tokens: readonly Token[], tok: number): boolean {
  if (isWord(tokens[tok - 1], "the", "first", "second", "other", "final", "latter", "former")) return false;
  const next = tokens[tok + 1];
  return !(isPunct(next, "-") && glued(tokens[tok], next) && tokens[tok + 2]?.kind === "word");
}

/** A fraction or mixed number whose denominator is the ordinal at items[k]. */
function parseFraction(items: readonly RunItem[], from: number, k: number, tokens: readonly Token[]): Parsed | null {
  const ordinalItem = items[k]!;
  const ordinal = ordinalItem.ordinal!;
  const half = ordinalItem.lower === "half";
  if (k === from) {
    if (half && bareHalfIsFraction(tokens, ordinalItem.tok)) return { value: 0.5, kind: "fraction", next: k + 1 };
    if (ordinalItem.lower === "quarter" && items[k + 1]?.cls === "scale") return { value: 0.25, kind: "fraction", next: k + 1 };
    return null;
  }
  const prev = items[k - 1]!;
  // Mixed number: "one and a half", "twenty and three fifths", "one hundred and three quarters".
  if (k - from >= 2 && items[k - 2]!.cls === "and" && (prev.cls === "a" || (prev.cls === "unit" && prev.value > 0))) {
    const whole = parseCardinal(items, from, k - 2);
    const numerator = prev.value;
    if (whole && whole.next === k - 2 && ordinal.plural === (numerator !== 1) && !ordinal.compoundOnly) {
      return { value: mixedValue(whole, numerator / ordinal.value, items[k + 1]), kind: "number", next: items[k + 1]?.cls === "scale" ? k + 2 : k + 1 };
    }
  }
  let split = k;
  let denominator = ordinal.value;
  const unitOrdinal = isUnitOrdinal(ordinal, ordinalItem.lower);
  if (ordinalItem.hyphenBefore && prev.cls === "tens" && unitOrdinal) {
    split = k - 1;
    denominator = prev.value + ordinal.value;
  } else {
    const whole = items[from]!.cls === "a" && k === from + 1 ? { value: 1, next: k, scale: 1 } : parseCardinal(items, from, k)
      ?? (items[from]!.cls === "a" ? { value: 1, next: from + 1, scale: 1 } : null);
    if (!whole) return null;
    if (whole.next === k) {
      // "one hundred thirty fifths" is a hundred thirty-fifths; "one hundred and thirty fifths" is 130 fifths.
      if (unitOrdinal && prev.cls === "tens" && k - 1 > from && items[k - 2]!.cls !== "and") {
        split = k - 1;
        denominator = prev.value + ordinal.value;
      } else if (ordinal.compoundOnly) return null;
    } else {
      // The words before the ordinal hold two numbers: "three | twenty firsts", "one | one hundred fifth".
      const denominatorEnd = items[k - 1]!.cls === "and" ? k - 1 : k;
      const words = parseCardinal(items, whole.next, denominatorEnd);
      if (!words || words.next !== denominatorEnd) return null;
      split = whole.next;
      denominator = ordinal.scale ? words.value * ordinal.value : words.value + ordinal.value;
    }
  }
  if (split <= from || denominator < 2) return null;
  const numerator = items[from]!.cls === "a" && split === from + 1 ? 1 : exactCardinal(items, from, split);
  if (numerator === null || numerator === 0) return null;
  for (let m = from; m < split; m++) if (items[m]!.cls === "digits") return null;
  if (ordinal.plural === (numerator === 1)) return null;
  if (!ordinal.plural && !half && !readsAsFraction(tokens, ordinalItem.tok)) return null;
  return { value: numerator / denominator, kind: "fraction", next: k + 1 };
}

function exactCardinal(items: readonly RunItem[], from: number, to: number): number | null {
  const cardinal = parseCardinal(items, from, to);
  return cardinal && cardinal.next === to ? cardinal.value : null;
}

/** "one million and a half" is 1.5 million; "one hundred and a half" is 100.5; "five and a half million" is 5.5 million. */
function mixedValue(whole: Cardinal, fraction: number, following: RunItem | undefined): number {
  if (following?.cls === "scale") {
    return whole.scale > following.value ? whole.value + fraction * following.value : (whole.value + fraction) * following.value;
  }
  return whole.scale >= 1e6 ? whole.value + fraction * whole.scale : whole.value + fraction;
}

/** Where a failed fraction's cardinal must stop: before "twenty-first" as a whole, before "millionth" alone. */
function ordinalStart(items: readonly RunItem[], k: number): number {
  const prev = items[k - 1];
  const ordinal = items[k]!;
  if (prev?.cls === "tens" && (ordinal.hyphenBefore || isUnitOrdinal(ordinal.ordinal!, ordinal.lower))) return k - 1;
  return k;
}

function parseRun(items: readonly RunItem[], tokens: readonly Token[]): Parsed | null {
  // "half a dozen", "half a million pounds": a count, not half of anything (hry51).
  if (items[0]?.lower === "half" && items[1]?.cls === "a" && (items[2]?.cls === "dozen" || items[2]?.cls === "scale")) return { value: items[2].cls === "dozen" ? 6 : items[2].value / 2, kind: "number", next: 3 };
  const k = items.findIndex((item) => item.cls === "ordinal");
  if (k >= 0) {
    const fraction = parseFraction(items, 0, k, tokens);
    if (fraction) {
      const scale = items[fraction.next]; // "half million", "quarter million": a bare fraction scaled up is a count.
      if (fraction.kind === "fraction" && scale?.cls === "scale") return { value: fraction.value * scale.value, kind: "number", next: fraction.next + 1 };
      return fraction;
    }
  }
  const limit = k >= 0 ? ordinalStart(items, k) : items.length;
  const cardinal = parseCardinal(items, 0, limit);
  return cardinal ? withSpokenDecimals(items, cardinal, limit) : null;
}

function isMoney(tokens: readonly Token[], startTok: number): boolean {
  const before = tokens[startTok - 1];
  return before !== undefined && CURRENCY_SIGNS.has(before.text) && glued(before, tokens[startTok]);
}

function atom(value: number, kind: Atom["kind"], startTok: number, endTok: number, spelled: boolean, tokens: readonly Token[]): Atom {
  return { value, kind, startTok, endTok, spelled, money: isMoney(tokens, startTok) };
}

/** Digits-first shapes the word run cannot see: "3/4", "2 1/4", "2½", "½". */
function parseDigitShapes(tokens: readonly Token[], blocked: readonly boolean[], i: number): Atom | null {
  const token = tokens[i]!;
  const vulgar = VULGAR_FRACTIONS.get(token.text);
  if (token.kind === "punct" && vulgar) return atom(vulgar[0] / vulgar[1], "fraction", i, i + 1, false, tokens);
  if (token.kind !== "digits") return null;
  const slash = tokens[i + 1];
  const below = tokens[i + 2];
  if (isPunct(slash, "/") && glued(token, slash) && glued(slash, below) && !blocked[i + 2] && isPlainInteger(token) && isPlainInteger(below)) {
    return atom(token.value / below!.value, "fraction", i, i + 3, false, tokens);
  }
  const tightVulgar = tokens[i + 1] && glued(token, tokens[i + 1]) ? VULGAR_FRACTIONS.get(tokens[i + 1]!.text) : undefined;
  if (tightVulgar && isPlainInteger(token)) return atom(token.value + tightVulgar[0] / tightVulgar[1], "number", i, i + 2, false, tokens);
  const [top, bar, bottom] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (isPlainInteger(token) && isPlainInteger(top) && !blocked[i + 1] && isPunct(bar, "/") && glued(top, bar) && glued(bar, bottom)
    && isPlainInteger(bottom) && !blocked[i + 3] && top!.value < bottom!.value) {
    return atom(token.value + top!.value / bottom!.value, "number", i, i + 4, false, tokens);
  }
  return null;
}

function parseUnsigned(tokens: readonly Token[], blocked: readonly boolean[], i: number): Atom | null {
  if (!tokens[i] || blocked[i]) return null;
  const shaped = parseDigitShapes(tokens, blocked, i);
  if (shaped) return shaped;
  const items = collectRun(tokens, blocked, i);
  if (items.length === 0) return null;
  const parsed = parseRun(items, tokens);
  if (!parsed || parsed.next === 0) return null;
  const used = items.slice(0, parsed.next);
  let value = parsed.value;
  let kind = parsed.kind;
  let endTok = used[used.length - 1]!.tok + 1;
  // "two thirds of a million"
  const scale = tokens[endTok + 2] ? SCALE_WORDS.get(tokens[endTok + 2]!.lower) : undefined;
  if (kind === "fraction" && isWord(tokens[endTok], "of") && isWord(tokens[endTok + 1], "a") && scale !== undefined && !blocked[endTok + 2]) {
    value *= scale;
    kind = "number";
    endTok += 3;
  }
  return atom(value, kind, i, endTok, used.every((item) => item.cls !== "digits"), tokens);
}

/**
 * False only where parseAtom must return null: a word that is no number word, or punctuation that
 * is neither "-" nor a vulgar fraction. Lets the caller skip most tokens of a sentence outright.
 */
export function mayStartAtom(token: Token): boolean {
  if (token.kind === "digits") return true;
  if (token.kind === "word") return WORD_CLASSES.has(token.lower) || token.lower === "minus" || token.lower === "negative";
  return token.text === "-" || VULGAR_FRACTIONS.has(token.text);
}

/** One number expression starting at token i, with a leading "minus", "negative" or tight "-". */
export function parseAtom(tokens: readonly Token[], blocked: readonly boolean[], i: number): Atom | null {
  const token = tokens[i];
  if (!token || blocked[i]) return null;
  if (isWord(token, "minus", "negative")) {
    const inner = parseUnsigned(tokens, blocked, i + 1);
    return inner ? { ...inner, value: -inner.value, startTok: i } : null;
  }
  if (isPunct(token, "-") && tokens[i + 1]?.kind === "digits" && glued(token, tokens[i + 1])) {
    const before = tokens[i - 1];
    const standsApart = !before || before.end < token.start || isPunct(before, "(");
    if (!standsApart) return null;
    const inner = parseUnsigned(tokens, blocked, i + 1);
    return inner ? { ...inner, value: -inner.value, startTok: i } : null;
  }
  return parseUnsigned(tokens, blocked, i);
}
