// Figures about children in care at school and leaving care (the education trial, hry117): an age
// band or school years make a count a part, a score is no count, "of these pupils" counts some of the
// ones before. Sentences of our own, in the shapes the trial's articles used.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/archive/buildArchive.ts";
import { verdictsAgainst } from "../helpers/articles.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import type { Article } from "../../src/types.ts";

function article(date: string, ...paragraphs: string[]): Article {
  return {
    source: { id: "a", title: "Care leavers and school (test)", publisher: "Test", date, url: "https://example.org/a" },
    file: "a.md",
    blocks: paragraphs.map((text) => ({ kind: "paragraph" as const, text })),
    hash: "0",
  };
}

const read = (sentence: string) => extractFigures(sentence, { date: "2024-06-01" }).map((figure) => [figure.text, figure.measure?.indicator, figure.measure?.subgroup]);

describe("an age band", () => {
  it("is part of the subgroup, said one way however it is written", () => {
    expect(read("There were 10,870 19- to 21-year-old NEET care leavers at the end of March 2017.")).toEqual([["10,870", "neet", "care leavers aged 19-21"]]);
    expect(read("Some 3,290 care leavers aged 17 and 18 were NEET in 2017.")).toEqual([["3,290", "neet", "care leavers aged 17-18"]]);
    const pointed = extractArticle(article("2017-11-08", "The number of NEET care leavers aged 17 and 18 has risen.", "At the end of March 2017 there were 3,290 care leavers in this age range classed as NEET.")).figures;
    expect(pointed.map((figure) => figure.measure?.subgroup)).toEqual(["care leavers in an age band named before"]);
  });

  it("keeps a claim about one band from being supported or contradicted by the other's figure", () => {
    const verdict = verdictsAgainst("2017-11-08", "There were 10,870 19- to 21-year-old NEET care leavers at the end of March 2017.");
    expect(verdict("10,870 care leavers aged 17 and 18 were NEET at the end of March 2017")).toBe("unverified");
    expect(verdict("9,000 care leavers aged 17 and 18 were NEET at the end of March 2017")).toBe("unverified");
    expect(verdict("10,870 care leavers aged 19 to 21 were NEET at the end of March 2017")).toBe("supported");
    expect(verdict("12,000 care leavers aged 19 to 21 were NEET at the end of March 2017")).toBe("contradicted");
  });
});

describe("school years and pupils", () => {
  it("reads 'Years 7 to 11' as school years, neither a figure nor all children in care", () => {
    expect(read("From Years 7 to 11, there were 185 looked after children.")).toEqual([["185", "children-looked-after", "those in year 7-11"]]);
    // A year without its capital is a year of time: the count after it is a count.
    expect(read("Over the year 12 councils were rated inadequate.")).toEqual([["12", "inadequate", undefined]]);
  });

  it("reads 'Only 510 of these pupils had been looked after' as some of the pupils before, never all children in care", () => {
    const figures = extractArticle(article("2022-09-22", "In 2020/21, 234,590 pupils under 19 progressed into higher education. Only 510 of these pupils had been looked after at 31 March 2017.")).figures;
    expect(figures.find((figure) => figure.text === "510")?.measure?.subgroup).toBe("of those counted before");
    // "of these children" names the population itself: all of them that are.
    expect(read("Nearly 84,000 of these children are in care.")[0]?.[2]).toBeUndefined();
  });

  it("reads an average score as no count of the children it is for", () => {
    expect(read("The average Attainment 8 score for looked-after children was 19.1 compared to 44.6 for other children.")).toEqual([
      ["19.1", undefined, undefined],
      ["44.6", undefined, undefined],
    ]);
  });
});
