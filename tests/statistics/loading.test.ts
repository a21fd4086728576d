// The statistics folder: good releases load, bad ones are named with their reason, a changed layout
// is still read by header, and the saved index notices a changed release.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createCore } from "../../src/core.ts";
import { loadStatistics } from "../../src/statistics/loadStatistics.ts";
import { silentLogger } from "../../src/types.ts";
import { changedLayoutOds, MISSING_COLUMN_CSV, missingColumnOds } from "../helpers/releaseFixtures.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";

const SHIPPED = path.join("corpus", "statistics");
const ARTICLE = "---\ntitle: Caseloads\ndate: 2016-03-01\n---\nCaseloads rose to 17 in 2016, the report said.\n";

function corpusWith(files: Record<string, Uint8Array | string>, shipped: string[] = []): string {
  const corpus = tempCorpusDir("stats");
  mkdirSync(path.join(corpus, "statistics"), { recursive: true });
  writeFileSync(path.join(corpus, "article.md"), ARTICLE);
  for (const file of shipped) copyFileSync(path.join(SHIPPED, file), path.join(corpus, "statistics", file));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(corpus, "statistics", name), bytes);
  return corpus;
}

describe("loadStatistics", () => {
  it("names each unreadable release with its reason and loads the rest", () => {
    const good = readFileSync(path.join(SHIPPED, "LA_Inspection_Outcomes_as_at_31_March_2025.ods"));
    const corpus = corpusWith(
      {
        "truncated.ods": good.subarray(0, Math.floor(good.length / 2)),
        "corrupt.ods": new Uint8Array(2048).fill(7),
        "no_grade.ods": missingColumnOds(),
        "no_period.csv": MISSING_COLUMN_CSV,
      },
      ["csww_indicators_2017_to_2025.csv"],
    );
    const loaded = loadStatistics(corpus, silentLogger);
    const reasons = Object.fromEntries(loaded.problems.map((problem) => [problem.file, problem.reason]));
    expect(Object.keys(reasons).sort()).toEqual(["statistics/corrupt.ods", "statistics/no_grade.ods", "statistics/no_period.csv", "statistics/truncated.ods"]);
    expect(reasons["statistics/truncated.ods"]).toMatch(/truncated|ends early|damaged/);
    expect(reasons["statistics/corrupt.ods"]).toMatch(/zip|content\.xml/);
    expect(reasons["statistics/no_grade.ods"]).toBe("sheet LAs: the table on row 2 has no column “Overall effectiveness”");
    expect(reasons["statistics/no_period.csv"]).toBe("the file: the table on row 1 has no column “time_period”");
    expect(loaded.releases.map((release) => release.file)).toEqual(["csww_indicators_2017_to_2025.csv"]);
    expect(loaded.official.some((figure) => figure.metric === "turnover" && figure.geography === "England" && figure.period === "2025")).toBe(true);
  });

  it("reads a changed layout by its headers: moved and renamed columns, another sheet, name variants", () => {
    const loaded = loadStatistics(corpusWith({ "LA_outcomes_2026.ods": changedLayoutOds() }), silentLogger);
    expect(loaded.problems).toEqual([]);
    const byCouncil = Object.fromEntries(loaded.judgements.map((judgement) => [judgement.council, judgement]));
    expect(Object.keys(byCouncil).sort()).toEqual(["Brighton and Hove", "Kingston upon Hull", "Norfolk"]);
    expect(byCouncil["Norfolk"]).toMatchObject({ grade: "inadequate", framework: "ILACS", inspected: "2026-01-05", published: "2026-02-01", url: "https://reports.ofsted.gov.uk/provider/44/926", councilCode: "E10000020" });
    expect(byCouncil["Norfolk"]!.cell).toEqual({ file: "LA_outcomes_2026.ods", sheet: "Table_1_LAs_31_Mar_2026", row: 6, column: "A", header: "Overall effectiveness judgement" });
    // A date stored as a spreadsheet serial number.
    expect(byCouncil["Brighton and Hove"]!.published).toBe("2025-12-09");
    const inadequate = loaded.official.find((figure) => figure.counted && figure.metric === "inadequate");
    expect(inadequate).toMatchObject({ value: 1, period: "2026", periodLabel: "as at 31 March 2026", counted: { rows: [6], outOf: 3, column: "A" } });
    expect(loaded.releases[0]!.source.date).toBe("2026-09-24");
  });
});

describe("the saved index and the statistics folder", () => {
  it("rebuilds when a release is added and loads the saved index when nothing changed", async () => {
    const corpus = corpusWith({}, ["cla_number_and_rate_per_10k_children.csv"]);
    const indexFile = path.join(path.dirname(corpus), ".index", "test.bin");
    const first = await createCore({ corpusDir: corpus, logger: silentLogger, indexFile });
    expect(first.index.origin).toBe("built");
    expect(first.archive.judgements).toEqual([]);
    const second = await createCore({ corpusDir: corpus, logger: silentLogger, indexFile });
    expect(second.index.origin).toBe("saved");
    expect(second.archive.official.length).toBe(first.archive.official.length);
    writeFileSync(path.join(corpus, "statistics", "LA_outcomes_2026.ods"), changedLayoutOds());
    const third = await createCore({ corpusDir: corpus, logger: silentLogger, indexFile });
    expect(third.index).toMatchObject({ origin: "built", rebuildReason: "statistics files changed", reused: 1 });
    expect(third.archive.judgements.map((judgement) => judgement.council)).toContain("Norfolk");
    expect(third.answer("Norfolk").judgements?.[0]).toMatchObject({ grade: "inadequate", published: "2026-02-01" });
    expect(third.archive.sources.map((source) => source.title)).toEqual(["Caseloads"]);
  });
});
