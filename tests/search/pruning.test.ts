// The pruning helpers the index's scoring relies on: a wrong selection or partition would silently
// drop a doc from the top hits, so each is checked against the plain sort it replaces.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foundOutrank, impactOrder, keepContenders, kthLargest } from "../../src/search/pruning.ts";
import { topHits } from "../../src/search/topHits.ts";
import { gallop, lowerBound } from "../../src/search/postings.ts";

const scoresList = fc.array(fc.oneof(fc.double({ min: 0.01, max: 50, noNaN: true }), fc.constantFrom(1, 2, 3)), { minLength: 1, maxLength: 300 });

/** Docs 0..n-1 with the given scores at slot 2d, as the index keeps them. */
function layout(scores: readonly number[]): { touched: Int32Array; acc: Float64Array } {
  const acc = new Float64Array(2 * scores.length);
  scores.forEach((score, doc) => (acc[2 * doc] = score));
  return { touched: Int32Array.from(scores, (_, doc) => doc), acc };
}

describe("kthLargest", () => {
  it("is the k-th value of a descending sort, duplicates included", () => {
    fc.assert(
      fc.property(scoresList, fc.nat(), (scores, pick) => {
        const k = 1 + (pick % scores.length);
        const sorted = [...scores].sort((a, b) => b - a);
        expect(kthLargest(Float64Array.from(scores), scores.length, k)).toBe(sorted[k - 1]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("keepContenders", () => {
  it("keeps every doc that could reach the limit-th score, and the limit best", () => {
    fc.assert(
      fc.property(scoresList, fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 10, noNaN: true }), (scores, limit, reachable) => {
        const { touched, acc } = layout(scores);
        const kept = keepContenders(touched, scores.length, acc, reachable, limit, new Float64Array(scores.length));
        const front = new Set(touched.subarray(0, kept));
        expect(new Set(touched).size).toBe(scores.length);
        const sorted = [...scores].sort((a, b) => b - a);
        const bar = scores.length <= limit ? -Infinity : sorted[limit - 1]!;
        scores.forEach((score, doc) => {
          if (score + reachable >= bar) expect(front.has(doc)).toBe(true);
        });
        expect(kept).toBeGreaterThanOrEqual(Math.min(limit, scores.length));
      }),
      { numRuns: 300 },
    );
  });
});

describe("foundOutrank", () => {
  it("says whether limit docs score above the bound", () => {
    fc.assert(
      fc.property(scoresList, fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 10, noNaN: true }), (scores, limit, reachable) => {
        const { touched, acc } = layout(scores);
        const above = scores.filter((score) => score > reachable * (1 + 1e-9)).length;
        expect(foundOutrank(touched, scores.length, acc, reachable, limit)).toBe(above >= limit);
      }),
    );
  });
});

describe("topHits", () => {
  it("is the first `limit` of a full sort by score then doc, ties included", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0.5, 1, 1.5, 2, 7.25), { maxLength: 200 }), fc.integer({ min: 1, max: 60 }), (scores, limit) => {
        const { touched, acc } = layout(scores);
        const expected = scores.map((score, doc) => ({ doc, score })).sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
        expect(topHits(touched.reverse(), scores.length, acc, limit, 2)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("gallop", () => {
  it("finds the first position not below the id, as a bisection does", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 300 }), fc.nat(), fc.integer({ min: -1, max: 402 }), (values, fromPick, id) => {
        const ids = Int32Array.from(values).sort();
        const from = values.length === 0 ? 0 : fromPick % (values.length + 1);
        expect(gallop(ids, from, ids.length, id)).toBe(lowerBound(ids, from, ids.length, id));
      }),
      { numRuns: 500 },
    );
  });
});

describe("impactOrder", () => {
  it("orders postings by contribution, highest first, lower doc first on a tie", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 5_000 }), { maxLength: 200 }), fc.array(fc.constantFrom(0.5, 1.25, 2, 3.5), { minLength: 200, maxLength: 200 }), (docList, scoreList) => {
        const docs = Int32Array.from(docList).sort();
        const scores = Float64Array.from(docs, (_, i) => scoreList[i]!);
        const expected = Array.from(docs, (doc, i) => ({ doc, score: scores[i]! })).sort((a, b) => b.score - a.score || a.doc - b.doc);
        const order = impactOrder(docs, scores);
        expect(Array.from(order.docs, (doc, i) => ({ doc, score: order.scores[i]! }))).toEqual(expected);
      }),
    );
  });
});

describe("topHits clearing the scores it reads", () => {
  it("leaves every listed doc's score at 0, whatever the limit", () => {
    for (const limit of [0, 1, 3, 10]) {
      const { touched, acc } = layout([3, 1, 4, 1, 5]);
      const hits = topHits(touched, 5, acc, limit, 2, true);
      expect(hits.map((hit) => hit.doc)).toEqual([4, 2, 0, 1, 3].slice(0, limit));
      expect(Array.from(acc).every((value, i) => i % 2 === 1 || value === 0)).toBe(true);
    }
  });
});
