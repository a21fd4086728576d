// Councils by grade as at a date, counted from the per-council table of judgements in force then
// (Ofsted's "as at 31 March" sheet). Each count names the column and the rows it counted, so it can
// be recounted from the file, and the total it is out of: the councils with a judgement in that
// column (a council not yet inspected under the framework has none).

import { columnName } from "./tables.ts";
import { textAbove, type ReleaseContext } from "./context.ts";
import type { Grid } from "./grid.ts";
import { councilOf, councilTables } from "./ofstedJudgements.ts";
import type { OfficialFigure } from "./records.ts";
import { cellAt } from "./tables.ts";
import { dateOf, gradeIndicator, longDate, normalizeGrade } from "./values.ts";

const ILACS_GRADES = ["outstanding", "good", "requires improvement", "inadequate"];

/** "as at 31 March 2025", "LA_level_at_31_Mar_2023", "as at 31st March 2024", "as at 31/03/2024": the date a snapshot table describes. */
export function asAtDate(text: string): string | undefined {
  // "_" is a word character: a file or sheet name's "as_at_31_March_2024" has no \b before "at".
  const match = /(?<![a-z])at[\s_]+(\d{1,2})(?:st|nd|rd|th)?[\s_]+([A-Za-z]{3,9})[\s_]+(\d{4})(?!\d)/i.exec(text);
  if (match) return dateOf({ text: `${match[1]} ${match[2]} ${match[3]}` });
  const numeric = /(?<![a-z])at[\s_]+(\d{1,2}\/\d{1,2}\/\d{4})(?!\d)/i.exec(text);
  return numeric ? dateOf({ text: numeric[1]! }) : undefined;
}

/** Words that make a table a period's activity ("in-year", "between 1 April and 31 March", "year to"), not a day's judgements in force. */
const A_PERIOD = /\bin[-_ ]year\b|\bbetween\b|\byear to\b|\bduring\b/i;

/**
 * Councils by grade from every snapshot table in the sheet. A table dated by its own title or
 * sheet name has that date; one that says no date of its own (a renamed "Table_1") has the
 * edition's (`editionAsAt`: the cover's title, "… as at 31 March 2024", or the file's name).
 */
export function gradeCountsFromSnapshot(context: ReleaseContext, grid: Grid, editionAsAt?: string): OfficialFigure[] {
  const figures: OfficialFigure[] = [];
  for (const table of councilTables(grid)) {
    // A list of inspections (it has a type per row) is not a snapshot of judgements in force.
    if (table.columns.type) continue;
    const own = `${grid.sheet ?? ""} ${textAbove(grid, table.headerRow)}`;
    const asAt = asAtDate(own) ?? (A_PERIOD.test(own) ? undefined : editionAsAt);
    const overall = table.columns.overall;
    if (!asAt || !overall) continue;
    // Every ILACS grade is counted, none included: "0 councils outstanding" is a fact of the table.
    const byGrade = new Map<string, { rows: number[]; spellings: Set<string>; councils: string[] }>(ILACS_GRADES.map((grade) => [grade, { rows: [], spellings: new Set<string>(), councils: [] }]));
    let outOf = 0;
    let tableRows = 0;
    for (const row of table.rows) {
      const name = cellAt(row, table, "council")?.text.trim();
      if (!name) continue;
      const text = cellAt(row, table, "overall")?.text.trim() ?? "";
      const grade = normalizeGrade(text);
      const code = cellAt(row, table, "code")?.text.trim();
      // A row with no grade is a council not yet inspected only if it is a council: not a total
      // ("England"), a region's heading or a note that a later edition runs on below its data.
      if (!grade && !context.gazetteer.resolve(name, code ? { code } : {})) continue;
      tableRows++;
      if (!grade) continue;
      outOf++;
      const entry = byGrade.get(grade) ?? { rows: [], spellings: new Set<string>(), councils: [] };
      entry.rows.push(row.row);
      entry.spellings.add(text);
      entry.councils.push(councilOf(context, name, code ? { code } : {}).name);
      byGrade.set(grade, entry);
    }
    const year = asAt.slice(0, 4);
    for (const [grade, entry] of byGrade) {
      figures.push({
        value: entry.rows.length,
        unit: "councils",
        text: String(entry.rows.length),
        metric: grade,
        measure: { indicator: gradeIndicator(grade), population: "councils", basis: "stock", aspect: "overall effectiveness" },
        period: year,
        periodLabel: `as at ${longDate(asAt)}`,
        geography: "England",
        level: "national",
        source: context.source,
        counted: {
          file: context.file,
          ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}),
          column: columnName(grid, overall),
          header: overall.header,
          rows: entry.rows,
          matches: [...entry.spellings].join(" | ") || grade,
          outOf,
          tableRows,
          labels: entry.councils,
        },
      });
    }
  }
  return figures;
}
