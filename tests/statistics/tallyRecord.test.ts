// The official count of councils by grade beside a figure: one helper for checks and lookups, and
// its share is exact (a count out of a total), so "25%" is not 24.1 % while "a quarter" is.
import { describe, expect, it } from "vitest";
import { valuesAgree } from "../../src/archive/compare.ts";
import { recordAs, tallyShare } from "../../src/answer/official/tallyRecord.ts";

const tally = { count: 21, outOf: 87 };

describe("the record beside a figure", () => {
  it("is the exact share for a share, printed to one decimal", () => {
    const share = tallyShare(tally.count, tally.outOf);
    expect(share.value).toBeCloseTo(24.1379, 4);
    expect(share).toMatchObject({ unit: "%", text: "24.1%" });
    expect(share).not.toHaveProperty("qualifier");
    expect(recordAs({ unit: "%" }, tally)).toEqual(share);
  });

  it("is the count in the figure's own unit for a count", () => {
    expect(recordAs({ unit: "departments" }, tally)).toEqual({ value: 21, unit: "departments", text: "21" });
  });

  it("agrees with a share rounded by its words but not with a stated share that rounds elsewhere", () => {
    const record = recordAs({ unit: "%" }, tally);
    expect(valuesAgree({ value: 25, unit: "%", text: "a quarter" }, record)).toBe(true);
    expect(valuesAgree({ value: 24, unit: "%", text: "24%" }, record)).toBe(true);
    // A hedged "about" record (the lookup's old copy) let 25% pass as 24.1 %.
    expect(valuesAgree({ value: 25, unit: "%", text: "25%" }, record)).toBe(false);
    expect(valuesAgree({ value: 25, unit: "%", text: "25%" }, { ...record, qualifier: "about" })).toBe(true);
  });

  it("has no share of nothing", () => {
    expect(tallyShare(0, 0)).toMatchObject({ value: 0, text: "0%" });
  });
});
