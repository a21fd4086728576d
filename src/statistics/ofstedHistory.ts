// Every council's judgements under each framework in turn, from Ofsted's wide history table (one
// council a row; a group of columns per inspection: SLAC 2009–2012 with its re-inspections, the
// first SIF inspection and its re-inspection, the first and second ILACS inspections). Groups are
// found by header text: each starts at a "publication date" column, and its framework is named in
// its headers. Groups of other inspections (child protection, targeted looked-after children) are
// not one of the three frameworks: each is kept with the judgement then in force, as one area's grade.

import { cellRef, type ReleaseContext } from "./context.ts";
import { councilOf, isFrameworkHistory, PUBLICATION_HEADER } from "./ofstedJudgements.ts";
import type { Grid, GridRow } from "./grid.ts";
import type { Framework, Judgement, PartInspection } from "./records.ts";
import { headerText, type FoundColumn } from "./tables.ts";
import { dateOf, gradeOnScale, normalizeGrade } from "./values.ts";

interface ColumnGroup {
  framework: Framework;
  inspectionType: string;
  type?: FoundColumn;
  published: FoundColumn;
  grade: FoundColumn;
  subJudgements: FoundColumn[];
}

function frameworkOfHeader(header: string): Framework | undefined {
  if (/\bILACS\b/i.test(header)) return "ILACS";
  if (/\bSIF\b|single inspection/i.test(header)) return "SIF";
  if (/\bSLAC\b|safeguarding (?:&|and) looked after/i.test(header)) return "SLAC";
  return undefined;
}

function inspectionTypeOf(framework: Framework, header: string): string {
  if (!/re-?inspection/i.test(header)) return `${framework} inspection`;
  if (framework === "SLAC" && /safeguarding/i.test(header)) return "SLAC re-inspection of safeguarding";
  if (framework === "SLAC" && /looked after/i.test(header)) return "SLAC re-inspection of services for children looked after";
  return `${framework} re-inspection`;
}

/** The part inspections of 2012–13, by their headers: each grades one area, no framework's overall judgement. */
const PART_INSPECTIONS: ReadonlyArray<{ header: RegExp; inspectionType: string; aspect: string }> = [
  { header: /child protection re-?inspection|\bCPRI\b/i, inspectionType: "child protection re-inspection", aspect: "help-and-protection" },
  { header: /child protection inspection|\bCPI\b/i, inspectionType: "child protection inspection", aspect: "help-and-protection" },
  { header: /targeted looked after children|\bTLAC\b/i, inspectionType: "targeted looked after children inspection", aspect: "looked-after" },
];

interface PartGroup {
  inspectionType: string;
  aspect: string;
  published: FoundColumn;
  grade: FoundColumn;
}

function partGroups(header: GridRow): PartGroup[] {
  const columns: FoundColumn[] = header.cells.flatMap((cell, index) => (cell ? [{ index, header: headerText(cell) }] : []));
  return columns.flatMap((column, at) => {
    const part = PUBLICATION_HEADER.test(column.header) && !frameworkOfHeader(column.header) ? PART_INSPECTIONS.find((each) => each.header.test(column.header)) : undefined;
    const grade = columns[at + 1];
    return part && grade && /overall|\bOE\b/i.test(grade.header) ? [{ inspectionType: part.inspectionType, aspect: part.aspect, published: column, grade }] : [];
  });
}

function columnGroups(header: GridRow): ColumnGroup[] {
  const columns: FoundColumn[] = header.cells.flatMap((cell, index) => (cell ? [{ index, header: headerText(cell) }] : []));
  const groups: ColumnGroup[] = [];
  columns.forEach((column, at) => {
    if (!PUBLICATION_HEADER.test(column.header)) return;
    const framework = frameworkOfHeader(column.header);
    if (!framework) return;
    const before = columns[at - 1];
    const type = before && /inspection type/i.test(before.header) ? before : undefined;
    const members: FoundColumn[] = [];
    for (const next of columns.slice(at + 1)) {
      if (PUBLICATION_HEADER.test(next.header) || /inspection type/i.test(next.header)) break;
      members.push(next);
    }
    const grades = members.filter((member) => /overall|\bOE\b|judgement/i.test(member.header) && !/LSCB/i.test(member.header));
    const grade = grades[0];
    if (!grade) return;
    groups.push({ framework, inspectionType: inspectionTypeOf(framework, column.header), ...(type ? { type } : {}), published: column, grade, subJudgements: members.filter((member) => member !== grade) });
  });
  return groups;
}

/** A table's rows after its header, up to the first blank row or the next table's title. */
function rowsAfter(grid: Grid, header: GridRow): GridRow[] {
  const rows: GridRow[] = [];
  let expected = header.row + 1;
  for (const row of grid.rows) {
    if (row.row <= header.row) continue;
    if (row.row !== expected || row.cells.filter(Boolean).length < 2) break;
    rows.push(row);
    expected++;
  }
  return rows;
}

/** Every judgement in every framework-history table of the sheet. */
export function judgementsFromFrameworkHistory(context: ReleaseContext, grid: Grid): Judgement[] {
  const judgements: Judgement[] = [];
  for (const header of grid.rows) {
    if (!isFrameworkHistory(header)) continue;
    const nameIndex = header.cells.findIndex((cell) => /^(?:local authority|la) name$|^local authority$/i.test(headerText(cell)));
    if (nameIndex < 0) continue;
    const groups = columnGroups(header);
    const parts = partGroups(header);
    // The table of councils that no longer exist is titled as such ("existed before the restructure").
    const title = grid.rows.find((row) => row.row === header.row - 1)?.cells.find(Boolean)?.text ?? "";
    const formerOnly = /before the restructure|no longer exist|former|predecessor/i.test(title);
    for (const row of rowsAfter(grid, header)) {
      const name = row.cells[nameIndex]?.text.trim();
      if (!name) continue;
      const council = councilOf(context, name, { formerOnly });
      const url = row.cells.find((cell) => cell?.href)?.href;
      const rowJudgements: Judgement[] = [];
      for (const group of groups) {
        const gradeCell = row.cells[group.grade.index];
        const grade = gradeOnScale(normalizeGrade(gradeCell?.text), group.framework);
        const published = dateOf(row.cells[group.published.index]);
        if (!grade || !gradeCell || !published) continue;
        const subJudgements: Record<string, string> = {};
        for (const member of group.subJudgements) {
          const text = row.cells[member.index]?.text.trim();
          if (text && normalizeGrade(text)) subJudgements[member.header] = text;
        }
        const type = group.type ? row.cells[group.type.index]?.text.trim() : undefined;
        rowJudgements.push({
          council: council.name,
          ...(council.code ? { councilCode: council.code } : {}),
          grade,
          gradeText: gradeCell.text.trim(),
          framework: group.framework,
          inspectionType: type || group.inspectionType,
          published,
          ...(Object.keys(subJudgements).length > 0 ? { subJudgements } : {}),
          ...(url ? { url } : {}),
          ...(council.successors ? { successors: council.successors } : {}),
          source: context.source,
          cell: cellRef(context, grid, row, group.grade),
        });
      }
      judgements.push(...withPartInspections(rowJudgements, partsOf(context, grid, row, parts)));
    }
  }
  return judgements;
}

function partsOf(context: ReleaseContext, grid: Grid, row: GridRow, parts: readonly PartGroup[]): PartInspection[] {
  return parts.flatMap((part) => {
    const gradeCell = row.cells[part.grade.index];
    const grade = normalizeGrade(gradeCell?.text);
    const published = dateOf(row.cells[part.published.index]);
    return grade && gradeCell && published ? [{ inspectionType: part.inspectionType, aspect: part.aspect, published, grade, gradeText: gradeCell.text.trim(), cell: cellRef(context, grid, row, part.grade) }] : [];
  });
}

/** Each part inspection goes with the judgement in force when it was published (the latest before it). */
function withPartInspections(judgements: Judgement[], parts: readonly PartInspection[]): Judgement[] {
  for (const part of parts) {
    const holder = judgements.filter((judgement) => judgement.published <= part.published).sort((a, b) => a.published.localeCompare(b.published)).at(-1);
    if (holder) holder.partInspections = [...(holder.partInspections ?? []), part];
  }
  return judgements;
}
