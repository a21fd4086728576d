// A council's grade in a claim, against the record: the grade a given inspection gave, a grade that is
// only the background of the claim, and a council's judgement areas counted (the inadequate-councils trial).
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { seedCore } from "../helpers/seedCore.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { extractArchiveParts, indexArchive } from "../../src/archive/buildArchive.ts";
import { articleOf } from "../helpers/articles.ts";
import { gradeTally } from "../../src/answer/official/gradeCounts.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
}, 120_000);

/** The record's judgements of a council, oldest first. */
const historyOf = (council: string) => core.archive.judgements.filter((judgement) => judgement.council === council).sort((a, b) => a.published.localeCompare(b.published));

describe("a council's grade 'at its inspection in' a year", () => {
  it("is checked against that year's inspection, and unverified when the record has none that year", () => {
    const inspected = historyOf("Norfolk").filter((judgement) => judgement.inspected !== undefined).at(-1)!;
    const year = inspected.inspected!.slice(0, 4);
    const other = inspected.grade === "good" ? "inadequate" : "good";
    expect(core.answer(`check Norfolk was rated ${inspected.grade.replace(/-/g, " ")} at its inspection in ${year}`).verdict).toBe("supported");
    expect(core.answer(`check Norfolk was rated ${other} at its inspection in ${year}`).verdict).toBe("contradicted");
    const years = new Set(historyOf("Norfolk").map((judgement) => (judgement.inspected ?? judgement.published).slice(0, 4)));
    const quiet = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021].find((candidate) => !years.has(String(candidate)))!;
    const none = core.answer(`check Norfolk was rated good at its inspection in ${quiet}`);
    expect(none.verdict).toBe("unverified");
    expect(none.message).toContain(`no inspection of Norfolk in ${quiet}`);
  });
});

describe("a grade that is only the background of the claim", () => {
  it("does not confirm what the claim says: 'the fifth visit since Norfolk was judged …'", () => {
    const grade = historyOf("Norfolk").at(-1)!.grade.replace(/-/g, " ");
    expect(core.answer(`check March's visit was the fifth monitoring visit since Norfolk was judged ${grade}`).verdict).not.toBe("supported");
    expect(core.answer(`check Norfolk is rated ${grade}`).verdict).toBe("supported");
  });
});

describe("a council's judgement areas", () => {
  it("are not a count of councils: 'Ofsted graded three areas at Norfolk as requires improvement'", () => {
    const check = core.answer("check Ofsted graded three areas at Norfolk as requires improvement");
    expect(check.verdict).not.toBe("contradicted");
  });
});

describe("a count near the record's, stated by an article only as of when it was published", () => {
  it("does not confirm a claim about 31 March: 'now 17 are rated inadequate' in a July speech", () => {
    const near = gradeTally(core.archive, "inadequate", 2022)!.count - 2;
    const speech = articleOf("speech", "Speech to directors", "2022-07-19", `There are now 23 outstanding councils, 58 are good, 52 require improvement and ${near} are rated inadequate.`);
    const answer = createAnswerer({ ...indexArchive(extractArchiveParts([speech])), judgements: core.archive.judgements, official: core.archive.official, releases: core.archive.releases });
    expect(answer(`check ${near} councils were rated inadequate in March 2022`).verdict).toBe("unverified");
    // The speech's own day is the article's to confirm.
    expect(answer(`check in July 2022, ${near} councils were rated inadequate`).verdict).not.toBe("contradicted");
  });
});

describe("a council's judgement area named with the council in the subject", () => {
  it("checks 'help and protection of children in Norfolk was rated X' as Norfolk's help-and-protection grade", () => {
    const latest = historyOf("Norfolk").at(-1)!;
    const area = Object.entries(latest.subJudgements ?? {}).find(([name]) => /help and protection/i.test(name));
    expect(area).toBeDefined();
    const grade = area![1].toLowerCase().startsWith("requires") ? "requires improvement" : area![1].toLowerCase();
    const other = grade === "good" ? "inadequate" : "good";
    for (const subject of ["help and protection of children in Norfolk", "Norfolk's help and protection of children", "Norfolk help and protection"]) {
      expect(core.answer(`check ${subject} is rated ${grade}`).verdict, subject).toBe("supported");
      expect(core.answer(`check ${subject} is rated ${other}`).verdict, subject).toBe("contradicted");
    }
    // Another subject beside the council is no judgement area: no grade check.
    expect(core.answer(`check the weather in Norfolk is rated ${grade}`).judgements ?? []).toEqual([]);
  });
});

describe("a count of councils by grade with no year", () => {
  it("is not refuted by the latest count when it was an earlier year's (hry76: 'one of 18 councils rated outstanding')", () => {
    const latest = gradeTally(core.archive, "outstanding", 2025)!.count;
    const earlier = [2024, 2023, 2022, 2021, 2020].map((year) => ({ year, count: gradeTally(core.archive, "outstanding", year)?.count })).find((entry) => entry.count !== undefined && entry.count !== latest)!;
    const check = core.answer(`check ${earlier.count} councils are rated outstanding`).checks![0]!;
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain(`was the count as at 31 March ${earlier.year}`);
    // A count no year had is still refuted.
    const never = [...Array(60).keys()].find((n) => n > 0 && [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015, 2014, 2013, 2012, 2011, 2010].every((year) => gradeTally(core.archive, "outstanding", year)?.count !== n))!;
    expect(core.answer(`check ${never} councils are rated outstanding`).checks![0]!.verdict).toBe("contradicted");
  });
});
