// What a question's form asks for: "how many" a count, "what proportion" a share, "rate" a share or
// a rate per head; a grade with no population, councils first. Articles of our own.
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answer/answer.ts";
import { extractArchiveParts, indexArchive } from "../../src/archive/buildArchive.ts";
import { articleOf } from "../helpers/articles.ts";
import { readQueryMeasure } from "../../src/measure/query.ts";

const article = articleOf("care", "Children in care fall", "2025-11-20", "There were 67 children in care per 10,000 children in 2025.", "Councils looked after 81,770 children on 31 March 2025.");

const grades = articleOf(
  "grades",
  "Inspection results",
  "2016-07-01",
  "Inadequate children's homes: 41 children's homes were judged inadequate in 2016, an inadequate record.",
  "Among councils, 22 per cent of councils were rated inadequate in 2016.",
);

const answer = createAnswerer(indexArchive(extractArchiveParts([article, grades])));

describe("the kind of number a question asks for", () => {
  it("leads a 'how many' question with the count, not the rate per head", () => {
    expect(answer("how many children were in care in 2025").figures[0]?.text).toBe("81,770");
  });

  it("leads a question about a rate with the rate", () => {
    expect(answer("rate of children in care 2025").figures[0]?.text).toBe("67");
  });
});

describe("a grade asked with no population", () => {
  it("leads with councils, and still lists the children's homes", () => {
    const figures = answer("inadequate 2016").figures.map((figure) => figure.text);
    expect(figures[0]).toBe("22 per cent");
    expect(figures).toContain("41");
  });
});

describe("words inside a population's name", () => {
  it("name no indicator: 'care leavers' is no turnover of social workers", () => {
    expect(readQueryMeasure("care leavers inadequate 2025").indicators.map((indicator) => indicator.id)).toEqual(["inadequate"]);
    expect(readQueryMeasure("social worker leavers 2022").indicators.map((indicator) => indicator.id)).toEqual(["turnover"]);
  });
});
