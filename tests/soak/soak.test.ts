// 10,000 mixed queries through the core: none may throw, and memory must come back to where it was.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedCore } from "../helpers/seedCore.ts";

// A forked test worker has no --expose-gc; this turns it on for this file only.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

const REAL = [
  "inadequate 2016",
  "how many councils were rated inadequate in 2013?",
  "what did Wilshaw say about leadership?",
  "check one in five councils were rated inadequate in 2013",
  "check DCS turnover was 19.7 per cent in 2012-13",
  "trend inadequate",
  "trend turnover",
  "quote debbie jones",
  "sources",
  "help",
  "caseloads 2016",
  "children's homes good",
  "inadequate 2019",
];

/** Deterministic typos: a dropped, doubled or swapped letter. */
function typo(text: string, seed: number): string {
  const at = 1 + (seed % Math.max(1, text.length - 2));
  switch (seed % 3) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text[at] + text.slice(at);
    default:
      return text.slice(0, at) + (text[at + 1] ?? "") + (text[at] ?? "") + text.slice(at + 2);
  }
}

describe("soak", () => {
  it("answers 10,000 real, typo'd and fuzzed queries with no exception and no heap growth", async () => {
    const core = await seedCore();
    const fuzz = fc.sample(fc.string({ unit: "grapheme", maxLength: 60 }), { numRuns: 3000, seed: 42 });
    const queries: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const real = REAL[i % REAL.length]!;
      queries.push(i % 3 === 0 ? real : i % 3 === 1 ? typo(real, i) : fuzz[i % fuzz.length]!);
    }
    // Warm-up: caches and JIT settle before the baseline is taken.
    for (const text of queries.slice(0, 1000)) core.answer(text);
    const before = heapAfterGc();
    let exceptions = 0;
    const statuses = new Map<string, number>();
    for (const text of queries) {
      try {
        const answer = core.answer(text);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      } catch {
        exceptions++;
      }
    }
    const after = heapAfterGc();
    console.log(`soak: 10,000 queries, heap ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(exceptions).toBe(0);
    expect(statuses.get("found")).toBeGreaterThan(3000);
    expect(after).toBeLessThanOrEqual(before * 1.1);
  });
});
