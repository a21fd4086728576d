import { describe, expect, it } from "vitest";
import { worstVerdict } from "../../src/answer/verdicts.ts";

describe("the overall verdict of several checks", () => {
  it("is the worst of them, and the given default when there are none", () => {
    expect(worstVerdict(["supported", "unverified", "supported"])).toBe("unverified");
    expect(worstVerdict(["supported", "contradicted", "unverified"])).toBe("contradicted");
    expect(worstVerdict(["supported"])).toBe("supported");
    expect(worstVerdict([])).toBe("unverified");
    expect(worstVerdict([], "supported")).toBe("supported");
  });
});
