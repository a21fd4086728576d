// A claim more precise than its source: "6,520.7 agency social workers" against an article's "6,500".
// The article rounded; it neither confirms nor refutes the exact figure, and is never a contradiction.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

let core: Core;
beforeAll(async () => {
  core = await fixtureCore("rounding", {
    "workforce.md": fixtureArticle("Agency staff", "2025-02-27", "There were 6,400 agency social workers in England in 2024, the figures show."),
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
