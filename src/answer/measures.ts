// Each measure's figures filed by period, so that checking a claim reads the few cells it can match
// instead of every figure of the indicator (at 50,000 articles an indicator such as "inadequate" has
// a hundred thousand figures and one pass over them costs tens of milliseconds). What counts as one
// measure is src/measure's measureKey.

import type { Archive } from "../archive/buildArchive.ts";
import { agreementSpan, isBound } from "../archive/compare.ts";
import { measureKey, periodsOverlap, unitKindOf } from "../measure/same.ts";
import { overlaps, type YearRange } from "../measure/periods.ts";
import type { Figure, FigureMention } from "../types.ts";
import { mostReportedFirst } from "./corroborate.ts";
import { memo } from "./views.ts";

/** The figures of one measure and one period ("" for undated). */
export interface MeasureCell {
  /** Unique within its table: names a set of cells in the group cache. */
  id: number;
  period: string | undefined;
  /** One figure of the cell, standing for its measure. */
  sample: Figure;
  /** Positions in `archive.figures`, in archive order. */
  ordinals: number[];
  /** The same positions sorted by value, with the values beside them for binary search. */
  byValue?: { ordinals: Int32Array; values: Float64Array };
  /** Figures stated as bounds ("more than 4,500"): few, so kept apart rather than searched for. */
  bounds: number[];
  /** The cell's figures by sentence, built when a check first asks. */
  bySentence?: Map<string, number[]>;
}

/** A cell's figures by the sentence they stand in: a check looks for a second figure of its measure there. */
export function sentencesOfCell(archive: Archive, cell: MeasureCell): Map<string, number[]> {
  if (!cell.bySentence) {
    cell.bySentence = new Map();
    for (const ordinal of cell.ordinals) {
      const sentence = archive.figures[ordinal]!.sentence;
      const list = cell.bySentence.get(sentence);
      if (list) list.push(ordinal);
      else cell.bySentence.set(sentence, [ordinal]);
    }
  }
  return cell.bySentence;
}

/** measureKey → period → cell. */
export type MeasureTable = Map<string, Map<string, MeasureCell>>;

export const measureTable = memo((archive: Archive): MeasureTable => {
  const table: MeasureTable = new Map();
  let cells = 0;
  archive.figures.forEach((figure, ordinal) => {
    const key = measureKey(figure);
    if (key === undefined) return;
    let periods = table.get(key);
    if (!periods) table.set(key, (periods = new Map()));
    const periodKey = figure.period ?? "";
    let cell = periods.get(periodKey);
    if (!cell) periods.set(periodKey, (cell = { id: cells++, period: figure.period, sample: figure, ordinals: [], bounds: [] }));
    cell.ordinals.push(ordinal);
    if (isBound(figure)) cell.bounds.push(ordinal);
  });
  return table;
});

/** The key with its kind of number swapped: "20 councils" and "13 % of councils" count one thing two ways. */
function otherWayKey(key: string, claimed: FigureMention): string | undefined {
  const kind = unitKindOf(claimed);
  if (kind !== "share" && kind !== "count") return undefined;
  return `${key.slice(0, key.length - kind.length)}${kind === "share" ? "count" : "share"}`;
}

/** The cells measuring what `claimed` measures, and those counting the same thing the other way. */
export function cellsFor(table: MeasureTable, claimed: FigureMention): { same: MeasureCell[]; otherWay: MeasureCell[] } {
  const key = measureKey(claimed);
  if (key === undefined) return { same: [], otherWay: [] };
  const other = otherWayKey(key, claimed);
  return { same: [...(table.get(key)?.values() ?? [])], otherWay: other === undefined ? [] : [...(table.get(other)?.values() ?? [])] };
}

function sortedByValue(archive: Archive, cell: MeasureCell): { ordinals: Int32Array; values: Float64Array } {
  if (!cell.byValue) {
    const ordinals = Int32Array.from(cell.ordinals).sort((a, b) => archive.figures[a]!.value - archive.figures[b]!.value || a - b);
    cell.byValue = { ordinals, values: Float64Array.from(ordinals, (ordinal) => archive.figures[ordinal]!.value) };
  }
  return cell.byValue;
}

function firstAtLeast(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The cells' figures whose value lies in `span`, in archive order. */
export function figuresInSpan(archive: Archive, cells: readonly MeasureCell[], span: { from: number; to: number }): Figure[] {
  const found: number[] = [];
  for (const cell of cells) {
    const { ordinals, values } = sortedByValue(archive, cell);
    for (let i = firstAtLeast(values, span.from); i < values.length && values[i]! <= span.to; i++) found.push(ordinals[i]!);
  }
  // Thousands of figures can fall in a span: a typed array then sorts them natively, without a
  // comparator call per comparison (for a few, the copy costs more than it saves).
  const ordered = found.length > 64 ? Int32Array.from(found).sort() : found.sort((a, b) => a - b);
  return Array.from(ordered, (ordinal) => archive.figures[ordinal]!);
}

/** The figures that could agree with `claimed`, each to be judged by `valuesAgree`. */
export function agreementCandidates(archive: Archive, cells: readonly MeasureCell[], claimed: FigureMention): Figure[] {
  return figuresInSpan(archive, cells, agreementSpan(claimed));
}

export function boundFigures(archive: Archive, cells: readonly MeasureCell[]): Figure[] {
  return cells
    .flatMap((cell) => cell.bounds)
    .sort((a, b) => a - b)
    .map((ordinal) => archive.figures[ordinal]!);
}

/** Cells whose period overlaps the claim's; all of them when the claim gives no period. */
export function inPeriod(cells: readonly MeasureCell[], claimed: FigureMention): MeasureCell[] {
  return claimed.period ? cells.filter((cell) => periodsOverlap(cell.period, claimed.period)) : [...cells];
}

/** Every cell, of every measure, whose period overlaps the years: "what does the archive say about 2016". */
export function cellsInYears(table: MeasureTable, years: YearRange): MeasureCell[] {
  const cells: MeasureCell[] = [];
  for (const periods of table.values()) for (const cell of periods.values()) if (overlaps(cell.period, years)) cells.push(cell);
  return cells;
}

/** A set of cells' figures folded into groups (corroborate), as much of it as any answer shows. */
export interface MeasureGroups {
  /** The first groups, most-reported first, then archive order: at most KEPT_GROUPS. */
  top: Figure[];
  /** How many groups there are in all. */
  total: number;
}

/** More than any answer lists (a check shows 3 and attaches 10; a year's answer shows 20). */
export const KEPT_GROUPS = 50;

/**
 * The same few sets of cells are asked for again and again, so each set's first groups are kept,
 * per archive: only the first KEPT_GROUPS of each, since a year's set can fold most of the archive.
 */
const groupCache = memo(() => new Map<string, MeasureGroups>());

export function measureGroups(archive: Archive, cells: readonly MeasureCell[]): MeasureGroups {
  const key = cells
    .map((cell) => cell.id)
    .sort((a, b) => a - b)
    .join(",");
  const cache = groupCache(archive);
  let groups = cache.get(key);
  if (!groups) {
    const ordinals = cells.flatMap((cell) => cell.ordinals).sort((a, b) => a - b);
    const folded = mostReportedFirst(ordinals.map((ordinal) => archive.figures[ordinal]!));
    groups = { top: folded.slice(0, KEPT_GROUPS), total: folded.length };
    // Distinct claims and years name a few hundred sets of cells; the bound guards against a flood of odd ones.
    if (cache.size >= 2_000) cache.clear();
    cache.set(key, groups);
  }
  return groups;
}

/** Most figures a filtered fold reads: a claim's period cells hold a few; a huge archive's, thousands. */
const MAX_FILTERED = 2_000;

/**
 * The cells' figures that `keep` accepts, folded (corroborate), most-reported first. Filtering comes
 * before folding: a group's lead may measure in another place or basis than the members a claim can use.
 */
export function fittingGroups(archive: Archive, cells: readonly MeasureCell[], keep: (figure: Figure) => boolean, keepKey: string): Figure[] {
  // Claims of one place and basis keep the same figures of the same cells: folded once.
  const key = `${cells.map((cell) => cell.id).sort((a, b) => a - b).join(",")}|${keepKey}`;
  const cache = fittingCache(archive);
  const cached = cache.get(key);
  if (cached) return cached;
  const folded = foldFitting(archive, cells, keep);
  if (cache.size >= 2_000) cache.clear();
  cache.set(key, folded);
  return folded;
}

const fittingCache = memo(() => new Map<string, Figure[]>());

function foldFitting(archive: Archive, cells: readonly MeasureCell[], keep: (figure: Figure) => boolean): Figure[] {
  const ordinals = cells.flatMap((cell) => cell.ordinals).sort((a, b) => a - b);
  const kept: Figure[] = [];
  for (const ordinal of ordinals) {
    const figure = archive.figures[ordinal]!;
    if (keep(figure)) kept.push(figure);
    if (kept.length >= MAX_FILTERED) break;
  }
  return mostReportedFirst(kept).slice(0, KEPT_GROUPS);
}
