// A claim about how many providers of one kind hold a grade ("91% of independent fostering agencies
// were good or outstanding in March 2023", "41 fostering agencies were outstanding") checked against
// Ofsted's providers-by-grade tables: the counts at 31 March of the claim's year, summed over a
// combination's grades; a share is of the providers with a grade (those inspected), as Ofsted states
// it. Anything else (a subgroup, a judgement area, a region, a year the tables do not hold, a claim
// with no year) is left to the articles.

import type { Archive } from "../../archive/buildArchive.ts";
import { describeFigure, isBound, oneDecimal, valuesAgree, withinBound } from "../../archive/compare.ts";
import { catalogue } from "../../measure/catalogue.ts";
import { periodRange } from "../../measure/periods.ts";
import { placesCompatible, unitKindOf } from "../../measure/same.ts";
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

/** The claim's verdict from the providers-by-grade tables, or undefined when they do not hold its measure. */
export function checkAgainstProviders(archive: Archive, claimed: FigureMention, sentence = ""): ClaimCheck | undefined {
  const measure = claimed.measure;
  if (!measure?.population || measure.population === "councils" || measure.subgroup || measure.aspect || !claimed.period) return undefined;
  // The tables count England: not "78% of children's homes in Merseyside".
  if (!placesCompatible(claimed.geography, "England") || claimPlaceOf(claimed, sentence).unknownPlace) return undefined;
  const indicator = catalogue().indicator(measure.indicator);
  if (indicator?.kind !== "grade" || !["share", "count"].includes(unitKindOf(claimed))) return undefined;
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
  const kind = catalogue().population(measure.population)?.label ?? measure.population;
  const words = `${count} of the ${graded} ${kind} with a grade (${oneDecimal(share)} %) were rated ${indicator.label} ${sample.periodLabel} (${releaseCitation(sample.source)})`;
  const official = unitKindOf(claimed) === "share" ? { value: share, unit: "%", text: `${oneDecimal(share)}%` } : { value: count, unit: claimed.unit, text: String(count) };
  const claim = describeFigure(claimed);
  if (isBound(claimed)) {
    if (withinBound(claimed, official)) return { claimed, verdict: "unverified", reason: `${claim} is a bound; the official statistics say ${words}, which it neither confirms nor rules out as a figure.`, evidence: [] };
    return { claimed, verdict: "contradicted", reason: `The official statistics say ${words}, outside ${claim}.`, evidence: [] };
  }
  if (valuesAgree(claimed, official)) return { claimed, verdict: "supported", reason: `${claim} matches the official statistics: ${words}.`, evidence: [] };
  return { claimed, verdict: "contradicted", reason: `The official statistics say ${words}, not ${claim}.`, evidence: [] };
}
