// What a figure measures when its own sentence does not say but the article already has: a
// sentence that points back ("this rating", "This is an increase from 79%") takes the previous
// sentence's measure, and an indicator counted over several populations takes the one the article
// last named for it. Sentences are read in order; a heading starts afresh.

import type { FigureMention, Measure } from "../types.ts";
import { readQueryMeasure } from "./query.ts";
import { catalogue } from "./catalogue.ts";
import { indicatorLabel, withoutUnsettledGrade } from "./index.ts";
import { statedBasis } from "./modifiers.ts";
import { basesCompatible, unitKindOf } from "./same.ts";
import { periodRange, periodSortKey } from "./periods.ts";
import { tokenize } from "../extract/figures/tokens.ts";
import { MONTH_PATTERN as MONTH, TIME_UNITS } from "../extract/figures/lexicon.ts";
import { vocabulary } from "./vocabulary.ts";
import { readHeading, underHeading, type HeadingContext } from "./headings.ts";
import { continuesByPlace, countsSameThing, namesAgain } from "./breakdowns.ts";
import { afterSurvey, namesSurvey } from "./surveys.ts";
import { BACK_TO_THAT_TIME, DAY_WITHOUT_YEAR, ELLIPTICAL_OPENING, MOVED_THERE, NOW, SAME_PERIOD, SINCE_THEN, namesOnlyAPart, nowInClause, offersEitherOr, undatedInSamePeriod } from "./discourseCues.ts";

/**
 * A sentence that refers back to the previous one's measure instead of naming it: "20 local
 * authorities overall now carry this rating", "This is an increase from 79%", "it was 36%", "That
 * compares with 41 councils in 2022-23".
 */
const ANAPHORA = /\b(?:this|that|the same|such an?) (?:rating|judgement|judgment|grade|category|label|proportion|figure|rate)\b|(?:^|[,;]\s*|\b(?:inspection|framework|year)\s+)(?:this|that|it) (?:is|was|has|had)\b(?! (?:been )?(?:revealed|reported|announced|said|found|confirmed|understood|claimed|thought|expected|believed|known|estimated|emerged)\b)|^(?:this|that|it) (?:compares|compared|represents|marks)\b/i;

/**
 * A figure with no measure of its own in a sentence that points back ("this rating") takes the
 * previous sentence's measure, when it is the same kind of number: the period stays its own. A
 * change ("13 percentage points higher") is never a level of the measure it changes.
 */
function inheritMeasure(mention: FigureMention, previous: FigureMention | undefined, sentence: string): FigureMention {
  // ("54 of them either were given this rating or were told they 'required improvement'": one of two, hry153.)
  if (mention.measure || mention.change || !previous?.measure || offersEitherOr(sentence)) return mention;
  // "20 local authorities ... amounting to 13%": a grade is stated as a count and as a share alike.
  const indicator = catalogue().indicator(previous.measure.indicator);
  if (!indicator?.units.includes(unitKindOf(mention)) || !countsSameThing(mention, previous)) return mention;
  // The basis is the sentence's own to state: "after each LA's first inspection it was 36%" is not
  // "currently", "20 ... now carry this rating" is.
  const { basis: _basis, ...inherited } = previous.measure;
  const basis = indicator.basis ?? statedBasis(sentence);
  const measure = basis ? { ...inherited, basis } : inherited;
  return { ...mention, measure, metric: indicatorLabel(measure.indicator) };
}

/**
 * "The turnover rate stood at 19.7 per cent", "The proportion judged inadequate has dropped from
 * 22%": an indicator counted over several populations takes the one the article last named for it
 * (for a grade, the last population any grade was counted over). A grade still without one stays
 * without a measure: councils and children's homes are both graded.
 */
function carryPopulation(mention: FigureMention, named: Map<string, string>, mentioned: ReadonlySet<string>, headed: string | undefined, sentence: string): FigureMention {
  const measure = mention.measure;
  if (!measure) return mention;
  const indicator = catalogue().indicator(measure.indicator);
  const grade = indicator?.kind === "grade";
  const key = grade ? "grade" : measure.indicator;
  if (measure.population) {
    named.set(key, measure.population);
    return mention;
  }
  // "Of the 297 agencies, 41 were outstanding": the kind the article last named "agencies".
  if (headed && indicator?.populations.includes(headed)) {
    named.set(key, headed);
    return { ...mention, measure: { ...measure, population: headed } };
  }
  // "Turnover was 13.4 per cent" in an article that has spoken only of social workers, never of
  // directors: the one population of the indicator's the article has named. Not for grades, which
  // every kind of provider and council is given.
  const only = grade ? [] : (indicator?.populations ?? []).filter((population) => mentioned.has(population));
  const population = named.get(key) ?? (only.length === 1 ? only[0] : undefined);
  // (Up to the figure's clause's end: "…, compared with 83 per cent of the homes run by councils" is another figure's part.)
  const clauseEnd = sentence.indexOf(",", mention.end);
  if (population && namesOnlyAPart(sentence.slice(0, clauseEnd < 0 ? undefined : clauseEnd), population)) return mention;
  return population ? { ...mention, measure: { ...measure, population } } : withoutUnsettledGrade(mention);
}

/**
 * "As at 31 March 2023", "at the end of September 2022", "in the year to March 2022", "between 1
 * April 2021 and 31 March 2022", "As of September last year": a sentence that dates its figures to a
 * day the data are for.
 */
const REFERENCE_DATE = new RegExp(`\\b(?:as at|as of|at the end of|at|on|by|year (?:to|ending)|between .{1,30}? and|from .{1,30}? to)\\s+(?:the end of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\s+(?:\\d{4}|last year|this year)\\b`, "i");

/**
 * The date a sentence's data are for: the latest period its figures state, when it names a day
 * ("As at 31 March 2024, 60% …, compared with 53% as at 31 March 2022" is 2024's). Comparisons
 * look back, so the latest is the sentence's own.
 */
function referencePeriod(sentence: string, figures: readonly FigureMention[]): string | undefined {
  // No figure, no period to take: the pattern is not run (speed).
  if (figures.length === 0) return undefined;
  const dated = REFERENCE_DATE.exec(sentence);
  if (!dated) return undefined;
  // "between October 2013 and June 2016" is a span of years, not the day the data are for.
  const years = [...dated[0].matchAll(/\d{4}/g)].map((match) => Number(match[0]));
  if (years.length > 1 && Math.max(...years) - Math.min(...years) > 1) return undefined;
  // "As of September last year": the day is stated relative to the article's, and so are its figures' periods.
  const relativeDay = /\b(?:last|this) year$/i.test(dated[0]);
  let latest: string | undefined;
  for (const figure of figures) {
    // "16 months old when she was taken to hospital on 22 September 2020": a day in the story, not the day data are for.
    const own = figure.periodFrom === undefined || (relativeDay && figure.periodFrom === "relative");
    if (figure.change || !own || !figure.period || TIME_UNITS.has(figure.unit)) continue;
    if (!latest || periodSortKey(figure.period) > periodSortKey(latest)) latest = figure.period;
  }
  return latest;
}

/** "Figures for 2022", "the data for 2021-22", "statistics covering 2023": the year a story's data are for. */
const DATA_FOR = /\b(?:figures|data|statistics|census)\s+(?:for|covering)\s+(\d{4}(?:-\d{2})?)\b/i;

function dataYearOf(sentence: string): string | undefined {
  return DATA_FOR.exec(sentence)?.[1];
}

/**
 * "At the end of September 2022 there were 32,000 social workers … Average caseloads rose to 16.6":
 * a figure whose period only the article's publication date gives takes the reference date the
 * article stated before it. Statistics are published months after the date they are for.
 */
function onReferenceDate(mention: FigureMention, reference: string | undefined): FigureMention {
  // "31 inspected since November 2013 have been rated inadequate": a running total counts to the article's date.
  if (mention.measure?.basis === "cumulative") return mention;
  return reference && mention.periodFrom === "article" && mention.period !== reference ? { ...mention, period: reference } : mention;
}

/** "up 1.2% on 2015", "compared with 2015": a year the sentence compares with, no earlier than the reference's end. */
function comparedWithYearFrom(sentence: string, reference: string | undefined): boolean {
  const compared = /\b(?:on|than|from|since|compared (?:with|to))\s+(?:in\s+)?((?:19|20)\d\d)\b/i.exec(sentence);
  return reference !== undefined && compared !== null && Number(compared[1]) >= yearEnd(reference);
}

/**
 * The periods a sentence states for its figures, by indicator: the next sentence's figure of the
 * same indicator with no period of its own continues it ("Councils overspent by £1.1bn in 2022-23.
 * Kent reported the largest single overspend, £42.6m" is 2022-23's), and so does any figure "at
 * that point" or "at the time". Only the sentence just before: further back, the article has moved on.
 */
interface StatedBefore {
  /** Indicator → the period it was stated for ("" when not sure) and its figure's measure. */
  byIndicator: Map<string, { period: string; measure: Measure }>;
  /** The one period the sentence stated, if it stated only one. */
  only?: string;
}

function statedIn(figures: readonly FigureMention[], continued: ReadonlySet<FigureMention>): StatedBefore {
  const byIndicator = new Map<string, { period: string; measure: Measure }>();
  const periods = new Set<string>();
  for (const figure of figures) {
    if (figure.change || !figure.period) continue;
    // A period this sentence itself took from the one before goes no further.
    const carried = continued.has(figure);
    // The same measure continues only a period the sentence states: in "The rate was 15.5 per cent,
    // up from 15.4 per cent in 2020" the 2020 is the earlier figure's, the sentence's own undated;
    // "A year earlier, nine …" looks back from the article's time, which the next sentence returns to.
    // Two periods for one indicator ("from 13 in 2014 to 30 in 2015"): which continues is not sure.
    const stated = figure.periodFrom === undefined && !carried ? figure.period : "";
    if (figure.measure) {
      const indicator = figure.measure.indicator;
      const earlier = byIndicator.get(indicator);
      byIndicator.set(indicator, { period: earlier && earlier.period !== stated ? "" : stated, measure: figure.measure });
    }
    // "At that point" is the day the sentence before was about, stated or read back from the article's.
    if (figure.periodFrom !== "article" && !carried) periods.add(figure.period);
  }
  return { byIndicator, ...(periods.size === 1 ? { only: [...periods][0]! } : {}) };
}

function continuesPeriod(mention: FigureMention, before: StatedBefore | undefined, backToThen: boolean): FigureMention {
  // A subgroup's figure ("Of the 29 councils judged inadequate at the end of March, 17 had …") and a
  // count since some event are dated by their own frame, not by the sentence before.
  if (!before || mention.periodFrom !== "article" || mention.change || mention.measure?.subgroup || mention.measure?.basis === "cumulative") return mention;
  // "17 were judged inadequate in the last year. 20 now carry this rating": a stock after a flow is another count.
  const same = mention.measure ? before.byIndicator.get(mention.measure.indicator) : undefined;
  const continued = same && basesCompatible(same.measure, mention.measure) ? same.period : undefined;
  const period = (backToThen ? before.only : undefined) || continued;
  return period ? { ...mention, period, periodFrom: "relative" } : mention;
}

/** The one place a sentence's figures are in, when they are all in one (or in none). */
function onlyPlace(figures: readonly FigureMention[]): string | undefined {
  // (A plain loop: it runs for every sentence of every article.)
  let place: string | undefined;
  for (const { geography } of figures) if (geography && (place = place ?? geography) !== geography) return undefined;
  return place;
}

/** "In Norfolk, there were 6,260 referrals … That was up on the 6,253 referrals made the previous year": where the sentence pointed back to. */
function inPlaceBefore(mention: FigureMention, place: string | undefined): FigureMention {
  return place === undefined || mention.geography !== undefined || mention.change ? mention : { ...mention, geography: place };
}

/** "It was 8.7 per cent", "It stood at 16", "It rose to 19.4 per cent": a sentence whose subject is "it". */
const IT_WAS = /^\s*it (?:was|is|stood at|stands at|reached|rose to|fell to|had risen to|had fallen to)\b/i;

/** The one measure a sentence names (indicator with its only population), and its place, if exactly one. */
function soleMeasureNamed(sentence: string): { measure: Measure; place?: string } | undefined {
  const named = readQueryMeasure(sentence);
  if (named.indicators.length !== 1) return undefined;
  const indicator = named.indicators[0]!;
  const population = named.population?.id ?? (indicator.populations.length === 1 ? indicator.populations[0] : undefined);
  if (!population || !indicator.populations.includes(population)) return undefined;
  const measure: Measure = { indicator: indicator.id, population, ...(indicator.basis ? { basis: indicator.basis } : {}) };
  return { measure, ...(named.place ? { place: named.place } : {}) };
}

/**
 * "Tameside looked after 655 children … The rate fell to 69 per 10,000 children": a rate that names
 * nothing is the rate of what the article last counted, when the catalogue holds one rate sharing
 * a name with it (children looked after and children looked after per 10,000).
 */
function rateOfLast(mention: FigureMention, last: string | undefined): FigureMention {
  if (mention.measure || mention.change || !last || unitKindOf(mention) !== "rate") return mention;
  const counted = catalogue().indicator(last);
  if (!counted) return mention;
  const rates = catalogue().indicators.filter((indicator) => indicator.units.includes("rate") && (indicator.id === last || indicator.names.some((name) => counted.names.includes(name))));
  const rate = rates.length === 1 ? rates[0]! : undefined;
  if (!rate || rate.populations.length !== 1) return mention;
  const measure: Measure = { indicator: rate.id, population: rate.populations[0]!, ...(rate.basis ? { basis: rate.basis } : {}) };
  return { ...mention, measure, metric: indicatorLabel(rate.id) };
}

let heads: ReadonlySet<string> | undefined;
/**
 * The last words of populations named in several words that no population is named by alone:
 * "agencies" (fostering or adoption), "schools". Alone in a sentence, such a word means the kind
 * the article last named with it.
 */
function headNouns(): ReadonlySet<string> {
  if (heads) return heads;
  const names = catalogue().populations.flatMap((population) => population.names);
  const single = new Set(names.filter((name) => !name.includes(" ")));
  heads = new Set(names.filter((name) => name.includes(" ")).map((name) => name.slice(name.lastIndexOf(" ") + 1)).filter((head) => !single.has(head)));
  return heads;
}

/** The year a period ends in ("2018-19" and "2019" alike end in 2019); none sorts first. */
function yearEnd(period: string | undefined): number {
  return periodRange(period)?.to ?? Number.NEGATIVE_INFINITY;
}

/** Reads an article's figures in order, completing their measures from what came before. */
export class ArticleMeasures {
  private previous: FigureMention | undefined;
  /** The figures with a measure in the sentence just before: a breakdown by place goes on from the last of the same kind. */
  private measuredJustBefore: readonly FigureMention[] = [];
  private sentenceJustBefore = "";
  /** The one place the sentence just before gave its figures, if one. */
  private placeJustBefore: string | undefined;
  private readonly populations = new Map<string, string>();
  /** The period of the last reference date the article stated ("as at 31 March 2023"). */
  private reference: string | undefined;
  /** The latest reference date the article has stated: the day its story is about. */
  private latestReference: string | undefined;
  private headed: HeadingContext = { measures: [] };
  /** Every population the article has named so far, in any sentence. */
  private readonly mentioned = new Set<string>();
  /** The indicator of the last figure read with a measure, in this sentence or before. */
  private lastIndicator: string | undefined;
  /** The population each head noun last stood in ("agencies" → fostering agencies). */
  private readonly byHead = new Map<string, string>();
  /** The periods the sentence just before stated (statedIn). */
  private statedBefore: StatedBefore | undefined;
  /** The sentence just before, when it had no figure ("The North East had the lowest vacancy rate."). */
  private figurelessBefore: string | undefined;
  private surveyBefore = false;

  /**
   * The period extraction counts "a year earlier" back from, for `sentence`: the day the article last
   * said its data are for, or, in a sentence pointing back ("This represents an increase of 10.8 per
   * cent over the previous year"), the one period the sentence before stated (hry118).
   */
  referencePeriodFor(sentence: string): string | undefined {
    const before = this.statedBefore?.only;
    return before !== undefined && this.pointsBack(sentence) ? before : this.reference;
  }

  /** The sentence read last for pointing back, and whether it does: extraction asks first, then sentence() (ingest's hot path). */
  private pointing: { sentence: string; back: boolean } | undefined;

  private pointsBack(sentence: string): boolean {
    if (this.pointing?.sentence !== sentence) this.pointing = { sentence, back: ANAPHORA.test(sentence) };
    return this.pointing.back;
  }

  /**
   * Notes the populations the sentence names, and returns the one a bare head noun in it stands for
   * ("the 297 agencies" after "independent fostering agencies"), if any.
   */
  private namedByHead(sentence: string): string | undefined {
    const tokens = tokenize(sentence);
    const named = vocabulary().populations.find(tokens);
    const inName = (at: number) => named.some((mention) => mention.startTok <= at && at < mention.endTok);
    let headed: string | undefined;
    const heads = headNouns();
    if (this.byHead.size > 0) {
      for (let at = 0; at < tokens.length; at++) {
        const token = tokens[at]!;
        if (token.kind === "word" && heads.has(token.lower) && !inName(at)) headed = this.byHead.get(token.lower) ?? headed;
      }
    }
    for (const mention of named) {
      this.mentioned.add(mention.value.id);
      const head = tokens[mention.endTok - 1]?.lower;
      if (head && headNouns().has(head)) this.byHead.set(head, mention.value.id);
    }
    return headed;
  }

  /**
   * A new paragraph. "Two years ago the picture was weaker. At 31 March 2023, just 25 councils …":
   * an earlier day recalled holds for its paragraph; the next goes back to the day the story is about.
   */
  paragraph(): void {
    // "The year to 31 March 2019" after "at 31 March 2019" ends the same day: no flashback.
    if (yearEnd(this.reference) >= yearEnd(this.latestReference)) return;
    this.reference = this.latestReference;
    // Nor does the recalled paragraph's last period carry on to a figure of the same measure.
    this.statedBefore = undefined;
  }

  /** A heading: what follows is about something new, and a list under it about what it names. */
  heading(text = ""): void {
    this.previous = undefined;
    this.statedBefore = undefined;
    this.figurelessBefore = undefined;
    this.headed = readHeading(text);
    this.surveyBefore = false;
  }

  /** The sentence's figures (from extractFigures), with measures completed from the article so far. */
  sentence<T extends FigureMention>(sentence: string, found: readonly T[], listItem = false): T[] {
    // Both patterns matter only to a figure, and most sentences have none: not run for them (speed).
    const refersBack = found.length > 0 && this.pointsBack(sentence);
    const movedThere = found.length > 0 && !refersBack && MOVED_THERE.test(sentence);
    const headed = this.namedByHead(sentence) ?? (listItem ? this.headed.population : undefined);
    // ("…only 10 of 43 … inspected in 2013-14 were good. Seven were providing inadequate services": the count goes on, hry151.)
    const samePeriod = found.length > 0 && SAME_PERIOD.test(sentence);
    const backToThen = found.length > 0 && (samePeriod || BACK_TO_THAT_TIME.test(sentence) || (found[0]!.start === 0 && ELLIPTICAL_OPENING.test(sentence)));
    const continued = new Set<FigureMention>();
    // "As of September 1 there was a 35 per cent vacancy rate": a day of its own, no year: the article's, not the last one stated (hry90).
    const ownDay = found.length > 0 && DAY_WITHOUT_YEAR.test(sentence);
    const now = found.length > 0 && NOW.test(sentence);
    // Read only for a sentence that opens with "it" after one with no figure: rare, and reading costs.
    const itWas = found.length > 0 && this.figurelessBefore !== undefined && IT_WAS.test(sentence) ? soleMeasureNamed(this.figurelessBefore) : undefined;
    const read = afterSurvey(found, sentence, this.surveyBefore).map((mention, index) => {
      // "The North East had the lowest vacancy rate in the country. It was 8.7 per cent": "it" is that rate, there.
      if (itWas && index === 0 && !mention.measure && !mention.change && unitKindOf(mention) === unitKindOf({ unit: mention.unit, measure: itWas.measure })) {
        mention = { ...mention, measure: itWas.measure, metric: indicatorLabel(itWas.measure.indicator), ...(itWas.place ? { geography: itWas.place } : {}) };
      }
      // A breakdown by place goes on only from the sentence just before: further back, the article has moved on.
      const carried = refersBack ? inPlaceBefore(inheritMeasure(mention, this.previous, sentence), this.placeJustBefore) : continuesByPlace(mention, this.measuredJustBefore, namesAgain(sentence, this.sentenceJustBefore));
      const own = carryPopulation(movedThere ? inPlaceBefore(carried, this.placeJustBefore) : carried, this.populations, this.mentioned, headed, sentence);
      const placed = listItem ? underHeading(own, this.headed) : own;
      const continuing = listItem || ownDay ? placed : undatedInSamePeriod(continuesPeriod(placed, now ? undefined : this.statedBefore, backToThen), samePeriod && this.reference === undefined);
      // ("… a child protection plan (up 1.2% on 2015)" after "the year to March 2015": a year it is compared with is before it, hry94.)
      // ("Half of all councils are now judged good", after "As of April last year …": now is the article's day, hry154.)
      const dated = (ownDay || (now && nowInClause(sentence, mention)) || comparedWithYearFrom(sentence, this.reference) ? continuing : onReferenceDate(continuing, this.reference)) as T;
      const rated = rateOfLast(dated, this.lastIndicator) as T;
      if (continuing !== placed) continued.add(rated);
      if (rated.measure) this.lastIndicator = rated.measure.indicator;
      return rated;
    });
    this.previous = read.find((mention) => mention.measure) ?? this.previous;
    // ("… local authority-run homes (16) and … children's homes in total (96). The region with the fewest is the North East with 94": the 96's, hry74.)
    this.measuredJustBefore = read.filter((mention) => mention.measure);
    this.sentenceJustBefore = sentence;
    this.placeJustBefore = onlyPlace(read);
    // Only a sentence with figures of its own sets the date: "Ofsted's report of 4 May 2021" does not.
    // One that says what year the data are for does: "Figures for 2022 were published today".
    const stated = referencePeriod(sentence, read) ?? (read.length === 0 ? dataYearOf(sentence) : undefined);
    if (stated && !SINCE_THEN.test(sentence)) {
      this.reference = stated;
      if (yearEnd(stated) > yearEnd(this.latestReference)) this.latestReference = stated;
    }
    // ("… 20% by March 2024, it has risen significantly since then": the story has moved on from that day, hry87.)
    this.statedBefore = read.length > 0 && !SINCE_THEN.test(sentence) ? statedIn(read, continued) : undefined;
    this.figurelessBefore = read.length === 0 ? sentence : undefined;
    this.surveyBefore = namesSurvey(sentence);
    return read;
  }
}
