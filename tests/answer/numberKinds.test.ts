// A question's form says what kind of number it wants: "how many" a count, "what proportion" a
// share, "rate" a share or a rate per head. Articles of our own, one with both a count and a rate.
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answer/answer.ts";
import { extractArchiveParts, indexArchive } from "../../src/archive/buildArchive.ts";
import type { Article } from "../../src/types.ts";

const article: Article = {
  source: { id: "care", title: "Children in care fall", publisher: "Test", date: "2025-11-20", url: "https://example.org/care" },
  file: "care.md",
  blocks: [
    { kind: "paragraph", text: "There were 67 children in care per 10,000 children in 2025." },
    { kind: "paragraph", text: "Councils looked after 81,770 children on 31 March 2025." },
  ],
  hash: "care",
};

const answer = createAnswerer(indexArchive(extractArchiveParts([article])));

describe("the kind of number a question asks for", () => {
  it("leads a 'how many' question with the count, not the rate per head", () => {
    expect(answer("how many children were in care in 2025").figures[0]?.text).toBe("81,770");
  });

  it("leads a question about a rate with the rate", () => {
    expect(answer("rate of children in care 2025").figures[0]?.text).toBe("67");
  });
});
