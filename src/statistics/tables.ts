// Finds tables in a grid by their header text, never by position: a sheet may stack several tables
// with a blank row between them, put its header on row 3 or 4, and order or rename columns from one
// year to the next. A table's column is found by any of a few patterns; a required column that no
// header matches is named in the failure, so a changed layout says what it lost.

import type { Result } from "../ingest/formats.ts";
import { columnLetter, isBlankRow, type Grid, type GridCell, type GridRow } from "./grid.ts";

export interface ColumnSpec {
  /** Any of these, tested against the header text with spaces collapsed. */
  match: RegExp[];
  /** Said in the failure when no header matches ("Overall effectiveness"). */
  label: string;
  optional?: boolean;
}

export type TableSpec<K extends string> = Record<K, ColumnSpec>;

export interface FoundColumn {
  index: number;
  /** The header text, as the file has it. */
  header: string;
}

export interface Table<K extends string> {
  grid: Grid;
  /** The title row above the header ("Table 8b: Latest overall effectiveness ... children's homes"), if any. */
  title?: string;
  headerRow: number;
  columns: Partial<Record<K, FoundColumn>>;
  /** Data rows, up to the first blank row. */
  rows: GridRow[];
}

export function headerText(cell: GridCell | undefined): string {
  return (cell?.text ?? "").replace(/\s+/g, " ").trim();
}

function matchColumns<K extends string>(row: GridRow, spec: TableSpec<K>): { columns: Partial<Record<K, FoundColumn>>; missing: string[] } {
  const columns: Partial<Record<K, FoundColumn>> = {};
  const missing: string[] = [];
  const taken = new Set<number>();
  // Required columns first, optional ones only for a row that has them all: most rows of a
  // 3,000-row sheet are data, and fail on the first required column.
  const keys = (Object.keys(spec) as K[]).sort((a, b) => Number(spec[a].optional ?? false) - Number(spec[b].optional ?? false));
  for (const key of keys) {
    const { match, label, optional } = spec[key];
    if (optional && missing.length > 0) break;
    let found: FoundColumn | undefined;
    // Patterns in order of preference: the first pattern any header matches wins.
    for (const pattern of match) {
      const index = row.cells.findIndex((cell, i) => !taken.has(i) && pattern.test(headerText(cell)));
      if (index >= 0) {
        found = { index, header: headerText(row.cells[index]) };
        break;
      }
    }
    if (found) {
      taken.add(found.index);
      columns[key] = found;
    } else if (!optional) missing.push(label);
  }
  return { columns, missing };
}

function requiredCount<K extends string>(spec: TableSpec<K>): number {
  return (Object.values(spec) as ColumnSpec[]).filter((column) => !column.optional).length;
}

/** A header row that has some of a spec's required columns but not all: what a changed layout lost. */
export interface NearMiss {
  where: string;
  row: number;
  missing: string[];
  /** The spec's columns, required or optional, that its headers match: the closest is the likeliest table. */
  matched: string[];
}

/** The spec's columns that any header of the row matches (a notes line matches one; a real header row several). */
function matchedKeys<K extends string>(row: GridRow, spec: TableSpec<K>): K[] {
  const headers = row.cells.map(headerText).filter(Boolean);
  return (Object.keys(spec) as K[]).filter((key) => spec[key].match.some((pattern) => headers.some((header) => pattern.test(header))));
}

/** Whether a is a closer miss than b: fewer required columns missing, then more columns matched. */
export function closer(a: NearMiss, b: NearMiss | undefined): boolean {
  return !b || a.missing.length < b.missing.length || (a.missing.length === b.missing.length && a.matched.length > b.matched.length);
}

export function describeMiss(miss: NearMiss): string {
  return `${miss.where}: the table on row ${miss.row} has no column ${miss.missing.map((label) => `“${label}”`).join(", ")}`;
}

/**
 * Every table in the grid whose header row has all the spec's required columns, and the closest
 * header row that lacks some (the likeliest table a changed layout broke), if any.
 */
export function scanTables<K extends string>(grid: Grid, spec: TableSpec<K>, where = grid.sheet ? `sheet ${grid.sheet}` : "the file"): { tables: Array<Table<K>>; closest?: NearMiss } {
  const tables: Array<Table<K>> = [];
  let closest: NearMiss | undefined;
  const needed = requiredCount(spec);
  const rows = grid.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    // A header is text: a row holding a stored number or date is data, whatever its words.
    if (row.cells.some((cell) => cell !== undefined && (cell.number !== undefined || cell.date !== undefined))) continue;
    const { columns, missing } = matchColumns(row, spec);
    if (missing.length > 0) {
      const found = needed - missing.length;
      if (found >= Math.min(2, needed - 1) && found > 0) {
        const miss = { where, row: row.row, missing, matched: matchedKeys(row, spec) };
        if (closer(miss, closest)) closest = miss;
      }
      continue;
    }
    const data: GridRow[] = [];
    let next = r + 1;
    for (; next < rows.length; next++) {
      const candidate = rows[next]!;
      const previous = rows[next - 1]!;
      if (candidate.row !== previous.row + 1 || isBlankRow(candidate)) break;
      data.push(candidate);
    }
    const above = r > 0 ? rows[r - 1] : undefined;
    const title = above && above.row === row.row - 1 ? headerText(above.cells.find((cell) => cell !== undefined)) : undefined;
    tables.push({ grid, headerRow: row.row, columns, rows: data, ...(title ? { title } : {}) });
    r = next - 1;
  }
  return { tables, ...(closest ? { closest } : {}) };
}

/**
 * Every table in the grid whose header row has all the spec's required columns. When none has,
 * fails naming the columns missing from the header row that came closest.
 */
export function findTables<K extends string>(grid: Grid, spec: TableSpec<K>, where = grid.sheet ? `sheet ${grid.sheet}` : "the file"): Result<Array<Table<K>>> {
  const { tables, closest } = scanTables(grid, spec, where);
  if (tables.length > 0) return { ok: true, value: tables };
  if (closest) return { ok: false, reason: describeMiss(closest) };
  return { ok: false, reason: `${where}: no table with the columns ${Object.values<ColumnSpec>(spec).filter((column) => !column.optional).map((column) => `“${column.label}”`).join(", ")}` };
}

/** The cell of a found column in a row. */
export function cellAt<K extends string>(row: GridRow, table: Table<K>, key: K): GridCell | undefined {
  const column = table.columns[key];
  return column === undefined ? undefined : row.cells[column.index];
}

/** How a cell is named: a letter in a spreadsheet, the header name in a CSV file. */
export function columnName(grid: Grid, column: FoundColumn): string {
  return grid.sheet === undefined ? column.header : columnLetter(column.index);
}
