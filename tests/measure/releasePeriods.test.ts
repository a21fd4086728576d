// Which release period a claim's period means (claimMeansPeriod): the DfE's years to 31 March are
// stored as "2022-23" and named by the year they end; a census on 30 September ends no financial year.
import { describe, expect, it } from "vitest";
import { claimMeansPeriod } from "../../src/measure/periods.ts";

const yearTo31March = { period: "2022-23", periodLabel: "year to 31 March 2023" };
const on31March = { period: "2024", periodLabel: "as at 31 March 2024" };
const on30September = { period: "2022", periodLabel: "as at 30 September 2022" };
const yearTo30September = { period: "2022", periodLabel: "year to 30 September 2022" };

describe("claimMeansPeriod", () => {
  it("reads a calendar year of a series counted to 31 March as the year ending then", () => {
    expect(claimMeansPeriod("2023", yearTo31March)).toBe(true);
    expect(claimMeansPeriod("2022-23", yearTo31March)).toBe(true);
    expect(claimMeansPeriod("2022", yearTo31March)).toBe(false);
    expect(claimMeansPeriod("2023-24", yearTo31March)).toBe(false);
  });

  it("reads a financial year of a stock on 31 March as its last day", () => {
    expect(claimMeansPeriod("2024", on31March)).toBe(true);
    expect(claimMeansPeriod("2023-24", on31March)).toBe(true);
    expect(claimMeansPeriod("2024-25", on31March)).toBe(false);
  });

  it("gives a census on 30 September its own year only, never a financial year", () => {
    for (const census of [on30September, yearTo30September]) {
      expect(claimMeansPeriod("2022", census)).toBe(true);
      expect(claimMeansPeriod("2021-22", census)).toBe(false);
      expect(claimMeansPeriod("2022-23", census)).toBe(false);
      expect(claimMeansPeriod("2023", census)).toBe(false);
    }
  });

  it("means nothing for a claim without a period or with a span of years", () => {
    expect(claimMeansPeriod(undefined, on31March)).toBe(false);
    expect(claimMeansPeriod("2020-2024", on31March)).toBe(false);
  });
});
