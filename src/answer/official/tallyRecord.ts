// The official count of councils by grade as a value to set beside a claim or an article's figure,
// for checks (numberCheck.ts) and for "official first" lookups (route.ts) alike. The record's
// share is exact: a count out of a total is not a rounded figure, so "65%" does not agree with
// 67.3 % while "two thirds" does (its own words round). One helper, so a lookup and a check never
// disagree about the same figure.

import { oneDecimal } from "../../archive/compare.ts";
import { unitKindOf } from "../../measure/same.ts";
import type { FigureMention } from "../../types.ts";

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
