import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeInput, splitSentences, terms } from "../../src/text/index.ts";

describe("splitSentences", () => {
  it("keeps decimals, quotes and abbreviations inside their sentence", () => {
    const text = "Between 2008 and 2009, the rate stood at 19.7 per cent. “It can be done,” she said. Mr. Smith agreed. Cllr. Jones did not.";
    expect(splitSentences(text).map((span) => span.text)).toEqual([
      "Between 2008 and 2009, the rate stood at 19.7 per cent.",
      "“It can be done,” she said.",
      "Mr. Smith agreed.",
      "Cllr. Jones did not.",
    ]);
  });

  it("returns verbatim slices for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
      }),
    );
  });
});

describe("terms", () => {
  it("folds the sector's synonyms to one term", () => {
    expect(terms("failing councils")).toEqual(terms("inadequate local authorities"));
    expect(terms("DCS turnover")).toEqual(terms("director of children’s services turnover"));
    expect(terms("LA requires improvement")).toEqual(terms("local authority require improvement"));
  });

  it("drops question words and stems the rest", () => {
    expect(terms("How many councils were rated INADEQUATE?")).toEqual(["council", "inadequ"]);
  });
});

describe("normalizeInput", () => {
  it("removes control, zero-width and bidi characters and folds width", () => {
    expect(normalizeInput("\u202Eina\u200Bdequate\u0007 ２０１６").text).toBe("inadequate 2016");
  });

  it("caps by code points without splitting a surrogate pair", () => {
    const { text, truncated } = normalizeInput("😀".repeat(10), 3);
    expect(truncated).toBe(true);
    expect(text).toBe("😀😀😀");
  });
});

describe("normalizeInput at the cap", () => {
  it("ends at a word boundary rather than inside a word", () => {
    const { text, truncated } = normalizeInput("inadequate ".repeat(300), 2000);
    expect(truncated).toBe(true);
    expect(text.endsWith("inadequate")).toBe(true);
  });
});
