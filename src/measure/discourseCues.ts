// The words that tell whether a sentence goes on from the one before it ("at that point", a bare
// "Seven were …", "The rate increased …") or stands apart from it ("now", "since then", "either … or").
// Read by discourse.ts, which carries measures, periods and places from sentence to sentence.

import { MONTH_PATTERN as MONTH } from "../extract/figures/lexicon.ts";
import type { FigureMention } from "../types.ts";
import { catalogue } from "./catalogue.ts";

/** "Seven were providing inadequate services": a sentence opening on a bare number, whose noun is the last sentence's (past tense only: "Seven are rated inadequate" is now). */
export const ELLIPTICAL_OPENING = /^(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[\d,]*) (?:were|was|had|received|got)\b/;

/** "either … or": a sentence offering two, whose figure is no one measure's. (Two searches: one pattern spanning both backtracks on long text.) */
export function offersEitherOr(sentence: string): boolean {
  const either = sentence.search(/\beither\b/i);
  return either >= 0 && /\bor\b/i.test(sentence.slice(either + 6));
}

/** "The rate increased from 78 per 10,000 … to 148": the place of the sentence before, whose measure the sentence names afresh (hry146). */
export const MOVED_THERE = /^the (?:rate|figure|number|total|proportion|share) (?:has )?(?:increased|rose|risen|fell|fallen|decreased|dropped|went|climbed|grew|more than doubled|doubled)\b/i;

/** "at that point", "at the time", "by then": back to the time the sentence before stated. */
// ("At the time that my review was conducted": a clause says which time; it points back to nothing.)
export const BACK_TO_THAT_TIME = /\b(?:at that (?:point|time|date|stage)|at the time(?! (?:that|when|of)\b)|by then|by that (?:point|time|date))\b/i;

/** "now" between the commas around the figure: "In London, where the rate was 24.5 per cent, some councils are now paying" dates no 24.5. */
export function nowInClause(sentence: string, mention: Pick<FigureMention, "start" | "end">): boolean {
  const end = sentence.indexOf(",", mention.end);
  return NOW.test(sentence.slice(sentence.lastIndexOf(",", mention.start) + 1, end < 0 ? undefined : end));
}

/** A sentence about today ("currently has", "now holds"), or one moving on from the day it states ("since then"). */
export const NOW = /\b(?:currently|now|today|at present)\b/i;
export const SINCE_THEN = /\bsince (?:then|that (?:date|day|point|time))\b/i;
/** "As of September 1": a day of its own with no year, the article's. */
export const DAY_WITHOUT_YEAR = new RegExp(`\\b(?:as (?:of|at)|on)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b(?![\\s,]*\\d{4})`, "i");

const partNamers = new Map<string, RegExp | null>();

/**
 * "the number of beds in council-run children's homes has increased … to 46", "the 60 already
 * available in existing homes run by the county council": a sentence naming the population only as
 * a part of it (a kind before its name, "run by" after), whose figures an article's plain mention of
 * the population must not complete (hry157).
 */
export function namesOnlyAPart(sentence: string, populationId: string): boolean {
  let pattern = partNamers.get(populationId);
  if (pattern === undefined) {
    const population = catalogue().population(populationId);
    const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]");
    const names = population ? population.names.map(escape).join("|") : "";
    const kinds = population ? population.kinds.map(escape).join("|") : "";
    pattern = names ? new RegExp(`\\b(?:(?:${kinds || "(?!)"})\\s+(?:${names})|(?:${names})\\s+(?:run|owned|operated|managed)\\s+by)\\b`, "i") : null;
    partNamers.set(populationId, pattern);
  }
  return pattern !== null && pattern.test(sentence);
}

/** "In Wales, the figure went from 75 to 130 in the same period": the period of the sentence before. */
export const SAME_PERIOD = /\b(?:in|over|during|for|across) the same (?:period|time|years?|timeframe|time frame)\b/i;

/**
 * A figure "in the same period" whose period the sentence before gave no single one of (it spanned
 * "from 2,420 in 2010 to 3,090 in 2018") and that stated no day its data are for: undated, never
 * the article's year (hry162). (After "at the end of September 2024", that day dates them.)
 */
export function undatedInSamePeriod<T extends FigureMention>(mention: T, samePeriod: boolean): T {
  if (!samePeriod || mention.periodFrom !== "article") return mention;
  const { period: _period, periodFrom: _from, ...undated } = mention;
  return undated as T;
}
