// Release files for tests: Ofsted-like spreadsheets with a changed layout or a missing column, and
// broken copies of the shipped files.
import { makeOds, type FixtureCell } from "./odsFixture.ts";

const norfolk = { text: "Ofsted Local Authority Webpage", href: "https://reports.ofsted.gov.uk/provider/44/926" };

/** A later year's layout: another sheet name, header on row 5, columns moved and renamed, a stacked second table. */
export function changedLayoutOds(): Uint8Array {
  const header: FixtureCell[] = ["Overall effectiveness judgement", "LA name", "Date report published", "Date of inspection", "Area code", "Link"];
  return makeOds([
    { name: "Cover", rows: [["Local authority inspection outcomes as at 31 March 2026"], ["Published on:", "24 September 2026"]] },
    {
      name: "Table_1_LAs_31_Mar_2026",
      rows: [
        ["Judgements in force as at 31 March 2026"],
        ["Notes"],
        [],
        [],
        header,
        ["Inadequate", "Norfolk", { text: "01/02/2026", date: "2026-02-01" }, { text: "05/01/2026", date: "2026-01-05" }, "E10000020", norfolk],
        ["Good", "Brighton & Hove", { text: "46000", value: 46000 }, null, "E06000043", "link"],
        ["Requires improvement", "Kingston upon Hull, City of", { text: "15/03/2026", date: "2026-03-15" }, null, "", ""],
        [],
        ["Table 2: something else"],
        ["Name", "Count"],
        ["x", { text: "3", value: 3 }],
      ],
    },
  ]);
}

/** A council table that has lost its grade column. */
export function missingColumnOds(): Uint8Array {
  return makeOds([{ name: "LAs", rows: [["Title"], ["Local authority name", "Publication date", "Region"], ["Norfolk", { text: "01/02/2026", date: "2026-02-01" }, "East of England"]] }]);
}

export const MISSING_COLUMN_CSV = "time_identifier,geographic_level,country_name,la_name,turnover_rate_fte\nReporting year,National,England,,15.1\n";
