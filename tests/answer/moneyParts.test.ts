// Which money an amount is, in sentences of our own shaped like the council-spending trial's wrong
// verdicts: a council's whole revenue overspend is no overspend of its children's services (a claim
// of £8.9m on children's services was SUPPORTED by the whole council's £8.9m, and the directorate's
// true £7.9m CONTRADICTED by it); the residential placements budget is not the foster placements
// budget; and a trend is one place's series (England's £807m was chained with three councils').
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

const scopeOf = (sentence: string, text: string) => extractFigures(sentence, { date: "2023-09-01" }).find((figure) => figure.text === text)?.measure?.scope;

describe("the part of the money an amount is of", () => {
  it("reads 'a net revenue overspend of £6.2m on its £430m budget' as the whole council's", () => {
    expect(scopeOf("Rutland Vale Council is projecting a net revenue overspend of £6.2m on its £430m budget.", "£6.2m")).toBe("whole council");
    // Its children's services budget is children's services' own.
    expect(scopeOf("Rutland Vale Council overspent its children's services budget by £6.2m.", "£6.2m")).toBeUndefined();
  });

  it("reads a council overspending 'its budgets' as the whole council's, and 'a budgeted figure of' as the budget", () => {
    expect(scopeOf("Rutland Vale Council is set to overspend its 2023/24 budgets by nearly £7m.", "£7m")).toBe("whole council");
    const figures = extractFigures("Councils spent £5.2bn on placements in 2022/23, compared to a budgeted figure of £4.6bn – an overspend of almost £600m (13 per cent).", { date: "2023-11-01" });
    expect(figures.find((figure) => figure.text === "£4.6bn")?.measure?.indicator).toBe("budget");
  });

  it("reads 'a £9.5m boost taking the total to £33.3m' as a change and a level", () => {
    const figures = extractFigures("Funding rises in 2021-22, a £6.1m boost taking the total to £29.4m.", { date: "2020-06-01" });
    expect(figures.map((figure) => [figure.text, figure.measure?.indicator])).toEqual([
      ["£6.1m", undefined],
      ["£29.4m", "budget"],
    ]);
  });

  it("tells residential placements from foster placements", () => {
    expect(scopeOf("The council's budget for residential placements is £2.7m.", "£2.7m")).toBe("residential placements");
    expect(scopeOf("The council's budget for placements with external foster agencies is £1.1m.", "£1.1m")).toBe("foster placements");
    expect(scopeOf("The council's budget for placements is £3.8m.", "£3.8m")).toBe("placements");
  });
});

const ARTICLES: Record<string, string> = {
  "vale.md": `---\ntitle: "Vale budget (test fixture)"\npublisher: "Fixture News"\ndate: "2023-09-01"\n---\nRutland Vale Council is projecting a net revenue overspend of £6.2m on its £430m budget in 2023/24.\n\nResidential placements could cost Rutland Vale £1.2m more than the £2.7m allocated, and placements with external foster agencies could end up over the £1.1m budget.\n\nRutland Vale's children's services overspent by £4.4m in 2019/20.\n`,
  "england-2018.md": `---\ntitle: "Councils overspend (test fixture)"\npublisher: "Fixture News"\ndate: "2019-08-01"\n---\nCouncils in England overspent on children's social care by £790m in 2017/18.\n`,
  "england-2019.md": `---\ntitle: "Councils overspend again (test fixture)"\npublisher: "Fixture News"\ndate: "2020-08-01"\n---\nCouncils in England overspent on children's social care by £830m in 2018/19.\n`,
};

describe("claims and trends of money", () => {
  let core: Core;
  beforeAll(async () => {
    core = await fixtureCore("money-parts", ARTICLES);
  }, 60_000);

  const verdict = (claim: string) => core.answer(`check ${claim}`).checks![0]!.verdict;

  it("never supports a children's services claim with the whole council's overspend", () => {
    expect(verdict("Rutland Vale is projecting a £6.2m overspend on children's services in 2023/24")).not.toBe("supported");
    expect(verdict("Rutland Vale's children's services are projected to overspend by £5.1m in 2023/24")).not.toBe("contradicted");
  });

  it("never supports a residential placements budget with the foster placements one", () => {
    expect(verdict("Rutland Vale's budget for residential placements is £1.1m")).not.toBe("supported");
  });

  it("keeps a council's figures out of England's trend", () => {
    const trend = core.answer("trend children's social care overspend");
    expect(trend.message).toContain("2017-18: £790m");
    expect(trend.message).toContain("2018-19: £830m");
    expect(trend.message).not.toContain("£6.2m");
    expect(trend.message).not.toContain("£4.4m");
    // The council's own series is asked for by name.
    expect(core.answer("trend Rutland Vale overspend").message).not.toContain("£790m");
  });
});

describe("a claim whose move is the opposite of the source's", () => {
  let core: Core;
  beforeAll(async () => {
    core = await fixtureCore("direction", {
      "rise.md": fixtureArticle("Residential spending", "2024-06-01", "Spending on residential care has almost doubled over five years to £2.9bn in 2022-23."),
    });
  }, 60_000);

  it("is not confirmed by the level alone: 'fell to £2.9bn' against 'almost doubled … to £2.9bn'", () => {
    const check = core.answer("check spending on residential care fell to £2.9bn in 2022-23").checks![0]!;
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain("the source says it rose to £2.9bn");
    expect(core.answer("check spending on residential care rose to £2.9bn in 2022-23").checks![0]!.verdict).toBe("supported");
    expect(core.answer("check spending on residential care was £2.9bn in 2022-23").checks![0]!.verdict).toBe("supported");
  });

  it("reads the move however its end is restated: 'fell to their lowest level …, to 2,640', 'fell to a record low of'", async () => {
    const fell = await fixtureCore("direction-restated", {
      "adoptions.md": fixtureArticle("Adoptions fall", "2022-10-01", "In 2021-22, the number of children adopted from care fell to their lowest level in 20 years, to 2,640, the figures show."),
      "low.md": fixtureArticle("Record low", "2022-10-02", "Referrals to children's social care fell to a record low of 3,180 in 2021-22."),
    });
    expect(fell.answer("check the number of children adopted from care rose to 2,640 in 2021-22").checks![0]!.verdict).not.toBe("supported");
    expect(fell.answer("check referrals to children's social care rose to 3,180 in 2021-22").checks![0]!.verdict).not.toBe("supported");
  });
});

describe("money with its scale written out and no space", () => {
  it("reads '£3.9billion' as £3.9 billion, and 'in eight years' as no figure", () => {
    const figures = extractFigures("Spending has more than doubled in eight years, rising from £3.9billion in 2015-16 to £8.1billion in 2023-24.", { date: "2025-12-01" });
    expect(figures.map((figure) => [figure.text, figure.value])).toEqual([
      ["£3.9billion", 3.9e9],
      ["£8.1billion", 8.1e9],
    ]);
  });
});

describe("a trend of council money (hry86)", () => {
  let core: Core;
  beforeAll(async () => {
    core = await fixtureCore("money-trend-scopes", {
      "a.md": fixtureArticle("Residential 2020", "2020-06-01", "Councils' spending on residential care was £1.2bn in 2019-20.", "Councils spent £7.1bn on children in care in 2019-20."),
      "b.md": fixtureArticle("Residential 2023", "2023-06-01", "Councils' spending on residential care was £1.6bn in 2022-23.", "Councils spent £8.3bn on children in care in 2022-23."),
    });
  }, 60_000);

  it("chains the part of the money the topic names, never all of it under the part's name", () => {
    expect((core.answer("trend spending on residential care").series ?? []).map((figure) => figure.text)).toEqual(["£1.2bn", "£1.6bn"]);
    expect((core.answer("trend council spending").series ?? []).map((figure) => figure.text)).not.toContain("£1.2bn");
  });
});
