// The figure grammar for newsroom English: recogniseNumbers finds every number expression;
// extractFigures keeps the ones worth citing and says what each counts, measures, when and where.

import type { FigureMention } from "../../types.ts";
import { clauseIndexAt, countedNounAfter, countedNounAfterOf, findPlaces, genericNounAfter, SpanIndex, splitClauses, tagClauses } from "./context.ts";
import type { Clause, InClause } from "./context.ts";
import { isFigure } from "./filters.ts";
import { findMetricMentions } from "./metrics.ts";
import { findPeriods, resolveRelative, yearOfDate } from "./periods.ts";
import type { PeriodMention } from "./periods.ts";
import { qualifierAfter, qualifierBefore } from "./qualifiers.ts";
import { recogniseTokens } from "./recognise.ts";
import type { RecognisedNumber } from "./recognise.ts";
import type { Token } from "./tokens.ts";

export { recogniseNumbers } from "./recognise.ts";
export type { NumberKind, NumberMention } from "./recognise.ts";
export { METRICS } from "./metrics.ts";
export type { MetricDefinition, MetricName } from "./metrics.ts";

export interface FigureContext {
  /** ISO date (YYYY-MM-DD) of the article: anchors "in the past year", "this year", and figures with no period of their own. */
  date?: string;
}

/** A sentence's periods, split the ways periodOf consults them. */
interface PeriodIndex {
  explicit: SpanIndex<InClause<PeriodMention>>;
  relative: SpanIndex<InClause<PeriodMention>>;
  /** The one explicit period the sentence states outside contrast clauses, if exactly one. */
  shared: string | undefined;
  all: SpanIndex<InClause<PeriodMention>>;
}

function indexPeriods(periods: ReadonlyArray<InClause<PeriodMention>>, clauses: readonly Clause[]): PeriodIndex {
  const explicit = new SpanIndex(periods.filter((period) => period.explicit !== undefined));
  const shared = new Set(explicit.filterClauses((clause) => !clauses[clause]!.contrast).map((period) => period.explicit));
  return {
    explicit,
    relative: new SpanIndex(periods.filter((period) => period.relative !== undefined)),
    shared: shared.size === 1 ? [...shared][0] : undefined,
    all: new SpanIndex(periods),
  };
}

/**
 * The period of a figure: an explicit one in its clause, else a relative one there read against the
 * article's date, else the one explicit period the sentence states outside contrast clauses, else the
 * article's year.
 */
function periodOf(figure: RecognisedNumber, clause: number, periods: PeriodIndex, articleYear: number | undefined): string | undefined {
  const explicit = periods.explicit.nearestInClause(figure, clause)?.explicit;
  if (explicit) return explicit;
  const relative = periods.relative.nearestInClause(figure, clause)?.relative;
  const resolved = relative ? resolveRelative(relative, articleYear) : undefined;
  if (resolved) return resolved;
  if (periods.shared) return periods.shared;
  return articleYear === undefined ? undefined : String(articleYear);
}

/** What a count counts: the noun after it, else the noun an earlier figure in the sentence counted. */
function unitOf(figure: RecognisedNumber, tokens: readonly Token[], population: string | undefined): { unit: string; population: string | undefined } {
  const named = countedNounAfter(tokens, figure.endTok) ?? countedNounAfterOf(tokens, figure.endTok);
  if (figure.proportion) return { unit: figure.percentagePoints ? "percentage points" : "%", population: named ?? population };
  if (named) return { unit: named, population: named };
  return { unit: genericNounAfter(tokens, figure.endTok) ?? population ?? "", population };
}

type MetricIndex = SpanIndex<InClause<ReturnType<typeof findMetricMentions>[number]>>;

/**
 * The metric nearest the figure, except that one inside a partitive describes the group the figure
 * is drawn from, not the figure: in "11 of the authorities rated inadequate had new directors
 * appointed", 11 counts new directors. A later metric in the same clause is taken instead, if any.
 */
function metricFor(found: RecognisedNumber, clause: number, metrics: MetricIndex, sentence: string) {
  // A total ("a quarter of the 79 councils inspected ... had failed") is described only by its own
  // participle phrase; the verb after it ("had failed") belongs to the share drawn from it.
  if (TOTAL_LEAD.test(sentence.slice(Math.max(0, found.start - 12), found.start))) {
    const verb = FINITE_VERB.exec(sentence.slice(found.end));
    const limit = found.end + (verb ? verb.index : sentence.length);
    return metrics.filterClauses((index) => index === clause).find((mention) => mention.start >= found.end && mention.start < limit);
  }
  const nearest = metrics.nearestInClauseThenSentence(found, clause);
  if (!nearest || nearest.start < found.end || !PARTITIVE.test(sentence.slice(found.end, nearest.start))) return nearest;
  const later = metrics.filterClauses((index) => index === clause).filter((mention) => mention.start >= nearest.end);
  return later.sort((a, b) => a.start - b.start)[0] ?? nearest;
}

const PARTITIVE = /^\s+of\s+(?:the|those|these)\s[^,;]*$/i;
const TOTAL_LEAD = /(?:\bof the|\bout of|\bof all)\s+$/i;
const FINITE_VERB = /\b(?:had|has|have|were|was|is|are|will|would|could|did)\b/i;

function extract(sentence: string, context: FigureContext): FigureMention[] {
  const { tokens, numbers } = recogniseTokens(sentence);
  if (numbers.length === 0) return [];
  const articleYear = yearOfDate(context.date);
  const clauses = splitClauses(tokens, sentence.length);
  const periods = indexPeriods(tagClauses(findPeriods(tokens), clauses), clauses);
  const metrics = new SpanIndex(tagClauses(findMetricMentions(tokens).filter((mention) => mention.name !== "inspections"), clauses));
  const places = new SpanIndex(tagClauses(findPlaces(tokens), clauses));
  const figures: FigureMention[] = [];
  let population: string | undefined;
  for (const found of numbers) {
    if (!isFigure(found, tokens, periods.all.overlaps(found))) continue;
    const qualifier = qualifierBefore(tokens, found.startTok)?.normalised ?? found.upperQualifier ?? qualifierAfter(tokens, found.endTok);
    const counted = unitOf(found, tokens, population);
    // A lone "one" is a count only when hedged or naming what it counts ("only one council"); else "one of the key factors".
    if (found.loneOne && !qualifier && !countedNounAfter(tokens, found.endTok)) continue;
    population = counted.population;
    const figure: FigureMention = { value: found.value, unit: counted.unit, text: found.text, start: found.start, end: found.end };
    if (found.proportion && counted.population) figure.of = counted.population;
    if (found.upper !== undefined) figure.upper = found.upper;
    if (qualifier) figure.qualifier = qualifier;
    const clause = clauseIndexAt(clauses, found.start);
    const metric = counted.unit === "inspections" ? "inspections" : metricFor(found, clause, metrics, sentence)?.name;
    if (metric) figure.metric = metric;
    const period = periodOf(found, clause, periods, articleYear);
    if (period) figure.period = period;
    const place = places.nearestInClauseThenSentence(found, clause)?.name;
    if (place) figure.geography = place;
    figures.push(figure);
  }
  return figures;
}

/**
 * The figures in one sentence of an article. Never throws: input it cannot read gives [].
 * Values of percentages, ratios and fractions are percentages at full precision (one in seven → 14.2857…);
 * a range's qualifier on its upper bound ("to as high as 34") is reported as the range's qualifier.
 */
export function extractFigures(sentence: string, context: FigureContext = {}): FigureMention[] {
  if (typeof sentence !== "string" || sentence.length === 0) return [];
  try {
    return extract(sentence, context ?? {});
  } catch {
    return [];
  }
}
