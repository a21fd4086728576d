// Cell values that are not plain numbers: grades in their several spellings, DfE cell codes, dates
// as text or spreadsheet serial numbers.

import { formatDate } from "../ingest/dates.ts";
import type { GridCell } from "./grid.ts";
import type { CellStatus } from "./records.ts";

/** Ofsted's grades, however a year's release spells them, to the catalogue's wording. */
export function normalizeGrade(text: string | undefined): string | undefined {
  const key = (text ?? "").toLowerCase().replace(/\s+/g, " ").trim();
  if (key === "") return undefined;
  if (/^outstanding\b/.test(key)) return "outstanding";
  if (/^good\b/.test(key)) return "good";
  if (/^(?:requires improvement|ri\b)/.test(key)) return "requires improvement";
  if (/^adequate\b/.test(key)) return "adequate";
  if (/^inadequate\b/.test(key)) return "inadequate";
  return undefined;
}

/**
 * A grade on its framework's own scale. SLAC (2009–2012) graded "adequate" where later frameworks say
 * "requires improvement", and Ofsted's 2023 history table writes its adequate judgements the later
 * way: read as adequate, they meet claims of the time ("Dudley was rated adequate in 2012", hry137)
 * and are never counted with the later frameworks' "requires improvement".
 */
export function gradeOnScale(grade: string | undefined, framework: string): string | undefined {
  return framework === "SLAC" && grade === "requires improvement" ? "adequate" : grade;
}

/** The catalogue's indicator id for a normalised grade. */
export function gradeIndicator(grade: string): string {
  return grade.replace(/ /g, "-");
}

/** explore-education-statistics' codes for cells without a number. */
const CELL_CODES = new Map<string, string>([
  ["c", "confidential: suppressed to protect individuals"],
  ["x", "not available"],
  ["z", "not applicable"],
  ["low", "rounds to zero, but is not zero"],
  ["u", "low reliability"],
  [":", "not available"],
  ["-", "none, or not collected"],
  ["..", "not available"],
]);

export function cellStatus(text: string): CellStatus | undefined {
  const code = text.trim().toLowerCase();
  const meaning = CELL_CODES.get(code);
  return meaning === undefined ? undefined : { code: text.trim(), meaning };
}

/** "2,447", "11.8", "12.5%": the number a cell's text states, if it is nothing but a number. */
export function numberOf(cell: GridCell | undefined): number | undefined {
  if (!cell) return undefined;
  if (cell.number !== undefined) return cell.number;
  const text = cell.text.trim().replace(/,/g, "").replace(/%$/, "");
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Spreadsheet serial day 0 is 30 December 1899 (the 1900 leap-year bug folded in, as LibreOffice does). */
export function serialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A cell's date: a stored date, a serial number ("45108"), "10/07/2023" (day first, as UK releases
 * write it), "31-Mar-23", "31 March 2023" or ISO text. Undefined when it holds no date.
 */
export function dateOf(cell: GridCell | undefined): string | undefined {
  if (!cell) return undefined;
  if (cell.date) return cell.date;
  const text = cell.text.replace(/\[[^\]]*\]/g, "").trim();
  if (cell.number !== undefined && /^\d{4,5}(?:\.\d+)?$/.test(text)) return serialDate(cell.number);
  if (/^\d{5}$/.test(text)) return serialDate(Number(text));
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(text);
  if (match) return iso(fullYear(match[3]!), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})[-\s]([A-Za-z]{3,9})[-\s](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase());
    if (month >= 0) return iso(fullYear(match[3]!), month + 1, Number(match[1]));
  }
  return undefined;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** "2025-03-31" → "31 March 2025". */
export function longDate(isoDate: string): string {
  return formatDate(isoDate) ?? isoDate;
}
