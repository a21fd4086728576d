// Every official figure and judgement the archive holds, read back from the cell it names in the
// shipped release file; every count recounted from the rows and column it names.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { readCsv } from "../../src/statistics/csv.ts";
import { columnIndex, type Grid, type GridCell } from "../../src/statistics/grid.ts";
import { readOds } from "../../src/statistics/ods.ts";
import type { CellRef } from "../../src/types.ts";
import { gradeOnScale, normalizeGrade, numberOf } from "../../src/statistics/values.ts";
import { seedCore } from "../helpers/seedCore.ts";

const FOLDER = path.join("corpus", "statistics");
const grids = new Map<string, Grid[]>();

function gridsOf(file: string): Grid[] {
  let found = grids.get(file);
  if (!found) {
    const bytes = readFileSync(path.join(FOLDER, file));
    const read = file.endsWith(".ods") ? readOds(bytes) : readCsv(bytes);
    if (!read.ok) throw new Error(`${file}: ${read.reason}`);
    found = Array.isArray(read.value) ? read.value : [read.value];
    grids.set(file, found);
  }
  return found;
}

function columnOf(grid: Grid, column: string): number {
  // A CSV cell is named by its header (row 1), a spreadsheet's by its letter.
  return grid.sheet === undefined ? grid.rows[0]!.cells.findIndex((cell) => cell?.text === column) : columnIndex(column);
}

function cellAt(ref: Pick<CellRef, "file" | "sheet" | "column"> & { row: number }): GridCell | undefined {
  const grid = gridsOf(ref.file).find((entry) => entry.sheet === ref.sheet);
  if (!grid) throw new Error(`${ref.file} has no sheet ${ref.sheet}`);
  return grid.rows.find((row) => row.row === ref.row)?.cells[columnOf(grid, ref.column)];
}

let core: Core;
beforeAll(async () => {
  core = await seedCore();
}, 120_000);

describe("official records against their cells", () => {
  it("holds judgements under all three frameworks and figures from all five releases", () => {
    const { judgements, official, releases } = core.archive;
    expect(new Set(judgements.map((judgement) => judgement.framework))).toEqual(new Set(["SLAC", "SIF", "ILACS"]));
    expect(new Set(official.map((figure) => (figure.cell ?? figure.counted)!.file)).size).toBe(5);
    expect(releases).toHaveLength(5);
    expect(core.problems.filter((problem) => problem.file.startsWith("statistics/"))).toEqual([]);
  });

  it("finds every official figure's text, and its number, in the cell it names", () => {
    const figures = core.archive.official.filter((figure) => figure.cell);
    expect(figures.length).toBeGreaterThan(20_000);
    const wrong = figures.filter((figure) => {
      const cell = cellAt(figure.cell!);
      if (cell?.text.trim() !== figure.text) return true;
      return figure.value === null ? figure.status === undefined : numberOf(cell) !== figure.value;
    });
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it("recounts every count from the rows and column it names", () => {
    const counts = core.archive.official.filter((figure) => figure.counted);
    expect(counts.length).toBeGreaterThanOrEqual(8);
    for (const figure of counts) {
      const { counted } = figure;
      const grid = gridsOf(counted!.file).find((entry) => entry.sheet === counted!.sheet)!;
      const column = columnOf(grid, counted!.column);
      const graded = grid.rows.filter((row) => normalizeGrade(row.cells[column]?.text) !== undefined && row.cells[column]!.text.trim() !== counted!.header);
      const matching = graded.filter((row) => normalizeGrade(row.cells[column]?.text) === figure.metric).map((row) => row.row);
      expect(matching, `${figure.metric} ${figure.period}`).toEqual(counted!.rows);
      expect(figure.value).toBe(counted!.rows.length);
      expect(graded.length).toBe(counted!.outOf);
      expect(counted!.labels).toHaveLength(counted!.rows.length);
    }
  });

  it("finds every judgement's grade in the cell it names, on its framework's scale", () => {
    const wrong = core.archive.judgements.filter((judgement) => cellAt(judgement.cell)?.text.trim() !== judgement.gradeText || gradeOnScale(normalizeGrade(judgement.gradeText), judgement.framework) !== judgement.grade);
    expect(core.archive.judgements.length).toBeGreaterThan(500);
    expect(wrong.slice(0, 3)).toEqual([]);
    // SLAC's adequate, which the 2023 table writes "Requires improvement to be good", is read as adequate.
    expect(core.archive.judgements.some((judgement) => judgement.framework === "SLAC" && judgement.grade === "adequate")).toBe(true);
    expect(core.archive.judgements.some((judgement) => judgement.framework === "SLAC" && judgement.grade === "requires improvement")).toBe(false);
  });

  it("finds every part inspection's grade (child protection, targeted looked-after children) in the cell it names", () => {
    const parts = core.archive.judgements.flatMap((judgement) => (judgement.partInspections ?? []).map((part) => ({ judgement, part })));
    expect(parts.length).toBeGreaterThan(50);
    expect(parts.filter(({ part }) => cellAt(part.cell)?.text.trim() !== part.gradeText || normalizeGrade(part.gradeText) !== part.grade).slice(0, 3)).toEqual([]);
    // Each goes with the judgement in force when it was published.
    expect(parts.filter(({ judgement, part }) => judgement.published > part.published).slice(0, 3)).toEqual([]);
  });
});
