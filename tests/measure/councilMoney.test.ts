// Council money in sentences of our own shaped like the spending trial's (hry73): money right after
// the verb that names it, a part an overspend's causes account for, a weekly price, another event's
// year after "following", and England's counties as a place of their own.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";

function read(sentence: string, date = "2023-11-10") {
  return extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, period: figure.period, geography: figure.geography }));
}

describe("council money", () => {
  it("gives money right after 'spent' to spending, though the clause goes on to an overspend", () => {
    expect(read("Councils in England spent £9.417bn on children's social care in 2015/16, surpassing their budgets by £605m.").map((figure) => [figure.text, figure.indicator])).toEqual([
      ["£9.417bn", "spending"],
      ["£605m", "overspend"],
    ]);
  });

  it("gives no measure to a part of an overspend its causes account for, nor to a weekly price", () => {
    const parts = read("Councils predicted an overspend of £540m for 2023-24, with £58m accounted for by rising costs.");
    expect(parts.map((figure) => [figure.text, figure.indicator])).toEqual([["£540m", "overspend"], ["£58m", undefined]]);
    expect(read("For most councils the dearest placement cost between £8,100 and £29,000 a week.").map((figure) => figure.indicator)).toEqual([undefined, undefined]);
    expect(read("Councils spent £450m in 2023 on placements.")[0]?.indicator).toBe("spending");
  });

  it("leaves another event's year to it: ', following a similar overspend last year'", () => {
    const figures = read("Councils are on course to exceed their £3.9bn placement budgets by £510m, following a similar overspend last year.");
    expect(figures.map((figure) => figure.period)).toEqual(["2023", "2023"]);
    // A figure of its own in that clause keeps the year it stands beside.
    expect(read("The council overspent by £4m, following last year's £2m.").map((figure) => figure.period)).toEqual(["2023", "2022"]);
  });

  it("reads 'spending £264m more than they budgeted' as the overspend, a level, not a change", () => {
    expect(read("In 2017/18 county councils overspent the most, spending £211m more than they budgeted.")[0]).toMatchObject({ text: "£211m", indicator: "overspend" });
    expect(read("County councils spent £211m more than had been budgeted.")[0]).toMatchObject({ text: "£211m", indicator: "overspend" });
  });

  it("reads 'spent £14.1bn on the service' after children's social care as all of it, not a part", () => {
    const subgroup = (sentence: string) => extractFigures(sentence, { date: "2025-11-10" }).at(-1)?.measure?.subgroup;
    expect(subgroup("Councils raised spending on children's social care by £250m in 2024-25, when they spent £14.1bn on the service.")).toBeUndefined();
    // "the service" with no whole named before is some service: a part.
    expect(subgroup("Youth services were cut again, and councils spent £590m on the service in 2024.")).toBe("on the service");
  });

  it("places a figure 'in English counties' in the county areas, not England", () => {
    expect(read("In English counties the number of children in care stood at 24,500 in 2017.")[0]?.geography).toBe("county areas");
  });
});

describe("the local news and national policy trials (hry90, hry91)", () => {
  it("reads money put towards an overspend, or asked for, as no level of it", () => {
    expect(read("It is hoped the £1.1 million would plug the vacancy factor part of the overspend.")[0]?.indicator).toBeUndefined();
    expect(read("The funding took total spending allocated to reform up to the £2.5bn he said was required to transform the system.")[0]?.indicator).toBeUndefined();
    expect(read("Councils spent £9.1bn on children's social care in 2022.")[0]?.indicator).toBe("spending");
  });

  it("dates no money spread over years left unsaid: '£190m over two years as opposed to £2.5bn over five –'", () => {
    expect(read("The DfE is providing £190m over two years as opposed to £2.5bn over five – to reform the system.").map((figure) => figure.period)).toEqual([undefined, undefined]);
  });

  it("reads a cut 'by 5%' four words after its verb as a change: 'reduced the staffing budget by 5%'", () => {
    expect(read("The council reduced the staffing budget by 4% in 2013-14.")[0]).toMatchObject({ text: "4%", indicator: undefined });
  });

  it("gives a forecast no measure: 'it is forecast that there will be approaching 100,000 children in care'", () => {
    expect(read("By this time next decade it is forecast that there will be approaching 95,000 children in care.")[0]?.indicator).toBeUndefined();
  });
});
