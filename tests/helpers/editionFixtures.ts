// Another year's edition of Ofsted's "Local authority inspection outcomes as at 31 March YYYY",
// laid out the way a later or earlier edition plausibly is: sheets renamed ("Table_1" for
// "Inspections_as_at_31_March"), title, notes and source rows above the header, columns in another
// order and with other wording ("LA name", "Inspection end date", "Date of publication", "Local
// authority code", "Link to report"), grades spelled "RI" as well as "Requires improvement to be
// good", a council "Not yet inspected", and an in-year table whose rows have an inspection type.
// The councils' judgements are real ones (as the shipped 2025 edition has them), so a 2024 edition
// beside the 2025 one repeats judgements that must be read once.
import { makeOds, type FixtureCell, type FixtureSheet } from "./odsFixture.ts";

export interface EditionRow {
  council: string;
  code: string;
  region: string;
  grade: string;
  /** ISO dates; absent for a council not yet inspected. */
  inspected?: string;
  published?: string;
  link?: string;
}

/** Six councils' judgements in force on 31 March 2024 (from the 2025 edition's ILACS history), two spellings of RI. */
export const ROWS_2024: EditionRow[] = [
  { council: "Birmingham", code: "E08000025", region: "West Midlands", grade: "Good", inspected: "2023-02-20", published: "2023-04-18" },
  { council: "Harrow", code: "E09000015", region: "London", grade: "Good", inspected: "2020-02-10", published: "2020-03-16" },
  { council: "Isles Of Scilly", code: "E06000053", region: "South West", grade: "Inadequate", inspected: "2023-07-11", published: "2023-08-25" },
  { council: "Kingston upon Hull, City of", code: "E06000010", region: "North East, Yorkshire and the Humber", grade: "RI", inspected: "2022-11-14", published: "2023-01-13" },
  { council: "Norfolk", code: "E10000020", region: "East of England", grade: "Good", inspected: "2022-11-07", published: "2023-01-13", link: "https://reports.ofsted.gov.uk/provider/44/926" },
  { council: "Slough", code: "E06000039", region: "South East", grade: "Requires improvement to be good", inspected: "2023-01-23", published: "2023-03-17" },
];

export const NOT_YET_INSPECTED: EditionRow = { council: "Cumberland", code: "E06000063", region: "North West", grade: "Not yet inspected" };

export interface EditionOptions {
  /** "31 March 2024" by default: the date the title states. */
  asAt?: string;
  rows?: EditionRow[];
  /** Where the as-at date is said: the table's own title (default), or only the cover sheet's title. */
  dateIn?: "table" | "cover";
  /** Drop a column by its header, for a file that has lost one. */
  without?: string;
  published?: string;
  /** Another wording of the council column's header ("Local authority (LA)"). */
  councilHeader?: string;
  /** A total row ("England") and a note run on directly below the data, with no blank row between. */
  footer?: boolean;
}

const HEADER = ["LA name", "Ofsted region", "Overall effectiveness", "Inspection end date", "Date of publication", "Local authority code", "Impact of leaders on social work practice", "Experiences and progress of children who need help and protection", "Experiences and progress of children in care", "Experiences and progress of care leavers", "Link to report"];

const dated = (iso: string | undefined): FixtureCell => (iso ? { text: iso.split("-").reverse().join("/"), date: iso } : "Not yet inspected");

function dataRow(row: EditionRow): FixtureCell[] {
  const sub = row.published ? row.grade : null;
  return [row.council, row.region, row.grade, dated(row.inspected), dated(row.published), row.code, sub, sub, sub, null, row.link ? { text: "Report", href: row.link } : null];
}

function dropColumn(rows: FixtureCell[][], header: string[], without: string | undefined): FixtureCell[][] {
  const at = without ? header.indexOf(without) : -1;
  return at < 0 ? rows : rows.map((row) => row.filter((_, index) => index !== at));
}

/** The in-year table: every inspection and visit, each with its type (not a snapshot of judgements in force). */
const IN_YEAR: FixtureCell[][] = [
  ["Local authority", "Inspection type", "Inspection end date", "Date of publication", "Overall effectiveness"],
  ["Harrow", "ILACS focused visit", dated("2024-01-10"), dated("2024-02-20"), null],
  ["Isles of Scilly", "ILACS Short inspection", dated("2023-07-11"), dated("2023-08-25"), "Inadequate"],
];

/** A 2024-style edition of the council outcomes: see the file's opening comment. */
export function outcomesEdition(options: EditionOptions = {}): Uint8Array {
  const asAt = options.asAt ?? "31 March 2024";
  const year = asAt.slice(-4);
  const rows = options.rows ?? ROWS_2024;
  const header = options.councilHeader ? [options.councilHeader, ...HEADER.slice(1)] : HEADER;
  const footer: FixtureCell[][] = options.footer ? [["England", null, null, null, null, "E92000001"], ["[note 3] Cumberland and Westmorland and Furness replaced Cumbria on 1 April 2023."]] : [];
  const table: FixtureCell[][] = dropColumn([header, ...rows.map(dataRow), ...footer], header, options.without);
  const title = options.dateIn === "cover" ? "Table 1: Most recent inspection judgements for each local authority" : `Table 1: Most recent inspection judgements for each local authority as at ${asAt}`;
  const sheets: FixtureSheet[] = [
    { name: "Cover", rows: [[`Local authority inspection outcomes as at ${asAt}`], ["Section", "Detail"], ["Theme:", "Children's Social Care"], ["Date of publication:", options.published ?? `30 August ${year}`]] },
    { name: "Notes", rows: [["Notes"], ["Note number", "Note text"], ["[note 1]", "Overall effectiveness: the judgement of the most recent full inspection."], ["[note 2]", "Local authority name: as at the publication date."]] },
    {
      name: "Table_1",
      rows: [[title], ["This table contains one row per local authority. Some cells are blank because the sub-judgement was introduced later [note 2]."], ["Source: Ofsted"], [], ...table],
      trailingEmptyRows: 40,
    },
    {
      name: "Table_2",
      rows: [[`Table 2: Inspections and visits in the year to ${asAt}`], ["Source: Ofsted"], ...dropColumn(IN_YEAR, IN_YEAR[0] as string[], options.without)],
    },
  ];
  return makeOds(sheets);
}

/**
 * A later "Children's social care data in England" edition: the per-council sheet renamed
 * ("LA_level_31_March_2024", its date only in the title), and the history across frameworks with
 * its publication columns worded "Date of publication (SIF)" and "SLAC date of publication".
 */
export function careDataEdition(): Uint8Array {
  return makeOds([
    { name: "Cover", rows: [["Children's social care data in England 2024"], ["Section", "Detail"], ["Published on:", "18 July 2024"]] },
    {
      name: "LA_level_31_March_2024",
      rows: [
        ["Children's social care data in England 2024 - LA level as at 31 March 2024"],
        ["This worksheet contains one table."],
        [],
        ["LA name", "Region", "Overall effectiveness", "Inspection date"],
        ["Slough", "South East", "Requires improvement to be good", dated("2023-01-23")],
        ["Norfolk", "East of England", "Good", dated("2022-11-07")],
        ["Isles of Scilly", "South West", "Inadequate", dated("2023-07-11")],
      ],
    },
    {
      name: "LA_inspections_2009-2024",
      rows: [
        ["Children's social care data in England 2024 - LA inspections 2009-2024"],
        ["Some cells are empty because data was not provided to Ofsted."],
        ["LA name", "Region", "SLAC date of publication", "SLAC Safeguarding overall effectiveness", "SLAC Looked After Children overall effectiveness", "Date of publication (SIF)", "SIF overall effectiveness", "ILACS date of publication", "ILACS overall effectiveness"],
        ["Slough", "South East", dated("2011-06-01"), "Inadequate", "Adequate", dated("2014-02-11"), "Inadequate", dated("2023-03-17"), "Requires improvement to be good"],
        ["Norfolk", "East of England", dated("2012-03-02"), "Adequate", "Adequate", dated("2018-01-19"), "Requires improvement to be good", dated("2023-01-13"), "Good"],
      ],
    },
  ]);
}
