// One wording for a figure, used by check's reasons, trend rows and every adapter's headline.
import { describe, expect, it } from "vitest";
import { describeFigure } from "../../src/archive/compare.ts";
import { figureHeadline } from "../../adapters/shared/format.ts";
import type { Figure } from "../../src/types.ts";

const figure = (fields: Partial<Figure> & Pick<Figure, "value" | "unit" | "text">): Figure => ({
  sentence: fields.text,
  source: { id: "a", title: "T" },
  ...fields,
});

describe("describeFigure", () => {
  it.each([
    ["a ratio in words shows its share", figure({ value: 100 / 7, unit: "%", text: "one in seven" }), "one in seven (14.3 %)"],
    ["a ratio in digits shows its share", figure({ value: 10, unit: "%", text: "1 in 10" }), "1 in 10 (10 %)"],
    ["a printed share stays as printed", figure({ value: 34.2, unit: "%", text: "34.2 per cent" }), "34.2 per cent"],
    ["a count names what it counts", figure({ value: 20, unit: "local authorities", text: "20" }), "20 local authorities"],
    ["one of them reads singular", figure({ value: 1, unit: "local authorities", text: "1" }), "1 local authority"],
    ["a count in words shows its number", figure({ value: 12, unit: "councils", text: "Twelve" }), "Twelve councils (12)"],
    ["thousands keep their comma", figure({ value: 4500, unit: "inspections", text: "4,500", qualifier: "more than" }), "more than 4,500 inspections"],
    ["a hedge already printed is not said twice", figure({ value: 34, upper: 40, unit: "%", text: "from 34 to as high as 40 per cent", qualifier: "as high as" }), "from 34 to as high as 40 per cent (34–40 %)"],
  ])("%s", (_name, input, expected) => {
    expect(describeFigure(input)).toBe(expected);
  });

  it("is what every adapter's headline starts with, before the metric, period and place", () => {
    const inadequate = figure({ value: 100 / 7, unit: "%", text: "one in seven", metric: "inadequate", period: "2013", geography: "England" });
    expect(figureHeadline(inadequate)).toBe("one in seven (14.3 %) — inadequate · 2013 · England");
  });
});
