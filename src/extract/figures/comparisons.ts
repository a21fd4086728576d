// "rose to 74 from 52", "compares with 16.7 per cent a year earlier", "fewer than the 33 recorded
// 12 months earlier": a sentence that states a figure and the earlier figure it is compared with.
// The earlier figure's period is its own: the figure stated now never takes it, and the earlier
// figure never takes the period of the figure stated now.

import type { RecognisedNumber } from "./recognise.ts";
import { isWord, type Token } from "./tokens.ts";
import { CHANGE_NOUNS, CHANGE_VERBS, CURRENCY_SIGNS, MONTH_NAMES, MOVE_NOUN_FORMS } from "./lexicon.ts";

/** Words between a comparison word and its figure: "from more than 25", "with an average of 16.3", "from a peak of 5,360". */
const BETWEEN: ReadonlySet<string> = new Set(["more", "less", "fewer", "than", "about", "around", "almost", "nearly", "some", "just", "over", "under", "roughly", "approximately", "the", "a", "an", "average", "of", "only", "its", "their", "peak", "high", "low", "record"]);

/**
 * The token before a figure once the hedges and articles in front of it are passed over: "from more
 * than 25" → "from". A "than" after an article compares ("fewer than the 33") and is where it stops.
 */
function wordBefore(tokens: readonly Token[], startTok: number): { at: number; article: boolean } {
  // "from £3.9bn": past the money's sign.
  let at = CURRENCY_SIGNS.has(tokens[startTok - 1]?.text ?? "") ? startTok - 2 : startTok - 1;
  let article = false;
  while (at >= 0 && at >= startTok - 5 && tokens[at]!.kind === "word" && BETWEEN.has(tokens[at]!.lower)) {
    if (isWord(tokens[at], "than")) {
      if (article || !isWord(tokens[at - 1], "more", "less", "fewer")) break;
      at--;
    } else if (isWord(tokens[at], "the", "its", "their")) article = true;
    at--;
  }
  return { at, article };
}

/** "to 74 from 52": a figure after "to" earlier in the sentence is the new value. */
function movedTo(tokens: readonly Token[], before: number, numbers: readonly RecognisedNumber[]): boolean {
  return numbers.some((number) => number.startTok < before && isWord(tokens[wordBefore(tokens, number.startTok).at], "to"));
}

/** A verb of a move anywhere before "from" makes it the value moved from; a noun of one ("an increase from 36% after …") only with a period of its own. */
function changedBefore(tokens: readonly Token[], before: number): boolean {
  for (let at = 0; at < before; at++) if (tokens[at]!.kind === "word" && CHANGE_VERBS.has(tokens[at]!.lower) && !MOVE_NOUN_FORMS.has(tokens[at]!.lower)) return true;
  return false;
}

/** "669 children, a decrease from 764 last year": a change named as a noun right before "from". */
function namedChangeBefore(tokens: readonly Token[], from: number): boolean {
  return isWord(tokens[from - 1], ...CHANGE_NOUNS, "increases", "decreases", "reductions", "falls", "rises");
}

/**
 * "764 last year", "805 in 2023", "71 a year earlier": a period of its own right after the earlier
 * figure. Without one ("an increase from 36% after every council's first inspection") the figure
 * is read with the sentence's period, as the annotation reads an undated figure.
 */
function periodFollows(tokens: readonly Token[], endTok: number): boolean {
  if (isWord(tokens[endTok], "last", "previous") || (isWord(tokens[endTok], "the", "a") && isWord(tokens[endTok + 1], "previous", "year"))) return true;
  return isWord(tokens[endTok], "in", "at", "on", "as", "by") && tokens.slice(endTok + 1, endTok + 5).some((token) => token.kind === "digits" && token.text.length === 4);
}

/**
 * What a figure is to the figure before it: "earlier", the value it is compared with at another time
 * ("up from 52", "compares with 16.7 per cent a year earlier"); "other", the same measure for another
 * group or place ("compared with 82% of children's homes", "against 9 per cent in Yorkshire"), which
 * `namesOwnSubject` says (asked only of a figure after a comparison word); undefined for anything else.
 */
export function comparisonOf(found: RecognisedNumber, tokens: readonly Token[], numbers: readonly RecognisedNumber[], namesOwnSubject: () => boolean): "earlier" | "other" | undefined {
  const { at, article } = wordBefore(tokens, found.startTok);
  const word = tokens[at];
  if (isWord(word, "from")) return changedBefore(tokens, at) || movedTo(tokens, at, numbers) || (namedChangeBefore(tokens, at) && periodFollows(tokens, found.endTok)) ? "earlier" : undefined;
  // "compared with 52", and as often "compared to 5,670 the year before".
  const compares = (isWord(word, "with", "to") && isWord(tokens[at - 1], "compared", "compares", "compare", "comparison")) || isWord(word, "against", "versus", "vs") || (isWord(word, "than") && article);
  if (!compares) return undefined;
  return namesOwnSubject() ? "other" : "earlier";
}

/**
 * "up from 64 in 2018 and 60 in 2015": a figure joined by "and" to an earlier value is one too. Not
 * past a comma: "down from 16 a year earlier, and 90 were good" starts another statement. In place.
 */
export function joinEarlierValues(comparisons: Array<"earlier" | "other" | undefined>, numbers: readonly RecognisedNumber[], tokens: readonly Token[]): void {
  for (let index = 1; index < numbers.length; index++) {
    if (comparisons[index] || comparisons[index - 1] !== "earlier") continue;
    const found = numbers[index]!;
    const between = tokens.slice(numbers[index - 1]!.endTok, found.startTok);
    if (isWord(tokens[found.startTok - 1], "and", "or") && between.length <= 4 && between.every((token) => token.kind !== "punct")) comparisons[index] = "earlier";
  }
}

/**
 * "fell from 19.5 to 17", "rose from 15 to nearly 21": the figure after "to" is the value the one
 * after "from" moved to, so it states the same measure (the other way round from "to 17 from 19.5",
 * where the figure after "from" is the one compared).
 */
export function movedFromTo(tokens: readonly Token[], previous: RecognisedNumber, found: RecognisedNumber): boolean {
  const { at } = wordBefore(tokens, found.startTok);
  return (at === previous.endTok || periodBetween(tokens, previous.endTok, at)) && isWord(tokens[at], "to") && isWord(tokens[wordBefore(tokens, previous.startTok).at], "from");
}

/** "from 2,205 in 2022 to 2,450": the earlier figure's date between it and "to" (at most "at the end of March 2022"). */
function periodBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 6 || !isWord(tokens[from], "in", "at", "on", "as")) return false;
  let year = false;
  for (let at = from + 1; at < to; at++) {
    const token = tokens[at]!;
    if (token.kind === "digits") year ||= token.text.length === 4;
    else if (!(isWord(token, "the", "end", "of", "at") || MONTH_NAMES.has(token.text) || ["-", "/"].includes(token.text))) return false;
  }
  return year;
}

/**
 * "about 870 fewer than in 2021", "higher than at 31 March 2022", "up 3.4 per cent on 2017",
 * "unchanged on 2022/23": a period that belongs to a comparison. ("On 31 March 2023" is a date:
 * there "on" stands before the day, not the year.)
 */
export function isComparisonPeriod(tokens: readonly Token[], period: { start: number; end: number; possessive?: boolean }, explicit: boolean): boolean {
  let at = tokens.findIndex((token) => token.start === period.start) - 1;
  // "a 3% increase on the previous year (2,145)": there the year before is the bracketed figure's.
  if (explicit && isWord(tokens[at], "on")) return true;
  // "2,145 homes, an increase of 74 on the year before", "up on last year": the year compared with, not the level's
  // (but "on the previous year (2,145)" and "on the previous year's 2,071" are the next figure's own: periodOf gives them to it).
  if (!explicit && !period.possessive && isWord(tokens[at], "on", "over") && tokens.find((token) => token.start >= period.end)?.text !== "(") return true;
  // "up 6.1% from 2022", "a fall of 2.7% from 2021": the year a change is measured from (not a
  // span: "rose 6% from 2022 to 2023").
  // ("an increase of 10% (380) from 2018/19": past the bracketed count of the change, hry125.)
  const beforeFrom = tokens[at - 1]?.text === ")" ? tokens.findLastIndex((token, k) => k < at - 1 && token.text === "(") - 1 : at - 1;
  if (explicit && isWord(tokens[at], "from") && (isPercentEnd(tokens[at - 1]) || isPercentEnd(tokens[beforeFrom])) && !isWord(tokens[at + 2], "to")) return true;
  // "60.4 per cent …, slightly up from 2022 (59.1 per cent)": the year of the bracketed earlier figure (hry61).
  if (explicit && isWord(tokens[at], "from") && isWord(tokens[at - 1], "up", "down") && tokens.find((token) => token.start >= period.end)?.text === "(") return true;
  // "80,080 in care – up 2% from the previous year": the year before is what the change is from, not the level's.
  if (!explicit && !period.possessive && isWord(tokens[at], "from") && isPercentEnd(tokens[at - 1])) return true;
  // "10% above the 2020 level", "below the 2019 figure": the year of the level compared with.
  if (explicit && isWord(tokens[at], "the") && isWord(tokens[at - 1], "above", "below", "than", "on", "over", "under", "from", "with") && isWord(tokens.find((token) => token.start >= period.end), "level", "levels", "figure", "figures", "total", "peak")) return true;
  // "5,570, the highest ever, following a fall in 2020-21": the year of an earlier move, not the figure's.
  if (explicit && isWord(tokens[at], "in") && isWord(tokens[at - 1], ...CHANGE_NOUNS, "peak", "dip", "low", "spike") && isWord(tokens[at - 2], "a", "the") && isWord(tokens[at - 3], "following", "after", "since")) return true;
  // "Similar to last year, the North West accounts for a quarter": the year compared with, not the figure's.
  if ((isWord(tokens[at], "to") && isWord(tokens[at - 1], "similar", "compared", "comparable", "identical")) || isWord(tokens[at], "like", "unlike")) return true;
  // "the same share as in 2016-17" compares; "as at 31 March" is a date.
  if ((isWord(tokens[at], "in") && isWord(tokens[at - 1], "as")) || (isWord(tokens[at], "as") && isWord(tokens[at + 1], "in"))) return true;
  // "seven per cent more than on 31 March 2010": back past the day and month to the word before the date.
  if (tokens[at]?.kind === "word" && MONTH_NAMES.has(tokens[at]!.text)) {
    at--;
    if (tokens[at]?.kind === "digits" && tokens[at]!.value <= 31) at--;
  }
  // "an increase of one per cent over the same period last year": the period compared with.
  if (isWord(tokens[at], "period") && isWord(tokens[at - 1], "same")) return true;
  // "higher than the latest (2017-18) national rate of 553": a bracketed year inside the phrase compared with (hry118).
  if (tokens[at]?.text === "(") {
    at--;
    while (isWord(tokens[at], "the", "latest", "most", "recent", "last", "its", "their")) at--;
    if (isWord(tokens[at], "with", "to") && isWord(tokens[at - 1], "compared", "compares")) return true;
    return isWord(tokens[at], "than", "against");
  }
  // "on" before a day, after "than", compares too.
  if (isWord(tokens[at], "in", "at", "for", "during", "on")) at--;
  return isWord(tokens[at], "than");
}

/** The last token of a percentage: "6.1%", "2.7 per cent". */
function isPercentEnd(token: Token | undefined): boolean {
  return token !== undefined && (token.text === "%" || isWord(token, "cent", "percent"));
}
