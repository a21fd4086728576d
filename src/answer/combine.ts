// A claim about a combination ("councils inadequate or requiring improvement", "good or better") is
// checked against the sum of its parts when a source gives the parts but not the total: "22% were
// inadequate and 42% required improvement" supports "64% were less than good". The catalogue says
// which indicators add up (`combines`); the parts must come from one source, for one period and place.

import type { Archive } from "../archive/buildArchive.ts";
import { describeFigure, isRounded } from "../archive/compare.ts";
import { catalogue } from "../measure/catalogue.ts";
import { basesCompatible, placesCompatible, unitKindOf } from "../measure/same.ts";
import type { Figure, FigureMention } from "../types.ts";
import { cellsFor, measureTable } from "./measures.ts";

export interface Combination {
  parts: Figure[];
  sum: number;
  agrees: boolean;
  /** "22% inadequate + 42% requires improvement = 64 %". */
  working: string;
}

/** How far the sum may lie from the claim: each part's own rounding, more for words ("two thirds"). */
function tolerance(claimed: FigureMention, parts: readonly Figure[]): number {
  const share = unitKindOf(claimed) === "share";
  const loose = isRounded(claimed);
  if (share) return (loose ? 2.5 : 0) + 0.5 * parts.length;
  return loose ? claimed.value * 0.05 : 0;
}

/** The parts of the claim's combined indicator that one source gives for the claim's period, summed. */
export function combinationFor(archive: Archive, claimed: FigureMention): Combination | undefined {
  const measure = claimed.measure;
  const parts = measure ? catalogue().indicator(measure.indicator)?.combines : undefined;
  if (!measure || !parts || !claimed.period) return undefined;
  const fits = (figure: Figure) => figure.period === claimed.period && placesCompatible(figure.geography, claimed.geography) && basesCompatible(figure.measure, measure);
  // Per source, the first figure of each part.
  const bySource = new Map<string, Map<string, Figure>>();
  for (const part of parts) {
    const { same } = cellsFor(measureTable(archive), { ...claimed, measure: { ...measure, indicator: part } });
    for (const cell of same) {
      if (cell.period !== claimed.period) continue;
      for (const ordinal of cell.ordinals) {
        const figure = archive.figures[ordinal]!;
        if (!fits(figure) || figure.upper !== undefined) continue;
        let found = bySource.get(figure.source.id);
        if (!found) bySource.set(figure.source.id, (found = new Map()));
        if (!found.has(part)) found.set(part, figure);
      }
    }
  }
  for (const found of bySource.values()) {
    if (found.size !== parts.length) continue;
    const figures = parts.map((part) => found.get(part)!);
    const sum = figures.reduce((total, figure) => total + figure.value, 0);
    const agrees = Math.abs(sum - claimed.value) <= tolerance(claimed, figures) + 1e-9;
    const unit = unitKindOf(claimed) === "share" ? " %" : "";
    const working = `${figures.map((figure) => `${describeFigure(figure)} ${catalogue().indicator(figure.measure!.indicator)?.label ?? ""}`.trim()).join(" + ")} = ${Number(sum.toFixed(1))}${unit}`;
    return { parts: figures, sum, agrees, working };
  }
  return undefined;
}
