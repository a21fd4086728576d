// A claim more precise than its source: "6,520.7 agency social workers" against an article's "6,500".
// The article rounded; it neither confirms nor refutes the exact figure, and is never a contradiction.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

let core: Core;
beforeAll(async () => {
  core = await fixtureCore("rounding", {
    "workforce.md": fixtureArticle("Agency staff", "2025-02-27", "There were 6,400 agency social workers in England in 2024, the figures show."),
    "money.md": fixtureArticle("Council money", "2017-08-08", "Councils in England spent £9.417bn on children's social care in 2015/16, surpassing their budgets by £605m."),
  });
}, 60_000);

describe("a claim more precise than its source", () => {
  it("is not contradicted by the source's rounding of it", () => {
    const check = core.answer("check there were 6,437.2 agency social workers in England in 2024").checks![0]!;
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain("a rounding of");
  });

  it("is still contradicted by a source it does not round to", () => {
    expect(core.answer("check there were 6,912.4 agency social workers in England in 2024").checks![0]!.verdict).toBe("contradicted");
  });
});

describe("a claim less precise than its source, the way reporters round money (hry73)", () => {
  const verdict = (claim: string) => core.answer(`check ${claim}`).checks![0]!;

  it("is supported when the source rounds to the claim: '£9.4bn' for £9.417bn", () => {
    const check = verdict("councils in England spent £9.4bn on children's social care in 2015-16");
    expect(check.verdict).toBe("supported");
    expect(check.evidence[0]?.text).toBe("£9.417bn");
  });

  it("is neither confirmed nor refuted by a rough rounding: '£9bn', '£0.6bn' for £605m", () => {
    for (const claim of ["councils in England spent £9bn on children's social care in 2015-16", "councils in England overspent by £0.6bn in 2015-16"]) {
      const check = verdict(claim);
      expect(check.verdict, claim).toBe("unverified");
      expect(check.reason, claim).toContain("rounds only roughly");
    }
  });

  it("reads a scaled amount's trailing zero as dropped digits: '£610m' for £605m is no contradiction", () => {
    expect(verdict("councils in England overspent by £610m in 2015-16").verdict).not.toBe("contradicted");
  });

  it("is still contradicted by a figure it does not round: '£9.5bn' for £9.417bn", () => {
    expect(verdict("councils in England spent £9.5bn on children's social care in 2015-16").verdict).toBe("contradicted");
  });
});

describe("a round hedge (hry94)", () => {
  it("stretches a count 3 % at most: 'almost 400,000' is no 380,000", async () => {
    const hedged = await fixtureCore("round-hedge", { "need.md": fixtureArticle("Children in need", "2019-06-01", "There are almost 400,000 children in need in England in 2019.") });
    expect(hedged.answer("check there were 390,000 children in need in England in 2019").checks![0]!.verdict).toBe("supported");
    expect(hedged.answer("check there were 380,000 children in need in England in 2019").checks![0]!.verdict).not.toBe("supported");
  });
});
