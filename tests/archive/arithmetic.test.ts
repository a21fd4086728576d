// A sentence checked against itself: each share with the count and total it states.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/archive/buildArchive.ts";
import { textToBlocks } from "../../src/ingest/blocks.ts";

describe("a sentence's arithmetic, pairing each share with its own count and total", () => {
  const notes = (sentence: string) => {
    const { figures } = extractArticle({ source: { id: "a", title: "t", date: "2025-07-01" }, file: "a.md", blocks: textToBlocks(sentence), hash: "0" });
    return figures.filter((figure) => figure.arithmetic).map((figure) => [figure.text, figure.arithmetic!.note]);
  };

  it("pairs 'C of the T (S%)' groups one by one", () => {
    expect(notes("Some 15 of the 46 councils (33%) inspected last year were rated outstanding, as were seven of the 41 (17%) visited in 2023.")).toEqual([
      ["15", "15 of 46 is 32.6 %; 33% agrees within rounding"],
      ["33%", "15 of 46 is 32.6 %; 33% agrees within rounding"],
      ["seven", "7 of 41 is 17.1 %; 17% agrees within rounding"],
      ["17%", "7 of 41 is 17.1 %; 17% agrees within rounding"],
    ]);
  });

  it("takes a sentence's opening total for every count under it, and no bound as a count", () => {
    const found = notes("Of the 60 councils that had more than 1 inspection, 24 councils (40%) improved and 14 councils (23%) stayed good.");
    expect(found).toContainEqual(["24", "24 of 60 is 40 %; 40% agrees within rounding"]);
    expect(found).toContainEqual(["14", "14 of 60 is 23.3 %; 23% agrees within rounding"]);
    expect(found.some(([, note]) => note!.startsWith("1 of"))).toBe(false);
  });
});
