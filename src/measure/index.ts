// The measure: what a figure measures and whether two figures measure the same thing. Extraction,
// the statistics reader, check, trend and lookup all read it here; nothing else names an indicator.

export { catalogue, readCatalogue, type Catalogue, type Framework, type Indicator, type Population, type UnitKind } from "./catalogue.ts";
export { readMeasures, statedBasis, type ClauseSpan, type FigureSlot } from "./read.ts";
import { catalogue } from "./catalogue.ts";
import type { Measure } from "../types.ts";

/** "inadequate", "director change": how an indicator is named in answers. */
export function indicatorLabel(id: string): string {
  return catalogue().indicator(id)?.label ?? id;
}

/**
 * A grade counted over no named population ("21 were rated inadequate") measures nothing checkable:
 * councils and children's homes are both graded. The figure keeps its words, without a measure.
 */
export function withoutUnsettledGrade<T extends { measure?: Measure; metric?: string }>(mention: T): T {
  if (!mention.measure || mention.measure.population || catalogue().indicator(mention.measure.indicator)?.kind !== "grade") return mention;
  const { measure: _measure, metric: _metric, ...unmeasured } = mention;
  return unmeasured as T;
}
