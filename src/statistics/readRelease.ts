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
import { gradeCountsFromSnapshot } from "./ofstedCounts.ts";
import { judgementsFromFrameworkHistory } from "./ofstedHistory.ts";
import { COUNCIL_TABLE, judgementsFromCouncilTables } from "./ofstedJudgements.ts";
import { providerCountFigures, providerGradeFigures } from "./ofstedProviders.ts";
import type { Judgement, OfficialFigure } from "./records.ts";
import { findTables, headerText } from "./tables.ts";

export interface ReadRelease {
  judgements: Judgement[];
  figures: OfficialFigure[];
  /** "Published on:" from a spreadsheet's cover sheet, as ISO date, when it has one. */
  publishedOn?: string;
}

export const STATISTICS_EXTENSIONS = [".ods", ".csv"] as const;

export function isStatisticsFile(file: string): boolean {
  const lower = file.toLowerCase();
  return STATISTICS_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function coverDate(sheets: readonly Grid[]): string | undefined {
  for (const sheet of sheets) {
    for (const row of sheet.rows.slice(0, 30)) {
      const label = row.cells.findIndex((cell) => /^published(?: on)?:?$/i.test(headerText(cell)));
      const value = label >= 0 ? row.cells[label + 1] : undefined;
      if (value?.date) return value.date;
      const match = value ? /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(value.text.trim()) : null;
      if (match) {
        const date = new Date(`${match[2]} ${match[1]}, ${match[3]} UTC`);
        if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
      }
    }
  }
  return undefined;
}

/** Why a spreadsheet gave nothing: the table that came closest and the columns it lacks. */
function closestMiss(sheets: readonly Grid[]): string {
  for (const sheet of sheets) {
    const found = findTables(sheet, COUNCIL_TABLE);
    if (!found.ok && /has no column/.test(found.reason)) return found.reason;
  }
  return `no sheet has a table of council judgements (columns “Local authority name” and “Overall effectiveness”) or of providers by grade (“Period as at”, “Outstanding” … “Inadequate”)`;
}

function readSpreadsheet(context: ReleaseContext, bytes: Uint8Array): Result<ReadRelease> {
  const sheets = readOds(bytes);
  if (!sheets.ok) return sheets;
  const judgements: Judgement[] = [];
  const figures: OfficialFigure[] = [];
  for (const sheet of sheets.value) {
    judgements.push(...judgementsFromCouncilTables(context, sheet), ...judgementsFromFrameworkHistory(context, sheet));
    figures.push(...gradeCountsFromSnapshot(context, sheet), ...providerGradeFigures(context, sheet), ...providerCountFigures(context, sheet));
  }
  if (judgements.length === 0 && figures.length === 0) return { ok: false, reason: closestMiss(sheets.value) };
  const publishedOn = coverDate(sheets.value);
  return { ok: true, value: { judgements, figures, ...(publishedOn ? { publishedOn } : {}) } };
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
