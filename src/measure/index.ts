// The measure: what a figure measures and whether two figures measure the same thing. Extraction,
// the statistics reader, check, trend and lookup all read it here; nothing else names an indicator.

export { catalogue, readCatalogue, type Catalogue, type Indicator, type Population, type UnitKind } from "./catalogue.ts";
export { readMeasures, statedBasis, type ClauseSpan, type FigureSlot } from "./read.ts";
import { catalogue } from "./catalogue.ts";

/** "inadequate", "director change": how an indicator is named in answers. */
export function indicatorLabel(id: string): string {
  return catalogue().indicator(id)?.label ?? id;
}
