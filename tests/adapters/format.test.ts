// How every renderer names a quote's speaker and heads a figure (adapters/shared/format.ts).
import { describe, expect, it } from "vitest";
import { figureHeadline, speakerLine } from "../../adapters/shared/format.ts";
import type { Figure, Quote } from "../../src/types.ts";

const source = { id: "a", title: "Article" };

describe("speakerLine", () => {
  it("names the speaker and role, says when nobody is named, and warns when the stored article cut the quote off", () => {
    const quote: Quote = { text: "We will act.", speaker: "Jane Lee", role: "director", source };
    expect(speakerLine(quote)).toBe("Jane Lee, director");
    expect(speakerLine({ ...quote, speaker: null })).toBe("speaker not stated");
    expect(speakerLine({ ...quote, cutOff: true })).toBe("Jane Lee, director (cut off where the stored article ends)");
  });
});

describe("a figure's headline", () => {
  const published = { id: "s", title: "Plans rise", publisher: "Fixture News", date: "2022-10-31" };
  const base: Figure = { value: 52100, unit: "", text: "52,100", sentence: "Child protection plans started: 52,100", source: published, metric: "children on child protection plans", measure: { indicator: "child-protection-plans", population: "children" } };

  it("names what is counted apart with what is measured", () => {
    expect(figureHeadline({ ...base, period: "2022", measure: { ...base.measure!, aspect: "started in the year" } })).toBe("52,100 — children on child protection plans (started in the year) · 2022");
    expect(figureHeadline({ ...base, period: "2022", measure: { ...base.measure!, subgroup: "on plans for neglect" } })).toBe("52,100 — children on child protection plans (on plans for neglect) · 2022");
    expect(figureHeadline({ ...base, period: "2022", measure: { ...base.measure!, aspect: "started in the year", subgroup: "under five" } })).toBe("52,100 — children on child protection plans (started in the year; under five) · 2022");
  });

  it("marks a year the sentence does not state as the article's", () => {
    expect(figureHeadline({ ...base, period: "2022", periodFrom: "article" })).toBe("52,100 — children on child protection plans · 2022 (year of article)");
    expect(figureHeadline({ ...base, period: "2021-22", periodFrom: "article" })).toBe("52,100 — children on child protection plans · 2021-22 (from the article)");
    expect(figureHeadline({ ...base, period: "2021" })).toBe("52,100 — children on child protection plans · 2021");
  });
});
