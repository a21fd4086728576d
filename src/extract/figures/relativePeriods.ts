// Relative periods: "last year", "the previous year", "a year earlier", "this financial year", "last
// September", resolved against the article's date or a year the sentence states (periodOf).

import { looksLikeYear } from "./blocking.ts";
import { isWord, type Token } from "./tokens.ts";
import { MONTH_NAMES } from "./lexicon.ts";

/** A year's last two digits: 2017 → "17". */
export function twoDigits(year: number): string {
  return String(year % 100).padStart(2, "0");
}

export type Relative = "past-year" | "last-year" | "this-year" | "year-before" | "year-after" | "two-years-before" | "three-years-before" | "financial-year-ending-next";

/**
 * Every first word (or digits) a relative phrase below can start with: relativeAt runs at every
 * token of every sentence with a number, and one set lookup turns most tokens away (speed).
 */
const RELATIVE_FIRST: ReadonlySet<string> = new Set(["the", "last", "this", "a", "one", "12", "twelve", "two", "2", "three", "3"]);

/** The full month names (the first twelve of the lexicon's, in the calendar's order) by number. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([...MONTH_NAMES].slice(0, 12).map((name, at) => [name, at + 1]));

export function relativeAt(tokens: readonly Token[], i: number): { relative: Relative; endTok: number } | null {
  const a = tokens[i];
  if (a === undefined || !RELATIVE_FIRST.has(a.lower)) return null;
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  const d = tokens[i + 3];
  if (isWord(a, "the") && isWord(b, "past", "last")) {
    if (isWord(c, "year")) return { relative: "past-year", endTok: i + 3 };
    if (isWord(c, "financial") && isWord(d, "year")) return { relative: "past-year", endTok: i + 4 };
    if ((isWord(c, "twelve") || c?.text === "12") && isWord(d, "months")) return { relative: "past-year", endTok: i + 4 };
    return null;
  }
  // "£816m last financial year", in an August 2018 article: the financial year that has ended, 2017-18.
  if (isWord(a, "last") && isWord(b, "financial") && isWord(c, "year")) return { relative: "past-year", endTok: i + 3 };
  // "last year's 621,000", "the previous year's 2,071": the year before, owning the figure after it (findPeriods marks it possessive).
  if (isWord(a, "last") && isWord(b, "year", "year's", "year’s") && !isWord(tokens[i - 1], "the")) return { relative: "last-year", endTok: i + 2 };
  // "932 complaints the year before", "the previous year": the year before the article's.
  if (isWord(a, "the") && isWord(b, "year") && isWord(c, "before")) return { relative: "year-before", endTok: i + 3 };
  if (isWord(a, "the") && isWord(b, "previous") && isWord(c, "year", "year's", "year’s")) return { relative: "year-before", endTok: i + 3 };
  // "an increase from 601 the previous March", after "at the end of March 2024": that month a year before (hry106).
  if (isWord(a, "the") && isWord(b, "previous") && MONTH_NUMBERS.has(c?.text ?? "")) return { relative: "year-before", endTok: i + 3 };
  // "the same period in the previous financial year when 10,620 applications were received" (hry110).
  if (isWord(a, "the") && isWord(b, "previous") && isWord(c, "financial") && isWord(d, "year", "year's", "year’s")) return { relative: "year-before", endTok: i + 4 };
  if (isWord(a, "this") && isWord(b, "year")) return { relative: "this-year", endTok: i + 2 };
  // "from £145m in 2014-15 to £188m the following year": the year after the one stated before it.
  if (isWord(a, "the") && isWord(b, "following", "next") && isWord(c, "year")) return { relative: "year-after", endTok: i + 3 };
  // ("£9 billion a year on children's care" is a yearly amount: "a year on" is later only where a clause ends, hry60.)
  if (isWord(a, "a", "one") && isWord(b, "year") && (isWord(c, "later") || (isWord(c, "on") && tokens[i + 3]?.kind !== "word"))) return { relative: "year-after", endTok: i + 3 };
  // "up from 18 per cent a year earlier", "a year ago", "12 months before": the year before.
  if (isWord(a, "a", "one") && isWord(b, "year") && isWord(c, "earlier", "ago", "before", "previously")) return { relative: "year-before", endTok: i + 3 };
  if ((a?.text === "12" || isWord(a, "twelve")) && isWord(b, "months") && isWord(c, "earlier", "ago", "before", "previously")) return { relative: "year-before", endTok: i + 3 };
  // "53 per cent two years earlier".
  const back = isWord(a, "two") || a?.text === "2" ? "two-years-before" : isWord(a, "three") || a?.text === "3" ? "three-years-before" : undefined;
  // "in the two years before their inspection" is a stretch of time, not a year.
  if (back && isWord(b, "years") && isWord(c, "earlier", "ago", "before", "previously") && !isWord(tokens[i - 1], "the")) return { relative: back, endTok: i + 3 };
  return null;
}

/**
 * "last September" (or "the end of September") in an article of March 2022 is September 2021; in one
 * of November 2022, September 2022: this year's when the month is already past, else last year's.
 * Needs the article's month.
 */
export function lastMonthAt(tokens: readonly Token[], i: number, articleMonth: number | undefined): { relative: Relative; endTok: number } | null {
  if (articleMonth === undefined) return null;
  // "£148.4m this financial year", in January 2024: 2023-24; in May 2024, 2024-25 (hry55).
  const current = isWord(tokens[i + 1], "current") ? i + 2 : i + 1;
  if ((isWord(tokens[i], "this") || (isWord(tokens[i], "the") && current === i + 2)) && isWord(tokens[current], "financial") && isWord(tokens[current + 1], "year")) {
    return { relative: articleMonth <= 3 ? "past-year" : "financial-year-ending-next", endTok: current + 2 };
  }
  // "at the end of March", with no year, in an article of January 2019: the March that has ended, 2018's.
  const endOf = isWord(tokens[i], "end") && isWord(tokens[i + 1], "of") && !looksLikeYear(tokens[i + 3]);
  if (!isWord(tokens[i], "last") && !endOf) return null;
  const at = endOf ? i + 2 : i + 1;
  const month = MONTH_NUMBERS.get(tokens[at]?.text ?? "");
  if (month === undefined) return null;
  return { relative: month < articleMonth ? "this-year" : "last-year", endTok: at + 1 };
}

/** "double the number for", "twice the level in": right before `i`, a multiple of another year's number. */
export function multipleOfNumber(tokens: readonly Token[], i: number): boolean {
  return isWord(tokens[i - 1], "for", "in", "of") && isWord(tokens[i - 2], "number", "figure", "level", "total", "amount") && isWord(tokens[i - 3], "the") && isWord(tokens[i - 4], "double", "twice", "half", "treble", "triple", "times");
}

/** The period a relative phrase names, given the article's year; undefined without one. */
export function resolveRelative(relative: Relative, articleYear: number | undefined): string | undefined {
  if (articleYear === undefined) return undefined;
  switch (relative) {
    case "past-year":
      return financialYearEnding(articleYear);
    case "financial-year-ending-next":
      return financialYearEnding(articleYear + 1);
    case "last-year":
    case "year-before":
      return String(articleYear - 1);
    case "this-year":
      return String(articleYear);
    case "two-years-before":
      return String(articleYear - 2);
    case "three-years-before":
      return String(articleYear - 3);
    // Only a year stated before it says which year "the following year" follows (periodOf).
    case "year-after":
      return undefined;
  }
}

/** How many years back a relative phrase counts, for the ones that count back from another period. */
export function yearsBack(relative: Relative): number | undefined {
  return relative === "year-before" || relative === "last-year" ? 1 : relative === "year-after" ? -1 : relative === "two-years-before" ? 2 : relative === "three-years-before" ? 3 : undefined;
}

/** The financial or academic year that ends in `year`: 2017 → "2016-17". */
export function financialYearEnding(year: number): string {
  return `${year - 1}-${twoDigits(year)}`;
}

const YEARS_LATER = /\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+) years|a decade|a few years) (?:later|on)\b/i;

/** "Ten years later there were 222": years after a day another sentence gave, which this one cannot date. */
export function yearsLaterBefore(sentence: string, at: number): boolean {
  return YEARS_LATER.test(sentence.slice(0, at));
}
