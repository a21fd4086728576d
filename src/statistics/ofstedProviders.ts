// Providers by latest grade as at 31 March of each year (Ofsted's tables 8a–8n, stacked in one
// sheet), and providers and places by type (tables 6a, 6b). Which providers a table counts is read
// from its title or column header and mapped to the catalogue's populations.

import { cellRef, type ReleaseContext } from "./context.ts";
import type { Grid, GridRow } from "./grid.ts";
import type { OfficialFigure } from "./records.ts";
import type { Measure } from "../types.ts";
import { findTables, headerText, type FoundColumn, type TableSpec } from "./tables.ts";
import { cellStatus, dateOf, gradeIndicator, longDate, normalizeGrade, numberOf } from "./values.ts";

interface Population {
  population: string;
  noun: string;
  aspect?: string;
  /** The word reporters put before the population for this kind ("secure", "mainstream"): an article's subgroup of that word is this table's kind. */
  kind?: string;
}

/** In order: the first pattern the group's name matches decides. */
const POPULATIONS: Array<[RegExp, Population]> = [
  [/^all (?:social care )?providers$|^all$/i, { population: "providers", noun: "providers" }],
  [/^all children'?s homes$/i, { population: "childrens-homes", noun: "children's homes" }],
  [/^secure children'?s homes$/i, { population: "childrens-homes", noun: "secure children's homes", aspect: "secure children's homes", kind: "secure" }],
  [/residential special schools? \(registered/i, { population: "residential-special-schools", noun: "residential special schools", aspect: "registered as children's homes" }],
  [/^children'?s homes$/i, { population: "childrens-homes", noun: "children's homes", aspect: "children's homes other than secure homes and residential special schools", kind: "mainstream" }],
  [/independent fostering agenc/i, { population: "fostering-agencies", noun: "fostering agencies", aspect: "independent fostering agencies" }],
  [/voluntary adoption agenc/i, { population: "adoption-agencies", noun: "adoption agencies", aspect: "voluntary adoption agencies" }],
  [/adoption support agenc/i, { population: "adoption-agencies", noun: "adoption support agencies", aspect: "adoption support agencies" }],
  [/^residential special schools?$/i, { population: "residential-special-schools", noun: "residential special schools" }],
  [/supported accommodation/i, { population: "supported-accommodation", noun: "supported accommodation providers" }],
];

/** The aspect Ofsted's tables give the kind of a population a reporter names ("secure" children's homes), if they count it apart. */
export function aspectOfKind(population: string, isKind: (kind: string) => boolean): string | undefined {
  return POPULATIONS.find(([, entry]) => entry.population === population && entry.kind !== undefined && isKind(entry.kind))?.[1].aspect;
}

/**
 * The table Ofsted keeps for a kind of a population a question names: "secure" children's homes,
 * "mainstream" ones, "independent" fostering agencies (a table whose name starts with the kind).
 */
export function tableOfKind(population: string, kind: string): string | undefined {
  const entry = POPULATIONS.find(([, candidate]) => candidate.population === population && (candidate.kind === kind || candidate.aspect?.toLowerCase().startsWith(`${kind} `)));
  return entry?.[1].aspect;
}

export function populationOf(group: string): Population {
  const name = group.replace(/\s+/g, " ").trim();
  for (const [pattern, population] of POPULATIONS) if (pattern.test(name)) return population;
  return { population: "providers", noun: name.toLowerCase(), aspect: name };
}

const GRADE_TABLE = {
  period: { match: [/^period as at$/i, /^(?:period|date)(?: as at)?$/i], label: "Period as at" },
  outstanding: { match: [/^outstanding$/i], label: "Outstanding" },
  good: { match: [/^good$/i], label: "Good" },
  ri: { match: [/^requires improvement/i], label: "Requires improvement to be good" },
  inadequate: { match: [/^inadequate$/i], label: "Inadequate" },
} satisfies TableSpec<string>;

const COUNT_TABLE = {
  date: { match: [/^date$/i, /^period as at$/i], label: "Date" },
  kind: { match: [/^data type$/i], label: "Data type" },
} satisfies TableSpec<string>;

interface FigureBase {
  context: ReleaseContext;
  grid: Grid;
  row: GridRow;
  column: FoundColumn;
  asAt: string;
}

function figureAt({ context, grid, row, column, asAt }: FigureBase, measure: Measure, unit: string, metric: string): OfficialFigure | undefined {
  const cell = row.cells[column.index];
  const text = cell?.text.trim() ?? "";
  if (text === "") return undefined;
  const value = numberOf(cell);
  const status = value === undefined ? cellStatus(text) : undefined;
  if (value === undefined && !status) return undefined;
  return {
    value: value ?? null,
    ...(status ? { status } : {}),
    unit,
    text,
    metric,
    measure,
    period: asAt.slice(0, 4),
    periodLabel: `as at ${longDate(asAt)}`,
    geography: "England",
    level: "national",
    source: context.source,
    cell: cellRef(context, grid, row, column),
  };
}

/** "Table 8b: Latest overall effectiveness judgement for all children's homes, as at 31 March 2023" → "all children's homes". */
function groupOfTitle(title: string | undefined): string | undefined {
  const match = title ? /judgements? (?:for|of) (.+?),? as at/i.exec(title) : null;
  return match ? match[1] : undefined;
}

export function providerGradeFigures(context: ReleaseContext, grid: Grid): OfficialFigure[] {
  const found = findTables(grid, GRADE_TABLE);
  if (!found.ok) return [];
  const figures: OfficialFigure[] = [];
  for (const table of found.value) {
    const group = groupOfTitle(table.title);
    // Only "as at" tables: counts of inspections within a year are a different measure.
    if (!group || !/as at/i.test(`${table.title} ${table.columns.period?.header}`)) continue;
    const { population, noun, aspect } = populationOf(group);
    for (const row of table.rows) {
      const asAt = dateOf(row.cells[table.columns.period!.index]);
      if (!asAt) continue;
      for (const key of ["outstanding", "good", "ri", "inadequate"] as const) {
        const column = table.columns[key]!;
        const grade = normalizeGrade(column.header)!;
        const measure: Measure = { indicator: gradeIndicator(grade), population, basis: "stock", ...(aspect ? { aspect } : {}) };
        const figure = figureAt({ context, grid, row, column, asAt }, measure, noun, grade);
        if (figure) figures.push(figure);
      }
    }
  }
  return figures;
}

export function providerCountFigures(context: ReleaseContext, grid: Grid): OfficialFigure[] {
  const found = findTables(grid, COUNT_TABLE);
  if (!found.ok) return [];
  const figures: OfficialFigure[] = [];
  for (const table of found.value) {
    const header = grid.rows.find((row) => row.row === table.headerRow);
    if (!header) continue;
    const skip = new Set([table.columns.date!.index, table.columns.kind!.index]);
    const groups: FoundColumn[] = header.cells.flatMap((cell, index) => (cell && !skip.has(index) ? [{ index, header: headerText(cell) }] : []));
    for (const row of table.rows) {
      const asAt = dateOf(row.cells[table.columns.date!.index]);
      const kind = row.cells[table.columns.kind!.index]?.text.trim().toLowerCase() ?? "";
      const indicator = kind.startsWith("place") ? "places" : kind.startsWith("provider") ? "registered" : undefined;
      if (!asAt || !indicator) continue;
      for (const column of groups) {
        const { population, noun, aspect } = populationOf(column.header);
        const measure: Measure = { indicator, population, basis: "stock", ...(aspect ? { aspect } : {}) };
        const figure = figureAt({ context, grid, row, column, asAt }, measure, indicator === "places" ? "places" : noun, indicator === "places" ? "places" : "registered");
        if (figure) figures.push(figure);
      }
    }
  }
  return figures;
}
