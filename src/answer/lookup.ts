// Ranking for a lookup: figures whose metric and period match the query first, then the rest of the
// figures the index found, and the quotes that match.

import type { Archive } from "../archive/buildArchive.ts";
import type { Figure, Quote } from "../types.ts";
import { overlaps, yearGap, type YearRange } from "../archive/periods.ts";
import type { QueryTerms } from "./queryTerms.ts";

export interface RankedFigure {
  figure: Figure;
  score: number;
  inPeriod: boolean;
}

export interface LookupResult {
  figures: RankedFigure[];
  /** Figures on the topic but outside the asked years, closest years first. */
  outOfPeriod: RankedFigure[];
  quotes: Quote[];
}

/** A figure's sentence must share at least this share of the query's terms to be on topic. */
const MIN_COVERAGE = 0.5;
/** Quotes are the second thing a lookup shows; they must match nearly the whole topic to earn a place. */
const MIN_QUOTE_COVERAGE = 0.75;
const METRIC_MATCH = 10;
const METRIC_MISMATCH = -6;
const COUNT_WANTED = 2;
const EXACT_PERIOD = 1;
/** Most a figure gains for standing next to the query's words (decides between figures of one sentence). */
const PROXIMITY = 1.5;

/**
 * How close the figure stands to the query's words in its sentence, 0 to 1: "nearly two thirds (11)
 * had recently seen a new director ... installed" answers "new director installed" better than the
 * "17" at the start of the same sentence.
 */
function proximity(figure: Figure, stems: readonly string[]): number {
  const sentence = figure.sentence.toLowerCase();
  const at = sentence.indexOf(figure.text.toLowerCase());
  if (at < 0 || stems.length === 0) return 0;
  let nearest = Number.POSITIVE_INFINITY;
  for (const stemmed of stems) {
    if (stemmed.length < 3) continue;
    for (let found = sentence.indexOf(stemmed); found >= 0; found = sentence.indexOf(stemmed, found + 1)) {
      const distance = found < at ? at - found : Math.max(0, found - (at + figure.text.length));
      nearest = Math.min(nearest, distance);
    }
  }
  return Number.isFinite(nearest) ? 1 / (1 + nearest / 20) : 0;
}

/** The period string a figure would carry for exactly this range: "2016", "2012-13". */
function periodLabel(years: YearRange): string {
  if (years.from === years.to) return String(years.from);
  return years.to === years.from + 1 ? `${years.from}-${String(years.to).slice(2)}` : `${years.from}-${years.to}`;
}

/** Does the question ask for a count ("how many") or a share ("what proportion")? */
function wantedUnit(topic: string): "count" | "share" | undefined {
  if (/\bhow many\b|\bnumber of\b/i.test(topic)) return "count";
  if (/\bproportion\b|\bshare\b|\bpercent|\bper cent\b|%|\brate\b/i.test(topic)) return "share";
  return undefined;
}

export function lookup(archive: Archive, topic: string, query: QueryTerms, years: YearRange | undefined, limit = 200): LookupResult {
  const searchTerms = query.terms.filter((term) => !/^\d{4}$/.test(term));
  const hits = archive.index.search(searchTerms, limit);
  const wanted = wantedUnit(topic);
  const ranked: RankedFigure[] = [];
  const quotes: Array<{ quote: Quote; score: number }> = [];
  for (const hit of hits) {
    const doc = archive.docs[hit.doc]!;
    const matched = archive.index.matchedTerms(hit.doc, searchTerms);
    const coverage = searchTerms.length > 0 ? matched.length / searchTerms.length : 0;
    const namesSpeaker = query.speakerTerms.length > 0;
    const speakerMatched = query.speakerTerms.every((term) => matched.includes(term));
    if (doc.kind === "quote") {
      const quote = archive.quotes[doc.quote]!;
      if (coverage >= MIN_QUOTE_COVERAGE && (!namesSpeaker || speakerMatched) && (!years || overlaps(quote.source.date?.slice(0, 4), years))) {
        quotes.push({ quote, score: hit.score });
      }
      continue;
    }
    // "What did Wilshaw say" is a question about quotes; figures only if their sentence names him.
    if (coverage < MIN_COVERAGE || (namesSpeaker && !speakerMatched)) continue;
    for (const id of doc.figures) {
      const figure = archive.figures[id]!;
      let score = hit.score;
      if (query.metric) score += figure.metric === query.metric ? METRIC_MATCH : METRIC_MISMATCH;
      if (wanted === "count" && figure.unit !== "%") score += COUNT_WANTED;
      if (wanted === "share" && figure.unit === "%") score += COUNT_WANTED;
      if (years && figure.period === periodLabel(years)) score += EXACT_PERIOD;
      score += PROXIMITY * proximity(figure, searchTerms);
      ranked.push({ figure, score, inPeriod: years ? overlaps(figure.period, years) : true });
    }
  }
  const onTopic = query.metric ? ranked.filter((entry) => entry.figure.metric === query.metric) : ranked;
  // With a metric named, figures that measure something else in the same sentence are noise.
  const pool = onTopic.length > 0 ? onTopic : ranked;
  const byScore = (a: RankedFigure, b: RankedFigure) => b.score - a.score;
  return {
    figures: pool.filter((entry) => entry.inPeriod).sort(byScore),
    outOfPeriod: years
      ? pool
          .filter((entry) => !entry.inPeriod && entry.figure.period)
          .sort((a, b) => yearGap(a.figure.period, years) - yearGap(b.figure.period, years) || b.score - a.score)
      : [],
    quotes: quotes.sort((a, b) => b.score - a.score).map((entry) => entry.quote),
  };
}
