// A series question the articles also answer: the official figure leads, then the articles'
// figures of the same measure, saying which differ from the record in value or period. Official
// values are read from the shipped CSV files; the article is the tests' own (helpers/seriesCorpus.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { seedCore } from "../helpers/seedCore.ts";
import { ENGLAND, LOOKED_AFTER, ON_31_MARCH, REFERRALS, WORKFORCE, releaseValue, seriesCore } from "../helpers/seriesCorpus.ts";

let core: Core;
let bundled: Core;
beforeAll(async () => {
  [core, bundled] = await Promise.all([seriesCore(), seedCore()]);
}, 120_000);

const workforce = (year: number, column: string) => releaseValue(WORKFORCE, { time_period: String(year), ...ENGLAND }, column);

describe("official first in a series lookup", () => {
  it("leads with the official figure and its cell, then the article figures, naming the one that differs in value", () => {
    const turnover = workforce(2023, "turnover_rate_fte");
    const answer = core.answer("social worker turnover 2023");
    expect(answer.status).toBe("found");
    const [lead, articles] = answer.message!.split("\n");
    expect(lead).toContain(`Social worker turnover, ${turnover.text}% — England, year to 30 September 2023`);
    expect(lead).toContain(`row ${turnover.row}, column turnover_rate_fte`);
    expect(articles).toBe("In the articles: 1 figure of the same measure. It differs from the record (below).");
    expect(answer.official).toHaveLength(1);
    expect(answer.official![0]!.cell?.row).toBe(turnover.row);
    expect(answer.figures.map((figure) => figure.text)).toEqual(["20%"]);
    expect(answer.officialDifferences).toHaveLength(1);
    expect(answer.officialDifferences![0]).toMatchObject({ figure: { text: "20%", source: { publisher: "Fixture News" } }, official: { text: turnover.text, cell: { row: turnover.row } }, differs: ["value"] });
  });

  it("counts a reporter's rounding as agreement", () => {
    expect(Math.abs(workforce(2022, "turnover_rate_fte").value - 17)).toBeLessThanOrEqual(2.5);
    const answer = core.answer("social worker turnover 2022");
    expect(answer.message).toContain("In the articles: 1 figure of the same measure. It agrees with the record.");
    expect(answer.officialDifferences).toBeUndefined();
  });

  it("names an article figure for another kind of period", () => {
    const vacancy = workforce(2023, "vacancy_rate_fte");
    expect(vacancy.text).toBe("18.9"); // the fixture article states 18.9% for 2022-23: the value agrees, the period does not
    const answer = core.answer("social worker vacancies 2023");
    expect(answer.officialDifferences?.map((difference) => [difference.figure.text, difference.figure.period, difference.official.periodLabel, difference.differs])).toEqual([["18.9%", "2022-23", "as at 30 September 2023", ["period"]]]);
  });

  it("does it for caseloads, children looked after and referrals", () => {
    expect(core.answer("caseloads 2022").message).toContain(`${workforce(2022, "caseload_fte").text} cases — England, as at 30 September 2022`);
    expect(core.answer("caseloads 2022").message).toContain("It agrees with the record.");
    const looked = releaseValue(LOOKED_AFTER, { time_period: "2024", ...ENGLAND, ...ON_31_MARCH }, "children_count");
    const children = core.answer("children looked after 2024");
    expect(children.message).toContain(`${looked.value.toLocaleString("en-GB")} children — England, as at 31 March 2024`);
    expect(children.officialDifferences?.map((difference) => [difference.figure.text, difference.official.value, difference.differs])).toEqual([["83,630", looked.value, ["value"]]]);
    const referrals = releaseValue(REFERRALS, { time_period: "2022", ...ENGLAND }, "referral_count");
    expect(Math.round(referrals.value / 10_000) * 10_000).toBe(650_000);
    const answer = core.answer("how many referrals in 2022");
    expect(answer.message).toContain(`${referrals.value.toLocaleString("en-GB")} referrals — England, year to 31 March 2022`);
    expect(answer.message).toContain("It agrees with the record.");
  });

  it("reads a financial year asked for as that year, not the year to March that ends inside it", () => {
    const asked = releaseValue(REFERRALS, { time_period: "2024", ...ENGLAND }, "referral_count");
    const answer = bundled.answer("referrals 2023-24");
    expect(answer.official?.map((figure) => [figure.period, figure.value])).toEqual([["2023-24", asked.value]]);
    expect(bundled.answer("referrals 2023").official?.map((figure) => figure.period)).toEqual(["2022-23"]);
  });

  it("lists article figures of other years without comparing them with the latest figure", () => {
    const answer = core.answer("average caseload");
    expect(answer.message).toContain(`${workforce(2025, "caseload_fte").text} cases — England, as at 30 September 2025`);
    expect(answer.message).toContain("In the articles: 1 figure of the same measure (for other periods than the record's shown above).");
    expect(answer.officialDifferences).toBeUndefined();
  });

  it("answers from the statistics alone where no article figure measures the same thing", () => {
    // The bundled articles give directors' turnover, another population: not the social worker series.
    const answer = bundled.answer("social worker turnover");
    expect(answer.figures).toEqual([]);
    expect(answer.message).not.toContain("In the articles");
    expect(answer.official).toHaveLength(1);
  });

  it("leaves a year the statistics do not hold to the articles", () => {
    const answer = bundled.answer("caseloads 2016");
    expect(answer.status).toBe("found");
    expect(answer.official).toBeUndefined();
    expect(answer.figures[0]?.period).toBe("2016");
  });
});
