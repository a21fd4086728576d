// Figures that are no level of what their sentence names, in sentences of our own shaped like the SIF
// and supported accommodation trials' wrong verdicts (hry80, hry81): a count of inspections opening a
// frame, a supposed figure, a day "since", children in one setting or under one rule, a part of a
// total, and money over several years.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";

function read(sentence: string, date: string) {
  return extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, subgroup: figure.measure?.subgroup, period: figure.period }));
}

describe("what a figure is not", () => {
  it("gives the count that opens a frame no grade its part was given", () => {
    const figures = read("The report found that of the 41 children's services inspections carried out in 2013/14, provision across only 9 councils was rated good.", "2014-12-10");
    expect(figures.find((figure) => figure.text === "41")?.indicator).not.toBe("good");
    expect(figures.find((figure) => figure.text === "9")).toMatchObject({ indicator: "good" });
  });

  it("reads no measure in a supposed figure: 'If three-quarters of hospitals were failing, …'", () => {
    expect(read("“If three-quarters of hospitals were found to be failing, people would call it a crisis,” she said.", "2015-06-10")[0]?.indicator).toBeUndefined();
    expect(read("If 18 councils were rated inadequate, ministers would act.", "2015-06-10")[0]?.indicator).toBeUndefined();
  });

  it("dates no count by the day it runs 'since': 'carried out since 1 April 2016'", () => {
    expect(read("Of 61 inspections carried out since 1 April 2016, 11 were judged inadequate.", "2017-12-10")[0]?.period).not.toBe("2016");
  });

  it("keeps children in one setting, or under one rule, apart from all children in care", () => {
    expect(read("Thousands of children in care – around 11,900 a year – live in unregulated independent or semi-independent accommodation.", "2020-06-10")[0]?.subgroup).toBe("in unregulated independent or semi-independent accommodation");
    expect(read("Around 11,900 children in care a year live in unregulated accommodation.", "2020-06-10")[0]?.subgroup).toBe("in unregulated accommodation");
    expect(read("This is the least we would expect for every child, yet there are 11,000 children in England looked after by the state for whom these standards do not apply.", "2020-06-10")[0]?.subgroup).toBe("for whom these standards do not apply");
  });

  it("gives money a total includes for someone no measure, and dates no money over several years", () => {
    const figures = read("The reforms are backed by £150m in funding over three years, including £15.1m to Ofsted and £131m towards councils.", "2023-06-10");
    expect(figures[0]).toMatchObject({ text: "£150m", period: undefined });
    expect(figures.slice(1).map((figure) => figure.indicator)).toEqual([undefined, undefined]);
    expect(read("Councils overspent by £760m, including £290m on placements.", "2023-06-10")[1]?.indicator).toBe("overspend");
    // "doubled over five years to £2.9bn in 2022-23": the years a move took, the level still 2022-23's.
    expect(read("Spending on residential care has almost doubled over five years to £2.8bn in 2022-23.", "2024-06-01")[0]?.period).toBe("2022-23");
  });
});
