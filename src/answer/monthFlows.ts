// One month's count of a flow ("In February 2015, Cafcass received 954 care applications") is no
// count for its year, nor evidence about another month's (hry110). Such figures keep their year
// (reporters and the annotations date them so), and check reads the month from the sentence here.

import { MONTH_PATTERN as MONTH } from "../extract/figures/lexicon.ts";
import { catalogue } from "../measure/index.ts";
import type { Figure } from "../types.ts";

const IN_MONTH = new RegExp(`\\b(?:in|during) (${MONTH}) ((?:19|20)\\d\\d)\\b`, "gi");

/** "in August 2016" in a claim: the month it is about, as "august 2016". */
export function claimedMonth(claimText: string): string | undefined {
  const found = [...claimText.matchAll(IN_MONTH)];
  return found.length === 1 ? `${found[0]![1]!.toLowerCase()} ${found[0]![2]}` : undefined;
}

/** The one month a figure of a flow the catalogue counts over a period is for, when its sentence says so. */
export function monthOfFlow(figure: Figure): string | undefined {
  if (!countedOverPeriod(figure)) return undefined;
  const found = [...figure.sentence.matchAll(IN_MONTH)];
  if (found.length !== 1 || found[0]![2] !== figure.period) return undefined;
  return `${found[0]![1]!.toLowerCase()} ${found[0]![2]}`;
}

/** The catalogue counts the figure's indicator over a period (care applications, referrals), not at a day or by grade. */
function countedOverPeriod(figure: Figure): boolean {
  return figure.measure !== undefined && catalogue().indicator(figure.measure.indicator)?.basis === "flow";
}

/**
 * A figure that can speak to the claim's month (or, for a claim of a whole period, is no one
 * month's). Stocks and grades are read as before: "in March 2016" there names a day's count.
 */
export function fitsClaimedMonth(figure: Figure, month: string | undefined): boolean {
  if (!countedOverPeriod(figure)) return true;
  const own = monthOfFlow(figure);
  return month === undefined ? own === undefined : own === month;
}
