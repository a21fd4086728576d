// Windows of time a figure may be counted over rather than a year of its own: a quarter or half
// year ("between July and September 2016"), several years ("over the past three years", "over the
// spending review period"). Read by the figure reader (index.ts) to leave such figures undated.

import { MONTH_PATTERN as MONTH } from "./lexicon.ts";
import type { RecognisedNumber } from "./recognise.ts";

/** How many years a window spans, in words or digits. */
const YEARS = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|\d+)`;

/** A window of several years: "over the past three years", "in the last five years". */
export const MULTI_YEAR_WINDOW = new RegExp(String.raw`\b(?:(?:over|in|during|across) the (?:past|last|previous|next|coming) ${YEARS} years|over an? ${YEARS}[- ]year period|over the (?:spending review|parliament|whole) period)\b`, "i");

/** "£1.9 billion allocated over the past 10 years", "over the spending review period to £695 million": the window in the amount's own words, nothing else between (hry63). */
export function ownMoneyWindow(sentence: string, found: RecognisedNumber): boolean {
  const after = sentence.slice(found.end, found.end + 45);
  const before = sentence.slice(Math.max(0, found.start - 45), found.start);
  return (MULTI_YEAR_WINDOW.test(after) && !/\d/.test(after.slice(0, after.search(MULTI_YEAR_WINDOW)))) || (MULTI_YEAR_WINDOW.test(before) && /^\s*(?:[a-z]+\s+)?(?:to|of|at|reached|totalled|worth)?\s*[£$€]?$/.test(before.slice(before.search(MULTI_YEAR_WINDOW)).replace(MULTI_YEAR_WINDOW, "")));
}
// ("£2.6bn over five –": the years left unsaid at a clause's end, hry91.)
const SPREAD_OVER_YEARS = new RegExp(String.raw`^\s*(?:(?:in|of)\s+[a-z]+\s+)?(?:over|across)\s+(?:the\s+(?:next|coming)\s+)?${YEARS}(?:\s+years\b|(?=\s*(?:[–—,;.)]|-\s|$)))`, "i");

/** "£142m in funding over three years": money its own words spread over several years (hry81); not "doubled over five years to £2.9bn". */
export function spreadOverYears(sentence: string, found: RecognisedNumber): boolean {
  return SPREAD_OVER_YEARS.test(sentence.slice(found.end, found.end + 45));
}

/**
 * A window shorter than a year: "the three-month period", "the second quarter", "between July and
 * September"; or a year's count not yet complete: "there has already been 11,513", "still to be recorded" (hry110).
 */
// ("In the past month, 489 newly arrived children were referred": a month's count, never the year's, hry141.
// Not "last week": a count published last week is of whatever period it counts.)
export const SUB_YEAR_WINDOW = new RegExp(`\\b(?:(?:three|six|nine|3|6|9)[- ]month period|(?:the )?(?:first |last |past )?(?:three|six|nine|3|6|9) months (?:up )?to (?:the end of )?${MONTH}|(?:first|second|third|fourth|final|last|latest|same) quarter|quarter (?:one|two|three|four|[1-4])|Q[1-4]|(?:first|second) half of|(?:between|from) ${MONTH} (?:and|to) ${MONTH}|(?:has|have) already (?:been|received|seen|made)|still to be (?:recorded|counted|added|published)|the (?:past|last|previous) (?:month|week|fortnight|few weeks|(?:two|three|six) weeks))\\b`, "i");

/**
 * The part of a year a text names, in words to compare ("first half of", "between april and
 * september"), or undefined when it names none. A year not yet complete ("has already received") or
 * the last few weeks are windows of no fixed place in the year: undefined too.
 */
export function partOfYear(text: string): string | undefined {
  const match = SUB_YEAR_WINDOW.exec(text)?.[0].toLowerCase().replace(/\s+/g, " ").replace(/^the /, "").replace(/^from (\w+) to /, "between $1 and ");
  return match === undefined || /\b(?:already|still|past|last|previous)\b/.test(match) ? undefined : match;
}
