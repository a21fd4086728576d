// What the articles say a council was rated (archive.ratings, read by src/extract/ratings): shown
// after the official judgement in a council lookup, asked by a council's grade check when the
// official record does not cover the claimed date, and counted for a claim of how many councils had
// a grade ("Leeds, along with Hampshire, was rated outstanding": 2 councils). A list of names is a
// lower bound unless the sentence says it is the whole set; the count shown is the names, never a
// "2" the sentence does not contain.

import type { Archive } from "../archive/buildArchive.ts";
import { isBound, valuesAgree } from "../archive/compare.ts";
import { countsEveryCouncil } from "../extract/ratings/index.ts";
import { formatDate } from "../ingest/dates.ts";
import { catalogue } from "../measure/catalogue.ts";
import { indicatorLabel } from "../measure/index.ts";
import { overlaps, periodSortKey, type YearRange } from "../measure/periods.ts";
import { placesCompatible, unitKindOf } from "../measure/same.ts";
import type { Answer, ClaimCheck, CouncilRating, Figure, FigureMention, Mention, Verdict } from "../types.ts";
import { MAX_MENTIONS } from "./mentions.ts";
import { memo } from "./views.ts";

/** One grade's overall ratings (not an area's, not "before"), in archive order, and where each period's stand in that list. */
interface GradeRatings {
  ratings: CouncilRating[];
  byPeriod: Map<string, number[]>;
}

/** Each council's ratings, and each grade's overall ratings by period: grouped once per archive, not filtered per question. */
const ratingGroups = memo((archive: Archive) => {
  const byCouncil = new Map<string, CouncilRating[]>();
  const byGrade = new Map<string, GradeRatings>();
  for (const rating of archive.ratings) {
    const ofCouncil = byCouncil.get(rating.council);
    if (ofCouncil) ofCouncil.push(rating);
    else byCouncil.set(rating.council, [rating]);
    if (rating.aspect || rating.earlier) continue;
    let grade = byGrade.get(rating.grade);
    if (!grade) byGrade.set(rating.grade, (grade = { ratings: [], byPeriod: new Map() }));
    if (rating.period !== undefined) {
      const positions = grade.byPeriod.get(rating.period);
      if (positions) positions.push(grade.ratings.length);
      else grade.byPeriod.set(rating.period, [grade.ratings.length]);
    }
    grade.ratings.push(rating);
  }
  return { byCouncil, byGrade };
});

/** A grade's overall ratings, in archive order; with years, those whose period overlaps them (each distinct period read once). */
function overallRatings(archive: Archive, grade: string, years: YearRange | undefined): CouncilRating[] {
  const group = ratingGroups(archive).byGrade.get(grade);
  if (!group) return [];
  if (!years) return group.ratings.slice();
  const positions: number[] = [];
  for (const [period, at] of group.byPeriod) if (overlaps(period, years)) positions.push(...at);
  return Array.from(Int32Array.from(positions).sort(), (position) => group.ratings[position]!);
}

/** The articles' ratings of a council, oldest period first; with years, those whose period overlaps them. */
export function ratingsOf(archive: Archive, council: string, years?: YearRange): CouncilRating[] {
  return (ratingGroups(archive).byCouncil.get(council) ?? [])
    .filter((rating) => !years || (rating.period !== undefined && overlaps(rating.period, years)))
    .sort((a, b) => periodSortKey(a.period) - periodSortKey(b.period));
}

function aspectLabel(aspect: string): string {
  return aspect.replace(/-/g, " ");
}

/** "outstanding for care leavers (2016) — CYP Now, 3 May 2016". */
export function describeRating(rating: CouncilRating): string {
  const area = rating.aspect ? ` for ${aspectLabel(rating.aspect)}` : "";
  const when = rating.earlier ? "before" : rating.period ? `${rating.period}${rating.periodFrom === "article" ? ", by the article's date" : ""}` : "undated";
  const source = [rating.source.publisher ?? rating.source.title, formatDate(rating.source.date)].filter(Boolean).join(", ");
  return `${indicatorLabel(rating.grade)}${area} (${when}) — ${source}`;
}

/** The sentences the ratings stand in, once each: what a renderer shows. */
export function ratingSentences(ratings: readonly CouncilRating[], limit = Number.POSITIVE_INFINITY): Mention[] {
  const seen = new Set<string>();
  const sentences: Mention[] = [];
  for (const rating of ratings) {
    if (sentences.length >= limit) break;
    const key = `${rating.source.id}\u0000${rating.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sentences.push({ sentence: rating.sentence, source: rating.source });
  }
  return sentences;
}

/** One line for a council answer: "In the articles: outstanding (2016) — CYP Now, …; good (before) — …". */
export function ratingsLine(ratings: readonly CouncilRating[]): string {
  if (ratings.length === 0) return "";
  const shown = ratings.slice(0, 5).map(describeRating);
  return `In the articles: ${shown.join("; ")}${ratings.length > 5 ? `; and ${ratings.length - 5} more` : ""}.`;
}

export interface RatingVerdict {
  verdict: Verdict;
  reason: string;
  ratings: CouncilRating[];
}

/**
 * "Leeds was rated outstanding in 2016" against the articles alone. The same council, grade and area
 * for the same single year supports it; a different grade contradicts it only when the sentence
 * states that very year (not the article's date) and no article gives the claimed grade for it.
 */
export function checkRatingClaim(archive: Archive, council: string, gradeLabel: string, years: YearRange | undefined): RatingVerdict {
  const grade = catalogue().indicators.find((indicator) => indicator.label === gradeLabel)?.id ?? gradeLabel;
  const overall = ratingsOf(archive, council).filter((rating) => !rating.aspect);
  const claim = `${council} rated ${gradeLabel}${years ? ` in ${years.from === years.to ? years.from : `${years.from}–${years.to}`}` : ""}`;
  if (overall.length === 0) return { verdict: "unverified", reason: `No article gives ${council}'s rating.`, ratings: [] };
  const year = years && years.from === years.to ? String(years.from) : undefined;
  if (!year) return { verdict: "unverified", reason: `The claim names no single year; the articles say ${council} was rated ${overall.map(describeRating).join("; ")}.`, ratings: overall };
  const current = overall.filter((rating) => !rating.earlier && rating.period === year);
  const agreeing = current.filter((rating) => rating.grade === grade);
  // "moved from inadequate to good in 2019": the earlier grade may have held in 2019 too, so a claim of it is not refuted.
  const earlierInSentence = new Set(overall.filter((rating) => rating.earlier && rating.grade === grade).map((rating) => `${rating.source.id}\u0000${rating.sentence}`));
  const stated = current.filter((rating) => rating.grade !== grade && rating.periodFrom === undefined && !earlierInSentence.has(`${rating.source.id}\u0000${rating.sentence}`));
  if (agreeing.length > 0 && stated.length === 0) return { verdict: "supported", reason: `The articles say ${claim}: ${agreeing.map(describeRating).join("; ")}.`, ratings: agreeing };
  if (agreeing.length > 0) return { verdict: "unverified", reason: `The articles differ on ${council} in ${year}: ${[...agreeing, ...stated].map(describeRating).join("; ")}.`, ratings: [...agreeing, ...stated] };
  if (stated.length > 0) return { verdict: "contradicted", reason: `The articles say ${council} was rated ${stated.map(describeRating).join("; ")}, not ${gradeLabel}.`, ratings: stated };
  const other = current.filter((rating) => rating.grade !== grade);
  if (other.length > 0) {
    const why = other.some((rating) => rating.periodFrom !== undefined) ? "the year is only the article's, not stated" : `the same sentence says it was ${gradeLabel} before`;
    return { verdict: "unverified", reason: `The articles say ${council} was rated ${other.map(describeRating).join("; ")}: ${why}, so I can't be sure it rules out ${gradeLabel} in ${year}.`, ratings: other };
  }
  const near = overall.filter((rating) => rating.period !== undefined);
  return { verdict: "unverified", reason: `No article gives ${council}'s rating for ${year}${near.length > 0 ? `; they give ${near.map(describeRating).join("; ")}` : ""}.`, ratings: near };
}

/** A sentence's list as a figure: the count is the number of names, the words shown are the names themselves. */
function listFigure(rating: CouncilRating): Figure {
  return {
    value: rating.listed.length,
    unit: "councils",
    text: rating.listedText,
    ...(rating.exhaustive ? {} : { qualifier: "at least" }),
    metric: indicatorLabel(rating.grade),
    measure: { indicator: rating.grade, population: "councils" },
    ...(rating.period ? { period: rating.period } : {}),
    ...(rating.periodFrom ? { periodFrom: rating.periodFrom } : {}),
    caveat: `councils named: ${rating.listed.join(", ")}${rating.exhaustive ? "" : " (a list, which need not be complete)"}`,
    sentence: rating.sentence,
    source: rating.source,
  };
}

/**
 * "2 councils were rated outstanding in 2016" against the councils the articles name with that grade
 * for exactly that period. An exhaustive list ("only Leeds and Hampshire") of the claimed size
 * supports it; a different count is contradicted only by a list for the period the sentence states
 * that counts every council (no region, no "of those inspected"), and a list that may be incomplete
 * contradicts only a claim of fewer councils than it names. Undefined when no list fits the claim.
 */
export function checkListedCount(archive: Archive, claimed: FigureMention): ClaimCheck | undefined {
  const measure = claimed.measure;
  if (!measure || measure.population !== "councils" || measure.subgroup || measure.aspect || !claimed.period) return undefined;
  if (measure.basis === "flow" || measure.basis === "cumulative") return undefined;
  const indicator = catalogue().indicator(measure.indicator);
  if (indicator?.kind !== "grade" || indicator.combines || unitKindOf(claimed) !== "count" || !placesCompatible(claimed.geography, "England")) return undefined;
  const bySentence = new Map<string, CouncilRating>();
  const ofGrade = ratingGroups(archive).byGrade.get(indicator.id);
  for (const position of ofGrade?.byPeriod.get(claimed.period) ?? []) {
    const rating = ofGrade!.ratings[position]!;
    const key = `${rating.source.id}\u0000${rating.sentence}`;
    if (!bySentence.has(key)) bySentence.set(key, rating);
  }
  if (bySentence.size === 0) return undefined;
  const lists = [...bySentence.values()].sort((a, b) => b.listed.length - a.listed.length);
  const evidence = lists.slice(0, 10).map(listFigure);
  const names = (rating: CouncilRating) => `${rating.listed.join(", ")} (${rating.source.publisher ?? rating.source.title})`;
  const label = `councils rated ${indicator.label} in ${claimed.period}`;
  if (isBound(claimed)) return { claimed, verdict: "unverified", reason: `The claim is a bound; the articles name ${lists.map(names).join("; ")} as ${label}.`, evidence };
  const certain = (rating: CouncilRating) => rating.periodFrom === undefined && countsEveryCouncil(rating.sentence);
  const exact = !claimed.qualifier;
  const agreeing = lists.filter((rating) => rating.exhaustive && valuesAgree(listFigure(rating), claimed));
  const refuting = lists.filter((rating) => certain(rating) && exact && (rating.exhaustive ? rating.listed.length !== claimed.value : rating.listed.length > claimed.value));
  let verdict: Verdict = "unverified";
  let reason = `The articles name ${lists.map(names).join("; ")} as ${label}: a list need not be complete, so it neither confirms nor rules out “${claimed.text}”.`;
  if (agreeing.length > 0 && refuting.length === 0) {
    verdict = "supported";
    reason = `“${claimed.text}” matches the whole list one source gives of ${label}: ${agreeing.map(names).join("; ")}.`;
  } else if (refuting.length > 0 && agreeing.length === 0) {
    verdict = "contradicted";
    reason = `The articles name ${refuting.map((rating) => `${rating.exhaustive ? "" : "at least "}${rating.listed.length}: ${names(rating)}`).join("; ")} as ${label}, not “${claimed.text}”.`;
  }
  return { claimed, verdict, reason, evidence };
}

/**
 * "outstanding 2016", "how many councils are inadequate": the councils the articles name with the
 * grade (for the years asked), after the answer's own lines. A list, never a count of all councils.
 */
export function withNamedCouncils(archive: Archive, years: YearRange | undefined, gradeLabel: string, answer: Answer): Answer {
  const grade = catalogue().indicators.find((indicator) => indicator.label === gradeLabel)?.id;
  const named = grade === undefined ? [] : overallRatings(archive, grade, years);
  if (named.length === 0) return answer;
  const byCouncil = new Map<string, CouncilRating[]>();
  for (const rating of named) {
    const list = byCouncil.get(rating.council);
    if (list) list.push(rating);
    else byCouncil.set(rating.council, [rating]);
  }
  const names = [...byCouncil.entries()].map(([council, ratings]) => `${council} (${[...new Set(ratings.map((rating) => rating.period ?? "undated"))].sort().join(", ")})`);
  const shown = new Set((answer.mentions ?? []).map((mention) => `${mention.source.id}\u0000${mention.sentence}`));
  const line = `Councils the articles name as rated ${gradeLabel}${years ? ` in ${years.from === years.to ? years.from : `${years.from}–${years.to}`}` : ""}: ${names.slice(0, 12).join(", ")}${names.length > 12 ? ` and ${names.length - 12} more` : ""} (a list, which need not be complete).`;
  return {
    ...answer,
    status: answer.status === "none" || answer.status === "nearest" ? "found" : answer.status,
    ratings: [...(answer.ratings ?? []), ...named],
    // The named councils' sentences, a few: every rating (complete in JSON) carries its own sentence.
    mentions: [...(answer.mentions ?? []), ...ratingSentences(named, MAX_MENTIONS + shown.size).filter((mention) => !shown.has(`${mention.source.id}\u0000${mention.sentence}`)).slice(0, MAX_MENTIONS)],
    message: [answer.message, line].filter(Boolean).join("\n"),
  };
}
