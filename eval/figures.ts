// Figure extraction scored against the hand annotation: a figure is right when its value, its
// measure (indicator, population, subgroup, basis, aspect), its period and its geography all agree.
// Precision is over the figures the bot gave a measure; recall over the annotated figures that have one.

import type { Archive } from "../src/archive/buildArchive.ts";
import { periodsMeet, subgroupKey } from "../src/measure/same.ts";
import type { Figure } from "../src/types.ts";

export interface FigureAnnotation {
  context: string;
  text: string;
  value: number;
  indicator: string | null;
  population: string | null;
  subgroup: string | null;
  basis: string | null;
  aspect: string | null;
  period: string | null;
  geography: string | null;
  note?: string;
}

export interface FigureScore {
  annotated: number;
  /** Annotated figures that have a measure. */
  measurable: number;
  /** Bot figures with a measure. */
  assigned: number;
  right: number;
  precision: number;
  recall: number;
  /** Annotated figures the bot did not extract at all. */
  unextracted: number;
  wrong: string[];
  missed: string[];
  problems: string[];
}

/** Why a bot figure's measure differs from the annotation's, or "" when it agrees. */
export function measureDifference(figure: Figure, annotation: FigureAnnotation): string {
  const measure = figure.measure;
  if (!measure) return annotation.indicator === null ? "" : "unassigned";
  if (annotation.indicator === null) return `assigned ${measure.indicator}, annotation has no measure`;
  const differences: string[] = [];
  if (measure.indicator !== annotation.indicator) differences.push(`indicator ${measure.indicator} ≠ ${annotation.indicator}`);
  if ((measure.population ?? null) !== annotation.population && !(measure.population === undefined && annotation.population === null)) {
    differences.push(`population ${measure.population ?? "—"} ≠ ${annotation.population ?? "—"}`);
  }
  // A subgroup is compared as the bot compares subgroups everywhere (same.ts): "inspected under the
  // new regime to date" names only that a group was inspected, which is no subgroup of its own.
  if (Boolean(subgroupKey(measure.subgroup)) !== Boolean(subgroupKey(annotation.subgroup ?? undefined))) differences.push(`subgroup ${measure.subgroup ?? "—"} ≠ ${annotation.subgroup ?? "—"}`);
  // An unstated basis is not wrong; a different one is.
  if (measure.basis && annotation.basis && measure.basis !== annotation.basis) differences.push(`basis ${measure.basis} ≠ ${annotation.basis}`);
  if ((measure.aspect ?? null) !== (annotation.aspect ?? null) && !(annotation.aspect === "overall" && !measure.aspect)) {
    differences.push(`aspect ${measure.aspect ?? "—"} ≠ ${annotation.aspect ?? "—"}`);
  }
  // "In the past year" in an October 2013 article is 2012-13 or 2013 as one reads it: a calendar year
  // and a financial year that contains it agree; two different years do not.
  if ((figure.period ?? null) !== annotation.period && !periodsMeet(figure.period, annotation.period ?? undefined)) differences.push(`period ${figure.period ?? "—"} ≠ ${annotation.period ?? "—"}`);
  // "Yorkshire and the Humber" and the DfE's "Yorkshire and The Humber" are one place: annotators write either.
  if (figure.geography && annotation.geography && figure.geography.toLowerCase() !== annotation.geography.toLowerCase()) differences.push(`geography ${figure.geography} ≠ ${annotation.geography}`);
  return differences.join(", ");
}

function valueMatches(figure: Figure, annotation: FigureAnnotation): boolean {
  return Math.abs(figure.value - annotation.value) <= Math.max(0.01, Math.abs(annotation.value) * 0.001);
}

/** The bot figure standing for an annotated one: same document, in the context's sentence, same words or value. */
function findFigure(figures: readonly Figure[], annotation: FigureAnnotation, used: Set<Figure>): Figure | undefined {
  const inContext = figures.filter((figure) => !used.has(figure) && figure.sentence.includes(annotation.context));
  return (
    inContext.find((figure) => figure.text === annotation.text) ??
    inContext.find((figure) => valueMatches(figure, annotation) && (annotation.context.includes(figure.text) || figure.text.includes(annotation.text)))
  );
}

export function scoreFigures(archive: Archive, annotations: ReadonlyMap<string, FigureAnnotation[]>, texts: ReadonlyMap<string, string>, raw: ReadonlyMap<string, string>): FigureScore {
  const byDocument = new Map<string, Figure[]>();
  for (const figure of archive.figures) {
    const list = byDocument.get(figure.source.id);
    if (list) list.push(figure);
    else byDocument.set(figure.source.id, [figure]);
  }
  const score: FigureScore = { annotated: 0, measurable: 0, assigned: 0, right: 0, precision: 0, recall: 0, unextracted: 0, wrong: [], missed: [], problems: [] };
  let rightOfMeasurable = 0;
  for (const [document, list] of annotations) {
    const text = texts.get(document);
    if (text === undefined) {
      score.problems.push(`${document}: no such document`);
      continue;
    }
    const figures = byDocument.get(document) ?? [];
    const used = new Set<Figure>();
    for (const annotation of list) {
      if (!(raw.get(document) ?? "").includes(annotation.context) || !annotation.context.includes(annotation.text)) {
        score.problems.push(`${document}: context not verbatim: “${annotation.context}”`);
        continue;
      }
      // Site chrome ("From £15 / month") is dropped before extraction: a number there is no figure.
      if (!text.includes(annotation.context) && annotation.indicator === null) continue;
      score.annotated++;
      if (annotation.indicator !== null) score.measurable++;
      const figure = findFigure(figures, annotation, used);
      const label = `${document}: “${annotation.text}” in “${annotation.context}”`;
      if (!figure) {
        score.unextracted++;
        if (annotation.indicator !== null) score.missed.push(`${label}: not extracted (want ${annotation.indicator}/${annotation.population ?? "—"} ${annotation.period ?? ""})`);
        continue;
      }
      used.add(figure);
      const difference = measureDifference(figure, annotation);
      if (figure.measure) {
        score.assigned++;
        if (difference === "") score.right++;
        else score.wrong.push(`${label}: ${difference}`);
      }
      if (annotation.indicator !== null) {
        if (difference === "" && figure.measure) rightOfMeasurable++;
        else if (!figure.measure) score.missed.push(`${label}: unassigned (want ${annotation.indicator}/${annotation.population ?? "—"} ${annotation.period ?? ""})`);
      }
    }
    // A figure the annotation does not list is no quantity; giving it a measure is a wrong answer.
    for (const figure of figures) {
      if (used.has(figure) || !figure.measure) continue;
      score.assigned++;
      score.wrong.push(`${document}: “${figure.text}” in “${figure.sentence.slice(0, 80)}”: not a figure in the annotation, assigned ${figure.measure.indicator}`);
    }
  }
  score.precision = score.assigned === 0 ? 1 : score.right / score.assigned;
  score.recall = score.measurable === 0 ? 1 : rightOfMeasurable / score.measurable;
  return score;
}
