import fc from "fast-check";
import { DamerauLevenshteinDistance } from "natural/lib/natural/distance/levenshtein_distance.js";
import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/text/index.ts";

describe("editDistance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("inadeuqate", "inadequate")).toBe(1);
    expect(editDistance("ca", "abc")).toBe(3);
    expect(editDistance("", "care")).toBe(4);
    expect(editDistance("care", "")).toBe(4);
    expect(editDistance("kinhip", "kinship")).toBe(1);
  });

  it("gives the number natural's restricted Damerau-Levenshtein gives", () => {
    // A small alphabet makes repeats and swaps common; longer words make the rows grow.
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "😀"), maxLength: 12 });
    const long = fc.string({ maxLength: 80 });
    fc.assert(fc.property(fc.oneof(word, long), fc.oneof(word, long), (a, b) => editDistance(a, b) === DamerauLevenshteinDistance(a, b, { restricted: true })), { numRuns: 3000 });
  });
});
