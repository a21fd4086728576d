// Ranking for a lookup: figures whose measure and period match the query first, then the rest of the
// figures the index found, and the quotes that match.

import type { Archive } from "../archive/buildArchive.ts";
import type { Figure, Quote } from "../types.ts";
import { recogniseNumbers } from "../extract/figures/index.ts";
import { catalogue } from "../measure/catalogue.ts";
import { ofKind } from "../measure/query.ts";
import { overlaps, yearGap, type YearRange } from "../measure/periods.ts";
import type { QueryTerms } from "./queryTerms.ts";
import { FIELD, FIELDS, NONE, NUMBER_KIND, rankingTable } from "./rankingTable.ts";

export interface RankedFigure {
  figure: Figure;
  score: number;
  inPeriod: boolean;
}

export interface LookupResult {
  figures: RankedFigure[];
  /** Figures on the topic but outside the asked years, closest years first. */
  readonly outOfPeriod: RankedFigure[];
  quotes: Quote[];
}

/**
 * A lookup's result, its figures outside the asked years ranked only when first read. A class, not
 * an object literal with a getter: each such literal got a hidden class of its own (V8 keeps the
 * getter in the class), made in the old generation and pointing at the getter's closure, so every
 * lookup's working data outlived the next young-generation collections and was copied into the old
 * generation: most of what those pauses (5-10 ms) copied.
 */
class RankedLookup implements LookupResult {
  private ranked: RankedFigure[] | undefined;

  constructor(
    readonly figures: RankedFigure[],
    readonly quotes: Quote[],
    private readonly rankOutOfPeriod: () => RankedFigure[],
  ) {}

  get outOfPeriod(): RankedFigure[] {
    this.ranked ??= this.rankOutOfPeriod();
    return this.ranked;
  }
}

/** A figure's sentence must share at least this share of the query's terms to be on topic. */
const MIN_COVERAGE = 0.5;
/** Quotes are the second thing a lookup shows; they must match nearly the whole topic to earn a place. */
const MIN_QUOTE_COVERAGE = 0.75;
const METRIC_MATCH = 10;
const METRIC_MISMATCH = -6;
/** The question's words stand together in the sentence, as a phrase. */
const PHRASE = 5;
/** A figure without a measure whose sentence names the measure asked about. */
const NAMED_NEARBY = 6;
/** Each word of the question's own (not the measure's name, not filler) that the sentence holds. */
const OWN_WORD = 6;
/** The population the question names ("children's homes", "councils"): decides between a grade's populations. */
const POPULATION_MATCH = 3;
/** A grade asked with no population: councils first (see gradedByDefault). */
const DEFAULT_POPULATION = 1.5;
const COUNT_WANTED = 2;
/**
 * The figure is for exactly the period asked ("2023-24"), not one that overlaps it ("2024"): a
 * reporter who types a financial year means it, more than a sentence that shares more of the words.
 */
const EXACT_PERIOD = 5;
/** The figure's value is a number the question states. */
const VALUE_ASKED = 8;
/** "overspend 2022-23" names no place: England's £1.1bn before Kent's £42.6m. */
const LOCAL_UNASKED = 4;
/** Most a figure gains for standing next to the query's words (decides between figures of one sentence). */
const PROXIMITY = 1.5;

/** A sentence lower-cased once, and where the query's words occur in it: shared by its figures. */
interface SentenceMatches {
  lower: string;
  found: number[];
  /** Every query word stands within a few words of the others: "caseloads were too high". */
  phrase: boolean;
}

function sentenceMatches(sentence: string, stems: readonly string[]): SentenceMatches {
  const lower = sentence.toLowerCase();
  const found: number[] = [];
  const each: number[][] = [];
  for (const stemmed of stems) {
    if (stemmed.length < 3) continue;
    const at: number[] = [];
    for (let from = lower.indexOf(stemmed); from >= 0; from = lower.indexOf(stemmed, from + 1)) at.push(from);
    found.push(...at);
    each.push(at);
  }
  return { lower, found, phrase: each.length > 1 && withinWindow(each, PHRASE_WINDOW) };
}

/** Characters within which every query word must stand for the sentence to read as the question's phrase. */
const PHRASE_WINDOW = 40;

/** Is there a stretch of `window` characters holding an occurrence of every list's word? */
function withinWindow(lists: readonly number[][], window: number): boolean {
  if (lists.some((list) => list.length === 0)) return false;
  return lists[0]!.some((start) => lists.every((list) => list.some((at) => Math.abs(at - start) <= window)));
}

/**
 * How close the figure stands to the query's words in its sentence, 0 to 1: "nearly two thirds (11)
 * had recently seen a new director ... installed" answers "new director installed" better than the
 * "17" at the start of the same sentence.
 */
function proximity(figure: Figure, stems: readonly string[], matches: SentenceMatches): number {
  const at = matches.lower.indexOf(figure.text.toLowerCase());
  if (at < 0 || stems.length === 0) return 0;
  let nearest = Number.POSITIVE_INFINITY;
  for (const found of matches.found) {
    const distance = found < at ? at - found : Math.max(0, found - (at + figure.text.length));
    nearest = Math.min(nearest, distance);
  }
  return Number.isFinite(nearest) ? 1 / (1 + nearest / 20) : 0;
}

export function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The period string a figure would carry for exactly this range: "2016", "2012-13". */
function periodLabel(years: YearRange): string {
  if (years.from === years.to) return String(years.from);
  return years.to === years.from + 1 ? `${years.from}-${String(years.to).slice(2)}` : `${years.from}-${years.to}`;
}

/** The numbers a question states ("34.2 per cent", "737", "1,654"), less its years: a reporter remembering a figure. */
function askedValues(topic: string): Set<number> {
  const values = new Set<number>();
  for (const match of topic.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?/g)) {
    const value = Number(match[0].replace(/,/g, ""));
    if (!(Number.isInteger(value) && value >= 1990 && value <= 2100)) values.add(value);
  }
  // "£238.1m", "£1.1bn": money as the figure reader reads it, scaled.
  if (/[£$€]/.test(topic)) for (const money of recogniseNumbers(topic)) if (/[£$€]/.test(topic[money.start - 1] ?? "")) values.add(money.value);
  return values;
}

/** Does the question ask for a count ("how many"), a share ("what proportion") or a rate ("turnover rate", "rate per 10,000")? */
function wantedUnit(topic: string): "count" | "share" | "rate" | undefined {
  if (/\bhow many\b|\bnumber of\b/i.test(topic)) return "count";
  if (/\bproportion\b|\bshare\b|\bpercent|\bper cent\b|%/i.test(topic)) return "share";
  // "turnover rate" is a share, "the rate of children in care" a rate per head.
  if (/\brate\b/i.test(topic)) return "rate";
  return undefined;
}

export function lookup(archive: Archive, topic: string, query: QueryTerms, years: YearRange | undefined, limit = 200): LookupResult {
  const searchTerms = query.terms.filter((term) => !/^\d{4}$/.test(term));
  // Each hit comes with the query terms it holds (bits): the ranking below reads them per hit.
  const { hits, matched: hitMasks } = archive.index.searchMatched(searchTerms, limit);
  const wanted = wantedUnit(topic);
  const values = askedValues(topic);
  const exactPeriod = years ? periodLabel(years) : undefined;
  // A few distinct periods recur across hundreds of figures: each is read once per lookup.
  const overlapCache = new Map<string | undefined, boolean>();
  const inYears = (period: string | undefined, range: YearRange): boolean => {
    let inside = overlapCache.get(period);
    if (inside === undefined) overlapCache.set(period, (inside = overlaps(period, range)));
    return inside;
  };
  const sentenceCache = new Map<string, SentenceMatches>();
  const withProximity = (figure: Figure, score: number): number => {
    let matches = sentenceCache.get(figure.sentence);
    if (!matches) sentenceCache.set(figure.sentence, (matches = sentenceMatches(figure.sentence, searchTerms)));
    return score + PROXIMITY * proximity(figure, searchTerms, matches) + (matches.phrase ? PHRASE : 0);
  };
  const inside: RankedFigure[] = [];
  // Figures outside the asked years are shown only when none inside is found, so their proximity
  // (most of a lookup's work, and most of its figures when a year is asked) waits until then, and
  // so does reading their objects: they are kept as ids.
  const outsideIds: number[] = [];
  const outsideScores: number[] = [];
  let anyOnTopic = false;
  // Figures with no measure whose sentence shares only the measure's name with the question.
  const unmeasured = new Set<RankedFigure>();
  const quotes: Array<{ quote: Quote; score: number }> = [];
  // The query's kinds of term as bits, once per query: each hit's matched terms are then read without a lookup by name.
  const { index } = archive;
  const table = rankingTable(archive);
  const bitwise = searchTerms.length <= 31;
  const speakerBits = searchTerms.reduce((bits, term, i) => (query.speakerTerms.includes(term) ? bits | (1 << i) : bits), 0);
  const speakerTermsSearched = query.speakerTerms.every((term) => searchTerms.includes(term));
  const namesSpeaker = query.speakerTerms.length > 0;
  const bitsOf = (keep: (term: string) => boolean) => searchTerms.reduce((bits, term, i) => (keep(term) ? bits | (1 << i) : bits), 0);
  const contentBits = bitsOf((term) => !query.fillerTerms.includes(term));
  const contentCount = searchTerms.filter((term) => !query.fillerTerms.includes(term)).length;
  const measureBits = bitsOf((term) => query.measureTerms.includes(term));
  const rareBits = bitsOf((term) => !query.fillerTerms.includes(term) && !query.measureTerms.includes(term));
  // The query's indicator, place, population and exact period as the table's ids: compared as numbers per figure.
  const askedIndicator = query.indicator ? table.indicators.idOf(query.indicator) : NONE;
  const askedPlace = query.measure.place ? table.geographies.idOf(query.measure.place) : NONE;
  const { docSpans, fieldsAt } = table;
  const askedPopulation = query.measure.population ? table.populations.idOf(query.measure.population.id) : NONE;
  // "inadequate 2015" names no population: councils, what the sector's grades are first about, before
  // children's homes and agencies (each still listed).
  const gradedByDefault = !query.measure.population && query.indicator && catalogue().indicator(query.indicator)?.kind === "grade" ? table.populations.idOf("councils") : NONE;
  const askedPeriod = exactPeriod === undefined ? NONE : table.periods.idOf(exactPeriod);
  // Whether each period (by id) overlaps the asked years: 0 not yet read, 1 inside, 2 outside.
  const periodInside = years ? new Uint8Array(table.periods.values.length + 1) : undefined;
  const inYearsById = (period: number, range: YearRange): boolean => {
    const slot = period + 1;
    if (periodInside![slot] === 0) periodInside![slot] = inYears(period === NONE ? undefined : table.periods.values[period], range) ? 1 : 2;
    return periodInside![slot] === 1;
  };
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const mask = hitMasks[h]!;
    let matchedCount: number;
    let speakerMatched: boolean;
    if (bitwise) {
      matchedCount = bitCount(mask);
      speakerMatched = speakerTermsSearched && (mask & speakerBits) === speakerBits;
    } else {
      const matched = index.matchedTerms(hit.doc, searchTerms);
      matchedCount = matched.length;
      speakerMatched = query.speakerTerms.every((term) => matched.includes(term));
    }
    const contentMatched = bitwise ? bitCount(mask & contentBits) : matchedCount;
    const coverage = contentCount > 0 ? contentMatched / contentCount : searchTerms.length > 0 ? matchedCount / searchTerms.length : 0;
    // A rare word or a number the sentence shares with the question ("737", a surname, "too high")
    // is evidence for the sentence that the measure's name alone must not outrank.
    const ownWords = bitwise ? bitCount(mask & rareBits) : 0;
    const quoteId = docSpans[3 * hit.doc]!;
    if (quoteId !== NONE) {
      const quote = archive.quotes[quoteId]!;
      if (coverage >= MIN_QUOTE_COVERAGE && (!namesSpeaker || speakerMatched) && (!years || inYears(quote.source.date?.slice(0, 4), years))) {
        quotes.push({ quote, score: hit.score });
      }
      continue;
    }
    // "What did Wilshaw say" is a question about quotes; figures only if their sentence names him.
    if (coverage < MIN_COVERAGE || (namesSpeaker && !speakerMatched)) continue;
    const end = docSpans[3 * hit.doc + 2]!;
    for (let at = docSpans[3 * hit.doc + 1]!; at < end; at++) {
      const id = table.figureIds[at]!;
      const fields = FIELDS * at;
      let score = hit.score + OWN_WORD * ownWords;
      const indicator = fieldsAt[fields + FIELD.indicator]!;
      const period = fieldsAt[fields + FIELD.period]!;
      // A figure without a measure may still be the one asked for; one that measures something else is not.
      if (query.indicator && indicator !== NONE) score += indicator === askedIndicator ? METRIC_MATCH : METRIC_MISMATCH;
      // Its sentence names the measure, though the figure counts something else ("14 councils where caseloads were too high").
      else if (query.indicator && bitwise && (mask & measureBits) !== 0) score += NAMED_NEARBY;
      if (query.measure.place && fieldsAt[fields + FIELD.geography] === askedPlace) score += POPULATION_MATCH;
      else if (!query.measure.place && fieldsAt[fields + FIELD.local] === 1) score -= LOCAL_UNASKED;
      if (query.measure.population && fieldsAt[fields + FIELD.population] === askedPopulation) score += POPULATION_MATCH;
      else if (gradedByDefault !== NONE && fieldsAt[fields + FIELD.population] === gradedByDefault) score += DEFAULT_POPULATION;
      const kind = fieldsAt[fields + FIELD.kind];
      // "how many children were in care": the count, not the rate per 10,000; "what rate": a share or a rate.
      if (wanted === "count" && kind === NUMBER_KIND.count) score += COUNT_WANTED;
      if (wanted === "share" && kind === NUMBER_KIND.share) score += COUNT_WANTED;
      if (wanted === "rate" && (kind === NUMBER_KIND.share || kind === NUMBER_KIND.rate)) score += COUNT_WANTED;
      if (years && period === askedPeriod) score += EXACT_PERIOD;
      // "34.2 per cent": of the sentence's figures, the one the reporter remembered.
      const valueAsked = values.size > 0 && values.has(archive.figures[id]!.value);
      if (valueAsked) score += VALUE_ASKED;
      if (query.indicator && indicator === askedIndicator) anyOnTopic = true;
      if (!years || inYearsById(period, years)) {
        const figure = archive.figures[id]!;
        const entry = { figure, score: withProximity(figure, score), inPeriod: true };
        inside.push(entry);
        if (indicator === NONE && ownWords === 0 && !valueAsked) unmeasured.add(entry);
      } else {
        outsideIds.push(id);
        outsideScores.push(score);
      }
    }
  }
  // With a metric named, figures that measure something else in the same sentence are noise.
  const inPool = (figure: Figure) => !anyOnTopic || !figure.measure || figure.measure.indicator === query.indicator;
  const byScore = (a: RankedFigure, b: RankedFigure) => b.score - a.score;
  const gaps = new Map<string | undefined, number>();
  const gapOf = (period: string | undefined, range: YearRange): number => {
    let gap = gaps.get(period);
    if (gap === undefined) gaps.set(period, (gap = yearGap(period, range)));
    return gap;
  };
  const rankOutOfPeriod = (): RankedFigure[] =>
    years
      ? outsideIds
          .map((id, at) => ({ figure: archive.figures[id]!, score: outsideScores[at]! }))
          .filter(({ figure }) => inPool(figure) && figure.period)
          .map(({ figure, score }) => ({ entry: { figure, score: withProximity(figure, score), inPeriod: false }, gap: gapOf(figure.period, years) }))
          .sort((a, b) => a.gap - b.gap || b.entry.score - a.entry.score)
          .map(({ entry }) => entry)
      : [];
  return new RankedLookup(
    // "director changes 2019-20": when figures measure what was asked, one that measures nothing
    // ("twice in three years") comes after them unless the question's own words or number point to it.
    kindFirst(inside.filter((entry) => inPool(entry.figure)).sort(anyOnTopic && unmeasured.size > 0 ? (a, b) => Number(unmeasured.has(a)) - Number(unmeasured.has(b)) || byScore(a, b) : byScore), query.measure.kind),
    quotes.sort((a, b) => b.score - a.score).map((entry) => entry.quote),
    rankOutOfPeriod,
  );
}

/**
 * "secure children's homes places 2023": figures measured over the whole population (all homes'
 * places) come after the rest, each in its order; figures of the kind, and those the reading left
 * without a measure ("Of those, 520 were …"), keep their rank.
 */
function kindFirst(ranked: RankedFigure[], kind: string | undefined): RankedFigure[] {
  if (!kind) return ranked;
  const whole = (entry: RankedFigure) => entry.figure.measure?.population !== undefined && !ofKind(entry.figure.measure, kind);
  return [...ranked.filter((entry) => !whole(entry)), ...ranked.filter(whole)];
}
