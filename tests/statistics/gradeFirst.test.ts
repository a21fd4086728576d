// A grade question the articles also answer: the official count leads, and the article figures of
// the same measure and year that differ from it are named in `officialDifferences`, as series
// lookups name theirs. The statistics are a 2024-style edition written by the tests
// (helpers/editionFixtures.ts: 3 of 6 councils good on 31 March 2024); the article is the tests' own.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";
import { outcomesEdition } from "../helpers/editionFixtures.ts";
import { seedCore } from "../helpers/seedCore.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";

const ARTICLE = `---
title: "Council ratings (test fixture)"
publisher: "Fixture News"
date: "2024-09-01"
---
Ofsted said 52% of councils were rated good in 2024.

Four councils were rated good in 2024, the figures show.

Half of councils were rated good in 2024.
`;

let core: Core;
let bundled: Core;
beforeAll(async () => {
  const corpusDir = tempCorpusDir("grade-first");
  mkdirSync(path.join(corpusDir, "statistics"), { recursive: true });
  writeFileSync(path.join(corpusDir, "statistics", "LA_Inspection_Outcomes_as_at_31_March_2024.ods"), outcomesEdition());
  writeFileSync(path.join(corpusDir, "ratings-fixture.md"), ARTICLE);
  [core, bundled] = await Promise.all([createCore({ corpusDir, logger: silentLogger }), seedCore()]);
}, 120_000);

describe("official first in a grade-count lookup", () => {
  it("names the article figures that differ from the count in officialDifferences, with the record beside each", () => {
    const answer = core.answer("good 2024");
    expect(answer.status).toBe("found");
    const [lead, articles] = answer.message!.split("\n");
    expect(lead).toBe("As at 31 March 2024: 3 of 6 councils (50.0%) were rated good for overall effectiveness (ILACS).");
    expect(articles).toBe("In the articles: 3 figures for “good” in 2024. 2 figures differ from the record (below): another day's count, or another definition.");
    expect(answer.officialDifferences?.map((difference) => [difference.figure.text, difference.official.value, difference.official.unit, difference.official.periodLabel, difference.differs])).toEqual([
      ["Four", 3, "councils", "as at 31 March 2024, of 6 councils judged under ILACS", ["value"]],
      // 52 % is not the record's exact 50 % (a hedged record would have let it pass); "Half" is.
      ["52%", 50, "%", "as at 31 March 2024, of 6 councils judged under ILACS", ["value"]],
    ]);
    // A per-council table's count names the rows it counted.
    expect(answer.officialDifferences![0]!.official.counted).toMatchObject({ file: "LA_Inspection_Outcomes_as_at_31_March_2024.ods", sheet: "Table_1", rows: [6, 7, 10] });
    expect(answer.official?.[0]).toMatchObject({ metric: "good", value: 3, period: "2024" });
  });

  it("checks a claim against the same exact share the lookup uses", () => {
    const check = core.answer("check 53% of councils were rated good in 2024");
    expect(check.verdict).toBe("contradicted");
    expect(check.checks?.[0]?.reason).toContain("3 of 6 councils (50 %) were rated good as at 31 March 2024");
  });

  it("names none when every article figure agrees (the bundled 2016 articles: 21 and a quarter of 87 SIF councils)", () => {
    const answer = bundled.answer("inadequate 2016");
    expect(answer.figures.length).toBeGreaterThan(0);
    expect(answer.officialDifferences).toBeUndefined();
  });
});
