// Another year's Ofsted release dropped into the statistics folder: a 2024-style edition with its
// own layout (tests/helpers/editionFixtures.ts) is read by its headers, answers count and council
// questions with the date the file states, sits beside the shipped 2025 edition without repeating
// judgements, and a copy that lost a needed column is named with the reason.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createCore, type Core } from "../../src/core.ts";
import { judgementKey } from "../../src/statistics/dedupe.ts";
import { loadStatistics } from "../../src/statistics/loadStatistics.ts";
import { asAtDate } from "../../src/statistics/ofstedCounts.ts";
import { silentLogger } from "../../src/types.ts";
import { careDataEdition, NOT_YET_INSPECTED, outcomesEdition, ROWS_2024 } from "../helpers/editionFixtures.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";

const SHIPPED = path.join("corpus", "statistics");
const EDITION_2025 = "LA_Inspection_Outcomes_as_at_31_March_2025.ods";
const EDITION_2024 = "LA_Inspection_Outcomes_as_at_31_March_2024.ods";
const ARTICLE = "---\ntitle: Caseloads\ndate: 2016-03-01\n---\nCaseloads rose to 17 in 2016, the report said.\n";

function corpusWith(files: Record<string, Uint8Array>, shipped: string[] = []): string {
  const corpus = tempCorpusDir("edition");
  mkdirSync(path.join(corpus, "statistics"), { recursive: true });
  writeFileSync(path.join(corpus, "article.md"), ARTICLE);
  for (const file of shipped) copyFileSync(path.join(SHIPPED, file), path.join(corpus, "statistics", file));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(corpus, "statistics", name), bytes);
  return corpus;
}

const core = (corpusDir: string) => createCore({ corpusDir, logger: silentLogger });

let alone: Core;
let september: Core;
let both: Core;
let only2025: Core;
beforeAll(async () => {
  [alone, september, both, only2025] = await Promise.all([
    core(corpusWith({ [EDITION_2024]: outcomesEdition() })),
    // Named without a date, the date said only on the cover, and a council not yet inspected.
    core(corpusWith({ "outcomes.ods": outcomesEdition({ asAt: "30 September 2024", dateIn: "cover", rows: [...ROWS_2024, NOT_YET_INSPECTED] }) })),
    core(corpusWith({ [EDITION_2024]: outcomesEdition() }, [EDITION_2025, "releases.json"])),
    core(corpusWith({}, [EDITION_2025, "releases.json"])),
  ]);
}, 120_000);

describe("a 2024-style edition: renamed sheets, notes above the header, columns moved and renamed", () => {
  it("reads every council's judgement by header, with the file's grade spelling and publication date", () => {
    expect(alone.problems).toEqual([]);
    const councils = [...new Set(alone.archive.judgements.map((judgement) => judgement.council))];
    expect(councils).toEqual(["Birmingham", "Harrow", "Isles of Scilly", "Kingston upon Hull", "Norfolk", "Slough"]);
    const hull = alone.archive.judgements.find((judgement) => judgement.council === "Kingston upon Hull");
    expect(hull).toMatchObject({ grade: "requires improvement", gradeText: "RI", framework: "ILACS", inspected: "2022-11-14", published: "2023-01-13", councilCode: "E06000010" });
    // The in-year table repeats the Isles of Scilly's inspection, with its type: one judgement.
    expect(alone.archive.judgements.filter((judgement) => judgement.council === "Isles of Scilly")).toHaveLength(1);
    expect(alone.archive.releases[0]!.source.date).toBe("2024-08-30");
  });

  it("counts councils by grade as at the date its title states, both spellings of RI", () => {
    const counts = alone.archive.official.filter((figure) => figure.counted);
    expect(counts.map((figure) => [figure.metric, figure.value, figure.period, figure.periodLabel])).toEqual([
      ["outstanding", 0, "2024", "as at 31 March 2024"],
      ["good", 3, "2024", "as at 31 March 2024"],
      ["requires improvement", 2, "2024", "as at 31 March 2024"],
      ["inadequate", 1, "2024", "as at 31 March 2024"],
    ]);
    expect(counts[2]!.counted).toMatchObject({ file: EDITION_2024, sheet: "Table_1", column: "C", header: "Overall effectiveness", rows: [9, 11], matches: "RI | Requires improvement to be good", outOf: 6 });
  });

  it("answers a count and a council question from it", () => {
    const count = alone.answer("how many councils are inadequate");
    expect(count.message).toMatch(/^As at 31 March 2024: 1 of 6 councils \(16\.7%\) were rated inadequate for overall effectiveness \(ILACS\)\./);
    expect(count.message).toContain("Councils: Isles of Scilly.");
    expect(count.message).toContain(`${EDITION_2024}, sheet Table_1, column C (“Overall effectiveness”)`);
    const norfolk = alone.answer("Norfolk");
    expect(norfolk.judgements?.[0]).toMatchObject({ grade: "good", published: "2023-01-13", url: "https://reports.ofsted.gov.uk/provider/44/926", cell: { file: EDITION_2024, sheet: "Table_1", row: 10, column: "C" } });
    expect(norfolk.message).toMatch(/^Norfolk: Good \(ILACS inspection; inspected 7 November 2022, published 13 January 2023\)/);
    expect(alone.answer("kingston upon hull").message).toMatch(/^Kingston upon Hull: Requires improvement \[RI\] \(/);
  });
});

describe("the as-at date comes from the file", () => {
  it("reads a title's date in the wordings editions use", () => {
    expect(asAtDate("Local authority inspection outcomes as at 31 March 2024")).toBe("2024-03-31");
    expect(asAtDate("Judgements as at 31st March 2024")).toBe("2024-03-31");
    expect(asAtDate("as at 31/03/2024")).toBe("2024-03-31");
    expect(asAtDate("LA_Inspection_Outcomes_as_at_31_March_2026.ods")).toBe("2026-03-31");
    expect(asAtDate("Inspections between 1 April 2023 and 31 March 2024")).toBeUndefined();
  });

  it("uses the cover's date for a table that states none, and counts a council not yet inspected apart", () => {
    const answer = september.answer("inadequate 2024");
    expect(answer.message).toMatch(/^As at 30 September 2024: 1 of 6 councils \(16\.7%\) were rated inadequate/);
    expect(answer.message).toContain("1 council had no ILACS judgement and is not counted.");
    expect(answer.official?.[0]).toMatchObject({ period: "2024", periodLabel: "as at 30 September 2024", counted: { outOf: 6, tableRows: 7 } });
    // The in-year table ("in the year to …") is activity, not a snapshot: nothing counted from it.
    expect(new Set(september.archive.official.map((figure) => figure.counted?.sheet))).toEqual(new Set(["Table_1"]));
  });
});

describe("other wordings and rows a later edition may have", () => {
  it("reads a council column headed another way, and counts no total or note row run on below the data as a council", async () => {
    const other = await core(corpusWith({ [EDITION_2024]: outcomesEdition({ councilHeader: "Local authority (LA)", footer: true }) }));
    expect(other.problems).toEqual([]);
    expect(new Set(other.archive.judgements.map((judgement) => judgement.council)).size).toBe(6);
    const answer = other.answer("inadequate 2024");
    expect(answer.official?.[0]?.counted).toMatchObject({ header: "Overall effectiveness", outOf: 6, tableRows: 6 });
    expect(answer.message).not.toContain("had no ILACS judgement");
  });
});

/** The shipped 2025 file with its words changed in content.xml, as another edition might word them. */
function reworded(replacements: Array<[string, string]>): Uint8Array {
  const entries = unzipSync(readFileSync(path.join(SHIPPED, EDITION_2025)));
  let content = strFromU8(entries["content.xml"]!);
  for (const [from, to] of replacements) content = content.split(from).join(to);
  return zipSync({ ...entries, mimetype: [entries["mimetype"]!, { level: 0 }], "content.xml": strToU8(content) });
}

describe("the shipped 2025 file reworded", () => {
  it("reads the same judgements and counts under renamed sheets and headers, with the date from its title", () => {
    const original = loadStatistics(corpusWith({}, [EDITION_2025]), silentLogger);
    const renamed = loadStatistics(
      corpusWith({
        "outcomes.ods": reworded([
          ["Inspections_as_at_31_March", "Table_1"],
          ["Local authority inspection judgements as at 31 March 2025", "Local authority inspection judgements (as at 31st March 2025)"],
          ["Local authority name", "LA name"],
          ["Publication date", "Date of publication"],
          ["Published on:", "Date of publication:"],
        ]),
      }),
      silentLogger,
    );
    expect(renamed.problems).toEqual([]);
    const summary = (loaded: typeof original) => loaded.judgements.map((judgement) => [judgement.council, judgement.published, judgement.grade, judgement.framework]);
    expect(summary(renamed)).toEqual(summary(original));
    const counts = (loaded: typeof original) => loaded.official.filter((figure) => figure.counted).map((figure) => [figure.metric, figure.value, figure.periodLabel, figure.counted!.outOf]);
    expect(counts(renamed)).toEqual(counts(original));
    expect(renamed.official.find((figure) => figure.counted)?.counted?.sheet).toBe("Table_1");
    expect(renamed.releases[0]!.source.date).toBe("2025-09-25");
  });
});

describe("two editions side by side", () => {
  it("counts each year from its own edition, with its own date", () => {
    const count2024 = both.answer("inadequate 2024");
    expect(count2024.message).toMatch(/^As at 31 March 2024: 1 of 6 councils/);
    expect(count2024.official?.[0]?.counted?.file).toBe(EDITION_2024);
    const count2025 = both.answer("inadequate 2025");
    expect(count2025.message).toMatch(/^As at 31 March 2025: /);
    expect(count2025.official?.[0]?.counted?.file).toBe(EDITION_2025);
    expect(both.answer("how many councils are inadequate").message).toEqual(count2025.message);
    expect(both.archive.releases.map((release) => [release.file, release.source.date])).toEqual([
      [EDITION_2024, "2024-08-30"],
      [EDITION_2025, "2025-09-25"],
    ]);
  });

  it("holds each judgement once: the 2024 edition's rows are the 2025 edition's", () => {
    const keys = both.archive.judgements.map(judgementKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(both.archive.judgements.length).toBe(only2025.archive.judgements.length);
    const harrow = both.answer("trend Harrow").judgements?.map((judgement) => [judgement.published, judgement.grade]);
    expect(harrow).toEqual([
      ["2020-03-16", "good"],
      ["2025-03-04", "inadequate"],
    ]);
    expect(both.answer("Harrow 2024").judgements?.[0]).toMatchObject({ grade: "good", published: "2020-03-16" });
    expect(both.answer("Harrow").judgements?.[0]).toMatchObject({ grade: "inadequate", published: "2025-03-04" });
  });
});

describe("a later Children's social care data edition", () => {
  it("reads the history across frameworks with reworded publication columns, and counts the renamed per-council sheet", async () => {
    const care = await core(corpusWith({ "Childrens_social_care_in_England_2024_underlying_data.ods": careDataEdition() }));
    expect(care.problems).toEqual([]);
    const slough = care.answer("trend Slough").judgements?.map((judgement) => [judgement.framework, judgement.published, judgement.grade]);
    expect(slough).toEqual([
      ["SLAC", "2011-06-01", "inadequate"],
      ["SIF", "2014-02-11", "inadequate"],
      ["ILACS", "2023-03-17", "requires improvement"],
    ]);
    const count = care.answer("inadequate 2024");
    expect(count.message).toMatch(/^As at 31 March 2024: 1 of 3 councils/);
    expect(count.official?.[0]?.counted).toMatchObject({ sheet: "LA_level_31_March_2024", column: "C" });
    expect(care.archive.releases[0]!.source.date).toBe("2024-07-18");
  });
});

describe("an edition that lost a needed column", () => {
  it("is skipped with its name and reason, and the rest loads", () => {
    const corpus = corpusWith({ [EDITION_2024]: outcomesEdition({ without: "Overall effectiveness" }) }, ["csww_indicators_2017_to_2025.csv"]);
    const loaded = loadStatistics(corpus, silentLogger);
    // Not the notes sheet, whose "[note 1]" line mentions "Overall effectiveness": the table's header row.
    expect(loaded.problems).toEqual([{ file: `statistics/${EDITION_2024}`, reason: "sheet Table_1: the table on row 5 has no column “Overall effectiveness”" }]);
    expect(loaded.releases.map((release) => release.file)).toEqual(["csww_indicators_2017_to_2025.csv"]);
    expect(loaded.official.some((figure) => figure.metric === "turnover" && figure.period === "2025")).toBe(true);
  });

  it("says which table it could not read when another table of the file still reads", async () => {
    const partly = await core(corpusWith({ [EDITION_2024]: outcomesEdition({ without: "LA name" }) }));
    expect(partly.problems).toEqual([]);
    expect(partly.archive.releases[0]!.unread).toEqual(["sheet Table_1: the table on row 5 has no column “Local authority name”"]);
    expect(partly.answer("sources").message).toContain("Not read: sheet Table_1: the table on row 5 has no column “Local authority name”.");
  });
});
