// The file readers on their own: CSV quoting, ODS repeats, dates, cell codes, grades, tables by header.
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/statistics/csv.ts";
import { readOds } from "../../src/statistics/ods.ts";
import { findTables } from "../../src/statistics/tables.ts";
import { cellStatus, dateOf, normalizeGrade, serialDate } from "../../src/statistics/values.ts";
import { columnIndex, columnLetter } from "../../src/statistics/grid.ts";
import { makeOds } from "../helpers/odsFixture.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF and a byte-order mark", () => {
    const read = readCsv(bytes('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nplain,,end\r\n'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.rows.map((row) => row.row)).toEqual([1, 2, 3]);
    expect(read.value.rows[1]!.cells.map((cell) => cell?.text)).toEqual(["x, y", 'say "hi"', "two\nlines"]);
    expect(read.value.rows[2]!.cells.map((cell) => cell?.text)).toEqual(["plain", undefined, "end"]);
  });

  it("refuses a quoted field that never closes and bytes that are not UTF-8", () => {
    expect(readCsv(bytes('a,b\n"open,1\n'))).toMatchObject({ ok: false, reason: expect.stringMatching(/never closes/) });
    expect(readCsv(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, reason: "not UTF-8 text" });
  });
});

describe("readOds", () => {
  it("keeps row numbers across repeated empty rows and does not materialise repeated empty columns", () => {
    const ods = makeOds([{ name: "S", rows: [["title"], [], [], ["Name", "Value"], ["Norfolk", { text: "1,234", value: 1234 }]], trailingEmptyRows: 1_048_000 }]);
    const read = readOds(ods);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const sheet = read.value[0]!;
    expect(sheet.rows.map((row) => row.row)).toEqual([1, 4, 5]);
    expect(sheet.rows[2]!.cells).toHaveLength(2);
    expect(sheet.rows[2]!.cells[1]).toEqual({ text: "1,234", number: 1234 });
  });

  it("expands a repeated cell with content, reads dates and hyperlinks", () => {
    const read = readOds(makeOds([{ name: "S", rows: [[{ text: "x", repeat: 3 }, { text: "10/07/2023", date: "2023-07-10" }, { text: "Webpage", href: "https://example.org/r" }]] }]));
    if (!read.ok) throw new Error(read.reason);
    const cells = read.value[0]!.rows[0]!.cells;
    expect(cells.slice(0, 3).map((cell) => cell?.text)).toEqual(["x", "x", "x"]);
    expect(cells[3]).toEqual({ text: "10/07/2023", date: "2023-07-10" });
    expect(cells[4]?.href).toBe("https://example.org/r");
  });

  it("names a truncated, a corrupt and a non-spreadsheet zip", () => {
    const ods = makeOds([{ name: "S", rows: [["a"]] }]);
    expect(readOds(ods.subarray(0, Math.floor(ods.length * 0.6)))).toMatchObject({ ok: false });
    expect(readOds(bytes("not a zip at all"))).toMatchObject({ ok: false, reason: expect.stringMatching(/content\.xml|zip/) });
    const truncated = readOds(ods.subarray(0, Math.floor(ods.length * 0.6)));
    if (!truncated.ok) expect(truncated.reason).toMatch(/truncated|damaged|zip/);
  });
});

describe("cell values", () => {
  it("reads grades in their spellings and never guesses", () => {
    expect(["Requires improvement to be good", "requires improvement", "RI", "Outstanding", "Good", "Adequate", "Inadequate", "Not inspected", ""].map(normalizeGrade)).toEqual([
      "requires improvement",
      "requires improvement",
      "requires improvement",
      "outstanding",
      "good",
      "adequate",
      "inadequate",
      undefined,
      undefined,
    ]);
  });

  it("reads dates as serial numbers, day-first text and short month names", () => {
    expect(serialDate(45107)).toBe("2023-06-30");
    expect(dateOf({ text: "45107", number: 45107 })).toBe("2023-06-30");
    expect(dateOf({ text: "10/07/2023" })).toBe("2023-07-10");
    expect(dateOf({ text: "31-Mar-23" })).toBe("2023-03-31");
    expect(dateOf({ text: "31-Mar-15 [Note 3]" })).toBe("2015-03-31");
    expect(dateOf({ text: "31/02/2023" })).toBeUndefined();
  });

  it("keeps DfE cell codes as a status with a meaning, never a number", () => {
    for (const code of ["c", "x", "z", "low", "u"]) expect(cellStatus(code)?.meaning).toMatch(/\w/);
    expect(cellStatus("c")?.meaning).toMatch(/confidential/);
    expect(cellStatus("12")).toBeUndefined();
  });

  it("names columns as a spreadsheet does", () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ"]);
    expect(columnIndex("AA")).toBe(26);
  });
});

describe("findTables", () => {
  const spec = { name: { match: [/^name$/i], label: "Name" }, grade: { match: [/grade/i], label: "Grade" }, note: { match: [/note/i], label: "Note", optional: true } };

  it("finds stacked tables whatever the column order, each with its title", () => {
    const read = readCsv(bytes("Table 1: first\nName,Grade\nA,Good\n\nTable 2: second\nGrade,Other,Name\nInadequate,1,B\n"));
    if (!read.ok) throw new Error(read.reason);
    const found = findTables(read.value, spec);
    if (!found.ok) throw new Error(found.reason);
    expect(found.value.map((table) => [table.title, table.columns.name?.index, table.rows.length])).toEqual([
      ["Table 1: first", 0, 1],
      ["Table 2: second", 2, 1],
    ]);
  });

  it("names the column a table lacks", () => {
    const read = readCsv(bytes("Name,Score,Note\nA,1,x\n"));
    if (!read.ok) throw new Error(read.reason);
    expect(findTables(read.value, { ...spec, other: { match: [/^score$/i], label: "Score" } })).toEqual({ ok: false, reason: "the file: the table on row 1 has no column “Grade”" });
  });
});
