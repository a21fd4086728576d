// Whether a downloaded edition may replace the one in the folder, and what changed. It may when the
// reader reads it and it still holds every measure the previous edition held (a measure that has
// gone means a sheet or column the reader needs is missing: that is named); what changed is the
// periods that are new and the values that were revised.

import type { Result } from "../../ingest/formats.ts";
import type { ReadRelease } from "../readRelease.ts";
import type { OfficialFigure } from "../records.ts";
import { judgementKey } from "../dedupe.ts";

export interface EditionChange {
  newPeriods: string[];
  revised: string[];
  newJudgements: number;
  unchanged: boolean;
}

function measureKey(figure: OfficialFigure): string {
  return `${figure.measure.indicator}/${figure.measure.population ?? ""}/${figure.measure.aspect ?? ""}/${figure.unit}`;
}

function valueKey(figure: OfficialFigure): string {
  return `${measureKey(figure)}/${figure.level}/${figure.geography}/${figure.period}`;
}

/** Where a measure stood in the previous edition: the sheet and column the new one lacks. */
function whereItWas(figure: OfficialFigure): string {
  const cell = figure.cell ?? figure.counted;
  if (!cell) return figure.metric;
  return `${cell.sheet ? `sheet “${cell.sheet}”, ` : ""}column “${cell.header}”`;
}

export function compareEditions(previous: ReadRelease | undefined, next: ReadRelease): Result<EditionChange> {
  if (previous) {
    const nextMeasures = new Set(next.figures.map(measureKey));
    const lost = new Map<string, OfficialFigure>();
    for (const figure of previous.figures) if (!nextMeasures.has(measureKey(figure)) && !lost.has(measureKey(figure))) lost.set(measureKey(figure), figure);
    if (lost.size > 0) return { ok: false, reason: `the new edition lacks ${[...lost.values()].slice(0, 3).map((figure) => `${figure.metric} (${whereItWas(figure)})`).join("; ")}${lost.size > 3 ? ` and ${lost.size - 3} more` : ""}` };
    if (previous.judgements.length > 0 && next.judgements.length === 0) {
      const cell = previous.judgements[0]!.cell;
      return { ok: false, reason: `the new edition has no council judgements (before: ${cell.sheet ? `sheet “${cell.sheet}”, ` : ""}column “${cell.header}”)` };
    }
  }
  const before = new Map((previous?.figures ?? []).map((figure) => [valueKey(figure), figure]));
  const oldPeriods = new Set((previous?.figures ?? []).map((figure) => figure.period));
  const newPeriods = [...new Set(next.figures.map((figure) => figure.period).filter((period) => !oldPeriods.has(period)))].sort();
  const revised: string[] = [];
  for (const figure of next.figures) {
    const old = before.get(valueKey(figure));
    if (old && old.value !== figure.value) revised.push(`${figure.metric}, ${figure.geography}, ${figure.periodLabel}: ${old.text} → ${figure.text}`);
  }
  const oldJudgements = new Set((previous?.judgements ?? []).map(judgementKey));
  const newJudgements = next.judgements.filter((judgement) => !oldJudgements.has(judgementKey(judgement))).length;
  return { ok: true, value: { newPeriods, revised, newJudgements, unchanged: newPeriods.length === 0 && revised.length === 0 && newJudgements === 0 } };
}

export function describeChange(file: string, change: EditionChange): string {
  if (change.unchanged) return `${file}: no new periods or revised values`;
  const parts = [
    change.newPeriods.length > 0 ? `new periods ${change.newPeriods.join(", ")}` : "",
    change.newJudgements > 0 ? `${change.newJudgements} new judgements` : "",
    change.revised.length > 0 ? `${change.revised.length} revised values (${change.revised.slice(0, 3).join("; ")}${change.revised.length > 3 ? "; …" : ""})` : "",
  ].filter(Boolean);
  return `${file}: ${parts.join(", ")}`;
}
