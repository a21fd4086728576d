import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFigures, recogniseNumbers } from "../../src/extract/figures/index.ts";
import { mayStartAtom, parseAtom } from "../../src/extract/figures/numbers.ts";
import { tokenize } from "../../src/extract/figures/tokens.ts";

/** Fragments that drive the grammar into its corners: number words, separators, years, dates, currency. */
const FRAGMENTS = [
  "one", "two", "a", "an", "and", "half", "third", "thirds", "quarter", "twenty", "-", "–", "hundred", "thousand",
  "million", "dozen", "point", "minus", "in", "every", "out", "of", "between", "from", "to", "as high as", "per", "cent",
  "percent", "%", "4,500", "34.2", ".08", "1/4", "24/7", "2012", "-13", "/09", "2008/09", "28 June", "£", "$15",
  "0300", "013", "0415", "8:30am", "1.", "(", ")", ",", ";", "while", "whereas", "the past year", "last year",
  "local authorities", "inadequate", "good or better", "England", "UK", "½", "😀", "\u0000", "\n", "’s", "ago",
];

const prose = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).chain((parts) =>
  fc.array(fc.constantFrom(" ", "", "  "), { minLength: parts.length, maxLength: parts.length })
    .map((gaps) => parts.map((part, k) => part + gaps[k]).join("")));

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary-ascii", maxLength: 200 }),
  prose,
);

const dates = fc.option(fc.oneof(fc.constant("2013-10-21"), fc.string({ maxLength: 12 })), { nil: undefined });

describe("figure grammar properties", () => {
  it("recogniseNumbers never throws and every mention is the input's own words", () => {
    fc.assert(fc.property(anyText, (text) => {
      for (const mention of recogniseNumbers(text)) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(mention.start).toBeLessThan(mention.end);
        expect(Number.isFinite(mention.value)).toBe(true);
        if (mention.kind === "range") expect(mention.upper).toBeGreaterThan(mention.value);
      }
    }), { numRuns: 600 });
  });

  it("extractFigures never throws and every figure is the sentence's own words", () => {
    fc.assert(fc.property(anyText, dates, (sentence, date) => {
      const figures = extractFigures(sentence, date === undefined ? {} : { date });
      let previousEnd = -1;
      for (const figure of figures) {
        expect(sentence.slice(figure.start, figure.end)).toBe(figure.text);
        expect(typeof figure.unit).toBe("string");
        expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = figure.end;
      }
    }), { numRuns: 600 });
  });

  it("skips only tokens at which no number can start", () => {
    fc.assert(fc.property(anyText, (text) => {
      const tokens = tokenize(text);
      const open = tokens.map(() => false);
      tokens.forEach((token, i) => {
        if (!mayStartAtom(token)) expect(parseAtom(tokens, open, i)).toBeNull();
      });
    }), { numRuns: 600 });
  });
});

describe("figure grammar on hostile input", () => {
  it.each([
    ["empty", ""],
    ["only spaces", "   \t\n  "],
    ["control characters", "\u0000\u0001\u001b[31m 12 \u0007"],
    ["lone surrogates", "\ud800 12% \udc00"],
    ["emoji", "👍🏽 one in seven 🏴‍☠️ councils"],
  ])("handles %s", (_name, text) => {
    expect(() => recogniseNumbers(text)).not.toThrow();
    expect(() => extractFigures(text, { date: "2016-06-28" })).not.toThrow();
  });

  it("returns [] for input that is not a string", () => {
    expect(recogniseNumbers(undefined as unknown as string)).toEqual([]);
    expect(extractFigures(null as unknown as string, {})).toEqual([]);
    expect(extractFigures("20 councils", undefined as unknown as { date?: string })).toEqual([{ value: 20, unit: "councils", text: "20", start: 0, end: 2 }]);
  });

  // Speed is the benchmark's to measure; this only proves a long sentence is read whole (a hang would hit the test timeout).
  it("reads a 10,000-character sentence whole", () => {
    const sentence = "one in seven, 4,500 inspections and a third of 20 councils were inadequate in 2012-13 while ".repeat(110);
    expect(sentence.length).toBeGreaterThan(10_000);
    const figures = extractFigures(sentence, { date: "2013-10-21" });
    const wordy = recogniseNumbers("one ".repeat(2_500) + "hundred and ".repeat(2_500));
    expect(figures).toHaveLength(110 * 4);
    expect(wordy.length).toBeGreaterThan(0);
  });
});
