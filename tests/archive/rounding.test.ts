// roundingOf: a figure printed with less precision than an exact one, the way reporters round.
import { describe, expect, it } from "vitest";
import { roundingOf } from "../../src/archive/compare.ts";

const claim = (text: string) => ({ text, value: Number(text.replace(/,/g, "")) });

describe("roundingOf", () => {
  it("takes the exact figure rounded to the claim's last printed digit as the claim", () => {
    expect(roundingOf(claim("17"), { value: 16.6 })).toBe("rounded");
    expect(roundingOf(claim("16.6"), { value: 16.6 })).toBe("rounded");
    expect(roundingOf(claim("83,500"), { value: 83_530 })).toBe("rounded");
    expect(roundingOf(claim("84,000"), { value: 83_530 })).toBe("rounded");
    expect(roundingOf(claim("640,000"), { value: 640_430 })).toBe("rounded");
  });

  it("calls one significant digit, or a figure cut off rather than rounded, coarse", () => {
    expect(roundingOf(claim("80,000"), { value: 83_530 })).toBe("coarse");
    expect(roundingOf(claim("600,000"), { value: 640_430 })).toBe("coarse");
    expect(roundingOf(claim("16"), { value: 16.6 })).toBe("coarse");
    expect(roundingOf(claim("83,500"), { value: 83_590 })).toBe("coarse");
  });

  it("finds no rounding in another number", () => {
    expect(roundingOf(claim("16.3"), { value: 16.6 })).toBeUndefined();
    expect(roundingOf(claim("83,630"), { value: 83_530 })).toBeUndefined();
    expect(roundingOf(claim("90,000"), { value: 83_530 })).toBeUndefined();
    // Below a thousand the units are printed digits: twenty is not 15.9 rounded to the ten.
    expect(roundingOf(claim("20"), { value: 15.9 })).toBeUndefined();
    expect(roundingOf({ text: "7–34", value: 7, upper: 34 }, { value: 16 })).toBeUndefined();
  });
});
