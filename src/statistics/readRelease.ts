// One release file into judgements and figures, whichever of Ofsted's spreadsheets or DfE's CSV
// files it is: every table reader is tried on every sheet, so a file is recognised by what its
// headers say, not by its name. A file that yields nothing is refused with the reason: not a zip,
// truncated, or the closest table and the columns it lacks.

import type { Result } from "../ingest/formats.ts";
import type { ReleaseContext } from "./context.ts";
import { readCsv } from "./csv.ts";
import { dfeFigures } from "./dfeSeries.ts";
import type { Grid } from "./grid.ts";
import { readOds } from "./ods.ts";
import { asAtDate, gradeCountsFromSnapshot } from "./ofstedCounts.ts";
import { judgementsFromFrameworkHistory } from "./ofstedHistory.ts";
import { COUNCIL_TABLE, judgementsFromCouncilTables } from "./ofstedJudgements.ts";
import { providerCountFigures, providerGradeFigures } from "./ofstedProviders.ts";
import type { Judgement, OfficialFigure } from "./records.ts";
import { closer, describeMiss, headerText, scanTables, type NearMiss } from "./tables.ts";
import { dateOf } from "./values.ts";

export interface ReadRelease {
  judgements: Judgement[];
  figures: OfficialFigure[];
  /** "Published on:" from a spreadsheet's cover sheet, as ISO date, when it has one. */
  publishedOn?: string;
  /** Tables the file has but the reader could not read, each with the column it lacks. */
  unread?: string[];
}

export const STATISTICS_EXTENSIONS = [".ods", ".csv"] as const;

export function isStatisticsFile(file: string): boolean {
  const lower = file.toLowerCase();
  return STATISTICS_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** A cover sheet's label for the publication date, in the wordings editions have used; the date may follow in the same cell. */
const PUBLISHED_LABEL = /^(?:published(?: on)?|publication date|date of publication|date published|release date)\s*:?\s*(.*)$/i;

function coverDate(sheets: readonly Grid[]): string | undefined {
  for (const sheet of sheets) {
    for (const row of sheet.rows.slice(0, 30)) {
      const label = row.cells.findIndex((cell) => PUBLISHED_LABEL.test(headerText(cell)));
      if (label < 0) continue;
      const rest = PUBLISHED_LABEL.exec(headerText(row.cells[label]))?.[1] ?? "";
      const value = rest ? { text: rest } : row.cells[label + 1];
      const date = dateOf(value) ?? longDateOf(value?.text ?? "");
      if (date) return date;
    }
  }
  return undefined;
}

/** "25 September 2025", "6th July 2023". */
function longDateOf(text: string): string | undefined {
  const match = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const date = new Date(`${match[2]} ${match[1]}, ${match[3]} UTC`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/**
 * The date the whole edition describes: its title on the first sheet ("Local authority inspection
 * outcomes as at 31 March 2024"), else its file name as Ofsted names it. Read from the file, never
 * assumed: an edition as at another day says so.
 */
function editionAsAt(file: string, sheets: readonly Grid[]): string | undefined {
  const title = sheets[0]?.rows.slice(0, 3).map((row) => row.cells.map((cell) => cell?.text ?? "").join(" ")).join(" ") ?? "";
  return asAtDate(title) ?? asAtDate(file);
}

/**
 * Each sheet's council-table header row that lacks a needed column, closest first: a notes line
 * that happens to say "Overall effectiveness" matches one column, a broken table's header several.
 */
function councilMisses(sheets: readonly Grid[]): NearMiss[] {
  const misses = sheets.flatMap((sheet) => {
    const { tables, closest } = scanTables(sheet, COUNCIL_TABLE);
    return tables.length === 0 && closest ? [closest] : [];
  });
  return misses.sort((a, b) => (closer(a, b) ? -1 : closer(b, a) ? 1 : 0));
}

/**
 * A header with two of a judgement's own columns (grade, dates, sub-judgements) is a council table
 * whatever it lacks, and is said even when the rest of the file reads. A provider list names a
 * local authority and a region too, but has none of these.
 */
const JUDGEMENT_COLUMNS = new Set<string>(["overall", "inspected", "published", "leaders", "help", "care", "leavers"]);

function surelyCouncilTable(miss: NearMiss): boolean {
  return !miss.matched.includes("provider") && miss.matched.filter((key) => JUDGEMENT_COLUMNS.has(key)).length >= 2;
}

/** Why a spreadsheet gave nothing: the table that came closest and the columns it lacks. */
function closestMiss(misses: readonly NearMiss[]): string {
  if (misses[0]) return describeMiss(misses[0]);
  return `no sheet has a table of council judgements (columns “Local authority name” and “Overall effectiveness”) or of providers by grade (“Period as at”, “Outstanding” … “Inadequate”)`;
}

function readSpreadsheet(context: ReleaseContext, bytes: Uint8Array): Result<ReadRelease> {
  const sheets = readOds(bytes);
  if (!sheets.ok) return sheets;
  const judgements: Judgement[] = [];
  const figures: OfficialFigure[] = [];
  const asAt = editionAsAt(context.file, sheets.value);
  for (const sheet of sheets.value) {
    judgements.push(...judgementsFromCouncilTables(context, sheet), ...judgementsFromFrameworkHistory(context, sheet));
    figures.push(...gradeCountsFromSnapshot(context, sheet, asAt), ...providerGradeFigures(context, sheet), ...providerCountFigures(context, sheet));
  }
  const misses = councilMisses(sheets.value);
  if (judgements.length === 0 && figures.length === 0) return { ok: false, reason: closestMiss(misses) };
  const publishedOn = coverDate(sheets.value);
  // A council table that lost a column while another table of the file still reads: loaded, and said.
  const unread = misses.filter(surelyCouncilTable).map(describeMiss);
  return { ok: true, value: { judgements, figures, ...(publishedOn ? { publishedOn } : {}), ...(unread.length > 0 ? { unread } : {}) } };
}

export function readRelease(context: ReleaseContext, bytes: Uint8Array): Result<ReadRelease> {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  if (context.file.toLowerCase().endsWith(".ods")) return readSpreadsheet(context, bytes);
  const grid = readCsv(bytes);
  if (!grid.ok) return grid;
  const figures = dfeFigures(context, grid.value);
  if (!figures.ok) return figures;
  if (figures.value.length === 0) return { ok: false, reason: "no row has a year, a geography and a value" };
  return { ok: true, value: { judgements: [], figures: figures.value } };
}
