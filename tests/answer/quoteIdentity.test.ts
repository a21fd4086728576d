// `quote` over an archive of articles written for these tests (issue 12): one person under all their
// names, misspelt surnames, people who share a surname, words found in the sentence that introduced a
// quote, and the year filter.

import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import type { Article } from "../../src/types.ts";

const article = (id: string, date: string, paragraphs: string[]): Article => ({
  source: { id, title: `Article ${id}`, date },
  file: `${id}.md`,
  blocks: paragraphs.map((text) => ({ kind: "paragraph", text })),
  hash: id,
});

const archive = buildArchive([
  article("a", "2013-10-21", ["HM chief inspector, Michael Wilshaw, said: “Incompetent leadership must be addressed quickly.”"]),
  article("b", "2016-06-28", [
    "Ofsted’s Chief Inspector, Sir Michael Wilshaw, said: “Good leadership is the driving factor in every improving council.”",
    "“We will keep saying so,” Sir Michael added.",
  ]),
  article("c", "2015-03-02", [
    "Jack Smith, policy officer at the Who Cares? Trust, said: “Kinship carers need far more support than they get.”",
    "Jane Smith, director of children's services at Kent, said: “Our social workers have stable caseloads at last.”",
  ]),
  article("d", "2015-04-02", ["Ministers promised a review of funding for grandparents raising children.", "“It is long overdue,” said Jack Smith, policy officer at the Who Cares? Trust."]),
]);
const answer = createAnswerer(archive);
const texts = (query: string) => answer(query).quotes.map((quote) => quote.text);

describe("quote <speaker>: one person under every name", () => {
  it("“wilshaw”, “Sir Michael” and “Michael Wilshaw” all give every quote of his, cited by his fullest name", () => {
    for (const query of ["quote wilshaw", "quote Sir Michael", "quote michael wilshaw"]) {
      const found = answer(query);
      expect(found.quotes).toHaveLength(3);
      expect(found.quotes.every((quote) => quote.speaker === "Sir Michael Wilshaw")).toBe(true);
      expect(found.message).toBe("3 quotes by Sir Michael Wilshaw for “" + query.slice(6) + "”.");
    }
  });

  it("a surname one or two letters wrong still finds him", () => {
    for (const typo of ["wilshw", "wlishaw", "wolshew"]) expect(texts(`quote ${typo}`)).toHaveLength(3);
  });

  it("two people who share a surname stay apart by first name", () => {
    expect(answer("quote jack smith").quotes.map((quote) => quote.speaker)).toEqual(["Jack Smith", "Jack Smith"]);
    expect(answer("quote jane smith").quotes.map((quote) => quote.speaker)).toEqual(["Jane Smith"]);
    expect(new Set(answer("quote smith").quotes.map((quote) => quote.speaker))).toEqual(new Set(["Jack Smith", "Jane Smith"]));
  });

  it("quote <speaker> <year> narrows to that year's articles", () => {
    expect(texts("quote wilshaw 2013")).toEqual(["Incompetent leadership must be addressed quickly."]);
  });
});

describe("quote <words>: the quote and the sentence that introduced it", () => {
  it("words in the quote come first and alone; words only in the lead-in find the quote when nothing else does", () => {
    expect(texts("quote leadership")).toEqual(["Good leadership is the driving factor in every improving council.", "Incompetent leadership must be addressed quickly."]);
    expect(texts("quote grandparents")).toEqual(["It is long overdue"]);
    expect(texts("quote jack smith grandparents")).toEqual(["It is long overdue"]);
  });

  it("a plain topic lookup ranks by the quote's words, not its lead-in (lead-in terms are kept apart in the index)", () => {
    // The lead-in is an ordinary sentence, so a plain lookup finds it as a mention (every word is
    // searchable), never as a quote ranked by words that are not the quote's own.
    const plain = answer("grandparents");
    expect(plain.quotes).toEqual([]);
    expect(plain.mentions?.map((mention) => mention.sentence).join(" ")).toContain("grandparents");
    expect(answer("quote grandparents").status).toBe("found");
  });
});
