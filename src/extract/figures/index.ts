// The figure grammar for newsroom English: recogniseNumbers finds every number expression;
// extractFigures keeps the ones worth citing and says what each counts, measures, when and where.

import type { FigureMention } from "../../types.ts";
import { clauseIndexAt, councilReferences, regionReferences, countedNounAfter, countedNounAfterOf, findCouncils, findPlaces, genericNounAfter, numberOfSubject, SpanIndex, splitClauses, tagClauses } from "./context.ts";
import type { Clause, InClause, PlaceMention } from "./context.ts";
import { comparisonOf, isComparisonPeriod, joinEarlierValues, movedFromTo } from "./comparisons.ts";
import { isChange } from "./changes.ts";
import { joinedPlaces } from "./placeJoins.ts";
import { councilOf, locatesACouncil, placeOf, withArticleCouncil, ranksWithin, placesOfFigures, respectivePlaces, RESPECTIVELY } from "./placing.ts";
import { isFigure } from "./filters.ts";
import { indicatorLabel, publishedYearAfter, readMeasures, type FigureSlot } from "../../measure/index.ts";
import { namesFirstRound, namesFrameworkEndedBefore, namesPreviousFramework } from "../../measure/frameworks.ts";
import { CATALOGUE_RATE_BASE, countedPer, namedRateBefore, rateUnit, unitKindOf } from "./unitKinds.ts";
import { financialYearEnding, findPeriods, isWhenYear, periodBeforeBracket, periodNamingFigure, periodHoldingClauses, spanEnds, tokenBeforeWhen, yearOfDate } from "./periods.ts";
import type { PeriodMention } from "./periods.ts";
import { qualifierAfter, qualifierBefore } from "./qualifiers.ts";
import { MONTH_NAMES, TIME_UNITS } from "./lexicon.ts";
import { indexPeriods, periodOf } from "./figurePeriod.ts";
import { MULTI_YEAR_WINDOW, ownMoneyWindow, spreadOverYears, SUB_YEAR_WINDOW } from "./windows.ts";
import { recogniseTokens } from "./recognise.ts";
import type { RecognisedNumber } from "./recognise.ts";
import { isWord, tokenize, whoAsides, type Token } from "./tokens.ts";

export { recogniseNumbers } from "./recognise.ts";
export type { NumberKind, NumberMention } from "./recognise.ts";

export interface FigureContext {
  /** ISO date (YYYY-MM-DD) of the article: anchors "in the past year", "this year", and figures with no period of their own. */
  date?: string;
  /** The period the whole article is about, when its title says ("... 2017 to 2018"): used before the date's year. */
  period?: string;
  /**
   * The period of the day the article last said its data are for ("as at 31 March 2023"): what "a
   * year earlier" counts back from when the sentence states no date of its own.
   */
  reference?: string;
  /** The council the article last named: who "the council" and "the authority" are. */
  council?: string;
  /** The one region the article has named: "the region" is it. */
  region?: string;
  /** "The department" may be that council's children's services (the article has not named the DfE). */
  councilDepartment?: boolean;
  /** A claim typed to be checked, not an article's sentence: a council opening it is its subject (context.ts findCouncils). */
  claim?: boolean;
}

/** The month of an ISO date ("2022-03-03" → 3), for "last September". */
function monthOfDate(date: string | undefined): number | undefined {
  const month = date ? Number(date.slice(5, 7)) : Number.NaN;
  return month >= 1 && month <= 12 ? month : undefined;
}

/** The one period a title states ("Children's social care data in England 2017 to 2018" → "2017-18"), if exactly one. */
export function titlePeriod(title: string | undefined): string | undefined {
  if (!title) return undefined;
  // ("Number of looked after children 4.5% higher than in 2020": the year compared with, never the data's, hry160.)
  const compared = (period: { start: number }) => /\b(?:than|compared (?:with|to)|from|since|on)\s+(?:in\s+|the\s+)?$/i.test(title.slice(0, period.start));
  const found = new Set(findPeriods(tokenize(title)).flatMap((period) => (period.explicit && !compared(period) ? [period.explicit] : [])));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The words a comparison needs: "from", "with", "against", "than", "versus", "on" (a year compared). */
const COMPARISON_WORDS = /\b(?:from|with|against|than|versus|vs|on|as in|compared to|above|below|similar to|like|unlike|(?:following|after|since) (?:a|the) \w+ in)\b/i;

const RELATIVE_PRONOUN = /\b(?:which|who|that|with)\b/i;
const LAST_YEAR_COMPARED = /\b(?:from|on|than|with|over) last year\b|\bcompared (?:with|to) [^.;:]{0,40}?\blast year\b/i;

const AVAILABLE_UNTIL = /\b(?:available|run|runs|running|lasting|last|lasts) until (?:19|20)\d\d\b/i;

/** "follows a peak in 2015, when 5,360 children were adopted", "since 2021, when it stood at 13%": the year the "when" clause is about. */
function yearBeforeWhen(tokens: readonly Token[], figure: RecognisedNumber, periods: readonly PeriodMention[]): string | undefined {
  const yearAt = tokenBeforeWhen(tokens, figure.startTok);
  const before = tokens[yearAt];
  if (yearAt < 0 || before === undefined) return undefined;
  const stated = periods.find((period) => period.explicit !== undefined && period.end === before.end)?.explicit;
  // "since 2021" is no period of the sentence's figures, but it is the year "when" points back to; so
  // is "since March 2010".
  const since = MONTH_NAMES.has(tokens[yearAt - 1]?.text ?? "") ? yearAt - 2 : yearAt - 1;
  // "the first fall since 2013/14 when there were 20": a financial year too (hry52).
  const startYear = tokens[yearAt - 2];
  if (!stated && before.kind === "digits" && before.text.length === 2 && ["/", "-", "–"].includes(tokens[yearAt - 1]?.text ?? "") && isWhenYear(startYear) && isWord(tokens[yearAt - 3], "since")) return financialYearEnding(startYear.value + 1);
  return stated ?? (isWhenYear(before) && isWord(tokens[since], "since") ? before.text : undefined);
}

/**
 * The periods a comparison owns: one stated right after an earlier figure ("from 83,530 in 2024")
 * or after "than" ("870 fewer than in 2021"). The figure stated now never takes them.
 */
function comparisonPeriods(periods: ReadonlyArray<InClause<PeriodMention>>, tokens: readonly Token[], numbers: readonly RecognisedNumber[], compared: readonly boolean[], nextStarts: readonly number[], clauses: readonly Clause[]): Set<PeriodMention> {
  const owned = new Set<PeriodMention>();
  for (const period of periods) {
    if (isComparisonPeriod(tokens, period, period.explicit !== undefined)) owned.add(period);
    numbers.forEach((number, index) => {
      if (compared[index] && period.start >= number.end && period.end <= nextStarts[index]! && clauseIndexAt(clauses, number.start) === period.clause) owned.add(period);
    });
  }
  return owned;
}

/**
 * Where the next figure starts, for each number: "the 33 recorded 12 months earlier" — the 12 is
 * part of a period, not a figure, so the period is still the 33's.
 */
function nextFigureStarts(numbers: readonly RecognisedNumber[], figures: readonly boolean[], sentence: string): number[] {
  const starts: number[] = new Array<number>(numbers.length);
  let next = sentence.length;
  for (let index = numbers.length - 1; index >= 0; index--) {
    starts[index] = next;
    if (figures[index]) next = numbers[index]!.start;
  }
  // "17 of the 48 authorities (35%) inspected last year, as were eight of the 43 (19%) visited in
  // 2023": a figure's total and its bracketed share say no period of their own; the 17's words run
  // on past them to the next figure of its own.
  for (let index = 0; index < numbers.length; index++) {
    let last = index;
    while (last + 1 < numbers.length && attached(sentence.slice(numbers[last]!.end, numbers[last + 1]!.start))) last++;
    if (last > index) starts[index] = starts[last]!;
  }
  return starts;
}

/** The words between a figure and the next that make the next its total or its restatement: "of the", "authorities (". */
function attached(between: string): boolean {
  return /^\s*(?:out\s+)?of(?:\s+(?:the|all|its|their))?\s*$/i.test(between) || /^\s*(?:[a-z'’-]+\s+){0,2}\(\s*$/i.test(between);
}

/** Nouns for one person: "one child", "one mother", "one social worker" speak or are spoken of; they count nothing. */
const ONE_PERSON = ["child", "boy", "girl", "mother", "father", "parent", "carer", "teenager", "pupil", "worker", "social", "manager", "director", "councillor", "official", "source", "resident", "woman", "man", "person", "young"] as const;

/** What a count counts: the noun after it, else the noun an earlier figure in the sentence counted. */
function unitOf(figure: RecognisedNumber, tokens: readonly Token[], population: string | undefined): { unit: string; population: string | undefined } {
  const at = nounStart(tokens, figure.endTok);
  const named = countedNounAfter(tokens, at) ?? countedNounAfterOf(tokens, at);
  if (figure.proportion) return { unit: figure.percentagePoints ? "percentage points" : "%", population: named ?? population };
  if (named) return { unit: named, population: named };
  // "89 have lived there for more than one year": a length of time, never the sentence's children.
  const time = tokens[at]?.lower;
  if (time !== undefined && TIME_UNITS.has(time)) return { unit: time, population: undefined };
  return { unit: genericNounAfter(tokens, at) ?? population ?? "", population };
}

/** Where a figure's noun starts: past "or more" / "or fewer" ("four or more placement moves" counts moves). */
function nounStart(tokens: readonly Token[], endTok: number): number {
  // "two section 114 notices": past the section's number to what is counted (hry64).
  if (isWord(tokens[endTok], "section", "s", "schedule", "part") && tokens[endTok + 1]?.kind === "digits") return endTok + 2;
  return isWord(tokens[endTok], "or", "and") && isWord(tokens[endTok + 1], "more", "fewer", "less", "over", "above", "under", "below") ? endTok + 2 : endTok;
}

/** Words of one council's or team's own figures: "its agency rate", "in some areas", "in the child protection teams". */
const LOCAL_WORDS = /\b(?:its|their|our|my|we|region|some areas|teams?|council|authority|borough|inspectors?|inspection|of them)\b/i;

/** A correction's account of what the article wrongly said before. */
const RETRACTED = /\b(?:an? (?:earlier|previous|original) version of this (?:article|story|report|piece|page)|(?:wrongly|incorrectly|mistakenly|erroneously) (?:said|stated|reported|gave|put|quoted)|(?:misstated|misreported) )/i;

function extract(sentence: string, context: FigureContext): FigureMention[] {
  const { tokens, numbers } = recogniseTokens(sentence);
  if (numbers.length === 0) return [];
  const articleYear = yearOfDate(context.date);
  // Figures of years the sentence does not give: a framework ended before the article, a whole round
  // of inspections, money "available until 2016" (hry63). Not the article's year either.
  const spansYears = articleYear !== undefined && (namesFrameworkEndedBefore(tokens, articleYear) || namesFirstRound(sentence) || namesPreviousFramework(sentence) || AVAILABLE_UNTIL.test(sentence));
  const lastYearCompared = LAST_YEAR_COMPARED.test(sentence);
  const subYearWindow = SUB_YEAR_WINDOW.test(sentence);
  const multiYearWindow = MULTI_YEAR_WINDOW.test(sentence);
  const clauses = splitClauses(tokens, sentence.length);
  const relatives = whoAsides(tokens);
  const allPeriods = tagClauses(findPeriods(tokens, monthOfDate(context.date), articleYear), clauses);
  const references = councilReferences(tokens, context.council, context.councilDepartment === true);
  // ("Vacancy rates in Kent and Essex were 20%": both councils together, never the country.)
  const councilsNamed = joinedPlaces(tokens, findCouncils(tokens, context.claim === true));
  // "Ofsted graded three areas at Cheshire East as requires improvement": one council's judgement areas.
  const oneCouncil = councilsNamed.length > 0 && councilsNamed.every((council) => council.name === councilsNamed[0]!.name);
  const named = references.length === 0 ? councilsNamed : [...councilsNamed, ...references].sort((a, b) => a.start - b.start);
  const regionNamed = regionReferences(tokens, context.region);
  const found = findPlaces(tokens, named).filter((place) => !locatesACouncil(place, named, sentence));
  const placeMentions = tagClauses((regionNamed.length === 0 ? found : [...found, ...regionNamed].sort((a, b) => a.start - b.start)).filter((place) => !ranksWithin(place, tokens)), clauses);
  const ownedPlaces = placesOfFigures(tokens, placeMentions, numbers);
  const places = new SpanIndex(ownedPlaces.size === 0 ? placeMentions : placeMentions.filter((place) => !ownedPlaces.has(place)));
  // "compared with 9 per cent in Yorkshire", "compared with 82% of children's homes": the same
  // measure for another place or group, at the same time; else an earlier value, at another time.
  // Most sentences compare nothing: only one with a comparison word is read for one.
  const comparing = COMPARISON_WORDS.test(sentence);
  const comparisons = numbers.map((found) => {
    if (!comparing) return undefined;
    const ownSubject = () => {
      const clause = clauseIndexAt(clauses, found.start);
      return placeMentions.some((place) => place.start >= found.end && place.clause === clause) || countedNounAfterOf(tokens, found.endTok) !== null;
    };
    return comparisonOf(found, tokens, numbers, ownSubject);
  });
  joinEarlierValues(comparisons, numbers, tokens);
  const compared = comparisons.map((comparison) => comparison === "earlier");
  // "7.5% …, against 17.6% across England": the place of the figure compared with is its own.
  const comparisonPlaces = !comparisons.includes("other") ? new Set<PlaceMention>() : new Set(placeMentions.filter((place) => numbers.some((found, index) => comparisons[index] === "other" && place.start >= found.end && place.clause === clauseIndexAt(clauses, found.start))));
  const periods = indexPeriods(allPeriods, clauses);
  const figures = numbers.map((found) => isFigure(found, tokens, periods.all.overlaps(found)));
  const nextStarts = nextFigureStarts(numbers, figures, sentence);
  const respective = RESPECTIVELY.test(sentence) ? respectivePlaces(sentence, numbers, figures, [...named, ...placeMentions].sort((a, b) => a.start - b.start)) : undefined;
  const owned = allPeriods.length > 0 && comparing ? comparisonPeriods(allPeriods, tokens, numbers, compared, nextStarts, clauses) : new Set<PeriodMention>();
  // What a figure stated now reads: the sentence's periods less those of what it is compared with.
  const ownPeriods = owned.size === 0 ? periods : indexPeriods(allPeriods.filter((period) => !owned.has(period)), clauses);
  // "the department, which was rated inadequate in 2018, had 124 vacancies": a relative clause's year is its own figures' only.
  const held = allPeriods.length > 0 && RELATIVE_PRONOUN.test(sentence) ? periodHoldingClauses(tokens, numbers.filter((_, index) => figures[index]).map((found) => found.start)) : [];
  const inHeld = (span: { start: number; end: number }) => held.find((range) => span.start >= range.start && span.end <= range.end);
  const councils = tagClauses(named, clauses);
  const kept: Array<{ found: RecognisedNumber; figure: FigureMention; slot: FigureSlot }> = [];
  let population: string | undefined;
  for (const [index, found] of numbers.entries()) {
    if (!figures[index]) continue;
    // ("almost £100m": before the currency sign too, hry59.)
    const qualifier = (qualifierBefore(tokens, found.startTok) ?? (found.money ? qualifierBefore(tokens, found.startTok - 1) : null))?.normalised ?? found.upperQualifier ?? qualifierAfter(tokens, found.endTok);
    // "the number of children waiting … in 13 secure children's homes has doubled from 25 to 50": the phrase's noun, not the 13's.
    const earlier = kept.at(-1)?.found;
    const subject = earlier && !movedFromTo(tokens, earlier, found) ? numberOfSubject(tokens, earlier, found) : undefined;
    const counted = unitOf(found, tokens, subject === undefined ? population : subject || undefined);
    // A lone "one" is a count only when hedged or naming what it counts ("only one council"); else "one of the key factors".
    if (found.loneOne && !qualifier && !countedNounAfter(tokens, found.endTok)) continue;
    // "had at least one change of director": the event counted, not a figure of the story.
    if (found.loneOne && qualifier === "at least") continue;
    // "One child aged between four and seven said …", "one social worker told us": a person, not a count.
    if (found.loneOne && !qualifier && isWord(tokens[found.endTok], ...ONE_PERSON)) continue;
    population = counted.population;
    // "£4.2 million": the sign is part of the figure's words, and money is counted in its own unit.
    const sign = found.money ? tokens[found.startTok - 1] : undefined;
    const figure: FigureMention = sign
      ? { value: found.value, unit: sign.text, text: sentence.slice(sign.start, found.end), start: sign.start, end: found.end }
      : { value: found.value, unit: counted.unit, text: found.text, start: found.start, end: found.end };
    if (found.proportion && counted.population) figure.of = counted.population;
    if (found.upper !== undefined) figure.upper = found.upper;
    if (qualifier) figure.qualifier = qualifier;
    const clause = clauseIndexAt(clauses, found.start);
    const isCompared = compared[index] === true;
    const when = yearBeforeWhen(tokens, found, allPeriods) ?? periodBeforeBracket(tokens, found.startTok, allPeriods) ?? periodNamingFigure(tokens, found.startTok, allPeriods);
    // "Riverton, whose services were rated inadequate in 2015, is one of only 18 councils …": a date
    // inside a relative clause about the subject dates that clause, not a figure outside it (hry140).
    const aside = relatives.find((span) => span.start <= found.start && found.end <= span.end);
    const outsideAsides = (period: PeriodMention) => relatives.every((span) => span === aside || period.start < span.start || period.end > span.end);
    const readable = held.length === 0 && relatives.length === 0 ? (isCompared ? periods : ownPeriods) : indexPeriods(allPeriods.filter((period) => (isCompared || !owned.has(period)) && (held.length === 0 || inHeld(period) === undefined || inHeld(period) === inHeld(found)) && outsideAsides(period)), clauses);
    // "compared with 1,570 (46%) last year": a bracket right after a figure restates it, in its period.
    const host = tokens[found.startTok - 1]?.text === "(" && kept.at(-1)?.found.endTok === found.startTok - 1 ? kept.at(-1)!.figure : undefined;
    const { period, from } = when ? { period: when, from: undefined } : host?.period ? { period: host.period, from: host.periodFrom } : periodOf(found, clause, readable, { articleYear, articlePeriod: context.period, reference: context.reference, compared: isCompared, spansYears, lastYearCompared, anchors: periods, sentence }, nextStarts[index]!);
    // "1,060 children were adopted between July and September 2016": a quarter's count is not the year's.
    // "close to £1bn over the past three years": several years' money, not the article's year's ("14
    // had changed their director in the previous two years" is still counted as of the article).
    // (A claim keeps its year: "433 notifications between April and September 2020" is checked as part of 2020, check.ts.)
    const windowed = (subYearWindow && from !== "relative" && context.claim !== true && /^\d{4}(?:-\d{2})?$/.test(period ?? "")) || (found.money && ((multiYearWindow && (from === "article" || ownMoneyWindow(sentence, found))) || spreadOverYears(sentence, found)));
    if (period && !windowed) figure.period = period;
    if (from && figure.period) figure.periodFrom = from;
    // "…, against 17.6% across England": a figure for another place is that place's first of all.
    const comparedPlace = comparisons[index] === "other" ? placeMentions.find((mention) => comparisonPlaces.has(mention) && mention.start >= found.end && mention.clause === clause)?.name : undefined;
    const place = respective?.has(index) ? respective.get(index) : comparedPlace ?? councilOf(found, clause, councils, found.money || found.proportion ? undefined : counted.unit, sentence, placeMentions) ?? placeOf(found, clause, places, placeMentions, comparisonPlaces, sentence, ownedPlaces);
    const placed = withArticleCouncil(found, sentence, context.council, kept.length === 0, place);
    if (placed) figure.geography = placed;
    let unitKind = unitKindOf(found, tokens);
    // "69 per 10,000 children": a rate's unit is its base ("a rate of 156", none stated: "rate", never a count's noun, hry106).
    if (unitKind === "rate" && !sign) figure.unit = rateUnit(tokens, found) ?? "rate";
    // Only a noun standing after the figure itself: "21 in total" counts whatever the sentence counted before.
    const nounAt = nounStart(tokens, found.endTok);
    const nounAfter = countedNounAfter(tokens, nounAt) ?? countedNounAfterOf(tokens, nounAt) ?? genericNounAfter(tokens, nounAt);
    // "a rate of 67 children in every 10,000, compared with 69 in 2024", "a rate of 190 per 10,000
    // children, almost three times the England rate of 69": the 69 is a rate too, in the same unit.
    const rateNamed = !sign && !found.proportion && !nounAfter ? namedRateBefore(tokens, found.startTok) : undefined;
    const before = kept.at(-1);
    const movedTo = before !== undefined && movedFromTo(tokens, before.found, found);
    if (!sign && !found.proportion && !nounAfter && (unitKind === "count" || figure.unit === "rate" || (unitKind === "average" && rateNamed === "average"))) {
      // Compared with: the figure just before; named a rate: the sentence's last rate before it.
      const earlierRate = comparisons[index] || movedTo ? (before?.slot.unitKind === "rate" ? before : undefined) : rateNamed ? kept.findLast((entry) => entry.slot.unitKind === "rate") : undefined;
      // "average caseloads fell from 19.5 to 17", "from 15 per cent to nearly 21": an average moves
      // to an average, a share to a share in the same unit.
      if (movedTo && unitKind === "count" && (before.slot.unitKind === "average" || before.slot.unitKind === "share")) {
        unitKind = before.slot.unitKind;
        if (unitKind === "share") figure.unit = before.figure.unit;
      }
      if (earlierRate) {
        unitKind = "rate";
        figure.unit = earlierRate.figure.unit;
      } else if (rateNamed === "rate") unitKind = "rate";
    }
    const countedNoun = unitKind === "count" && !found.money ? (nounAfter ?? subject ?? "") : "";
    // ("from a gap of 25.2 in 2017 to 25.6": what a change moved to is a change too.)
    const change = isChange(found, tokens) || (before?.figure.change === true && isWord(tokens[before.found.startTok - 2], "gap", "difference") && /^\s*(?:in [\d/-]+\s*)?to\s*$/.test(sentence.slice(before.found.end, found.start)));
    if (change) figure.change = true;
    // "rose to 16.6, from 16.3": the figure compared with states the same measure as the one before it.
    // "fell from 19.5 to 17": the figure moved to states the same measure as the one it moved from,
    // and the one moved from is compared with that one, not with whatever came before it.
    const next = numbers[index + 1];
    const movesOn = next !== undefined && movedFromTo(tokens, found, next);
    // "£22.2m on placing 176 children …, up from £7.5m to place 75": money is compared with money, past the count between (hry128).
    const like = kept.findLastIndex((earlier) => Boolean(earlier.found.money) === Boolean(found.money));
    const comparedWith = ((comparisons[index] && !movesOn) || movedTo) && like >= 0 ? { comparedWith: like } : {};
    kept.push({ found, figure, slot: { start: found.start, end: found.end, startTok: found.startTok, endTok: found.endTok, clause, unitKind, countedNoun, change, ...comparedWith, ...(oneCouncil ? { oneCouncil } : {}) } });
  }
  // "from 8,280 to 8,010, between 2021-22 and 2022-23": the pair's periods are the span's ends.
  const ends = spanEnds(tokens, allPeriods);
  const moved = new Set<number>();
  for (let index = 1; ends && index < kept.length; index++) {
    if (!movedFromTo(tokens, kept[index - 1]!.found, kept[index]!.found)) continue;
    moved.add(index - 1).add(index);
    [kept[index - 1]!.figure, kept[index]!.figure].forEach((figure, end) => ends[end] && (ends[1] !== "" || !figure.period || figure.periodFrom === "article") && ((figure.period = ends[end]), delete figure.periodFrom));
  }
  // "Between 2007/8 and 2016/17, 16,849 babies …": a figure no move joins is the whole span's, no end's (hry110).
  if (ends && ends[1] !== "") {
    for (const [index, { figure }] of kept.entries()) {
      if (moved.has(index) || !ends.includes(figure.period ?? "")) continue;
      delete figure.period;
      delete figure.periodFrom;
    }
  }
  const measures = readMeasures(sentence, tokens, kept.map((entry) => entry.slot), clauses);
  return kept.map(({ figure, slot }, index) => {
    const measure = measures[index];
    // "nine in every thousand children", "7 per 1,000": a rate over another base than the catalogue's
    // (the DfE's, per 10,000) would be compared with it as if it were one; it keeps its words, unmeasured.
    if (measure && slot.unitKind === "rate" && !countedPer(figure.unit, CATALOGUE_RATE_BASE)) return figure;
    if (!measure) return figure;
    const measured = { ...figure, metric: indicatorLabel(measure.indicator), measure };
    // A national census figure dated only by its article counts the year before (catalogue
    // `publishedYearAfter`); in a story about one council, an unplaced figure is more likely the council's own, current one.
    const census = articleYear !== undefined && !context.council && figure.periodFrom === "article" && figure.period === String(articleYear) && !LOCAL_WORDS.test(sentence) && publishedYearAfter(measured);
    return census ? { ...measured, period: String(articleYear - 1) } : measured;
  });
}

/**
 * The figures in one sentence of an article. Never throws: input it cannot read gives [].
 * Values of percentages, ratios and fractions are percentages at full precision (one in seven → 14.2857…);
 * a range's qualifier on its upper bound ("to as high as 34") is reported as the range's qualifier.
 */
export function extractFigures(sentence: string, context: FigureContext = {}): FigureMention[] {
  if (typeof sentence !== "string" || sentence.length === 0) return [];
  try {
    const found = extract(sentence, context ?? {});
    // "An earlier version of this article said children's services overspent by £82m": a figure the
    // article withdrew measures nothing it holds (holdout6: with the council's place it supported
    // £82m). Still found by lookup, as the words a reader remembers.
    return RETRACTED.test(sentence) ? found.map(({ measure: _measure, metric: _metric, ...unmeasured }) => unmeasured) : found;
  } catch {
    return [];
  }
}
