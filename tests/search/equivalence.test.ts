// The flat-array index, the hashed typo corrector and the filtered fuzzy list must give exactly what
// the straightforward versions give (tests/search/reference.ts, and fuse.js alone): same hits in the
// same order with the same scores, same corrections, same matches.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FuzzyList, InvertedIndex, TypoCorrector } from "../../src/search/index.ts";
import { Random } from "../../bench/prng.ts";
import { ReferenceCorrector, ReferenceIndex } from "./reference.ts";

/** Zipf-like documents: a few terms common enough for the re-score-only and capped-scan paths. */
function corpus(docs: number, vocabulary: number, seed: number): string[][] {
  const random = new Random(seed);
  return Array.from({ length: docs }, () => {
    const terms = Array.from({ length: random.int(0, 14) }, () => `t${Math.floor(vocabulary ** random.float()) - 1}`);
    return random.chance(0.75) ? [...terms, "t0"] : terms;
  });
}

describe("InvertedIndex against the reference", () => {
  // 30,000 docs: "t0" is in most of them (past the 20,000-posting scan cap), "t1" and "t2" past the 5,000 common-term mark.
  const docs = corpus(30_000, 3_000, 1);
  const index = InvertedIndex.build(docs);
  const reference = ReferenceIndex.build(docs);
  const term = fc.integer({ min: 0, max: 3_100 }).map((n) => `t${n}`);

  it("has the common terms the test relies on", () => {
    expect(index.documentFrequency("t0")).toBeGreaterThan(20_000);
    expect(index.documentFrequency("t2")).toBeGreaterThan(5_000);
  });

  it("returns the same hits, scores and order for any query and limit", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(term, fc.constantFrom("t0", "t1", "t2", "t3", "t4", "t5")), { maxLength: 7 }), fc.constantFrom(1, 5, 100, 200, 500, 100_000), (terms, limit) => {
        expect(index.search(terms, limit)).toEqual(reference.search(terms, limit));
      }),
      { numRuns: 300 },
    );
  });

  it("gives each hit the terms it holds, as matchedMask does, with the same hits as search", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(term, fc.constantFrom("t0", "t1", "t2", "t3", "t4", "t5")), { maxLength: 7 }), fc.constantFrom(1, 5, 100, 200), (terms, limit) => {
        const { hits, matched } = index.searchMatched(terms, limit);
        expect(hits).toEqual(reference.search(terms, limit));
        const ids = Int32Array.from(terms, (t) => index.termId(t) ?? -1);
        expect(Array.from(matched)).toEqual(hits.map((hit) => index.matchedMask(hit.doc, ids)));
      }),
      { numRuns: 200 },
    );
  });

  it("finds the same top hits when the first terms' docs already outrank the rest (a short list of a mid-frequency term)", () => {
    // Mid-frequency terms, rarest first: after the first, few docs can still reach the top 5.
    for (const terms of [["t40", "t20", "t10", "t6"], ["t90", "t30", "t8", "t3"], ["t200", "t15", "t4"]]) {
      for (const limit of [1, 5, 20]) expect(index.search(terms, limit)).toEqual(reference.search(terms, limit));
    }
  });

  it("finds the same top hits when only the first term finds docs (its impact order), cached or not", () => {
    // One long term alone, or before terms past the common mark: the hits come from its impact order.
    for (const terms of [["t0"], ["t1"], ["t3"], ["t3", "t0"], ["t4", "t2", "t0"], ["t5", "t1"]]) {
      for (const limit of [1, 5, 100, 200, 500]) {
        expect(index.search(terms, limit)).toEqual(reference.search(terms, limit));
        expect(index.search(terms, limit)).toEqual(reference.search(terms, limit));
      }
    }
    expect(index.documentFrequency("t5")).toBeGreaterThan(1_000);
    // A search that keeps nothing still leaves no score behind for the next.
    expect(index.search(["t3", "t7"], 0)).toEqual([]);
    expect(index.search(["t7", "t3"], 5)).toEqual(reference.search(["t7", "t3"], 5));
  });

  it("agrees on terms, frequencies and matched terms", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2, max: docs.length + 2 }), fc.array(term, { maxLength: 6 }), (doc, terms) => {
        expect(index.matchedTerms(doc, terms)).toEqual(reference.matchedTerms(doc, terms));
        // The same answer as bits over term ids (-1 for a term no doc has).
        const mask = index.matchedMask(doc, Int32Array.from(terms, (t) => index.termId(t) ?? -1));
        expect(terms.filter((_, i) => (mask & (1 << i)) !== 0)).toEqual(reference.matchedTerms(doc, terms));
        for (const t of terms) {
          expect(index.has(t)).toBe(reference.has(t));
          expect(index.documentFrequency(t)).toBe(reference.documentFrequency(t));
        }
      }),
    );
  });

  it("never credits a doc with the first term of the doc after it", () => {
    // Doc 0 has no terms and doc 1's run starts where doc 0's ends: the bound must be checked.
    const small = InvertedIndex.build([[], ["a"], ["b", "c"], ["a"]]);
    expect([small.matchedTerms(0, ["a"]), small.matchedTerms(2, ["a", "b"])]).toEqual([[], ["b"]]);
    expect(small.matchedMask(0, Int32Array.from([small.termId("a")!]))).toBe(0);
  });

  it("round-trips through JSON and through its flat parts", () => {
    const viaJson = InvertedIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    const viaParts = InvertedIndex.fromParts(index.toParts());
    for (const terms of [["t0"], ["t1", "t7", "t300"], ["t2", "t0", "t5"], ["t42", "t43"]]) {
      expect(viaJson.search(terms, 200)).toEqual(reference.search(terms, 200));
      expect(viaParts.search(terms, 200)).toEqual(reference.search(terms, 200));
    }
    expect(ReferenceIndex.fromJSON(index.toJSON()).search(["t3", "t9"], 50)).toEqual(reference.search(["t3", "t9"], 50));
  });

  it("counts a term repeated past the stored-count cap", () => {
    const repeated = [Array.from({ length: 300 }, () => "x"), ["x", "y"], ["y"]];
    expect(InvertedIndex.build(repeated).search(["x", "y"])).toEqual(ReferenceIndex.build(repeated).search(["x", "y"]));
  });
});

describe("TypoCorrector against the reference", () => {
  const letters = fc.constantFrom(..."abcdeilnorstu");
  const word = fc.array(letters, { minLength: 2, maxLength: 9 }).map((chars) => chars.join(""));

  it("corrects every word as the reference does, fresh or rebuilt from its parts", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constant("2016"), fc.constant("ab1cd")), { minLength: 1, maxLength: 120 }), fc.array(word, { maxLength: 30 }), (vocabulary, queries) => {
        const corrector = new TypoCorrector(vocabulary);
        const reference = new ReferenceCorrector(vocabulary);
        const restored = TypoCorrector.fromParts(corrector.toParts());
        for (const query of [...queries, ...vocabulary]) {
          expect(corrector.correct(query)).toBe(reference.correct(query));
          expect(restored.correct(query)).toBe(reference.correct(query));
          expect(corrector.has(query)).toBe(reference.has(query));
        }
        expect(corrector.words()).toEqual(reference.words());
      }),
      { numRuns: 150 },
    );
  });

  it("sees words added after a correction", () => {
    const corrector = new TypoCorrector(["council"]);
    expect(corrector.correct("inadequte")).toBeUndefined();
    corrector.add("inadequate");
    expect(corrector.correct("inadequte")).toBe("inadequate");
  });
});

describe("FuzzyList's letter-pair filter", () => {
  const random = new Random(3);
  const first = ["Alan", "Debbie", "Eleanor", "Michael", "Sarah", "José", "Zoë", "Chris", "Anne-Marie", "Ian"];
  const last = ["Jones", "Wilshaw", "Schooling", "Smith", "O'Neill", "Müller", "Lee", "Patel", "Pemberton-Hale", "Ng", "Ward", "Cole"];
  const names = Array.from({ length: 600 }, (_, i) => ({ name: i % 97 === 0 ? `Sir ${random.pick(first)} ${random.pick(last)}` : `${random.pick(first)} ${random.pick(last)}${i % 5 === 0 ? ` ${i}` : ""}` }));
  const filtered = new FuzzyList(names, ["name"], 0.3);
  const plain = new FuzzyList(names, ["name"], 0.3, { filter: false });
  const pattern = fc.oneof(
    fc.constantFrom(...first, ...last, "wilshw", "michael wilshaw", "jnoes", "pemberton", "zoe", "mueller", "o'neil", "sir", "x", "ng", "a very long pattern that is more than thirty-two characters"),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...last).chain((surname) => fc.integer({ min: 0, max: surname.length - 1 }).map((at) => surname.slice(0, at) + surname.slice(at + 1))),
    // Past 32 letters fuse.js searches the pattern in chunks: a name anywhere in a long question.
    fc.array(fc.constantFrom(...first, ...last, "how many", "did", "record", "children's homes", "wilshw"), { minLength: 4, maxLength: 12 }).map((words) => words.join(" ")),
  );

  it("returns exactly what fuse.js alone returns", () => {
    fc.assert(
      fc.property(pattern, fc.constantFrom(1, 10, 50), (text, limit) => {
        expect(filtered.find(text, limit)).toEqual(plain.find(text, limit));
      }),
      { numRuns: 400 },
    );
  });

  it("returns exactly what fuse.js alone returns on a short list, for long questions too", () => {
    // Council names in one letter's list, as the router searches them on every lookup.
    const councils = ["Barnsley", "Bath and North East Somerset", "Bedford", "Birmingham", "Blackburn with Darwen", "Blackpool", "Bolton", "Bournemouth, Christchurch and Poole", "Bracknell Forest", "Bradford", "Brent", "Brighton and Hove", "Bristol, City of", "Bromley", "Buckinghamshire", "Bury"].map((name) => ({ name }));
    const filteredShort = new FuzzyList(councils, ["name"], 0.3, { filterFrom: 0 });
    const plainShort = new FuzzyList(councils, ["name"], 0.3, { filter: false });
    const words = ["bracknell forest", "brimingham", "bristol", "bath", "blackpol", "unregistered children's homes", "how many", "did", "record", "share", "adoption breakdowns", "b", "north east"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), fc.constantFrom(1, 3), (chosen, limit) => {
        const text = chosen.join(" ");
        expect(filteredShort.find(text, limit)).toEqual(plainShort.find(text, limit));
      }),
      { numRuns: 400 },
    );
  });
});
