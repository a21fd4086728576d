// Claims about the DfE series (turnover, caseload, children looked after, referrals) checked against
// the releases: the official figure decides when it holds exactly the claim's measure, place and
// period; anything it cannot settle stays with the articles. Expected values are read from the
// shipped CSV files (helpers/seriesCorpus.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { seedCore } from "../helpers/seedCore.ts";
import { fixtureArticle } from "../helpers/fixtureCore.ts";
import { ENGLAND, LOOKED_AFTER, ON_31_MARCH, REFERRALS, WORKFORCE, releaseValue, seriesCore } from "../helpers/seriesCorpus.ts";

let core: Core;
let withArticle: Core;
beforeAll(async () => {
  [core, withArticle] = await Promise.all([seedCore(), seriesCore()]);
}, 120_000);

const only = (claim: string, on: Core = core) => {
  const answer = on.answer(`check ${claim}`);
  expect(answer.checks).toHaveLength(1);
  return answer.checks![0]!;
};

const workforce = (year: number, column: string, where: Record<string, string> = ENGLAND) => releaseValue(WORKFORCE, { time_period: String(year), ...where }, column);

describe("a claim the DfE series settles", () => {
  it("refutes a wrong turnover with the official value, its period and cell", () => {
    const turnover = workforce(2023, "turnover_rate_fte");
    expect(turnover.value).not.toBe(20);
    const check = only("Social worker turnover was 20% in 2023");
    expect(check.verdict).toBe("contradicted");
    expect(check.reason).toContain(`The official statistics say ${turnover.text}% — England, year to 30 September 2023`);
    expect(check.reason).toContain(`${WORKFORCE}, row ${turnover.row}, column turnover_rate_fte`);
  });

  it("refutes a caseload that is another year's, and says which year's it is", () => {
    const caseload = workforce(2022, "caseload_fte");
    const years = [2017, 2018, 2019, 2020, 2021, 2023, 2024, 2025].filter((year) => workforce(year, "caseload_fte").text === "16.3");
    expect(caseload.text).not.toBe("16.3");
    expect(years.length).toBeGreaterThan(0);
    const check = only("The average caseload in England was 16.3 in 2022");
    expect(check.verdict).toBe("contradicted");
    expect(check.reason).toContain(`${caseload.text} cases — England, as at 30 September 2022`);
    for (const year of years) expect(check.reason).toContain(`as at 30 September ${year}`);
  });

  it("refutes a count of children looked after with the count on 31 March", () => {
    const count = releaseValue(LOOKED_AFTER, { time_period: "2024", ...ENGLAND, ...ON_31_MARCH }, "children_count");
    expect(count.value).not.toBe(85_630);
    const check = only("There were 85,630 children looked after in 2024");
    expect(check.verdict).toBe("contradicted");
    expect(check.reason).toContain(`${count.value.toLocaleString("en-GB")} children — England, as at 31 March 2024`);
    expect(check.reason).toContain(`row ${count.row}, column children_count`);
    // Within half a per cent it may be the figure as first published: the release revises earlier years.
    const revised = only("There were 83,630 children looked after in 2024");
    expect(revised.verdict).toBe("unverified");
    expect(revised.reason).toContain(`${count.value.toLocaleString("en-GB")} children — England, as at 31 March 2024`);
    expect(revised.reason).toContain("first published");
    // Exactly another year's count is that year's, no revision (hry113): 2023's count claimed for 2024.
    const before = releaseValue(LOOKED_AFTER, { time_period: "2023", ...ENGLAND, ...ON_31_MARCH }, "children_count");
    const slipped = only(`There were ${before.value.toLocaleString("en-GB")} children looked after in 2024`);
    expect(slipped.verdict).toBe("contradicted");
  });

  it("leaves a rate up to 2021 within 5 per cent of today's to the articles: the 2021 census revised it", () => {
    const rate2021 = releaseValue(LOOKED_AFTER, { time_period: "2021", ...ENGLAND, ...ON_31_MARCH }, "rate_per_10000");
    const rate2025 = releaseValue(LOOKED_AFTER, { time_period: "2025", ...ENGLAND, ...ON_31_MARCH }, "rate_per_10000");
    const asFirstPublished = only(`The rate of children looked after was ${rate2021.value - 2} per 10,000 in 2021`);
    expect(asFirstPublished.verdict).toBe("unverified");
    expect(asFirstPublished.reason).toContain("rebased the population estimates");
    expect(only(`The rate of children looked after was ${rate2021.value - 9} per 10,000 in 2021`).verdict).toBe("contradicted");
    // Today's rate was never revised: two off is wrong.
    expect(only(`The rate of children looked after was ${rate2025.value + 2} per 10,000 in 2025`).verdict).toBe("contradicted");
  });

  it("supports the figure as published and as reporters round it", () => {
    const turnover = workforce(2022, "turnover_rate_fte").value;
    expect(Math.abs(turnover - 17)).toBeLessThanOrEqual(2.5);
    expect(only("Social worker turnover was around 17% in 2022").verdict).toBe("supported");
    expect(Math.round(workforce(2022, "caseload_fte").value)).toBe(17);
    expect(only("Social worker caseloads averaged 17 in 2022").verdict).toBe("supported");
    const looked = releaseValue(LOOKED_AFTER, { time_period: "2024", ...ENGLAND, ...ON_31_MARCH }, "children_count").value;
    expect(Math.round(looked / 100) * 100).toBe(83_500);
    expect(only("There were 83,500 children looked after in 2024").verdict).toBe("supported");
  });

  it("reads a year of a series counted to 31 March as the year to 31 March, and a financial year the same way", () => {
    const referrals = releaseValue(REFERRALS, { time_period: "2023", ...ENGLAND }, "referral_count");
    const stated = referrals.value.toLocaleString("en-GB");
    for (const period of ["2023", "2022-23"]) {
      const check = only(`There were ${stated} referrals in ${period}`);
      expect(check.verdict).toBe("supported");
      expect(check.reason).toContain("year to 31 March 2023");
    }
    // A stock on 31 March 2024 ends the financial year 2023-24.
    const looked = releaseValue(LOOKED_AFTER, { time_period: "2024", ...ENGLAND, ...ON_31_MARCH }, "children_count");
    expect(only(`There were ${looked.value.toLocaleString("en-GB")} children looked after in 2023-24`).reason).toContain("as at 31 March 2024");
  });

  it("judges a region's claim by the region's figure", () => {
    const london = workforce(2022, "vacancy_rate_fte", { geographic_level: "Regional", region_name: "London" });
    expect(london.value).not.toBe(20);
    const check = only("The vacancy rate in London was 20% in 2022");
    expect(check.verdict).toBe("contradicted");
    expect(check.reason).toContain(`${london.text}% — London, as at 30 September 2022`);
  });

  it("supports a present-tense claim by the latest figure only", () => {
    const latest = workforce(2025, "turnover_rate_fte");
    expect(only(`Social worker turnover is ${latest.text}%`).verdict).toBe("supported");
    // Another year's value is no refutation of a claim without a year.
    expect(only(`Social worker turnover is ${workforce(2023, "turnover_rate_fte").text}%`).verdict).not.toBe("contradicted");
  });
});

describe("a council named after the figure", () => {
  it("is the figure's place: the record's figure for it is given, and a council's claim is left unverified", () => {
    const check = only("Social worker turnover was 20% in 2023 in Kingston upon Hull");
    expect(check.reason).toContain("Kingston upon Hull");
    expect(check.reason).toContain("not 20%");
    expect(check.verdict).toBe("unverified");
  });
});

describe("a claim the record cannot settle stays with the articles", () => {
  it.each([
    ["the UK, which the release does not cover", "Some 107,000 children were in care in the UK in 2024"],
    ["a council typed in lower case", "social worker turnover in norfolk was 20% in 2023"],
    ["a sentence naming two series, which the reading may have confused", "Turnover among agency social workers was 30% in 2023"],
  ])("%s", (_, claim) => {
    const check = only(claim);
    expect(check.reason).not.toContain("official statistics");
    expect(check.verdict).toBe("unverified");
  });

  it("checks a council's claim against its own row: agreement supports it, a disagreement is said but never a contradiction", () => {
    const norfolk = { geographic_level: "Local authority", la_name: "Norfolk" };
    const vacancies = workforce(2024, "vacancy_rate_fte", norfolk);
    expect(only(`Norfolk's social worker vacancy rate was ${vacancies.text}% in 2024`).verdict).toBe("supported");
    const wrong = only(`Norfolk's social worker vacancy rate was ${(vacancies.value + 9).toFixed(1)}% in 2024`);
    expect(wrong.verdict).toBe("unverified");
    expect(wrong.reason).toContain(`The official statistics say ${vacancies.text}% — Norfolk, as at 30 September 2024`);
    expect(wrong.reason).toContain("A council's own figures are often counted another way");
    // A sentence naming two councils is not sure enough to be checked against either.
    expect(only(`Norfolk's social worker vacancy rate was ${vacancies.text}% in 2024, against Suffolk's much lower rate`).reason).not.toContain("official statistics");
  });

  it("refutes a council's claim when an article states the official figure for that council and year too", async () => {
    const norfolk = { geographic_level: "Local authority", la_name: "Norfolk" };
    const vacancies = workforce(2024, "vacancy_rate_fte", norfolk);
    const local = await seriesCore(fixtureArticle("Norfolk recruits", "2025-03-01", `Norfolk's social worker vacancy rate was ${vacancies.text}% in 2024, the council said.`));
    const claimed = (vacancies.value + 9).toFixed(1);
    const wrong = only(`Norfolk's social worker vacancy rate was ${claimed}% in 2024`, local);
    expect(wrong.verdict).toBe("contradicted");
    expect(wrong.reason).toContain(`The official statistics say ${vacancies.text}% — Norfolk, as at 30 September 2024`);
    expect(wrong.reason).toContain(`An article gives the official figure too: “${vacancies.text}%”`);
    // Another council's article stating the same value is no second source for Norfolk's.
    const elsewhere = await seriesCore(fixtureArticle("Suffolk recruits", "2025-03-01", `Suffolk's social worker vacancy rate was ${vacancies.text}% in 2024, the council said.`));
    expect(only(`Norfolk's social worker vacancy rate was ${claimed}% in 2024`, elsewhere).verdict).toBe("unverified");
  }, 120_000);

  it("says why the record cannot settle a year it does not hold, or a financial year of a census on 30 September", () => {
    // The national rows of csww_indicators_2017_to_2025.csv run from 2017 to 2025 (checked by hand).
    const outside = only("Social worker turnover was 13% in 2016");
    expect(outside.verdict).toBe("unverified");
    expect(outside.reason).toContain("The official statistics hold it for England from year to 30 September 2017 to year to 30 September 2025 only.");
    const autumns = [2022, 2023].map((year) => workforce(year, "turnover_rate_fte").text);
    const financial = only(`Social worker turnover was ${autumns[0]}% in 2022-23`);
    expect(financial.verdict).toBe("unverified");
    expect(financial.reason).toContain(`The official statistics have no figure for exactly 2022-23: they give ${autumns[0]}% year to 30 September 2022 and ${autumns[1]}% year to 30 September 2023.`);
  });

  it("names the record's figures that count another way than the claim says, and judges by none of them", () => {
    const starting = releaseValue(LOOKED_AFTER, { time_period: "2025", ...ENGLAND, population_type: "Children starting to be looked after each year" }, "children_count");
    // A claim that says it counts children starting to be looked after is checked against that series.
    const flow = only(`${starting.value.toLocaleString("en-GB")} children started to be looked after in 2025`);
    expect(flow.verdict).toBe("supported");
    expect(flow.reason).toContain(`${starting.value.toLocaleString("en-GB")} children — England, year to 31 March 2025`);
    const agency = workforce(2024, "agency_fte");
    const headcountOrFte = only(`There were ${Math.round(agency.value).toLocaleString("en-GB")} agency social workers in 2024`);
    expect(headcountOrFte.verdict).toBe("unverified");
    expect(headcountOrFte.reason).toContain(`${agency.value.toLocaleString("en-GB")} social workers (full-time equivalent) as at 30 September 2024`);
    // Re-referrals as a share of children, where the release gives a share of referrals.
    const rereferrals = releaseValue(REFERRALS, { time_period: "2023", ...ENGLAND }, "rereferral_percent");
    const share = only("21% of children were re-referred in 2023");
    expect(share.verdict).toBe("unverified");
    expect(share.reason).toContain(`${rereferrals.text}% (share of referrals within 12 months of a previous referral) year to 31 March 2023`);
  });

  it("checks a share of re-referrals stated over referrals against the release's share of referrals", () => {
    const rereferrals = releaseValue(REFERRALS, { time_period: "2018", ...ENGLAND }, "rereferral_percent");
    expect(only(`Re-referrals were ${rereferrals.text} per cent of referrals in 2017-18`).verdict).toBe("supported");
    expect(only(`The re-referral rate was ${rereferrals.text}% in 2018`).verdict).toBe("supported");
    const wrong = only(`Re-referrals were ${(rereferrals.value + 2.8).toFixed(1)} per cent of all referrals in England in 2017-18`);
    expect(wrong.verdict).toBe("contradicted");
    expect(wrong.reason).toContain(`${rereferrals.text}%`);
  });

  it("reads a count followed by 'per 10,000' as the rate it is", () => {
    const rate = releaseValue(LOOKED_AFTER, { time_period: "2023", ...ENGLAND, ...ON_31_MARCH }, "rate_per_10000");
    // "There were 70 children looked after per 10,000 children": the rate, checked against the record's rate.
    const asCount = core.answer(`check There were ${rate.text} children looked after per 10,000 children in 2023`).checks!.find((check) => check.claimed.text === rate.text);
    expect(asCount?.verdict).toBe("supported");
    expect(asCount?.reason).toContain("official statistics");
    const asRate = core.answer(`check The rate of children looked after was ${rate.text} per 10,000 in 2023`).checks!.find((check) => check.claimed.text === rate.text);
    expect(asRate?.verdict).toBe("supported");
    // The base of the rate is no figure to check.
    expect(core.answer(`check The rate of children looked after was ${rate.text} per 10,000 in 2023`).checks!.map((check) => check.claimed.text)).not.toContain("10,000");
  });

  it("calls a round number of one significant digit, or a figure cut off rather than rounded, neither right nor wrong", () => {
    const check = only("There were 80,000 children looked after in 2024");
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain("too coarse to confirm or refute it");
    const caseload = workforce(2022, "caseload_fte").value;
    expect(Math.trunc(caseload)).toBe(16);
    expect(Math.round(caseload)).not.toBe(16);
    expect(only("Children's social workers carried an average caseload of 16 in 2022").verdict).toBe("unverified");
  });

  it("leaves director turnover, an article measure, to the articles", () => {
    const check = only("DCS turnover was 19.7 per cent in 2012-13");
    expect(check.reason).not.toContain("official statistics");
  });

  it("makes a disagreement with an article that states the claimed figure unverified, not contradicted", () => {
    const check = only("Social worker turnover was 20% in 2023", withArticle);
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain("The sources differ.");
    expect(check.reason).toContain(`${workforce(2023, "turnover_rate_fte").text}% — England, year to 30 September 2023`);
    expect(check.evidence.map((figure) => figure.source.publisher)).toContain("Fixture News");
  });
});

describe("an article's series figure its own sentence does not date", () => {
  it("does not stand against the record's figure for the year claimed: the record decides", async () => {
    const rate = releaseValue(LOOKED_AFTER, { time_period: "2022", ...ENGLAND, ...ON_31_MARCH }, "rate_per_10000");
    const other = rate.value === 67 ? 66 : 67;
    const undated = await seriesCore(`---\ntitle: "A council's children in care (test)"\npublisher: "Test Post"\ndate: "2022-11-17"\n---\nStoke-on-Trent City Council looked after 1,022 children on 31 March 2022.\n\nThat is a rate of 175 per 10,000 children, far above the England rate of ${other}.\n`);
    const check = only(`England's rate of children looked after was ${other} per 10,000 children in 2022`, undated);
    expect(check.verdict).toBe("contradicted");
    expect(check.reason).toContain(`${rate.text} per 10,000`);
  }, 120_000);
});

describe("an average one in its last digit from the record (hry75)", () => {
  it("may be the figure as first published: unverified, never contradicted; further off, contradicted", () => {
    const caseload = workforce(2018, "caseload_fte").value;
    const near = (caseload + 0.1).toFixed(1);
    const check = only(`The average caseload was ${near} in 2018`);
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain("as first published");
    expect(only(`The average caseload was ${(caseload + 0.6).toFixed(1)} in 2018`).verdict).toBe("contradicted");
  });
});
