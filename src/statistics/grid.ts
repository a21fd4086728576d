// A sheet as rows of cells, whatever file it came from (an ODS sheet or a CSV file): what the table
// finder reads. Rows keep the number a spreadsheet shows, so every value can name its cell.

export interface GridCell {
  /** The cell's text as the file shows it ("2,447", "10/07/2023", "c"). */
  text: string;
  /** The number behind the text, when the file stores one (ODS office:value). */
  number?: number;
  /** ISO date, `YYYY-MM-DD`, when the file stores a date (ODS office:date-value). */
  date?: string;
  /** The link a cell carries (an ODS HYPERLINK formula or text:a). */
  href?: string;
}

export interface GridRow {
  /** 1-based, as a spreadsheet shows it. */
  row: number;
  /** By 0-based column; trailing empty cells are dropped. */
  cells: ReadonlyArray<GridCell | undefined>;
}

export interface Grid {
  /** The sheet's name (ODS) or undefined for a CSV file, which has one table. */
  sheet?: string;
  rows: GridRow[];
}

/** "A", "Z", "AA": the column letters a spreadsheet shows for a 0-based column. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 0-based column of "A", "AA"; -1 for anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) return -1;
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

export function isBlankRow(row: GridRow): boolean {
  return row.cells.every((cell) => cell === undefined || cell.text.trim() === "");
}
