import { describe, expect, it } from "vitest";
import { extractFigures, type FigureContext } from "../../src/extract/figures/index.ts";

/** Each figure's text and period, in order: what a comparison sentence dates to when. */
function periods(sentence: string, context: FigureContext): Array<[string, string | undefined]> {
  return extractFigures(sentence, context).map((figure) => [figure.text, figure.period]);
}

describe("a figure and the earlier figure it is compared with", () => {
  it("dates the earlier figure's own period to it alone", () => {
    expect(periods("Vacancies climbed to 6,200 at the end of March, from 5,900 in 2022.", { date: "2023-05-10" })).toEqual([
      ["6,200", "2023"],
      ["5,900", "2022"],
    ]);
    expect(periods("Caseloads had come down to an average of 17 per worker, from more than 23 at the inspection in 2015.", { date: "2018-03-01" })).toEqual([
      ["17", "2018"],
      ["23", "2015"],
    ]);
  });

  it("gives 'a year ago' only to the figure it follows", () => {
    expect(periods("The share judged inadequate, 19.5 per cent, is up from 17 per cent a year ago.", { date: "2018-06-01" })).toEqual([
      ["19.5 per cent", "2018"],
      ["17 per cent", "2017"],
    ]);
    expect(periods("Meanwhile, 31 homes were rated inadequate, fewer than the 40 recorded 12 months earlier.", { date: "2022-11-30" })).toEqual([
      ["31", "2022"],
      ["40", "2021"],
    ]);
  });

  it("leaves the earlier figure undated when the sentence does not say when it was", () => {
    expect(periods("The number of homes rated inadequate rose to 88 from 61.", { date: "2021-01-20" })).toEqual([
      ["88", "2021"],
      ["61", undefined],
    ]);
    expect(periods("In 2019 the proportion judged inadequate dropped from 21% to 14%.", { date: "2019-09-01" })).toEqual([
      ["21%", undefined],
      ["14%", "2019"],
    ]);
  });

  it("keeps 'than in 2020' for the comparison", () => {
    expect(periods("There were 2,400 children's homes, about 90 more than in 2020.", { date: "2021-07-01" })[0]).toEqual(["2,400", "2021"]);
  });

  it("counts 'a year earlier' back from the date the article last gave its data for", () => {
    expect(periods("The rate of 18 per cent compares with 15 per cent a year earlier.", { date: "2023-02-23", reference: "2022" })).toEqual([
      ["18 per cent", "2023"],
      ["15 per cent", "2021"],
    ]);
    expect(periods("That compares with 48 per cent judged good or better two years earlier.", { date: "2024-09-05", reference: "2024" })).toEqual([["48 per cent", "2022"]]);
  });

  it("shares the period with a figure for another place", () => {
    expect(periods("In 2023, a quarter of posts in London were vacant, compared with 9 per cent in the North East.", { date: "2024-02-01" })).toEqual([
      ["a quarter", "2023"],
      ["9 per cent", "2023"],
    ]);
  });
});

describe("periods that are not a figure's", () => {
  it("reads 'since … in October 2023' as where a running count starts", () => {
    expect(periods("Nearly 700 providers have registered since registration became compulsory in October 2023.", { date: "2025-07-24" })).toEqual([["700", "2025"]]);
  });

  it("reads 'in the two years before' as a stretch of time, not a year", () => {
    expect(periods("Of the 29 councils rated inadequate, 19 had a new director in the two years before their inspection.", { date: "2017-06-15" }).slice(0, 2)).toEqual([
      ["29", "2017"],
      ["19", "2017"],
    ]);
  });
});

/** Each figure's text, indicator, population and place. */
function measures(sentence: string, date = "2024-02-01"): Array<[string, string | undefined, string | undefined, string | undefined]> {
  return extractFigures(sentence, { date }).map((figure) => [figure.text, figure.measure?.indicator, figure.measure?.population, figure.geography]);
}

describe("what the figure compared with measures", () => {
  it("is the measure of the figure it is compared with, whatever else the sentence measures", () => {
    expect(measures("Turnover rose to 17.2 per cent, while agency workers made up 17.6 per cent of the workforce, up from 15.5% in 2021.")[2]).toEqual(["15.5%", "agency-rate", "social-workers", undefined]);
    expect(measures("Average caseloads rose to 16.9, from 16.4.")[1]).toEqual(["16.4", "caseload", "social-workers", undefined]);
  });

  it("keeps its own group when the indicator counts it", () => {
    expect(measures("At 31 March 2022, 88 per cent of independent fostering agencies were good or outstanding, compared with 81% of children's homes.")[1]).toEqual(["81%", "good-or-better", "childrens-homes", undefined]);
  });

  it("keeps its own place, and the figure stated now keeps its own", () => {
    expect(measures("In Norfolk, 7.5% of social workers were agency staff, against 17.6% across England.")).toEqual([
      ["7.5%", "agency-rate", "social-workers", "Norfolk"],
      ["17.6%", "agency-rate", "social-workers", "England"],
    ]);
    expect(measures("At 30 September 2024, 30 per cent of Devon's social workers were agency staff, almost twice the national rate of 16.2 per cent.", "2025-05-14")).toEqual([
      ["30 per cent", "agency-rate", "social-workers", "Devon"],
      ["16.2 per cent", "agency-rate", "social-workers", "England"],
    ]);
  });
});

describe("measures said in other words", () => {
  it.each([
    ["roughly one in seven social workers left their council during the year", "turnover"],
    ["One in five children and family social worker posts in England was vacant", "vacancy-rate"],
    ["27.1 per cent of social workers were employed through agencies", "agency-rate"],
    ["There were 31,200 full-time equivalent children and family social workers", "social-workers-in-post"],
    ["Children's social workers held 17.4 cases each on average", "caseload"],
    ["The number of agency social workers in post stood at approximately 7,200", "agency-workers"],
    ["A quarter of social workers in the capital were supplied by agencies", "agency-rate"],
    ["Some 69% of vacancies were covered by agency workers", "vacancy-agency-cover"],
    ["Four in five (80.1%) of agency social workers were covering vacancies", "agency-cover"],
    ["In all, 143,810 of the year's referrals were re-referrals", "re-referrals"],
    ["The council was looking after 570 children at the end of March", "children-looked-after"],
    ["Around 1,150 children were in the county's care", "children-looked-after"],
    ["Devon's children's services overspent by £31.4m in 2024-25, as the cost of placements continued to climb", "overspend"],
    ["In 2008, 54 out of every 10,000 children were in care", "children-looked-after-rate"],
    ["Caseloads in children in need teams averaged 22", "caseload"],
  ])("%s → %s", (sentence, indicator) => {
    expect(measures(`${sentence}.`)[0]?.[1]).toBe(indicator);
  });

  it("reads a share of referrals 'within 12 months of a previous referral' as re-referrals, and the 12 months as no figure", () => {
    expect(measures("Some 21.9 per cent of referrals came within 12 months of a previous referral.")).toEqual([["21.9 per cent", "re-referrals", "children", undefined]]);
  });

  it("does not take one worker's cases for the average caseload, nor FTE agency staff for all social workers", () => {
    expect(measures("One social worker told us she was holding more than 30 cases.")[0]?.[1]).toBeUndefined();
    expect(measures("There were about 6,760 FTE agency social workers.")[0]?.[1]).toBe("agency-workers");
  });
});

describe("the year a change is measured from", () => {
  it("is the change's, never the level stated before it", () => {
    // (The level is the DfE census's, published the year after it was taken: 2023's, not 2022's nor 2024's.)
    expect(periods("The number of agency social workers in post stood at approximately 7,200, up 6.1% from 2022.", { date: "2024-03-01" })).toEqual([
      ["7,200", "2023"],
      ["6.1%", "2024"],
    ]);
    expect(periods("The total was 31,600, a fall of 2.7 per cent from 2021.", { date: "2022-02-23" })[0]).toEqual(["31,600", "2022"]);
    // A span is no comparison: "from 2022 to 2023" dates the change it states.
    expect(periods("Caseloads rose 6% from 2022 to 2023.", { date: "2024-03-01" })[0]?.[1]).not.toBe("2024");
  });
});

describe("two earlier values joined by 'and'", () => {
  it("are both compared with the figure stated now, each with its own year, which the figure stated now never takes", () => {
    expect(periods("The rate of looked-after children rose to 67 per 10,000 children, up from 64 in 2018 and 60 in 2015.", { date: "2020-12-15" })).toEqual([
      ["67", "2020"],
      ["64", "2018"],
      ["60", "2015"],
    ]);
    expect(measures("The rate of looked-after children rose to 67 per 10,000 children, up from 64 in 2018 and 60 in 2015.", "2020-12-15")[2]?.[1]).toBe("children-looked-after-rate");
    // Past a comma, "and" starts another statement.
    expect(periods("Among councils, 14 of 152 were inadequate, down from 16 a year earlier, and 90 were good or outstanding.", { date: "2023-07-06" })[3]).toEqual(["90", "2023"]);
  });
});

describe("periods a comparison names after the figure", () => {
  it("are the comparison's: 'than on 31 March 2010', 'over the same period last year'; and England and Wales together is no English figure", () => {
    const sentence = "There were close to 69,000 looked after children across England and Wales at the end of March, an increase of one per cent over the same period last year, and seven per cent more than on 31 March 2010.";
    expect(periods(sentence, { date: "2014-10-01" })[0]).toEqual(["69,000", "2014"]);
    expect(measures(sentence, "2014-10-01")[0]?.[3]).toBe("England and Wales");
    // A day that is the figure's own stays its period.
    expect(periods("At 31 March 2023 there were 83,840 children in care.", { date: "2023-11-16" })).toEqual([["83,840", "2023"]]);
  });
});

describe("a period compared with 'as in'", () => {
  it("is the comparison's, and 'as at' stays a date", () => {
    expect(periods("Re-referrals made up 21.9 per cent of the total, the same share as in 2016-17.", { date: "2018-11-02" })[0]?.[1]).not.toBe("2016-17");
    expect(periods("Figures as at 31 March 2018 show 21.9 per cent were inadequate.", { date: "2018-11-02" })[0]).toEqual(["21.9 per cent", "2018"]);
  });
});

describe("the workforce census's measures", () => {
  it("are stocks, whatever 'since' or 'in the year' the sentence says", () => {
    const found = extractFigures("Councils used 7,179 agency social workers, and 17.9 per cent of the workforce came through agencies, the highest rate since 2017.", { date: "2024-03-01" });
    expect(found.map((figure) => [figure.text, figure.measure?.indicator, figure.measure?.basis])).toEqual([
      ["7,179", "agency-workers", "stock"],
      ["17.9 per cent", "agency-rate", "stock"],
    ]);
    expect(extractFigures("Turnover dropped to 15.9 per cent in the year, and the average caseload fell to 16 cases.", { date: "2024-03-01" })[1]?.measure).toMatchObject({ indicator: "caseload", basis: "stock" });
  });
});

describe("periods stated as two dates", () => {
  it("reads 'the year to 31 March 2018' as the financial year it ends, and a year to another day as that year", () => {
    expect(periods("Councils received 655,630 referrals in the year to 31 March 2018, up from 646,120 the year before.", { date: "2018-11-02" })).toEqual([
      ["655,630", "2017-18"],
      ["646,120", "2016-17"],
    ]);
    expect(periods("Turnover dropped to 15.9 per cent in the year to September 2023.", { date: "2024-03-01" })).toEqual([["15.9 per cent", "2023"]]);
  });

  it("reads 'between 1 April 2021 and 31 March 2022' as the financial year, and 'the year before' it as the one before", () => {
    expect(periods("Between 1 April 2021 and 31 March 2022, we received 780 complaints.", { date: "2022-07-07" })).toEqual([["780", "2021-22"]]);
    expect(periods("In 2021-22 there were 780 complaints, compared with 932 the year before.", { date: "2022-07-07" })).toEqual([
      ["780", "2021-22"],
      ["932", "2020-21"],
    ]);
    expect(periods("That was 932 the previous year.", { date: "2022-07-07", reference: "2021-22" })).toEqual([["932", "2020-21"]]);
  });
});

describe("a label between two figures", () => {
  it("is the next figure's, not the one before it", () => {
    expect(measures("The agency rate edged down to 14.8 per cent and the vacancy rate to 17.1 per cent, while turnover rose to 15.9 per cent.").map(([text, indicator]) => [text, indicator])).toEqual([
      ["14.8 per cent", "agency-rate"],
      ["17.1 per cent", "vacancy-rate"],
      ["15.9 per cent", "turnover"],
    ]);
    // A verb of change may stand between the label and its figure.
    expect(measures("Turnover fell to 13.9%, the lowest since 2020, and the vacancy rate dropped to 17.3%.").map(([text, indicator]) => [text, indicator])).toEqual([
      ["13.9%", "turnover"],
      ["17.3%", "vacancy-rate"],
    ]);
    expect(measures("Leeds: agency rate 9.2%, vacancy rate 11.4%, caseload 16.1").map(([text, indicator]) => [text, indicator])).toEqual([
      ["9.2%", "agency-rate"],
      ["11.4%", "vacancy-rate"],
      ["16.1", "caseload"],
    ]);
  });
});

describe("a figure moved to from another", () => {
  it("states the same measure as the figure it moved from, in its unit", () => {
    expect(measures("Average caseloads fell from 19.5 to 17 between 2017 and 2020.").map(([text, indicator]) => [text, indicator])).toEqual([
      ["19.5", "caseload"],
      ["17", "caseload"],
    ]);
    const vacancies = extractFigures("The vacancy rate rose from 15 per cent to nearly 21.", { date: "2022-02-04" });
    expect(vacancies.map((figure) => [figure.text, figure.measure?.indicator, figure.unit])).toEqual([
      ["15 per cent", "vacancy-rate", "%"],
      ["21", "vacancy-rate", "%"],
    ]);
  });

  it("is not a figure compared the other way round, nor a count of something else", () => {
    // "to 17 from 19.5": the figure after "to" comes first; "to 368 social workers" has its own noun.
    expect(measures("Average caseloads rose to 21 from 19.5.").map(([text, indicator]) => [text, indicator])).toEqual([
      ["21", "caseload"],
      ["19.5", "caseload"],
    ]);
    expect(measures("Average caseloads fell from 19.5 to 17 while the team grew from 12 to 15 social workers.")[3]?.[1]).not.toBe("caseload");
  });
});

describe("a change and the level it moved to", () => {
  it("reads a percentage right after a verb of change as the change, and the level after it as the measure", () => {
    expect(measures("The number of agency workers had risen 13% to 6,800.").map(([text, indicator]) => [text, indicator])).toEqual([
      ["13%", undefined],
      ["6,800", "agency-workers"],
    ]);
    expect(measures("Children's social work vacancies in England rose 27% in the past year.")[0]?.[1]).toBeUndefined();
    // "rose to 27%" states the level.
    expect(measures("The vacancy rate rose to 27% in the past year.")[0]?.[1]).toBe("vacancy-rate");
  });
});

describe("a region 'of England'", () => {
  it("is the region, not England", () => {
    expect(measures("Children's homes in the South West of England were generally better than the rest of the country with 77% ranked good or better.", "2013-09-26")[0]?.[3]).toBe("South West");
  });
});

describe("a place named in the phrase that introduces one figure", () => {
  it("is that figure's alone", () => {
    expect(measures("Social workers held an average of 18.4 cases each, above the national average of 15.4.").map(([text, , , place]) => [text, place])).toEqual([
      ["18.4", undefined],
      ["15.4", "England"],
    ]);
    expect(measures("Across the region the agency rate was 15.8 per cent, below the England rate of 17.9 per cent.").map(([text, , , place]) => [text, place])).toEqual([
      ["15.8 per cent", undefined],
      ["17.9 per cent", "England"],
    ]);
    // A place that names no one figure still places the sentence's figures.
    expect(measures("The agency rate in London was 24 per cent.")[0]?.[3]).toBe("London");
  });
});

describe("'compared to' compares, as 'compared with' does", () => {
  it("makes the earlier figure count the same part of the population", () => {
    const figures = extractFigures("This year there were 7,100 looked-after children who were unaccompanied asylum seekers, compared to 5,500 the year before.", { date: "2023-11-16" });
    expect(figures.map((figure) => [figure.text, figure.measure?.indicator, figure.period])).toEqual([
      ["7,100", "children-looked-after", "2023"],
      ["5,500", "children-looked-after", "2022"],
    ]);
    // Both are the unaccompanied children's: the earlier is no count of all children in care.
    expect(figures[1]?.measure?.subgroup).toBeDefined();
    expect(figures[1]?.measure?.subgroup).toBe(figures[0]?.measure?.subgroup);
  });
});

describe("a move from one figure to another between two periods", () => {
  it("dates the first figure to the span's start and the second to its end", () => {
    expect(periods("Enquiries from would-be adopters dipped, from 4,120 to 3,960, between 2020-21 and 2021-22.", { date: "2022-11-01" })).toEqual([
      ["4,120", "2020-21"],
      ["3,960", "2021-22"],
    ]);
    expect(periods("Homes with a single bed went from 88 to 131 between 2019-20 to 2020-21.", { date: "2021-07-01" })).toEqual([
      ["88", "2019-20"],
      ["131", "2020-21"],
    ]);
    expect(periods("Between 2018 and 2019, assessments rose from 1,450 to 1,610.", { date: "2020-01-01" })).toEqual([
      ["1,450", "2018"],
      ["1,610", "2019"],
    ]);
  });

  it("leaves a single figure over the span its one period", () => {
    expect(periods("Between 2018 and 2019, 1,610 assessments were made.", { date: "2020-01-01" })).toEqual([["1,610", "2018-19"]]);
  });
});

describe("a year something is likened to", () => {
  it("is not the figure's: 'Similar to last year, the North West has a quarter'", () => {
    expect(periods("Similar to last year, the North West accounts for a quarter of all children's homes.", { date: "2024-06-01" })).toEqual([["a quarter", "2024"]]);
  });
});

describe("a year a 'when' clause points back to", () => {
  it("dates the figure in the clause, not the one before it", () => {
    expect(periods("This is a fall of 5% from 3,410 children adopted over the previous year and follows a peak in 2015, when 5,330 children were adopted.", { date: "2020-12-01" })).toEqual([
      ["5%", "2020"],
      ["3,410", "2019"],
      ["5,330", "2015"],
    ]);
    expect(periods("The share has doubled since 2021, when the figure stood at 12%.", { date: "2025-08-01" })).toEqual([["12%", "2021"]]);
  });
});

describe("a bracketed year inside the phrase a figure is compared with (hry118)", () => {
  it("dates the figure it names only, never the one the sentence states", () => {
    const read = extractFigures("Over the past 12 months there were 3,890 referrals in Northumberland, higher than the latest (2017-18) national rate of 553.", { date: "2019-01-04" }).map((figure) => [figure.text, figure.period]);
    expect(read.find(([text]) => text === "553")).toEqual(["553", "2017-18"]);
    expect(read.find(([text]) => text === "3,890")?.[1]).not.toBe("2017-18");
  });

  it("reads children referred more than once as no count of referrals", () => {
    expect(extractFigures("The data showed that 154,000 children were referred to services more than once within a year.", { date: "2015-02-27" })[0]?.measure).toBeUndefined();
    expect(extractFigures("There were 657,800 referrals to children's services in 2013-14.", { date: "2015-02-27" })[0]?.measure?.indicator).toBe("referrals");
  });
});

describe("the year a change is counted from, past the change's bracketed count (hry125)", () => {
  it("is no period of the figure the change is of", () => {
    expect(periods("Figures show that 4,210 special guardianship orders were granted, an increase of 10% (380) from 2018/19.", { date: "2020-10-01" })[0]).toEqual(["4,210", "2020"]);
  });
});
