// Council judgements from Ofsted's per-council tables: the list of councils' judgements as at 31
// March, the in-year list and the ILACS history. Columns are found by their header text; a table
// whose rows carry no publication date (Ofsted's 2023 "LA level" sheet) gives counts, not judgements.

import type { Grid, GridRow } from "./grid.ts";
import { cellRef, tableCellRef, type ReleaseContext } from "./context.ts";
import type { Framework, Judgement } from "./records.ts";
import { cellAt, findTables, headerText, type Table, type TableSpec } from "./tables.ts";
import { dateOf, normalizeGrade } from "./values.ts";

export const COUNCIL_TABLE = {
  link: { match: [/^web ?link$/i, /link/i], label: "Web link", optional: true },
  code: { match: [/area code/i, /^(?:new_)?la_?code$/i, /la code/i], label: "Local authority area code", optional: true },
  // Last, for wordings not seen yet ("Local authority (LA)", "LA"): any "local authority" header that is not its code, status, type or region.
  council: { match: [/^local authority name$/i, /^local authority$/i, /^la name$/i, /authority name/i, /^(?:local authority|la)\b(?!.*\b(?:code|status|type|region)\b)/i], label: "Local authority name" },
  status: { match: [/authority status/i], label: "Local authority status", optional: true },
  region: { match: [/region/i], label: "Ofsted region", optional: true },
  inspected: { match: [/^inspection(?:\/visit)? (?:start )?date$/i, /^date of (?:the )?inspection/i, /inspection.*date/i], label: "Inspection date", optional: true },
  // "Publication date" (2023, 2025), "Date of publication", "Date published", "Report publication date".
  published: { match: [/^publication date$/i, /publication date/i, /^date (?:of )?publication/i, /published/i], label: "Publication date", optional: true },
  type: { match: [/inspection(?:\/visit)? type/i], label: "Inspection type", optional: true },
  overall: { match: [/^overall effectiveness$/i, /overall effectiveness/i, /^overall judgement/i, /^overall grade/i], label: "Overall effectiveness" },
  leaders: { match: [/impact of leaders/i], label: "Impact of leaders", optional: true },
  help: { match: [/help and protection/i], label: "Children who need help and protection", optional: true },
  care: { match: [/children in care(?! and care leavers)(?!.*care leavers)/i, /children in care/i], label: "Children in care", optional: true },
  leavers: { match: [/^(?:the )?experiences and progress of care leavers$/i, /progress of care leavers/i], label: "Care leavers", optional: true },
  // Read by no answer: it marks a list of providers (each in a local authority, with inspection dates), which is no council table.
  provider: { match: [/^urn$/i, /^provision type$/i], label: "URN", optional: true },
} satisfies TableSpec<string>;

export type CouncilColumn = keyof typeof COUNCIL_TABLE;

const SUB_JUDGEMENTS: CouncilColumn[] = ["leaders", "help", "care", "leavers"];

/** ILACS began in January 2018; before that, SIF (from November 2013) and SLAC. */
export function frameworkOn(date: string): Framework {
  if (date >= "2018-01-01") return "ILACS";
  if (date >= "2013-11-01") return "SIF";
  return "SLAC";
}

export function frameworkOfType(type: string | undefined, published: string): Framework {
  if (type && /ILACS/i.test(type)) return "ILACS";
  if (type && /\bSIF\b|single inspection/i.test(type)) return "SIF";
  if (type && /SLAC/i.test(type)) return "SLAC";
  return frameworkOn(published);
}

/** "SIF publication date", "Date of publication (SIF)", "SLAC date published": a history group's first column. */
export const PUBLICATION_HEADER = /publication date|date of publication|date published/i;

/** A header with several publication dates is the history across frameworks (ofstedHistory.ts), one council a row. */
export function isFrameworkHistory(header: GridRow | undefined): boolean {
  return (header?.cells.filter((cell) => PUBLICATION_HEADER.test(headerText(cell))).length ?? 0) > 1;
}

export function councilTables(grid: Grid): Array<Table<CouncilColumn>> {
  const found = findTables(grid, COUNCIL_TABLE);
  if (!found.ok) return [];
  return found.value.filter((table) => !isFrameworkHistory(grid.rows.find((row) => row.row === table.headerRow)));
}

/** The council a row names, through the gazetteer; the file's own spelling when the gazetteer lacks it. */
export function councilOf(context: ReleaseContext, name: string, options: { code?: string; formerOnly?: boolean }): { name: string; code?: string; successors?: string[] } {
  const council = context.gazetteer.resolve(name, options);
  if (!council) return { name: name.trim(), ...(options.code ? { code: options.code } : {}) };
  return { name: council.name, ...(council.code ? { code: council.code } : {}), ...(council.successors ? { successors: council.successors } : {}) };
}

function judgementOf(context: ReleaseContext, table: Table<CouncilColumn>, row: GridRow): Judgement | undefined {
  const name = cellAt(row, table, "council")?.text.trim();
  const overall = cellAt(row, table, "overall");
  const grade = normalizeGrade(overall?.text);
  const published = dateOf(cellAt(row, table, "published"));
  if (!name || !grade || !overall || !published) return undefined;
  const type = cellAt(row, table, "type")?.text.trim();
  if (type && !/inspection/i.test(type)) return undefined;
  const code = cellAt(row, table, "code")?.text.trim();
  const former = /no longer|abolish|former/i.test(cellAt(row, table, "status")?.text ?? "");
  const council = councilOf(context, name, { ...(code ? { code } : {}), formerOnly: former });
  const subJudgements: Record<string, string> = {};
  for (const key of SUB_JUDGEMENTS) {
    const column = table.columns[key];
    const text = cellAt(row, table, key)?.text.trim();
    if (column && text && normalizeGrade(text)) subJudgements[column.header] = text;
  }
  const inspected = dateOf(cellAt(row, table, "inspected"));
  const url = cellAt(row, table, "link")?.href;
  return {
    council: council.name,
    ...(council.code ? { councilCode: council.code } : {}),
    grade,
    gradeText: overall.text.trim(),
    framework: frameworkOfType(type, published),
    ...(type ? { inspectionType: type } : {}),
    ...(inspected ? { inspected } : {}),
    published,
    ...(Object.keys(subJudgements).length > 0 ? { subJudgements } : {}),
    ...(url ? { url } : {}),
    ...(council.successors ? { successors: council.successors } : {}),
    source: context.source,
    cell: tableCellRef(context, table, row, "overall") ?? cellRef(context, table.grid, row, table.columns.overall!),
  };
}

/** Judgements from every per-council table in a sheet that dates its rows by publication. */
export function judgementsFromCouncilTables(context: ReleaseContext, grid: Grid): Judgement[] {
  const judgements: Judgement[] = [];
  for (const table of councilTables(grid)) {
    if (!table.columns.published) continue;
    for (const row of table.rows) {
      const judgement = judgementOf(context, table, row);
      if (judgement) judgements.push(judgement);
    }
  }
  return judgements;
}

export { headerText };
