// Releases overlap: Ofsted's 2023 and 2025 files both list the ILACS judgements of 2018–2023, and a
// new edition of a DfE series repeats the earlier years. One record per judgement and per measured
// value, preferring the newer release (it carries revisions) and filling fields one lacks.

import type { Judgement, OfficialFigure } from "./records.ts";

function newer(a: { source: { date?: string } }, b: { source: { date?: string } }): boolean {
  return (a.source.date ?? "") > (b.source.date ?? "");
}

export function judgementKey(judgement: Judgement): string {
  return `${judgement.council}\u0000${judgement.framework}\u0000${judgement.published}\u0000${judgement.inspectionType?.toLowerCase().includes("re-inspection") ? "re" : ""}`;
}

/** One judgement per council, framework and publication date; sorted by council, then date. */
export function dedupeJudgements(judgements: readonly Judgement[]): Judgement[] {
  const byKey = new Map<string, Judgement>();
  for (const judgement of judgements) {
    const key = judgementKey(judgement);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, judgement);
      continue;
    }
    const [first, second] = newer(judgement, kept) || (judgement.inspected && !kept.inspected) ? [judgement, kept] : [kept, judgement];
    // The second fills only what the first lacks (an inspection date, a type, a link); the grade's cell stays the first's.
    byKey.set(key, { ...second, ...first });
  }
  const sorted = [...byKey.values()].sort((a, b) => a.council.localeCompare(b.council) || a.published.localeCompare(b.published));
  return mergeRedated(sorted);
}

/** Days apart two ISO dates are. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * One inspection two releases date differently (Nottingham's ILACS judgement is published 5
 * September 2022 in the 2025 file, 5 November 2022 in the 2023 one): the same council, framework
 * and grade within three months, from different releases, is one judgement, and the newer release's
 * date stands. No council is inspected twice under one framework that soon; counting both would
 * make up a "previous" judgement.
 */
function mergeRedated(sorted: readonly Judgement[]): Judgement[] {
  const kept: Judgement[] = [];
  for (const judgement of sorted) {
    const last = kept.at(-1);
    const same = last && last.council === judgement.council && last.framework === judgement.framework && last.grade === judgement.grade && last.source.title !== judgement.source.title && daysApart(last.published, judgement.published) <= 92;
    if (!same) {
      kept.push(judgement);
      continue;
    }
    const [first, second] = newer(judgement, last) ? [judgement, last] : [last, judgement];
    kept[kept.length - 1] = { ...second, ...first };
  }
  return kept;
}

function figureKey(figure: OfficialFigure): string {
  const { indicator, population, basis, aspect } = figure.measure;
  return [indicator, population, basis, aspect, figure.unit, figure.level, figure.geography, figure.period].join("\u0000");
}

/** One figure per measure, geography and period: the newest release's. */
export function dedupeFigures(figures: readonly OfficialFigure[]): OfficialFigure[] {
  const byKey = new Map<string, OfficialFigure>();
  for (const figure of figures) {
    const key = figureKey(figure);
    const kept = byKey.get(key);
    if (!kept || newer(figure, kept)) byKey.set(key, figure);
  }
  return [...byKey.values()];
}
