// The Department for Education's explore-education-statistics CSV files: one row per year ×
// geography (× filter), one column per indicator. Columns are found by name (their order differs
// between files and years); each indicator column known here becomes figures, with its catalogue
// measure and what its period means. Cells holding a code (c, x, z, low, u) keep the code and its
// meaning instead of a number.

import type { Result } from "../ingest/formats.ts";
import { tableCellRef, type ReleaseContext } from "./context.ts";
import type { Grid, GridRow } from "./grid.ts";
import type { OfficialFigure } from "./records.ts";
import type { Measure } from "../types.ts";
import { cellAt, findTables, type Table, type TableSpec } from "./tables.ts";
import { cellStatus, numberOf } from "./values.ts";

export interface SeriesColumn {
  column: RegExp;
  metric: string;
  /** What the column counts, in full: the heading of a series answer. */
  title: string;
  measure: Measure;
  unit: string;
  /** When the year ends: the workforce census is taken on 30 September, the others count to 31 March. */
  yearEnds: "30 September" | "31 March";
}

const WORKFORCE = { population: "social-workers" } as const;

/**
 * The indicator columns read, with their catalogue measures. The caseload is the catalogue's own
 * (cases per case-holding social worker): no aspect, so a reporter's "average caseload" is the same
 * measure; full-time-equivalent counts keep theirs, as a headcount is another count.
 */
export const INDICATORS: SeriesColumn[] = [
  { column: /^inpost_fte$/i, metric: "social workers", title: "children's social workers in post (full-time equivalent)", measure: { indicator: "social-workers-in-post", ...WORKFORCE, basis: "stock", aspect: "full-time equivalent" }, unit: "social workers", yearEnds: "30 September" },
  { column: /^turnover_rate_fte$/i, metric: "turnover", title: "social worker turnover", measure: { indicator: "turnover", ...WORKFORCE, basis: "flow" }, unit: "%", yearEnds: "30 September" },
  { column: /^agency_fte$/i, metric: "agency workers", title: "agency social workers (full-time equivalent)", measure: { indicator: "agency-workers", ...WORKFORCE, basis: "stock", aspect: "full-time equivalent" }, unit: "social workers", yearEnds: "30 September" },
  { column: /^agency_rate_fte$/i, metric: "agency rate", title: "agency social worker rate", measure: { indicator: "agency-rate", ...WORKFORCE, basis: "stock" }, unit: "%", yearEnds: "30 September" },
  { column: /^agency_cover_rate_fte$/i, metric: "agency workers covering vacancies", title: "agency social workers covering vacancies", measure: { indicator: "agency-cover", ...WORKFORCE, basis: "stock" }, unit: "%", yearEnds: "30 September" },
  { column: /^vacancy_agency_cover_rate_fte$/i, metric: "vacancies covered by agency workers", title: "social worker vacancies covered by agency workers", measure: { indicator: "vacancy-agency-cover", ...WORKFORCE, basis: "stock" }, unit: "%", yearEnds: "30 September" },
  { column: /^vacancy_fte$/i, metric: "vacancies", title: "social worker vacancies (full-time equivalent)", measure: { indicator: "vacancies", ...WORKFORCE, basis: "stock", aspect: "full-time equivalent" }, unit: "vacancies", yearEnds: "30 September" },
  { column: /^vacancy_rate_fte$/i, metric: "vacancy rate", title: "social worker vacancy rate", measure: { indicator: "vacancy-rate", ...WORKFORCE, basis: "stock" }, unit: "%", yearEnds: "30 September" },
  { column: /^caseload_fte$/i, metric: "caseload", title: "average caseload per case-holding social worker", measure: { indicator: "caseload", ...WORKFORCE, basis: "stock" }, unit: "cases", yearEnds: "30 September" },
  { column: /^referral_count$/i, metric: "referrals", title: "referrals to children's social care", measure: { indicator: "referrals", population: "children", basis: "flow" }, unit: "referrals", yearEnds: "31 March" },
  { column: /^rereferral_count$/i, metric: "re-referrals", title: "re-referrals within 12 months of a previous referral", measure: { indicator: "re-referrals", population: "children", basis: "flow", aspect: "within 12 months of a previous referral" }, unit: "re-referrals", yearEnds: "31 March" },
  { column: /^rereferral_percent$/i, metric: "re-referrals", title: "re-referrals within 12 months, as a share of referrals", measure: { indicator: "re-referrals", population: "children", basis: "flow", aspect: "share of referrals within 12 months of a previous referral" }, unit: "%", yearEnds: "31 March" },
  { column: /^children_count$/i, metric: "children looked after", title: "children looked after", measure: { indicator: "children-looked-after", population: "children", basis: "stock" }, unit: "children", yearEnds: "31 March" },
  { column: /^rate_per_10000$/i, metric: "children looked after rate", title: "children looked after per 10,000 children", measure: { indicator: "children-looked-after-rate", population: "children", basis: "stock" }, unit: "per 10,000 children", yearEnds: "31 March" },
];

const DFE_TABLE = {
  period: { match: [/^time_period$/i], label: "time_period" },
  identifier: { match: [/^time_identifier$/i], label: "time_identifier", optional: true },
  level: { match: [/^geographic_level$/i], label: "geographic_level" },
  country: { match: [/^country_name$/i], label: "country_name", optional: true },
  region: { match: [/^region_name$/i], label: "region_name", optional: true },
  council: { match: [/^la_name$/i], label: "la_name", optional: true },
  code: { match: [/^new_la_code$/i], label: "new_la_code", optional: true },
  population: { match: [/^population_type$/i], label: "population_type", optional: true },
} satisfies TableSpec<string>;

type DfeColumn = keyof typeof DFE_TABLE;

/** "2025" or "202425" → the year the period ends. */
function endYear(text: string | undefined): number | undefined {
  const match = /^(\d{4})(\d{2})?$/.exec((text ?? "").trim());
  if (!match) return undefined;
  return match[2] ? Math.floor(Number(match[1]) / 100) * 100 + Number(match[2]) + (Number(match[2]) < Number(match[1]) % 100 ? 100 : 0) : Number(match[1]);
}

/** CLA files put stocks and flows in rows: "Children looked after on 31 March", "starting to be", "ceasing to be". */
function populationMeasure(indicator: SeriesColumn, populationType: string | undefined): { measure: Measure; flow: boolean } | undefined {
  if (populationType === undefined || populationType === "") return { measure: indicator.measure, flow: indicator.measure.basis === "flow" };
  const type = populationType.toLowerCase();
  if (/on 31 march|looked after at/.test(type)) return { measure: indicator.measure, flow: false };
  const aspect = /starting/.test(type) ? "starting to be looked after" : /ceasing/.test(type) ? "ceasing to be looked after" : populationType;
  return { measure: { ...indicator.measure, basis: "flow", aspect }, flow: true };
}

function periodOf(year: number, indicator: SeriesColumn, flow: boolean): { period: string; periodLabel: string } {
  if (indicator.yearEnds === "31 March" && flow) return { period: `${year - 1}-${String(year % 100).padStart(2, "0")}`, periodLabel: `year to 31 March ${year}` };
  if (indicator.yearEnds === "31 March") return { period: String(year), periodLabel: `as at 31 March ${year}` };
  return { period: String(year), periodLabel: flow ? `year to 30 September ${year}` : `as at 30 September ${year}` };
}

function geographyOf(context: ReleaseContext, table: Table<DfeColumn>, row: GridRow): Pick<OfficialFigure, "geography" | "level" | "geographyCode"> | undefined {
  const level = cellAt(row, table, "level")?.text.trim().toLowerCase() ?? "";
  if (level === "national") return { geography: cellAt(row, table, "country")?.text.trim() || "England", level: "national" };
  if (level === "regional") {
    const region = cellAt(row, table, "region")?.text.trim();
    return region ? { geography: region, level: "regional" } : undefined;
  }
  if (level === "local authority") {
    const name = cellAt(row, table, "council")?.text.trim();
    if (!name) return undefined;
    const code = cellAt(row, table, "code")?.text.trim();
    const council = context.gazetteer.resolve(name, code && !code.includes("/") ? { code } : {});
    return { geography: council?.name ?? name, level: "council", ...(code ? { geographyCode: code } : {}) };
  }
  return undefined;
}

export function dfeFigures(context: ReleaseContext, grid: Grid): Result<OfficialFigure[]> {
  const found = findTables(grid, DFE_TABLE);
  if (!found.ok) return found;
  const table = found.value[0]!;
  const header = grid.rows.find((row) => row.row === table.headerRow)!;
  const indicatorColumns = INDICATORS.flatMap((indicator) => {
    const index = header.cells.findIndex((cell) => cell !== undefined && indicator.column.test(cell.text.trim()));
    return index >= 0 ? [{ indicator, column: { index, header: header.cells[index]!.text.trim() } }] : [];
  });
  if (indicatorColumns.length === 0) return { ok: false, reason: `the file has none of the indicator columns this reader knows (${INDICATORS.map((indicator) => indicator.column.source.replace(/[\^$]/g, "")).join(", ")})` };
  const figures: OfficialFigure[] = [];
  for (const row of table.rows) {
    const year = endYear(cellAt(row, table, "period")?.text);
    const geography = geographyOf(context, table, row);
    if (year === undefined || !geography) continue;
    const populationType = cellAt(row, table, "population")?.text.trim();
    for (const { indicator, column } of indicatorColumns) {
      const cell = row.cells[column.index];
      const text = cell?.text.trim() ?? "";
      if (text === "") continue;
      const value = numberOf(cell);
      const status = value === undefined ? cellStatus(text) : undefined;
      if (value === undefined && !status) continue;
      const measured = populationMeasure(indicator, populationType);
      if (!measured) continue;
      const tableWithColumn = { ...table, columns: { ...table.columns, value: column } } as Table<DfeColumn | "value">;
      figures.push({
        value: value ?? null,
        ...(status ? { status } : {}),
        unit: indicator.unit,
        text,
        metric: indicator.metric,
        measure: measured.measure,
        ...periodOf(year, indicator, measured.flow),
        ...geography,
        source: context.source,
        cell: tableCellRef(context, tableWithColumn, row, "value")!,
      });
    }
  }
  return { ok: true, value: figures };
}
