// Breakdowns. A figure of a breakdown is a part, never the whole: "When broken down by reason for being looked
// after, 47,530 children were identified as having a primary need of abuse or neglect", "Most
// affected are 10 to 15-year-olds, with 24,150 currently in care" (the children in care trial, hry78:
// both supported claims about all children in care). A breakdown by place goes on from the sentence
// before: "… 81% good or better. The midlands had 72%".

import type { FigureMention } from "../types.ts";
import { catalogue } from "./catalogue.ts";
import { measureKey, unitKindOf } from "./same.ts";
import { populationNamed } from "./vocabulary.ts";

/** "When broken down by reason …,", "Split by age,": a sentence that opens by saying it breaks a whole down. */
const BROKEN_DOWN = /^\s*(?:when\s+(?:it\s+is\s+|they\s+are\s+)?)?(?:broken\s+down|split|analysed|analyzed|grouped)\s+by\s+([^,]{3,60}),/i;
/** "10 to 15-year-olds, with 24,150": an age group named right before "…, with" the figure. */
const AGE_GROUP_WITH = /(\b\d{1,2}(?:\s*(?:to|-|–)\s*\d{1,2})?[- ]year[- ]olds?\b|\baged (?:under |over )?\d{1,2}(?:\s*(?:to|-|–)\s*\d{1,2})?)[^.;,]*,\s*with\s+$/i;

/**
 * An age band: "aged 17 and 18", "aged 19 to 21", "19- to 21-year-old", "16-18 year-olds", "aged
 * under 5"; or one named before ("in this age range"). Groups: the band's ends, or the pointer.
 */
const AGE_BAND = /\baged\s+(under|over|between)?\s*(\d{1,2})(?:\s*(?:to|-|–|and)\s*(\d{1,2}))?\b|\b(\d{1,2})(?:-?\s*(?:to|-|–)\s*(\d{1,2}))?[- ]years?[- ]olds?\b|\b(?:this|that|the same|these)\s+age\s+(?:range|group|band)s?\b/i;
/** How far from a figure, in characters, an age band in its phrase may stand. */
const AGE_BAND_REACH = 50;

/** The words right after a figure in its own phrase, up to a comma, colon, full stop or bracket. */
function phraseAfter(sentence: string, end: number): string {
  const after = sentence.slice(end, end + AGE_BAND_REACH);
  return after.slice(0, after.search(/[,;:.()]|$/));
}

/**
 * "3,290 care leavers aged 17 and 18", "10,870 19- to 21-year-old care leavers", "3,060 care leavers
 * in this age range": the ages a count is of, said one way ("aged 17-18") whichever way it is written,
 * so that two bands are two subgroups and neither is all the population (hry117). Only in the
 * figure's own phrase: no comma, semicolon or full stop between.
 */
function ageBandNear(sentence: string, start: number, end: number): string | undefined {
  const before = sentence.slice(Math.max(0, start - AGE_BAND_REACH), start);
  const phrase = `${before.slice(before.search(/[^,;:.()]*$/))}\u0000${phraseAfter(sentence, end)}`;
  const band = AGE_BAND.exec(phrase);
  if (!band) return undefined;
  const [, bound, low, high, lowYears, highYears] = band;
  if (low !== undefined) return bound && bound !== "between" ? `aged ${bound} ${low}` : `aged ${low}${high ? `-${high}` : ""}`;
  if (lowYears !== undefined) return `aged ${lowYears}${highYears ? `-${highYears}` : ""}`;
  return "in an age band named before";
}

/** "From Years 7 to 11, …", "in key stage 4": a school year group or stage (capital "Year": "over the year 12 councils" is no school year). */
const SCHOOL_YEARS = /\b(?:Years?|YEARS?|[Kk]ey [Ss]tage|KS)\s*(\d{1,2})(?:\s*(?:to|-|–|and)\s*(\d{1,2}))?\b/;

/** "From Years 7 to 11, there were 185 looked after children": pupils in some school years, anywhere before the figure or in its phrase (hry117). */
function schoolYearsNear(sentence: string, start: number, end: number): string | undefined {
  const band = SCHOOL_YEARS.exec(sentence.slice(0, start)) ?? SCHOOL_YEARS.exec(phraseAfter(sentence, end));
  if (!band) return undefined;
  const stage = /stage|KS/i.test(band[0]) ? "key stage" : "year";
  return `in ${stage} ${band[1]}${band[2] ? `-${band[2]}` : ""}`;
}

/** "more than 50 miles from home", "outside their local authority", "out of area": placed away from home. */
const PLACED_AWAY = /\b(?:(?:more than|over|at least|up to|within|under)\s+)?\d+\s*(?:miles|mile|km|kilometres)\b|\b(?:outside|beyond)\s+(?:of\s+)?(?:their|the|its|his|her)\s+(?:own\s+|home\s+)?(?:local authority|local authority area|council|council area|borough|county|area|region|boundaries|boundary)\b|\bout[- ]of[- ](?:area|borough|county)\b/i;
/** How far after a figure, in characters, where it is placed may be said. */
const PLACED_REACH = 90;

/** "About 600 children from London are in care more than 50 miles from home": those placed away, a part (hry116). */
function placedAwayNear(sentence: string, end: number): string | undefined {
  const after = sentence.slice(end, end + PLACED_REACH);
  const away = PLACED_AWAY.exec(after.slice(0, after.search(/[;:.()]|,\s+(?:and|but|while|with)\b|$/)));
  return away ? `placed ${away[0].toLowerCase()}` : undefined;
}

/** A word any of the limits below needs: "aged", "age", "year-olds", "Year", "stage", "KS", "miles", "km", "outside", "beyond", "out of". */
const LIMIT_HINT = /aged|age (?:range|group|band)|olds?\b|Years?\b|YEARS?\b|[Ss]tage|KS|miles?\b|km\b|kilometres|outside|beyond|out[- ]of/;

/**
 * The ages, school years or distance from home a figure's phrase limits it to ("aged 19-21", "in
 * year 7-11", "placed more than 50 miles"), said one way, to go with whatever else its subgroup
 * says: "40% of care leavers aged 19-21" is care leavers of those ages. Undefined when it names none.
 */
export function agesOf(sentence: string, start: number, end: number): string | undefined {
  // Most sentences name no age, school year or distance: one test turns them away (ingest's hot path).
  if (!LIMIT_HINT.test(sentence)) return undefined;
  return ageBandNear(sentence, start, end) ?? schoolYearsNear(sentence, start, end) ?? placedAwayNear(sentence, end);
}

/** The part of a breakdown the figure at `start` counts, or undefined when the sentence breaks nothing down before it. */
export function breakdownPart(sentence: string, start: number): string | undefined {
  const before = sentence.slice(0, start);
  const broken = BROKEN_DOWN.exec(before);
  if (broken) return `broken down by ${broken[1]!.trim()}`;
  return AGE_GROUP_WITH.exec(before)?.[1];
}

/**
 * What the previous figure counted, one member at a time: a count's own noun ("780 complaints"),
 * or the population a share is of ("23% of councils" counts councils).
 */
function countedThing(figure: FigureMention): string | undefined {
  if (unitKindOf(figure) === "count" && figure.unit !== "") return populationNamed(figure.unit) ?? figure.unit;
  return figure.measure?.population;
}

/**
 * "932 complaints about 629 providers" after "780 complaints": 629 counts providers, not
 * complaints. A count that names what it counts inherits only a measure that counts the same thing.
 */
export function countsSameThing(mention: FigureMention, previous: FigureMention): boolean {
  if (unitKindOf(mention) !== "count" || mention.unit === "") return true;
  const own = populationNamed(mention.unit) ?? mention.unit;
  return own === countedThing(previous);
}

/**
 * "Inspections in the north resulted in 81% good or better judgements. The midlands had 72% and
 * the south 66%.": a figure with nothing of its own but another place than the previous figure's
 * continues the first figure's breakdown by place: the same kind of number, a place on both, and the
 * sentence before's figures of that kind measuring one thing (hry74: "16 council-run homes … 96 homes in total").
 */
export function continuesByPlace(mention: FigureMention, measuredBefore: readonly FigureMention[], named: boolean): FigureMention {
  // The last figure before; or, when the sentence names the measure's noun again ("the lowest rate"), its last of this kind.
  const previous = named ? measuredBefore.findLast((before) => unitKindOf(before) === unitKindOf(mention)) : measuredBefore.at(-1);
  if (mention.measure || mention.change || !previous?.measure || !previous.geography || !mention.geography || mention.geography === previous.geography) return mention;
  if (unitKindOf(mention) !== unitKindOf(previous) || !countsSameThing(mention, previous)) return mention;
  if (measuredBefore.some((before) => unitKindOf(before) === unitKindOf(mention) && measureKey(before) !== measureKey(previous))) return mention;
  return { ...mention, measure: previous.measure, metric: catalogue().indicator(previous.measure.indicator)?.label ?? previous.measure.indicator };
}

/** "the re-referral rate was 24.7 per cent, … London recorded the lowest rate": a share's noun said again, ranking the places. */
const SHARE_NOUN = /\bthe (?:lowest|highest|largest|smallest|biggest|second[- ](?:lowest|highest)) (rate|proportion|share|percentage)\b/i;

export function namesAgain(sentence: string, before: string): boolean {
  const noun = SHARE_NOUN.exec(sentence)?.[1]?.toLowerCase();
  return noun !== undefined && new RegExp(`\\b${noun}\\b`, "i").test(before);
}
