// Workforce figures and inspection samples as the national-picture and workforce trials wrote them,
// in sentences of our own: parts of London, adults' services, vacancies covered by agency staff, a
// "when" clause with brackets, grades among a year's inspections, a grade nobody got.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

const read = (sentence: string, date = "2019-02-28") => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, period: figure.period, geography: figure.geography, indicator: figure.measure?.indicator }));

describe("workforce figures", () => {
  it("places 'inner London' and 'outer London'", () => {
    expect(read("Nearly a third of social workers in inner London were supplied by agencies.")[0]).toMatchObject({ geography: "Inner London", indicator: "agency-rate" });
    expect(read("The turnover rate of social workers in outer London was 21%.")[0]).toMatchObject({ geography: "Outer London", indicator: "turnover" });
  });

  it("gives adults' services' figures no children's measure, and reads the share of vacancies agency staff cover as that", () => {
    expect(read("Vacancies stood at 11% (10.5% in children's services and 11.4% in adults services).").map((figure) => figure.indicator)).toEqual(["vacancy-rate", undefined, undefined]);
    expect(read("One in six posts was vacant, of which 71% were covered by agency workers.")[1]?.indicator).toBe("vacancy-agency-cover");
  });

  it("dates a figure by the year a 'when' clause points back to, past brackets and hyphens", () => {
    expect(read("The workforce has recovered since September 2021, when the full-time equivalent (FTE) vacancy rate hit 19%.", "2023-02-28")[0]).toMatchObject({ period: "2021", indicator: "vacancy-rate" });
  });
});

describe("checking against figures the sources date only by their articles", () => {
  it("dates a national census figure by the census before the article, and does not contradict a claim with a figure a year apart when both are dated by publication alone", async () => {
    const core = await fixtureCore("article-dated", {
      "a.md": fixtureArticle("Vacancies up", "2022-02-24", "6,900 vacancies were recorded, an increase of 12% on the previous year."),
      "b.md": fixtureArticle("Vacancies ease", "2023-02-23", "Vacancies fell only slightly, to 6,700 FTE, with the vacancy rate dropping."),
    });
    // The DfE's census of September 2022 is published in February 2023 (catalogue publishedYearAfter).
    expect(core.answer("check there were 6,700 FTE vacancies in 2022").checks![0]!.verdict).toBe("supported");
    expect(core.answer("check there were 6,900 FTE vacancies in 2022").checks![0]!.verdict).toBe("unverified");
  }, 60_000);
});

describe("grades among a year's inspections", () => {
  it("are no evidence for a claim about all councils, and a grade nobody got is no one's measure", async () => {
    const core = await fixtureCore("inspection-samples", {
      "a.md": fixtureArticle("Top grades", "2024-07-01", "The share of top-rated councils has doubled since 2020, with almost half of those inspected this year graded outstanding.", "Of the 60 councils inspected in 2023, a third were rated good for help and protection, with none rated outstanding."),
    });
    expect(core.answer("check almost half of councils were rated outstanding in 2024").checks![0]!.verdict).not.toBe("supported");
    expect(core.answer("check a third of councils were rated outstanding in 2023").checks![0]!.verdict).not.toBe("supported");
  }, 60_000);
});

describe("a part named around the count", () => {
  it("gives 'N of the most urgent referrals' and 'the whereabouts were unknown of N children in care' no measure of all of them", () => {
    expect(read("Councils carried out 201,000 of the most urgent referrals during 2020-21.")[0]?.indicator).toBeUndefined();
    expect(read("In the year to March 2016, the whereabouts were unknown of 5,900 children in the care of councils.")[0]?.indicator).toBeUndefined();
    expect(read("Councils received 642,000 referrals in 2020-21.")[0]?.indicator).toBe("referrals");
  });
});

describe("survey shares (hry75)", () => {
  it("measure nothing the catalogue counts: 'Nearly half (48%) of respondents said …', '(80%) of those who reported …'", () => {
    const read = (sentence: string) => extractFigures(sentence, { date: "2017-03-29" }).map((figure) => figure.measure?.indicator);
    expect(read("Nearly half (47%) of respondents said their caseload left them feeling exhausted, and more than half (55%) blamed staff shortages.")).toEqual([undefined, undefined, undefined, undefined]);
    expect(read("A large majority (79%) of those who reported a rise in their caseload said vacancies were a factor.")).toEqual([undefined]);
  });

  it("keeps a group of social workers apart: 'Newly qualified social workers hold 20 cases on average'", () => {
    const [caseload] = extractFigures("Newly qualified social workers hold 20 cases on average.", { date: "2012-07-17" });
    expect(caseload?.measure).toMatchObject({ indicator: "caseload", subgroup: "Newly qualified social workers" });
  });
});
