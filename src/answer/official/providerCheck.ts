// A claim about how many providers of one kind hold a grade ("91% of independent fostering agencies
// were good or outstanding in March 2023", "41 fostering agencies were outstanding"), or how many are
// registered and their places ("2,209 children's homes in 2018"), checked against Ofsted's
// providers-by-grade and providers-and-places tables: the counts at 31 March of the claim's year, summed over a
// combination's grades; a share is of the providers with a grade (those inspected), as Ofsted states
// it. Anything else (a subgroup, a judgement area, a region, a year the tables do not hold, a claim
// with no year) is left to the articles.

import type { Archive } from "../../archive/buildArchive.ts";
import { describeFigure, isBound, oneDecimal, valuesAgree, withinBound } from "../../archive/compare.ts";
import { catalogue } from "../../measure/catalogue.ts";
import { MONTH_PATTERN } from "../../extract/figures/lexicon.ts";
import { periodRange } from "../../measure/periods.ts";
import { placesCompatible, subgroupKey, unitKindOf } from "../../measure/same.ts";
import { aspectOfKind } from "../../statistics/ofstedProviders.ts";
import type { ClaimCheck, FigureMention, OfficialFigure } from "../../types.ts";
import { releaseCitation } from "./format.ts";
import { claimPlaceOf } from "../claimPlace.ts";
import { memo } from "../views.ts";

/** The grades a provider holds when inspected: the denominator of a share "rated good or better". */
const GRADES = ["outstanding", "good", "requires-improvement", "inadequate"];

/**
 * National provider counts by grade, by population and year, one table per kind within the kind
 * ("secure children's homes" apart from all children's homes): built once per archive, not per claim.
 */
const gradeTables = memo((archive: Archive) => {
  const tables = new Map<string, Map<string, OfficialFigure[]>>();
  for (const figure of archive.official) {
    if (figure.level !== "national" || figure.value === null || figure.measure.population === "councils" || !GRADES.includes(figure.measure.indicator) || figure.measure.subgroup) continue;
    const key = `${figure.measure.population}|${figure.period}`;
    const byKind = tables.get(key) ?? new Map<string, OfficialFigure[]>();
    const kind = figure.measure.aspect ?? "";
    byKind.set(kind, [...(byKind.get(kind) ?? []), figure]);
    tables.set(key, byKind);
  }
  return tables;
});

/**
 * The national counts by grade for one kind of provider on 31 March of `year`: the table of all of
 * them, or the only table there is ("independent fostering agencies" is how Ofsted counts agencies).
 */
function countsFor(archive: Archive, population: string, year: number): Map<string, OfficialFigure> | undefined {
  const byKind = gradeTables(archive).get(`${population}|${year}`);
  const table = byKind?.get("") ?? (byKind?.size === 1 ? [...byKind.values()][0] : undefined);
  const byGrade = new Map<string, OfficialFigure>();
  for (const figure of table ?? []) {
    // Two tables for one kind would mix: then the record does not settle it.
    const other = byGrade.get(figure.measure.indicator);
    if (other && other.value !== figure.value) return undefined;
    byGrade.set(figure.measure.indicator, figure);
  }
  return GRADES.every((grade) => byGrade.has(grade)) ? byGrade : undefined;
}

/** Counts of providers the time series holds beside the grades: how many were registered, and their places. */
const COUNTS = ["registered", "places"];

/**
 * Providers counted on another day than 31 March (Ofsted's August figures), or another way (without
 * secure or short-break homes), differ by the months between or the kinds left out: within this share
 * of the record's figure the record does not settle a different count, and the articles decide.
 */
const OTHER_COUNT_MARGIN = 0.1;

/** The day the tables count on, named in a claim: "at 31 March 2018", "as at the end of March". */
const AT_YEAR_END = /\b(?:at|as at|as of|on|by)\s+(?:the end of\s+)?(?:31(?:st)?\s+)?March\b/i;
/** A day of a month other than March in the claim: "at 30 September 2017", "in August 2023". */
const OTHER_DAY = new RegExp(`\\b(?!March\\b)${MONTH_PATTERN}\\s+(?:19|20)\\d\\d\\b`);

/** National counts of providers (registered, places) by population and year. */
const countTables = memo((archive: Archive) => {
  const tables = new Map<string, OfficialFigure>();
  for (const figure of archive.official) {
    if (figure.level !== "national" || figure.value === null || !COUNTS.includes(figure.measure.indicator) || figure.measure.subgroup) continue;
    tables.set(`${figure.measure.indicator}|${figure.measure.population}|${figure.measure.aspect ?? ""}|${figure.period}`, figure);
  }
  return tables;
});

/** "There were 2,209 children's homes in 2018", "11,664 places": the providers' time series on 31 March of the claim's year. */
function checkProviderCount(archive: Archive, claimed: FigureMention, indicator: string, population: string, kind: string | undefined, year: number): ClaimCheck | undefined {
  const official = countTables(archive).get(`${indicator}|${population}|${kind ?? ""}|${year}`);
  // The series is a stock on 31 March: "368 children's homes were registered in 2022-23" is the year's new ones.
  if (!official || unitKindOf(claimed) !== "count" || (claimed.measure?.basis !== undefined && claimed.measure.basis !== "stock")) return undefined;
  const label = kind ?? catalogue().population(population)?.label ?? population;
  const words = `${official.value!.toLocaleString("en-GB")} ${indicator === "places" ? `places in ${label}` : `${label} registered`} ${official.periodLabel} (${releaseCitation(official.source)})`;
  const compared = { value: official.value!, unit: claimed.unit, text: String(official.value) };
  if (!isBound(claimed) && !valuesAgree(claimed, compared) && Math.abs(claimed.value - official.value!) <= OTHER_COUNT_MARGIN * official.value!) return undefined;
  return againstRecord(claimed, compared, words);
}

/** A claimed figure against the record's: a bound it lies within or outside, the same value, or another. */
function againstRecord(claimed: FigureMention, official: Pick<FigureMention, "value" | "unit" | "text">, words: string): ClaimCheck {
  const claim = describeFigure(claimed);
  if (isBound(claimed)) {
    if (withinBound(claimed, official)) return { claimed, verdict: "unverified", reason: `${claim} is a bound; the official statistics say ${words}, which it neither confirms nor rules out as a figure.`, evidence: [] };
    return { claimed, verdict: "contradicted", reason: `The official statistics say ${words}, outside ${claim}.`, evidence: [] };
  }
  if (valuesAgree(claimed, official)) return { claimed, verdict: "supported", reason: `${claim} matches the official statistics: ${words}.`, evidence: [] };
  return { claimed, verdict: "contradicted", reason: `The official statistics say ${words}, not ${claim}.`, evidence: [] };
}

/** The claim's verdict from the providers-by-grade tables, or undefined when they do not hold its measure. */
export function checkAgainstProviders(archive: Archive, claimed: FigureMention, sentence = ""): ClaimCheck | undefined {
  const measure = claimed.measure;
  if (!measure?.population || measure.population === "councils" || measure.aspect || measure.scope || !claimed.period) return undefined;
  // "secure children's homes", "mainstream homes": a kind the tables count apart is checked against
  // its own table; any other subgroup is left to the articles.
  const asked = subgroupKey(measure.subgroup);
  const kind = measure.subgroup ? aspectOfKind(measure.population, (named) => subgroupKey(named) === asked) : undefined;
  if (measure.subgroup && !kind) return undefined;
  // The tables count on 31 March: "82% … at 30 September 2017" is another day's count (hry127).
  if (OTHER_DAY.test(sentence)) return undefined;
  // The tables count England: not "78% of children's homes in Merseyside".
  if (!placesCompatible(claimed.geography, "England") || claimPlaceOf(claimed, sentence).unknownPlace) return undefined;
  const indicator = catalogue().indicator(measure.indicator);
  if (indicator && COUNTS.includes(indicator.id)) {
    const year = periodRange(claimed.period)?.to;
    return year === undefined ? undefined : checkProviderCount(archive, claimed, indicator.id, measure.population, kind, year);
  }
  // Grades of a kind are not checked against its table yet (only counts and places): left to the articles.
  if (kind) return undefined;
  if (indicator?.kind !== "grade" || !["share", "count"].includes(unitKindOf(claimed))) return undefined;
  // "42 children's homes were judged inadequate at inspections during 2018": the year's judgements, which
  // the tables (a count on 31 March) do not hold (hry122).
  if (measure.basis === "flow" || measure.basis === "cumulative") return undefined;
  // "16% of children's homes were judged outstanding in 2017-18": a year's span is as likely the year's
  // inspections as the grades on its last day; unless the claim names that day, the tables cannot tell (hry136).
  if (/^\d{4}-\d{2}$/.test(claimed.period) && !AT_YEAR_END.test(sentence)) return undefined;
  const year = periodRange(claimed.period)?.to;
  if (year === undefined) return undefined;
  const counts = countsFor(archive, measure.population, year);
  if (!counts) return undefined;
  const parts = indicator.combines ?? [indicator.id];
  if (!parts.every((part) => counts.has(part))) return undefined;
  const count = parts.reduce((sum, part) => sum + counts.get(part)!.value!, 0);
  const graded = GRADES.reduce((sum, grade) => sum + counts.get(grade)!.value!, 0);
  const share = (count / graded) * 100;
  const sample = counts.get(parts[0]!)!;
  const label = catalogue().population(measure.population)?.label ?? measure.population;
  const words = `${count} of the ${graded} ${label} with a grade (${oneDecimal(share)} %) were rated ${indicator.label} ${sample.periodLabel} (${releaseCitation(sample.source)})`;
  const official = unitKindOf(claimed) === "share" ? { value: share, unit: "%", text: `${oneDecimal(share)}%` } : { value: count, unit: claimed.unit, text: String(count) };
  return againstRecord(claimed, official, words);
}
