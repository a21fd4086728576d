// What every reader of a release needs: the file's name and citation, the council gazetteer, and
// how to name a cell.

import type { Source } from "../types.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { Grid, GridRow } from "./grid.ts";
import type { CellRef } from "./records.ts";
import { columnName, type FoundColumn, type Table } from "./tables.ts";

export interface ReleaseContext {
  /** Relative to the statistics folder. */
  file: string;
  source: Source;
  gazetteer: Gazetteer;
}

export function cellRef(context: ReleaseContext, grid: Grid, row: GridRow, column: FoundColumn): CellRef {
  return { file: context.file, ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}), row: row.row, column: columnName(grid, column), header: column.header };
}

export function tableCellRef<K extends string>(context: ReleaseContext, table: Table<K>, row: GridRow, key: K): CellRef | undefined {
  const column = table.columns[key];
  return column === undefined ? undefined : cellRef(context, table.grid, row, column);
}

/** The text above a table's header (sheet title, notes, table title): where "as at 31 March 2025" is said. */
export function textAbove(grid: Grid, headerRow: number): string {
  return grid.rows
    .filter((row) => row.row < headerRow)
    .map((row) => row.cells.map((cell) => cell?.text ?? "").join(" "))
    .join(" ");
}
