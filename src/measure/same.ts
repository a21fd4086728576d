// Whether two figures measure the same thing: the one place check, trend, corroboration, conflicts
// and lookup ask. Same indicator, same population (and subgroup, and judgement area), the same kind
// of number, compatible bases, overlapping periods and compatible places. Values are compared
// elsewhere (archive/compare.ts): these rules say only whether comparing them means anything.

import { CURRENCY_SIGNS } from "../extract/figures/lexicon.ts";
import { terms } from "../text/index.ts";
import type { FigureMention, Measure } from "../types.ts";
import { catalogue, type UnitKind } from "./catalogue.ts";
import { periodRange } from "./periods.ts";
import { tokenize } from "../extract/figures/tokens.ts";
import { vocabulary } from "./vocabulary.ts";
import { kindNamed } from "./narrowing.ts";
import { speaksOfCouncilsAtLarge, speaksOfOneCouncil } from "./scope.ts";

type Measured = Pick<FigureMention, "unit" | "measure" | "period" | "geography">;

/**
 * "Re-referrals were 21.9 per cent of referrals", "the re-referral rate": a share stated over what the
 * catalogue says it is a share of (`shareOver`) measures what the official series does (`shareAspect`).
 * "21% of children were re-referred" says no such thing. Articles are annotated and read without it,
 * so only a claim checked against the series is given it.
 */
export function withStatedShare(claimed: FigureMention, sentence: string): FigureMention {
  const share = claimed.measure ? catalogue().indicator(claimed.measure.indicator)?.share : undefined;
  if (!share || claimed.measure?.aspect || unitKindOf(claimed) !== "share") return claimed;
  const tokens = tokenize(sentence);
  // "re-referrals" is read as "re", "-", "referrals": only a word standing on its own says "over".
  const stated = tokens.some((token, at) => token.kind === "word" && share.over.includes(token.lower) && tokens[at - 1]?.text !== "-");
  return stated ? { ...claimed, measure: { ...claimed.measure!, aspect: share.aspect } } : claimed;
}

/** The kind of number a figure is: share, money, rate, average or count. */
export function unitKindOf(figure: Pick<FigureMention, "unit" | "measure">): UnitKind {
  if (figure.unit === "%") return "share";
  if (CURRENCY_SIGNS.has(figure.unit)) return "money";
  if (figure.unit === "rate" || figure.unit.startsWith("per ") || figure.unit.startsWith("in every ") || figure.unit.startsWith("in each ")) return "rate";
  const indicator = figure.measure ? catalogue().indicator(figure.measure.indicator) : undefined;
  // An indicator stated only one way ("caseload", an average; "children looked after per 10,000", a rate) is that kind whatever the unit's words.
  if (indicator && indicator.units.length === 1 && (indicator.units[0] === "average" || indicator.units[0] === "rate")) return indicator.units[0];
  return "count";
}

const subgroupKeys = new Map<string, string>();

/** Words that say only that a group was inspected or graded, and when or under what ("with a published grade", "whose reports have been published"): no subgroup of their own. */
const INSPECTED = new Set(terms("inspected inspection inspections under ofsted's ofsted new regime framework date year years month sif ilacs in the past to since january february march april may june july august september october november december with an a judgement judgements judged rated rating ratings graded grade grades agencies agency all england england's english published report reports whose have has had been were was began begun latest most recent"));

/**
 * A subgroup's words with each name that is a kind by itself written as that kind ("UASC", "unaccompanied
 * children" → "unaccompanied asylum-seeking children"), and the words of the populations it names
 * plainly ("children"), which say no part of them.
 */
function canonicalKinds(subgroup: string, tokens: ReturnType<typeof tokenize>): { words: string; populationTerms: Set<string> } {
  let words = subgroup;
  for (const mention of vocabulary().populations.find(tokens)) {
    const said = subgroup.slice(mention.start, mention.end);
    const kind = kindNamed(mention.value, said);
    if (kind !== undefined) words = words.replace(said, kind);
  }
  const populationTerms = new Set<string>();
  const mentions = vocabulary().populations.find(words === subgroup ? tokens : tokenize(words));
  for (const mention of mentions) {
    // "local authority fostering services", "council children's homes": a population named right
    // before another says whose they are, a part of them (hry130: the councils' 14% was the IFAs').
    if (mentions.some((other) => other.startTok === mention.endTok)) continue;
    const said = words.slice(mention.start, mention.end);
    if (kindNamed(mention.value, said) === undefined) for (const term of terms(said)) populationTerms.add(term);
  }
  return { words, populationTerms };
}

/** An age band's or school years' words ending a subgroup, as breakdowns.ts agesOf writes them: compared as they stand, numbers and all. */
const AGES_IN_SUBGROUP = /\b(?:aged (?:under |over )?\d+(?:-\d+)?|in an age band named before|in (?:year|key stage) \d+(?:-\d+)?|placed .+)$/;

/**
 * A subgroup as a key: the indicators it names ("judged inadequate" and "found inadequate in
 * 2012-13" are one subgroup), else its content words. Years are left out: the period is compared
 * on its own.
 */
export function subgroupKey(subgroup: string | undefined): string {
  if (!subgroup) return "";
  let key = subgroupKeys.get(subgroup);
  if (key === undefined) {
    const tokens = tokenize(subgroup);
    const named = vocabulary().indicators.find(tokens).map((mention) => mention.value.id);
    // What is left once the population's own words, numbers and the words of being inspected are
    // taken out: "the 142 residential special schools inspected in 2017 to 2018" is all of those
    // inspected, which the basis and period say; "the 65 LAs that received more than 1 inspection" is not.
    const { words, populationTerms } = canonicalKinds(subgroup, tokens);
    // "new homes", "new children's homes": the year's new registrations, a kind of their own ("new"
    // is otherwise a word of being inspected: "under the new framework").
    const newKind = /^new\s/i.test(subgroup.trim()) ? ["new"] : [];
    const rest = [...newKind, ...terms(words).filter((term) => !/^\d+$/.test(term) && !populationTerms.has(term) && !INSPECTED.has(term))];
    key = named.length > 0 ? [...new Set(named)].sort().join("+") : rest.sort().join(" ");
    // "care leavers aged 17-18" and "… aged 19-21": the ages, numbers and all, are part of the key (breakdowns.ts agesOf).
    const ages = AGES_IN_SUBGROUP.exec(subgroup)?.[0];
    if (ages) key = `${key} | ${ages}`;
    if (subgroupKeys.size > 10_000) subgroupKeys.clear();
    subgroupKeys.set(subgroup, key);
  }
  return key;
}

/**
 * What a figure measures, as a key: two figures with the same key measure the same thing in the same
 * way (period, place and basis aside). Undefined for a figure without a measure.
 */
export function measureKey(figure: Pick<FigureMention, "unit" | "measure">): string | undefined {
  const measure = figure.measure;
  if (!measure) return undefined;
  // Folding, trends and checks ask for the same figures' keys many times a query: each is built once.
  let key = keys.get(figure);
  if (key === undefined) {
    key = [measure.indicator, measure.population ?? "?", subgroupKey(measure.subgroup), measure.aspect ?? "", measure.scope ?? "", unitKindOf(figure)].join("|");
    keys.set(figure, key);
  }
  return key;
}

/** Figures are read-only once extracted, so a key kept per figure object stays true. */
const keys = new WeakMap<object, string>();

/** The two periods share a day: a calendar year overlaps the financial years it touches; 2011-12 and 2012-13 do not overlap. */
export function periodsOverlap(a: string | undefined, b: string | undefined): boolean {
  const rangeA = periodRange(a);
  const rangeB = periodRange(b);
  if (!rangeA || !rangeB) return false;
  if (!yearsMeet(rangeA, rangeB)) return false;
  // "13,248 babies … between 2007 and 2014": several years' total, no evidence for any one of them,
  // nor a point in a yearly series (hry150). Only the same span is the same period.
  return !(isSpan(rangeA) || isSpan(rangeB)) || (rangeA.from === rangeB.from && rangeA.to === rangeB.to);
}

/** Whether two periods share a year (two split years only when the same one): the evaluation's loose test of a period read. */
export function periodsMeet(a: string | undefined, b: string | undefined): boolean {
  const rangeA = periodRange(a);
  const rangeB = periodRange(b);
  return rangeA !== undefined && rangeB !== undefined && yearsMeet(rangeA, rangeB);
}

function yearsMeet(rangeA: { from: number; to: number }, rangeB: { from: number; to: number }): boolean {
  if (isSplitYear(rangeA) && isSplitYear(rangeB)) return rangeA.from === rangeB.from;
  return rangeA.from <= rangeB.to && rangeA.to >= rangeB.from;
}

function isSpan(range: { from: number; to: number }): boolean {
  return range.to >= range.from + 2;
}

// Helpers of hot comparisons live at module level: under tsx (esbuild keepNames) a named closure
// made inside a function is named again on every call.
function isSplitYear(range: { from: number; to: number }): boolean {
  return range.to === range.from + 1;
}

const NATIONAL = new Set(["England", "UK"]);

function isNational(place: string | undefined): boolean {
  return place === undefined || NATIONAL.has(place);
}

/** The place a series is of: "" for the country's figures (England, the UK as reporters loosely say, or none stated). */
export function seriesPlace(place: string | undefined): string {
  return isNational(place) ? "" : place!;
}

/** Nations (and nations together) the English record and its sector's reporting hold nothing of but what an article says. */
const OUTSIDE_ENGLAND: ReadonlySet<string> = new Set(["Wales", "Scotland", "Northern Ireland", "UK", "England and Wales"]);

/** "children in care in Scotland": a place whose figures only an article that names it can give. */
export function isOutsideEngland(place: string | undefined): boolean {
  return place !== undefined && OUTSIDE_ENGLAND.has(place);
}

/** A region's or a council's figure, not the country's: a question naming no place wants the country's first. */
export function isLocalPlace(place: string | undefined): boolean {
  return place !== undefined && !NATIONAL.has(place);
}

/**
 * Places that can describe the same figure: the same place, or the country and an unnamed place. A
 * region's or a council's figure never stands for the country's, nor the reverse.
 */
export function placesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  return isNational(a) && isNational(b);
}

/**
 * Whether a figure's place lets it settle a claim's: as `placesCompatible`, but England and the UK,
 * both stated, are two countries' counts (hry130: 42,615 fostering households in England supported
 * a claim about the UK). Either unstated may be the other. (Shown side by side, they still conflict.)
 */
export function settlesPlace(figurePlace: string | undefined, claimedPlace: string | undefined): boolean {
  return placesCompatible(figurePlace, claimedPlace) && (figurePlace === claimedPlace || figurePlace === undefined || claimedPlace === undefined);
}

/** Areas wider than England that hold it: a claim naming no place may mean them as well as England. */
const HOLDING_ENGLAND: ReadonlySet<string> = new Set(["England and Wales", "UK"]);

/** "4,835 orders … in England and Wales" beside England's 3,330: a wider area a claim that names no place may mean (hry152). */
export function holdsEngland(place: string | undefined): boolean {
  return place !== undefined && HOLDING_ENGLAND.has(place);
}

export function basesCompatible(a: Measure | undefined, b: Measure | undefined): boolean {
  return !a?.basis || !b?.basis || a.basis === b.basis;
}

/**
 * "17 of the 48 authorities (35%) inspected last year were top rated": a grade among a year's
 * inspections (a flow) is no evidence about the grades of all councils, which a claim that states
 * no basis ("35% of councils were rated outstanding in 2024") is about. For checks only: a trend or
 * a lookup may still show the one beside the other.
 */
export function sampleAgainstAll(claimed: Measured, figure: Measured & { sentence?: string }): boolean {
  // Councils only: a council is inspected every few years, so a year's inspections are a sample; the
  // sector's providers are inspected every year, and "one in 20 homes was rated inadequate in 2024-25" is of all.
  if (claimed.measure?.basis !== undefined || !isCouncilGrade(figure.measure)) return false;
  // "almost half of those inspected this year", "(44%) inspected this year" beside a "since" that hides the basis.
  return figure.measure.basis === "flow" || INSPECTED_SAMPLE.test(figure.sentence ?? "");
}

/**
 * A council's grade said with no basis ("25% of councils are top graded") is the grade in force, never
 * a year's inspections: a trend keeps it out of a series of those (hry154). (Providers are inspected every year.)
 */
export function gradeInForce(figure: Measured): boolean {
  return figure.measure?.basis === undefined && isCouncilGrade(figure.measure);
}

/**
 * The other way round: "39 of the councils inspected in 2025 were rated outstanding" is about one
 * year's inspections, so a count of councils holding the grade that states no basis ("As of today,
 * 39 of the 153 authorities … are top graded") neither confirms nor refutes it (hry154). Checks only.
 */
export function allAgainstSample(claimed: Measured, figure: Measured & { sentence?: string }): boolean {
  // (A year's: "at their first single inspection", no year, is the whole first round, which all councils had.)
  if (claimed.measure?.basis !== "flow" || claimed.period === undefined || figure.measure?.basis === "flow" || !isCouncilGrade(figure.measure)) return false;
  return !INSPECTED_SAMPLE.test(figure.sentence ?? "");
}

/** A grade of councils: inspected every few years, so a year's inspections are a sample of them. */
function isCouncilGrade(measure: Measure | undefined): measure is Measure {
  return measure?.population === "councils" && catalogue().indicator(measure.indicator)?.kind === "grade";
}

const INSPECTED_SAMPLE = /\b(?:of those inspected|inspected (?:this|last) year|inspected in (?:19|20)\d\d|visited by ofsted)\b/i;

/**
 * "The children's services department is forecasting a £5.4m overspend": an unplaced amount whose
 * sentence is about one council is that council's, no evidence for what councils in England spent
 * (hry56). For checks only, against a claim that names England or the country.
 */
export function oneCouncilAgainstCountry(claimed: Measured, figure: Measured & { sentence?: string }): boolean {
  if (claimed.geography !== "England" || figure.geography !== undefined || unitKindOf(figure) !== "money") return false;
  return speaksOfOneCouncil(figure.sentence ?? "") && !speaksOfCouncilsAtLarge(figure.sentence ?? "");
}

/** Same measure, period aside: indicator, population, subgroup, area, part of the money, kind of number, basis and place. */
export function sameMeasureAnyPeriod(a: Measured, b: Measured): boolean {
  const key = measureKey(a);
  return key !== undefined && key === measureKey(b) && basesCompatible(a.measure, b.measure) && placesCompatible(a.geography, b.geography);
}

/** Same measure for an overlapping period: what a check may compare and a trend may chain. */
export function sameMeasure(a: Measured, b: Measured): boolean {
  return sameMeasureAnyPeriod(a, b) && periodsOverlap(a.period, b.period);
}

/**
 * The same indicator of another population, subgroup or place: not evidence for or against a claim,
 * but worth showing beside it ("that is the figure for councils rated inadequate, not all councils").
 */
export function sameIndicatorOtherwise(a: Measured, b: Measured): boolean {
  return a.measure !== undefined && b.measure !== undefined && a.measure.indicator === b.measure.indicator && !sameMeasureAnyPeriod(a, b);
}

/** "inadequate (share of councils judged inadequate, help and protection)": a measure in words for messages. */
export function describeMeasure(figure: Measured): string {
  const measure = figure.measure;
  if (!measure) return "an unknown measure";
  const shipped = catalogue();
  const indicator = shipped.indicator(measure.indicator)?.label ?? measure.indicator;
  const population = measure.population ? (shipped.population(measure.population)?.label ?? measure.population) : undefined;
  const kind = unitKindOf(figure);
  const of = population ? ` of ${population}` : "";
  const parts = [kind === "share" ? `as a share${of}` : kind === "count" ? `as a count${of}` : `${kind}${of}`];
  // "spending (money of councils, on youth services)": a subgroup that says what money went on reads as itself.
  if (measure.subgroup) parts.push(/^(?:on|in|living|placed|held|changing)\b/i.test(measure.subgroup) ? measure.subgroup : `among ${measure.subgroup}`);
  if (measure.aspect) parts.push(`for ${measure.aspect.replace(/-/g, " ")}`);
  if (measure.scope) parts.push(`of ${measure.scope}`);
  if (figure.geography && !NATIONAL.has(figure.geography)) parts.push(`in ${figure.geography}`);
  return `${indicator} (${parts.join(", ")})`;
}
