// Answers that read the measure: checks compare like with like, trends chain one measure, lookups
// understand the question. All on the bundled corpus.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { seedCore } from "../helpers/seedCore.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
});

describe("check compares a claim only with the same measure", () => {
  it("does not contradict a claim about all councils with a share of the inadequate ones", () => {
    const answer = core.answer("check nearly two thirds of councils had a new director in 2012-13");
    expect(answer.verdict).toBe("unverified");
  });

  it("adds a combination's parts from one source: 21 inadequate + 43 requires improvement", () => {
    const right = core.answer("check 64 councils were inadequate or required improvement in 2016");
    expect(right.verdict).toBe("supported");
    expect(right.checks?.[0]?.reason).toContain("= 64");
    expect(right.checks?.[0]?.evidence.map((figure) => figure.text).sort()).toEqual(["21", "43"]);
    expect(core.answer("check 70 councils were inadequate or required improvement in 2016").verdict).toBe("contradicted");
  });

  it("treats a claimed bound as a bound: consistent figures leave it unverified, figures outside refute it", () => {
    expect(core.answer("check fewer than 30 councils were rated inadequate in 2016").verdict).toBe("unverified");
    expect(core.answer("check more than 40 councils were rated inadequate in 2016").verdict).toBe("contradicted");
  });
});

describe("trend is one series per measure", () => {
  it("shows one figure given two ways in one article as one point", () => {
    const answer = core.answer("trend DCS turnover");
    expect(answer.series?.map((figure) => figure.period)).toEqual(["2008-09", "2012-13"]);
    expect(answer.series?.[1]?.text).toBe("34.2 per cent");
  });
});

describe("lookup understands the question", () => {
  it.each([
    "what proportion of councils were inadequate in 2016, says Ofsted",
    "how many councils across the country were rated inadequate in 2016?",
    "inadequate 2016 according to Ofsted",
  ])("filler words never empty the answer: %s", (question) => {
    const answer = core.answer(question);
    expect(answer.status).toBe("found");
    expect(answer.figures[0]?.measure?.indicator).toBe("inadequate");
    expect(answer.figures[0]?.period).toBe("2016");
  });

  it("finds a name that stands only in an ordinary sentence, and says no article uses a word only when none does", () => {
    // (A council's name now answers with its official judgement: a phrase from a plain sentence shows the mention.)
    const named = core.answer("greatest challenge");
    expect(named.status).toBe("found");
    expect(named.mentions?.[0]?.sentence).toContain("the greatest challenge to the children’s social care system");
    expect(named.mentions?.[0]?.source.id).toBe("2016-06-28-ofsted-strong-leadership-vital");
    const nothing = core.answer("zebra crossings");
    expect(nothing.status).toBe("none");
    expect(nothing.message).toContain("No article uses “zebra”");
  });

  it("reads a command word as a command only when it is one", () => {
    expect(core.answer("help").intent).toBe("help");
    expect(core.answer("help with caseloads").intent).toBe("lookup");
    expect(core.answer("sources").sources?.length).toBe(5);
    const of2013 = core.answer("sources 2013");
    expect(of2013.intent).toBe("sources");
    expect(of2013.sources?.map(({ source }) => source.date?.slice(0, 4))).toEqual(["2013", "2013"]);
  });

  it("sets two years side by side: 2016 vs 2013", () => {
    const answer = core.answer("inadequate 2016 vs 2013");
    expect(answer.message).toContain("in 2013 and 2016");
    const periods = new Set(answer.figures.map((figure) => figure.period));
    expect([...periods].every((period) => period === "2016" || period?.startsWith("2013") || period === "2012-13")).toBe(true);
    expect(periods.has("2016")).toBe(true);
  });

  it("reads “since 2013” as no filter: a count since then is dated by its article", () => {
    const { query: _since, ...since } = core.answer("inadequate since 2013");
    const { query: _plain, ...plain } = core.answer("inadequate");
    expect(since).toEqual(plain);
    expect(since.message).not.toEqual(core.answer("inadequate 2013").message);
  });

  it("lets a question's own words outrank figures that only share the measure's name", () => {
    const answer = core.answer("caseloads too high 2016");
    expect(answer.figures[0]?.text).toBe("14");
  });
});
