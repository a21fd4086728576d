// What the official statistics become: plain data saved in the index beside the articles' figures.
// An OfficialFigure has the fields of an article Figure, but where an article figure has its
// sentence, an official one has the cell it was read from, so anyone can find it in the file.

import type { Measure, Source } from "../types.ts";

/** Exactly where a value stands in a release file. */
export interface CellRef {
  /** The release file, relative to the statistics folder. */
  file: string;
  /** The sheet (spreadsheets only). */
  sheet?: string;
  /** 1-based, as a spreadsheet shows it (a CSV file's header is row 1). */
  row: number;
  /** The column letter in a spreadsheet; the header name in a CSV file. */
  column: string;
  /** The column's header text. */
  header: string;
}

/** A value counted from a table's rows rather than read from one cell: recountable. */
export interface CountedRef {
  file: string;
  sheet?: string;
  /** The column whose cells were counted (a letter, or a CSV header). */
  column: string;
  header: string;
  /** The rows counted (1-based). */
  rows: number[];
  /** What a row had to hold in that column to be counted ("Inadequate"). */
  matches: string;
  /** How many rows had any value in that column: the count is out of this many. */
  outOf: number;
  /** The table's rows, with or without a value there. */
  tableRows: number;
  /** What each counted row names (the councils), in the order of `rows`. */
  labels: string[];
}

/** A DfE cell code in place of a number: kept with what it means, never read as a number. */
export interface CellStatus {
  code: string;
  meaning: string;
}

export interface OfficialFigure {
  /** null exactly when the cell holds a code instead of a number (`status` says which). */
  value: number | null;
  status?: CellStatus;
  /** "%", the counted noun ("social workers", "children's homes"), "per 10,000 children", "cases". */
  unit: string;
  /** The cell's value as the file holds it ("2,447", "11.8", "c"), or the count as digits. */
  text: string;
  /** The catalogue's name for what it measures, as article figures carry it ("inadequate", "turnover"). */
  metric: string;
  measure: Measure;
  /** "2025", "2024-25": the same period text article figures carry. */
  period: string;
  /** "as at 31 March 2025", "year to 30 September 2025". */
  periodLabel: string;
  /** "England", a region or a council. */
  geography: string;
  /** "national", "regional", "council". */
  level: "national" | "regional" | "council";
  /** The council's ONS code, where the file gives one. */
  geographyCode?: string;
  source: Source;
  /** Where the value stands; absent only for a count (then `counted`). */
  cell?: CellRef;
  counted?: CountedRef;
}

export type Framework = "SLAC" | "SIF" | "ILACS";

export interface Judgement {
  /** The gazetteer's name for the council ("Kingston upon Hull"). */
  council: string;
  councilCode?: string;
  /** Normalised: "outstanding", "good", "requires improvement", "adequate", "inadequate". */
  grade: string;
  /** The grade as the file spells it ("Requires improvement to be good"). */
  gradeText: string;
  framework: Framework;
  inspectionType?: string;
  /** ISO date; absent where the release gives only the publication date (SLAC, SIF). */
  inspected?: string;
  /** ISO date the report was published: the judgement is in force from then. */
  published: string;
  subJudgements?: Record<string, string>;
  url?: string;
  /** The council no longer exists (merged or split); its successors' names. */
  successors?: string[];
  /**
   * Inspections of one part of the service published while this judgement was in force (the child
   * protection and looked-after children inspections of 2012–13): they set no overall grade.
   */
  partInspections?: PartInspection[];
  source: Source;
  cell: CellRef;
}

/** A child protection (CPI, CPRI) or targeted looked-after children (TLAC) inspection: one area's grade. */
export interface PartInspection {
  inspectionType: string;
  /** The judgement area it graded, as the catalogue names aspects ("help-and-protection", "looked-after"). */
  aspect: string;
  published: string;
  grade: string;
  gradeText: string;
  cell: CellRef;
}

/** A statistics release file, as `sources` lists it. */
export interface StatisticsRelease {
  source: Source;
  file: string;
  /** What the reader found in it ("152 council judgements, 10 periods of children's homes by grade"). */
  holds: string[];
  judgements: number;
  figures: number;
  /** The periods its figures cover, oldest first. */
  periods: string[];
  /** Tables of the file the reader could not read (a needed column missing), while the rest loaded. */
  unread?: string[];
}
