// One month's count of a flow ("In February 2015, Cafcass received 954 care applications") is no
// count for its year, nor evidence about another month's (hry110). Such figures keep their year
// (reporters and the annotations date them so), and check reads the month from the sentence here.

import { MONTH_PATTERN as MONTH } from "../extract/figures/lexicon.ts";
import { catalogue } from "../measure/index.ts";
import type { Figure } from "../types.ts";

const IN_MONTH = new RegExp(`\\b(?:in|during) (${MONTH}) ((?:19|20)\\d\\d)\\b`, "gi");

/** The one month and year a text names in `pattern`'s way (month, then year), as "august 2016", or undefined. */
function oneMonthIn(text: string, pattern = IN_MONTH): { month: string; year: string } | undefined {
  const found = [...text.matchAll(pattern)];
  return found.length === 1 ? { month: `${found[0]![1]!.toLowerCase()} ${found[0]![2]}`, year: found[0]![2]! } : undefined;
}

const IN_MONTH_ALONE = new RegExp(`\\b(?:in|during) (${MONTH})\\b(?![\\s,]*(?:\\d|of \\d))`, "gi");

/** "in June", no year: the month of `year`, when the text names exactly one. */
function monthWithoutYear(text: string, year: string): { month: string; year: string } | undefined {
  const found = [...text.matchAll(IN_MONTH_ALONE)];
  return found.length === 1 ? { month: `${found[0]![1]!.toLowerCase()} ${year}`, year } : undefined;
}

/**
 * "in August 2016" in a claim, or a day of it ("at 30 September 2016", "as at 31 March 2017"): the
 * month it is about, as "august 2016". (hry136: 79% at 31 March 2016 supported a claim of 30 September.)
 */
export function claimedMonth(claimText: string): string | undefined {
  return (oneMonthIn(claimText) ?? oneMonthIn(claimText, CLAIMED_DAY))?.month;
}

/** A day a claim names its figure for: "at 30 September 2016", "as at 31 March 2017" (not "by March 2019", a deadline). */
const CLAIMED_DAY = new RegExp(`\\b(?:as at|as of|at the end of|at|on)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH})\\s+((?:19|20)\\d\\d)\\b`, "gi");

const ON_DAY = new RegExp(`\\b(?:as at|as of|at the end of|at|on|by)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH})\\s+((?:19|20)\\d\\d)\\b`, "gi");

/**
 * "36% in March 2017" against "As at 31 October 2017, 36% …": a count on one day of the year is no
 * count on a day of another month of it (hry120). Only when the sentence names one such day.
 */
function fitsClaimedDay(figure: Figure, month: string): boolean {
  const day = oneMonthIn(figure.sentence, ON_DAY);
  return !day || day.year !== figure.period || day.month === month;
}

/** The catalogue counts the figure's indicator over a period (care applications, referrals), not at a day or by grade. */
function countedOverPeriod(figure: Figure): boolean {
  return figure.measure !== undefined && catalogue().indicator(figure.measure.indicator)?.basis === "flow";
}

/**
 * A figure that can speak to the claim's month (or, for a claim of a whole period, is no one
 * month's). A stock or a grade counted on a day of another month of the year cannot.
 */
export function fitsClaimedMonth(figure: Figure, month: string | undefined): boolean {
  if (!countedOverPeriod(figure)) return month === undefined || fitsClaimedDay(figure, month);
  // The one month its sentence says the flow was counted over, of the figure's own year. ("received
  // … in June", in a 2019 story: June of the article's year, hry133: it was taken for 2019's total.)
  const named = oneMonthIn(figure.sentence) ?? (figure.periodFrom === "article" && figure.period ? monthWithoutYear(figure.sentence, figure.period) : undefined);
  const own = named && named.year === figure.period ? named.month : undefined;
  return month === undefined ? own === undefined : own === month;
}

const END_OF_MARCH = /\b(?:31(?:st)? March|March 31(?:st)?),? ((?:19|20)\d\d)\b/i;

/**
 * "As at 31 March 2018, there were 2,209 children's homes": the last day of 2017-18, no count for
 * 2018-19, though the calendar year 2018 overlaps both (hry157). For a claim of a financial year only.
 */
export function dayBeforeClaimedYear(figure: Pick<Figure, "sentence" | "period">, claimedPeriod: string | undefined): boolean {
  const split = /^(\d{4})-\d{2}$/.exec(claimedPeriod ?? "");
  if (!split) return false;
  const day = END_OF_MARCH.exec(figure.sentence);
  return day !== null && day[1] === figure.period && Number(day[1]) === Number(split[1]);
}
