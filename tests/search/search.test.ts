import { describe, expect, it } from "vitest";
import { FuzzyList, InvertedIndex, TypoCorrector } from "../../src/search/index.ts";

describe("InvertedIndex", () => {
  const docs = [["inadequ", "council", "2016"], ["good", "council"], ["inadequ", "inadequ", "children"], []];
  const index = InvertedIndex.build(docs);

  it("ranks documents by BM25 and ignores unknown terms", () => {
    const hits = index.search(["inadequ", "nosuchterm"]);
    expect(hits.map((hit) => hit.doc).sort()).toEqual([0, 2]);
    expect(hits[0]!.score).toBeGreaterThan(0);
    expect(index.search(["good", "council"])[0]!.doc).toBe(1);
    expect(index.search([])).toEqual([]);
  });

  it("round-trips through JSON", () => {
    const copy = InvertedIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(copy.search(["inadequ", "council"])).toEqual(index.search(["inadequ", "council"]));
    expect(copy.matchedTerms(0, ["council", "good"])).toEqual(["council"]);
  });
});

describe("TypoCorrector", () => {
  const corrector = new TypoCorrector(["inadequate", "inadequate", "councils", "caseloads", "turnover", "adequate"]);

  it.each([
    ["inadequte", "inadequate"],
    ["inadeuqate", "inadequate"],
    ["counclis", "councils"],
    ["turnovers", "turnover"],
  ])("corrects %s to %s", (typo, word) => {
    expect(corrector.correct(typo)).toBe(word);
  });

  it("leaves known words, short words and far-off words alone", () => {
    expect(corrector.correct("inadequate")).toBeUndefined();
    expect(corrector.correct("la")).toBeUndefined();
    expect(corrector.correct("zebra")).toBeUndefined();
  });
});

describe("FuzzyList", () => {
  it("finds names despite case and misspelling, and treats symbols as text", () => {
    const list = new FuzzyList([{ name: "Sir Michael Wilshaw" }, { name: "Debbie Jones" }], ["name"]);
    expect(list.find("wilshw")[0]?.item.name).toBe("Sir Michael Wilshaw");
    expect(list.find("michael wilshaw")[0]?.item.name).toBe("Sir Michael Wilshaw");
    expect(list.find("^(.*)+$ | !foo")).toEqual([]);
  });
});
