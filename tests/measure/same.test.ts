import { describe, expect, it } from "vitest";
import { describeMeasure, measureKey, oneCouncilAgainstCountry, periodsOverlap, placesCompatible, sameMeasure, subgroupKey } from "../../src/measure/same.ts";
import type { FigureMention } from "../../src/types.ts";

const share = (measure: FigureMention["measure"], extra: Partial<FigureMention> = {}): FigureMention => ({ value: 20, unit: "%", text: "20%", start: 0, end: 3, measure, period: "2016", ...extra });

describe("same measure", () => {
  const councils = { indicator: "inadequate", population: "councils" };
  it("needs the same indicator, population, subgroup, judgement area and kind of number", () => {
    expect(sameMeasure(share(councils), share(councils))).toBe(true);
    expect(sameMeasure(share(councils), share({ ...councils, population: "childrens-homes" }))).toBe(false);
    expect(sameMeasure(share(councils), share({ ...councils, indicator: "less-than-good" }))).toBe(false);
    expect(sameMeasure(share(councils), share({ ...councils, subgroup: "rated inadequate" }))).toBe(false);
    expect(sameMeasure(share(councils), share({ ...councils, aspect: "help-and-protection" }))).toBe(false);
    expect(sameMeasure(share(councils), share(councils, { unit: "councils", text: "20" }))).toBe(false);
    expect(sameMeasure(share(councils), share(undefined))).toBe(false);
  });

  it("reads one subgroup however it is worded", () => {
    expect(subgroupKey("local authorities judged to be inadequate in the past year")).toBe(subgroupKey("councils found failing in 2012-13"));
    expect(subgroupKey("councils rated good")).not.toBe(subgroupKey("councils rated inadequate"));
  });

  it("reads a group that was only inspected or graded as no subgroup", () => {
    expect(subgroupKey("the 276 independent fostering agencies with a published grade")).toBe("");
    expect(subgroupKey("the 23 councils whose reports have been published since the framework began in November 2013")).toBe("");
    expect(subgroupKey("the 40 councils that had a new director")).not.toBe("");
  });

  it("keeps stock and flow apart, and a region apart from the country", () => {
    expect(sameMeasure(share({ ...councils, basis: "stock" }), share({ ...councils, basis: "flow" }))).toBe(false);
    expect(sameMeasure(share({ ...councils, basis: "stock" }), share(councils))).toBe(true);
    expect(placesCompatible("England", undefined)).toBe(true);
    expect(placesCompatible("London", undefined)).toBe(false);
    expect(placesCompatible("London", "England")).toBe(false);
    expect(sameMeasure(share(councils, { geography: "London" }), share(councils))).toBe(false);
  });

  it("overlaps a calendar year with the financial years it touches, never two financial years", () => {
    expect(periodsOverlap("2013", "2012-13")).toBe(true);
    expect(periodsOverlap("2011-12", "2012-13")).toBe(false);
    expect(periodsOverlap("2016", undefined)).toBe(false);
  });

  it("gives no key to a figure without a measure", () => {
    expect(measureKey(share(undefined))).toBeUndefined();
  });
});

describe("a measure in words", () => {
  it("says what money went on as itself, and any other part of a population after 'among'", () => {
    const money = { value: 712e6, unit: "£", text: "£712m", start: 0, end: 5, period: "2013-14" };
    expect(describeMeasure({ ...money, measure: { indicator: "spending", population: "councils", subgroup: "on youth services" } })).toBe("spending (money of councils, on youth services)");
    expect(describeMeasure(share({ indicator: "inadequate", population: "councils", subgroup: "that changed director" }))).toBe("inadequate (as a share of councils, among that changed director)");
  });
});

describe("one council's money against the country's", () => {
  const amount = (extra: Partial<FigureMention> & { sentence?: string }) => ({ value: 5_400_000, unit: "£", text: "£5.4m", start: 0, end: 5, measure: { indicator: "overspend", population: "councils" }, period: "2024-25", ...extra });
  it("an unplaced amount in a sentence about one council is no evidence for England", () => {
    expect(oneCouncilAgainstCountry(amount({ geography: "England" }), amount({ sentence: "The children's services department is forecasting a £5.4m overspend." }))).toBe(true);
    expect(oneCouncilAgainstCountry(amount({ geography: "England" }), amount({ sentence: "Councils overspent by £5.4m in all." }))).toBe(false);
    expect(oneCouncilAgainstCountry(amount({}), amount({ sentence: "The council is forecasting a £5.4m overspend." }))).toBe(false);
  });
});
