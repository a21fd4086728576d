// The official count of councils by grade as a value to set beside a claim or an article's figure,
// for checks (numberCheck.ts) and for "official first" lookups (gradeFirst.ts) alike. The record's
// share is exact: a count out of a total is not a rounded figure, so "65%" does not agree with
// 67.3 % while "two thirds" does (its own words round). One helper, so a lookup and a check never
// disagree about the same figure.

import { oneDecimal } from "../../archive/compare.ts";
import { unitKindOf } from "../../measure/same.ts";
import { gradeIndicator } from "../../statistics/values.ts";
import type { FigureMention, OfficialFigure } from "../../types.ts";
import type { GradeTally } from "./gradeCounts.ts";

export interface RecordValue {
  value: number;
  unit: string;
  text: string;
}

/** count out of outOf as an exact percentage ("24.1%" printed, the exact value kept). */
export function tallyShare(count: number, outOf: number): RecordValue {
  const value = outOf > 0 ? (count / outOf) * 100 : 0;
  return { value, unit: "%", text: `${oneDecimal(value)}%` };
}

/** The record stated the way the figure is: its share when the figure is a share, else the count in the figure's own unit. */
export function recordAs(figure: Pick<FigureMention, "unit" | "measure">, tally: { count: number; outOf: number }): RecordValue {
  return unitKindOf(figure) === "share" ? tallyShare(tally.count, tally.outOf) : { value: tally.count, unit: figure.unit, text: String(tally.count) };
}

/**
 * The tally as an official figure, to name beside an article figure that differs from it
 * (`officialDifferences`). A per-council table's count keeps the rows it counted; a count of the
 * judgements in force that day has no single cell, and the period label says what the
 * share is of (the councils judged under one framework that day).
 */
export function tallyFigure(tally: GradeTally, grade: string, year: number, stated: Pick<FigureMention, "unit" | "measure">): OfficialFigure {
  const record = recordAs(stated, tally);
  const share = record.unit === "%";
  return {
    value: record.value,
    unit: share ? "%" : "councils",
    text: share ? oneDecimal(record.value) : record.text,
    metric: grade,
    measure: { indicator: gradeIndicator(grade), population: "councils", basis: "stock", aspect: "overall effectiveness" },
    period: String(year),
    periodLabel: `${tally.periodLabel}, of ${tally.outOf} councils judged under ${tally.framework}`,
    geography: "England",
    level: "national",
    source: tally.source,
    ...(tally.counted ? { counted: tally.counted } : {}),
  };
}
