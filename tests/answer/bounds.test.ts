// A bound is no value: "up to £5m" neither confirms nor rules out £5m, and "more than one in three"
// is stated by 34.2% but never by 32% (hry111).
import { describe, expect, it } from "vitest";
import { claimStates, withinBound } from "../../src/archive/compare.ts";

const money = (value: number, qualifier?: string) => ({ value, unit: "£", text: `£${value}`, ...(qualifier ? { qualifier } : {}) });
const share = (value: number, qualifier?: string, text = `${value}%`) => ({ value, unit: "%", text, ...(qualifier ? { qualifier } : {}) });

describe("bounds in claims and sources", () => {
  it("a source's bound states only a claim bounded the same way", () => {
    expect(claimStates(money(5_000_000), money(5_000_000, "up to"))).toBe(false);
    expect(claimStates(money(5_000_000, "up to"), money(5_000_000, "up to"))).toBe(true);
    expect(claimStates(money(5_000_000, "more than"), money(5_000_000, "up to"))).toBe(false);
    expect(claimStates(money(5_000_000), money(5_000_000))).toBe(true);
  });

  it("a claimed bound is stated by a close figure on its side only", () => {
    expect(claimStates(share(100 / 3, "more than", "more than one in three"), share(34.2))).toBe(true);
    expect(claimStates(share(100 / 3, "more than", "more than one in three"), share(32))).toBe(false);
    expect(claimStates(share(50, "less than"), share(49.8))).toBe(true);
    expect(claimStates(share(50, "less than"), share(50.2))).toBe(false);
  });

  it("a claim on the bound itself is within it: neither confirmed nor ruled out", () => {
    expect(withinBound(money(5_000_000, "up to"), money(5_000_000))).toBe(true);
    expect(withinBound(money(5_000_000, "up to"), money(6_000_000))).toBe(false);
    expect(withinBound(money(4_500, "more than"), money(4_500))).toBe(true);
  });
});
