// A row of a table ("| Children's homes | 294 | 2,008 | 525 | 63 |" under "| Provider |
// Outstanding | Good | Requires improvement | Inadequate |"): each cell's figure is read as the row's
// label and the cell's column heading would say it ("Children's homes Outstanding: 294"), and is
// placed at its own words in the row, which stays the figure's sentence.

import type { FigureMention } from "../../types.ts";
import { findCouncils } from "./context.ts";
import { extractFigures, type FigureContext } from "./index.ts";
import { tokenize } from "./tokens.ts";

/** "per 10,000", "per 10,000 children" in a column heading. */
const RATE_BASE = /\bper\s+\d[\d,]*(?:\s+(?:children|people|population|under[- ]18s?))?/i;

/** Each cell of a row with where it starts in the row's text. */
function cellsOf(row: string): Array<{ text: string; start: number }> {
  const cells: Array<{ text: string; start: number }> = [];
  let at = row.indexOf("|") + 1;
  while (at > 0 && at < row.length) {
    const end = row.indexOf("|", at);
    const raw = row.slice(at, end < 0 ? row.length : end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== "") cells.push({ text: raw.trim(), start: at + lead });
    if (end < 0) break;
    at = end + 1;
  }
  return cells;
}

/** The figures of a table row, each with the measure its column heading and the row's label give it. */
export function extractTableRow(row: string, header: readonly string[], context: FigureContext = {}): FigureMention[] {
  const cells = cellsOf(row);
  const label = cells[0]?.text ?? "";
  // "| Sutton | 72.1 | 12.9 |": a row labelled by a council is that council's, even by a name that,
  // opening a sentence, might be a person's; a row of two councils ("Kingston/Richmond") is both's, no one's alone.
  const councils = /\d/.test(row) ? findCouncils(tokenize(label), true) : [];
  const place = councils.length === 1 ? councils[0]!.name : councils.length > 1 ? label : undefined;
  const found: FigureMention[] = [];
  cells.forEach((cell, column) => {
    if (column === 0 || !/\d/.test(cell.text)) return;
    const heading = header[column] ?? "";
    // "Rate per 10,000" over "111": a rate's base is written after its figure ("111 per 10,000"),
    // where the figure reader looks for it.
    const base = RATE_BASE.exec(heading);
    const named = base ? `${heading.slice(0, base.index)}${heading.slice(base.index + base[0].length)}`.replace(/\s+/g, " ").trim() : heading;
    // "Children's homes Inadequate: 63": the row's label, the column's heading, then the cell.
    const prefix = `${label} ${named}: `;
    for (const figure of extractFigures(`${prefix}${cell.text}${base ? ` ${base[0].trim()}` : ""}`, context)) {
      if (figure.start < prefix.length || figure.end > prefix.length + cell.text.length) continue;
      const start = cell.start + figure.start - prefix.length;
      found.push({ ...figure, start, end: start + (figure.end - figure.start), ...(place ? { geography: place } : {}) });
    }
  });
  return found;
}
