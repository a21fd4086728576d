// A claim about one of the Department for Education's series ("social worker turnover was 20% in
// 2023", "there were 83,630 children looked after in 2024") checked against the release: the
// official figure decides when it holds exactly the claim's measure (src/measure/same.ts), place
// and period (claimMeansPeriod: a claim for 2023 is the year to 31 March 2023 of a series counted
// to 31 March). Anything the record cannot settle is left to the articles: no such year, a place it
// does not hold, another basis, or a round number it only roughly fits.

import type { Archive } from "../../archive/buildArchive.ts";
import { describeFigure, isBound, roundingOf, valuesAgree, withinBound } from "../../archive/compare.ts";
import { otherIndicatorsNamed } from "../../measure/index.ts";
import { claimMeansPeriod, periodRange } from "../../measure/periods.ts";
import { periodsMeet, periodsOverlap, sameMeasureAnyPeriod, unitKindOf } from "../../measure/same.ts";
import { claimPlaceOf } from "../claimPlace.ts";
import { INDICATORS } from "../../statistics/dfeSeries.ts";
import type { ClaimCheck, Figure, FigureMention, OfficialFigure } from "../../types.ts";
import { describeOfficial, officialValue } from "./format.ts";
import { claimedDirection, movedWord } from "../../measure/direction.ts";
import { figuresOf } from "./series.ts";

const SERIES_INDICATORS = new Set(INDICATORS.map((indicator) => indicator.measure.indicator));

/**
 * "per 10,000" beside a count: the figure reader takes "70 children looked after per 10,000
 * children" for a count of 70 children, which the record's count would wrongly refute.
 */
const PER_NUMBER = /\bper\s+\d[\d,]*\b/i;

/** How far a count may be from the record's and still be the same figure before a revision. */
const REVISION_MARGIN = 0.005;
/** How far a rate per 10,000 may be from the record's and still be the same figure before the population estimates were revised. */
const RATE_REVISION_MARGIN = 0.05;
/** The last year whose population estimates the 2021 census revised. */
const CENSUS_REBASED_TO = 2021;

/**
 * The official figures of the claim's indicator at its place (the country's for a claim naming none,
 * a region's for a region), or none when the sentence leaves the reading in doubt.
 */
function placedFigures(archive: Archive, claimed: FigureMention, sentence: string): OfficialFigure[] {
  const measure = claimed.measure;
  if (!measure || !SERIES_INDICATORS.has(measure.indicator)) return [];
  // The record holds England, its regions and councils: not the UK's, Wales's, or "the north". A
  // figure the reader placed in a council is not national; nor is one in a sentence naming a council.
  const national = claimed.geography === undefined || claimed.geography === "England";
  const place = claimPlaceOf(claimed, sentence);
  if (place.inDoubt) return [];
  if (unitKindOf(claimed) !== "rate" && PER_NUMBER.test(sentence)) return [];
  // Two series named in one sentence: the reading may have given the figure the wrong one.
  if (otherIndicatorsNamed(sentence, measure).some((other) => SERIES_INDICATORS.has(other))) return [];
  return figuresOf(archive, measure.indicator).filter(
    (figure) =>
      figure.value !== null &&
      (national ? figure.level === "national" && figure.geography === "England" : figure.geography === claimed.geography && (figure.level !== "council" || place.oneCouncil)),
  );
}

/** Of those, the ones that measure exactly what the claim does (same.ts). */
function candidatesFor(archive: Archive, claimed: FigureMention, sentence: string): OfficialFigure[] {
  return placedFigures(archive, claimed, sentence).filter((figure) => sameMeasureAnyPeriod(claimed, figure));
}

const yearEnding = (figure: OfficialFigure) => periodRange(figure.period)?.to ?? 0;

/** The official figure as a figure to compare: its value, unit and printed digits. */
function comparable(figure: OfficialFigure): Pick<FigureMention, "value" | "unit" | "text"> {
  return { value: figure.value!, unit: figure.unit, text: figure.text };
}

/**
 * Whether a stated figure agrees with the official one: by valuesAgree's rounding ("around 17%" for
 * 17.2%), or printed with less precision ("17" for 16.6, "83,500" for 83,530); "roughly" for a round
 * number of one significant digit ("80,000" for 83,530), which neither confirms nor refutes.
 */
export function agreesWithOfficial(claimed: Pick<FigureMention, "value" | "upper" | "unit" | "text" | "qualifier" | "measure">, figure: OfficialFigure): "yes" | "roughly" | "no" {
  const official = comparable(figure);
  if (valuesAgree(claimed, official)) return "yes";
  if (unitKindOf(claimed) === "share" || claimed.qualifier) return "no";
  const rounding = roundingOf(claimed, official);
  return rounding === "rounded" ? "yes" : rounding === "coarse" ? "roughly" : "no";
}

/**
 * An article's figure that states the official one (the claim's place and period, as `official` was
 * chosen): a second, independent source against the claim.
 */
function restatedIn(articles: readonly Figure[], official: OfficialFigure): Figure | undefined {
  return articles.find((figure) => figure.geography === official.geography && claimMeansPeriod(figure.period, official) && sameMeasureAnyPeriod(figure, official) && agreesWithOfficial(figure, official) === "yes");
}

/**
 * The claim's verdict from the DfE series, or undefined when the record does not hold its measure,
 * place or period. `sentence` is the claim's sentence (a council named in it makes it no claim about
 * England); `articles` the articles' evidence for the claim.
 */
export function checkAgainstSeries(archive: Archive, claimed: FigureMention, sentence: string, articles: readonly Figure[] = []): ClaimCheck | undefined {
  const candidates = candidatesFor(archive, claimed, sentence);
  if (candidates.length === 0) return undefined;
  const claim = describeFigure(claimed);
  if (!claimed.period) {
    // No year: the latest figure may support it; another year's would not refute it.
    const latest = candidates.reduce((best, figure) => (yearEnding(figure) > yearEnding(best) ? figure : best));
    if (isBound(claimed) || agreesWithOfficial(claimed, latest) !== "yes") return undefined;
    return { claimed, verdict: "supported", reason: `${claim} matches the latest official figure: ${describeOfficial(latest)}.`, evidence: [] };
  }
  const official = candidates.find((figure) => claimMeansPeriod(claimed.period, figure));
  if (!official) return undefined;
  const basis = describeOfficial(official);
  // A council's own figures (its reports, its local paper) are often counted another way than the
  // census: another date, a team, its own definition. Its official figure confirms a claim, but a
  // disagreement is said, never called a contradiction (measured: the held-out and blind sets had
  // three true local claims the census would have refuted). Unless an article states the census's
  // figure for that council and year too: two sources then say the claim is wrong.
  const restated = official.level === "council" ? restatedIn(articles, official) : undefined;
  const refutes = (reason: string): ClaimCheck =>
    official.level === "council" && !restated
      ? { claimed, verdict: "unverified", reason: `${reason} A council's own figures are often counted another way (another date, team or definition), so I won't call the claim wrong.`, evidence: [] }
      : { claimed, verdict: "contradicted", reason: restated ? `${reason} An article gives the official figure too: “${restated.text}”.` : reason, evidence: [] };
  if (isBound(claimed)) {
    if (withinBound(claimed, comparable(official))) return { claimed, verdict: "unverified", reason: `${claim} is a bound; the official statistics say ${basis}, which it neither confirms nor rules out as a figure.`, evidence: [] };
    return refutes(`The official statistics say ${basis}, outside ${claim}.`);
  }
  const agreement = agreesWithOfficial(claimed, official);
  if (agreement === "yes") {
    const reason = `${claim} for ${claimed.period} matches the official statistics: ${basis}.`;
    const against = againstOfficialMove(claimed, sentence, official, candidates);
    return against ? { claimed, verdict: "unverified", reason: `${reason} ${against}`, evidence: [] } : { claimed, verdict: "supported", reason, evidence: [] };
  }
  if (agreement === "roughly") return { claimed, verdict: "unverified", reason: `${claim} is close to the official figure but too coarse to confirm or refute it: the official statistics say ${basis}.`, evidence: [] };
  // Exactly another year's official figure ("83,530 in 2023": 2024's) is that year's, no revision (hry111, hry113).
  // (Counts only, in the thousands: small rates and averages repeat across years by chance.)
  const anotherYears = unitKindOf(claimed) === "count" && claimed.value >= 1000 && candidates.some((figure) => figure !== official && Math.abs(figure.value! - claimed.value) < 1e-9);
  if (!anotherYears) {
    // The DfE revises earlier years in each release: a count within half a per cent of today's figure is
    // most likely the one first published ("80,850 children in care" for the revised 80,780), not an error.
    if (unitKindOf(claimed) === "count" && Math.abs(claimed.value - official.value!) <= REVISION_MARGIN * official.value!) {
      return { claimed, verdict: "unverified", reason: `${claim} is within half a per cent of the official figure, ${basis}: the release revises earlier years, so it may be the figure as first published.`, evidence: [] };
    }
    // An average is revised with the counts under it: one in its last printed digit ("17.8 cases" as
    // published in 2018 is 17.7 in today's series, hry75) may be the figure as first published.
    const lastDigit = 10 ** -(/\.(\d+)/.exec(claimed.text)?.[1]?.length ?? 0);
    if (unitKindOf(claimed) === "average" && Math.abs(claimed.value - official.value!) <= lastDigit + 1e-9) {
      return { claimed, verdict: "unverified", reason: `${claim} is one in its last digit from the official figure, ${basis}: the release revises earlier years, so it may be the figure as first published.`, evidence: [] };
    }
    // A rate per 10,000 is revised when the population estimates under it are: the 2021 census rebased
    // the estimates of the years up to it ("67 per 10,000" as published in 2021 is 69 in today's series).
    if (unitKindOf(claimed) === "rate" && yearEnding(official) <= CENSUS_REBASED_TO && Math.abs(claimed.value - official.value!) <= RATE_REVISION_MARGIN * official.value!) {
      return { claimed, verdict: "unverified", reason: `${claim} is within 5 per cent of the official figure, ${basis}: rates up to ${CENSUS_REBASED_TO} were revised when the 2021 census rebased the population estimates, so it may be the rate as first published.`, evidence: [] };
    }
  }
  // The claimed value may be another year's: worth saying beside the refutation.
  const elsewhere = candidates
    .filter((figure) => figure !== official && agreesWithOfficial(claimed, figure) === "yes")
    .sort((a, b) => yearEnding(a) - yearEnding(b))
    .map((figure) => figure.periodLabel);
  // A hedged claim fits many years loosely: naming them all would say nothing.
  const otherYear = elsewhere.length > 0 && elsewhere.length <= 3 ? ` ${claim} is the official figure ${elsewhere.join(" and ")}.` : "";
  return refutes(`The official statistics say ${basis}, not ${claim}.${otherYear}`);
}

/**
 * "The average caseload rose to 15.4 in 2024" against a record that went from 16.0 to 15.4: the level
 * is right and the news wrong. Why the claim is not confirmed, or undefined when its move (if it
 * states one) is the record's. Not called wrong: as for articles (check.ts), a direction read from a
 * few words may be over another stretch of time than the year before.
 */
function againstOfficialMove(claimed: FigureMention, sentence: string, official: OfficialFigure, candidates: readonly OfficialFigure[]): string | undefined {
  const stated = claimedDirection(sentence, claimed);
  if (!stated) return undefined;
  const before = candidates.filter((figure) => figure.unit === official.unit && yearEnding(figure) < yearEnding(official)).sort((a, b) => yearEnding(b) - yearEnding(a))[0];
  if (!before || before.value === null || before.value === official.value) return undefined;
  const moved = official.value! > before.value ? "up" : "down";
  if (moved === stated) return undefined;
  return `But it ${movedWord(moved)} from ${officialValue(before)} ${before.periodLabel}, where the claim says it ${movedWord(stated)}, so I can't confirm the claim.`;
}

/**
 * Why the record does not settle a claim of a measure it holds, for a period it does not: a
 * financial year beside a census on 30 September ("2022-23" could mean the autumn of either year),
 * a year outside the series, or a count the record keeps in a way the claim does not say (full-time
 * equivalents; children starting or ceasing to be looked after). Undefined when the record settles
 * it or holds nothing like it.
 */
export function seriesNote(archive: Archive, claimed: FigureMention, sentence: string): string | undefined {
  const candidates = candidatesFor(archive, claimed, sentence);
  if (candidates.length === 0) return countedOtherwise(archive, claimed, sentence);
  if (!claimed.period || candidates.some((figure) => claimMeansPeriod(claimed.period, figure))) return undefined;
  const sorted = [...candidates].sort((a, b) => yearEnding(a) - yearEnding(b));
  const overlapping = sorted.filter((figure) => periodsOverlap(claimed.period, figure.period));
  // ("13,248 … between 2007 and 2014": several years together, which a yearly record never sums.)
  if (overlapping.length === 0 && sorted.some((figure) => periodsMeet(claimed.period, figure.period))) {
    return `The official statistics count it year by year (${sorted[0]!.periodLabel} to ${sorted.at(-1)!.periodLabel}), never over ${claimed.period} together.`;
  }
  if (overlapping.length > 0) {
    return `The official statistics have no figure for exactly ${claimed.period}: they give ${overlapping.map((figure) => `${officialValue(figure)} ${figure.periodLabel}`).join(" and ")}.`;
  }
  return `The official statistics hold it for ${sorted[0]!.geography} from ${sorted[0]!.periodLabel} to ${sorted.at(-1)!.periodLabel} only.`;
}

/**
 * The record's figures of the claim's indicator, place, kind of number and period that count in a
 * way the claim does not say ("6,520 agency social workers" beside 6,520.7 full-time equivalents),
 * named so the reader can tell which the claim means.
 */
function countedOtherwise(archive: Archive, claimed: FigureMention, sentence: string): string | undefined {
  if (!claimed.period || claimed.measure?.aspect) return undefined;
  const other = placedFigures(archive, claimed, sentence).filter((figure) => figure.measure.aspect !== undefined && unitKindOf(figure) === unitKindOf(claimed) && claimMeansPeriod(claimed.period, figure));
  if (other.length === 0) return undefined;
  return `The official statistics give only ${other.map((figure) => `${officialValue(figure)} (${figure.measure.aspect}) ${figure.periodLabel}`).join("; ")}; the claim does not say it counts the same way.`;
}
