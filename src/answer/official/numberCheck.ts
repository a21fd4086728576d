// A claim about how many councils hold a grade ("a quarter of councils were rated requires
// improvement in 2024", "one in five councils are failing") checked against the official record:
// every council's judgement in force on 31 March of that year (src/answer/official/gradeCounts.ts),
// summed over a combination's grades, before any article is consulted. The claim's measure must be
// exactly that: councils, a grade (or a combination of grades), no subgroup, no judgement area, the
// country.

import type { Archive } from "../../archive/buildArchive.ts";
import { describeFigure, isBound, oneDecimal, valuesAgree, withinBound } from "../../archive/compare.ts";
import { catalogue } from "../../measure/catalogue.ts";
import { periodRange } from "../../measure/periods.ts";
import { placesCompatible, unitKindOf } from "../../measure/same.ts";
import type { ClaimCheck, Figure, FigureMention } from "../../types.ts";
import { frameworkAsked, gradeTally, regionNamed, regionPhrase, type GradeTally } from "./gradeCounts.ts";
import { claimPlaceOf } from "../claimPlace.ts";
import { MONTH_NAMES } from "../../extract/figures/lexicon.ts";
import { recordAs, tallyShare } from "./tallyRecord.ts";
import { releaseCitation } from "./format.ts";

export interface OfficialTally {
  count: number;
  outOf: number;
  /** Councils that day with no judgement under the framework counted (graded on another scale). */
  unjudged: number;
  /** "as at 31 March 2016". */
  periodLabel: string;
  framework: string;
  citation: string;
  /** "21 of 150 councils (14 %) were rated inadequate". */
  words: string;
  /** Counted from each council's judgement history, not read from a published per-council table. */
  reconstructed: boolean;
}

/**
 * How far (as a share of the councils counted) a count rebuilt from the judgement histories may be
 * from Ofsted's published one: which council a merger, an abolition or a late publication leaves in
 * or out (81 of 150 here, "53%" in Ofsted's own release for 31 March 2022). Three of England's
 * councils; none of a region's.
 */
const RECONSTRUCTION_MARGIN = 0.02;

/** The latest 31 March the statistics count councils by grade for. */
function latestYear(archive: Archive): number | undefined {
  const years = archive.official.filter((figure) => figure.counted).map((figure) => Number(figure.period)).filter(Number.isFinite);
  return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * The year whose 31 March a claim's period means for a count of councils by grade, as the statistics
 * count them ("2015-16" and "2016" alike); the latest such year for a claim with no year.
 */
function yearOf(archive: Archive, period: string | undefined, sentence: string): number | undefined {
  if (period) return periodRange(period)?.to;
  // "Nearly two thirds of councils were rated inadequate when the first round ended": a claim in
  // the past tense with no year is about some earlier moment it may not name; the latest record
  // settles only a claim about today ("are rated", "now").
  return PAST_TENSE.test(sentence) && !PRESENT_TENSE.test(sentence) ? undefined : latestYear(archive);
}

/** "at 31 March 2015", "on 30 September": a claim about one day, not any day of its year. */
const MONTHS = [...MONTH_NAMES].join("|");
const STATES_A_DAY = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|\\bend of (?:${MONTHS})\\b`, "i");

/** A claim's verb, for a claim with no year: "were rated" is some past day's, "are rated" today's. */
const PAST_TENSE = /\b(?:was|were|had|got|received|fell|rose|dropped|became|ended|judged|rated|found)\b/i;
const PRESENT_TENSE = /\b(?:is|are|has|have|remain|remains|now|currently|today|still)\b/i;

/**
 * The official count of councils for the claim's grade (or its parts) on 31 March of its year, or
 * undefined when the statistics do not hold the claim's measure.
 */
export function officialTally(archive: Archive, claimed: FigureMention, sentence = ""): OfficialTally | undefined {
  const measure = claimed.measure;
  // "Three councils in the West Midlands were rated inadequate": a region's councils are counted too.
  const region = regionNamed(claimed.geography);
  if (!measure || measure.population !== "councils" || measure.subgroup || measure.aspect || (!region && !placesCompatible(claimed.geography, "England"))) return undefined;
  // "4 councils in Merseyside were rated requires improvement": a place the record is not counted for.
  if (!region && claimPlaceOf(claimed, sentence).unknownPlace) return undefined;
  // "17 of the 48 councils inspected in 2024 were rated outstanding": the year's inspections, which the judgements in force on a day do not count.
  if (measure.basis === "flow" || measure.basis === "cumulative") return undefined;
  const indicator = catalogue().indicator(measure.indicator);
  if (indicator?.kind !== "grade" || !["share", "count"].includes(unitKindOf(claimed))) return undefined;
  const year = yearOf(archive, claimed.period, sentence);
  if (year === undefined) return undefined;
  const grades = (indicator.combines ?? [indicator.id]).map((id) => catalogue().indicator(id)?.label ?? id);
  // "Nine councils were rated inadequate under the single inspection framework at 31 March 2015":
  // the councils it had judged, on that day. Only a claim about a day: "judged inadequate under SIF
  // in 2015" may count the year's inspections, which the judgements in force do not.
  const framework = frameworkAsked(sentence);
  if (framework !== undefined && measure.basis !== "stock") return undefined;
  const tallies = grades.map((grade) => gradeTally(archive, grade, year, framework, region));
  if (tallies.some((tally) => tally === undefined)) return undefined;
  const counted = tallies as GradeTally[];
  const first = counted[0]!;
  // SLAC graded safeguarding and looked-after children apart, with "adequate": its counts answer no
  // claim about councils' overall grade.
  if (counted.some((tally) => tally.outOf !== first.outOf || tally.framework !== first.framework || tally.framework === "SLAC")) return undefined;
  const count = counted.reduce((sum, tally) => sum + tally.count, 0);
  return {
    count,
    outOf: first.outOf,
    // A claim about the councils a named framework judged is not bounded by the others.
    unjudged: first.named ? 0 : first.unjudged,
    periodLabel: first.periodLabel,
    framework: first.framework,
    citation: releaseCitation(first.source),
    reconstructed: counted.some((tally) => tally.counted === undefined),
    words: `${count} of ${first.outOf} councils${region ? ` in ${regionPhrase(region)}` : ""}${first.named ? ` judged under ${first.framework}` : ""} (${oneDecimal(tallyShare(count, first.outOf).value)} %) were rated ${grades.join(" or ")}`,
  };
}

/**
 * The claim's verdict from the official tally, or undefined when the statistics do not hold its
 * measure. The tally's share is exact: a claim agrees as its own rounding allows ("two thirds" for
 * 67.3 %, "around 65%"), not "65%" for 67.3 %. Counts exactly unless the claim hedges.
 */
export function checkAgainstStatistics(archive: Archive, claimed: FigureMention, sentence = "", articles: readonly Figure[] = []): ClaimCheck | undefined {
  const tally = officialTally(archive, claimed, sentence);
  if (!tally) return undefined;
  const official = recordAs(claimed, tally);
  const claim = describeFigure(claimed);
  // "52% of councils in March 2021": 50 councils still had SIF judgements that day, so the share of
  // those judged under ILACS is not the share of councils. The record still bounds it (none to all
  // of the others holding the grade): a claim outside the bounds is refuted, one inside is left to
  // the articles (which report such shares as Ofsted states them).
  if (!mostlyJudged(tally)) return boundedCheck(claimed, claim, tally);
  const basis = `${tally.words} ${tally.periodLabel} (${tally.framework}; counted from every council's judgement in ${tally.citation})`;
  if (isBound(claimed)) {
    if (withinBound(claimed, official)) return { claimed, verdict: "unverified", reason: `${claim} is a bound; the official statistics say ${basis}, which it neither confirms nor rules out as a figure.`, evidence: [] };
    return { claimed, verdict: "contradicted", reason: `The official statistics say ${basis}, outside ${claim}.`, evidence: [] };
  }
  if (valuesAgree(claimed, official)) return { claimed, verdict: "supported", reason: `${claim} matches the official statistics: ${basis}.`, evidence: [] };
  // "12% of councils were inadequate in 2019": the record counts on 31 March, and a claim about a
  // calendar year may be about any later day of it. Agreeing with the next 31 March, it is no error.
  const next = /^\d{4}$/.test(claimed.period ?? "") && !STATES_A_DAY.test(sentence) ? officialTally(archive, { ...claimed, period: String(Number(claimed.period) + 1) }, sentence) : undefined;
  if (next && valuesAgree(claimed, recordAs(claimed, next))) {
    return { claimed, verdict: "unverified", reason: `The official statistics say ${basis}, and ${next.words} ${next.periodLabel}: ${claim} may be about a day in ${claimed.period} after 31 March.`, evidence: [] };
  }
  // Near a rebuilt count, the record cannot refute the claim: the articles decide.
  const claimedCount = unitKindOf(claimed) === "share" ? (claimed.value / 100) * tally.outOf : claimed.value;
  if (tally.reconstructed && Math.abs(claimedCount - tally.count) <= Math.round(RECONSTRUCTION_MARGIN * tally.outOf)) {
    // …unless what the articles say is dated only by when they were published: "17 are rated
    // inadequate" in a July speech is no count at 31 March, where the record says 19.
    // (A claim of another day, "In July 2022, 17 …", may be the article's own.)
    const agreeing = articles.filter((figure) => valuesAgree(figure, claimed));
    const ofRecordDay = /\bmarch\b/i.test(sentence);
    if (ofRecordDay && agreeing.length > 0 && agreeing.every((figure) => figure.periodFrom === "article" && figure.source.date?.slice(5, 7) !== "03")) {
      return { claimed, verdict: "unverified", reason: `The official statistics say ${basis}; ${agreeing.map((figure) => `“${figure.text}”`).join(", ")} in the articles is dated only by when they were published, so it is no count for that day.`, evidence: [] };
    }
    return undefined;
  }
  // "Sunderland is one of 18 councils rated outstanding", with no year: true when it was written, perhaps (hry76).
  const then = claimed.period === undefined ? earlierAgreeing(archive, claimed, sentence, tally) : undefined;
  if (then) return { claimed, verdict: "unverified", reason: `The official statistics say ${basis}; ${claim} was the count ${then.periodLabel}. The claim gives no year.`, evidence: [] };
  return { claimed, verdict: "contradicted", reason: `The official statistics say ${basis}, not ${claim}.`, evidence: [] };
}

/** A count the record's own framework settles: at most 5 % of councils judged on another scale. */
function mostlyJudged(tally: OfficialTally): boolean {
  return tally.unjudged <= (tally.outOf + tally.unjudged) * 0.05;
}

/** How many years back a claim with no year may have been true when written. */
const EARLIER_YEARS_SEARCHED = 10;

/** The latest earlier year whose count agrees with a claim that names no year, if any. */
function earlierAgreeing(archive: Archive, claimed: FigureMention, sentence: string, shown: OfficialTally): OfficialTally | undefined {
  // Every 31 March the judgements reach back to, newest first, a decade at most.
  const latest = latestYear(archive);
  const first = Math.min(...archive.judgements.map((judgement) => Number(judgement.published.slice(0, 4))).filter(Number.isFinite));
  if (latest === undefined || !Number.isFinite(first)) return undefined;
  for (let year = latest - 1; year >= Math.max(first, latest - EARLIER_YEARS_SEARCHED); year--) {
    const tally = officialTally(archive, { ...claimed, period: String(year) }, sentence);
    if (tally && tally.periodLabel !== shown.periodLabel && mostlyJudged(tally) && valuesAgree(claimed, recordAs(claimed, tally))) return tally;
  }
  return undefined;
}

/** A verdict from the range the record allows when some councils were judged on another scale. */
function boundedCheck(claimed: FigureMention, claim: string, tally: OfficialTally): ClaimCheck | undefined {
  const all = tally.outOf + tally.unjudged;
  const share = unitKindOf(claimed) === "share";
  const scale = (count: number) => (share ? (count / all) * 100 : count);
  const [low, high] = [scale(tally.count), scale(tally.count + tally.unjudged)];
  const shown = (value: number) => (share ? `${oneDecimal(value)} %` : String(value));
  // Outside the range even as the claim may be rounded ("a quarter" for anything near 25 %).
  const outside = (bound: number) => !valuesAgree(claimed, { value: bound, unit: claimed.unit, text: shown(bound) });
  if ((claimed.value >= low || !outside(low)) && (claimed.value <= high || !outside(high))) return undefined;
  return {
    claimed,
    verdict: "contradicted",
    reason: `The official statistics say ${tally.words} ${tally.periodLabel} among the ${tally.outOf} councils judged under ${tally.framework}; with the ${tally.unjudged} judged on another scale, the figure for all ${all} councils lies between ${shown(low)} and ${shown(high)}, not ${claim} (${tally.citation}).`,
    evidence: [],
  };
}
