// A claim that a series moved, with no figure of its own ("the number of children in care in Sefton
// fell in 2022"), checked against the release: the claimed year's figure against the year before,
// or the two years named. Expected directions are read from the shipped CSV files, never typed in.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { ENGLAND, LOOKED_AFTER, ON_31_MARCH, WORKFORCE, releaseValue, seriesCore } from "../helpers/seriesCorpus.ts";

let core: Core;
beforeAll(async () => {
  core = await seriesCore();
}, 120_000);

const SEFTON = { geographic_level: "Local authority", la_name: "Sefton" } as const;
const lookedAfter = (year: number, where: Record<string, string>) => releaseValue(LOOKED_AFTER, { time_period: String(year), ...where, ...ON_31_MARCH }, "children_count").value;
const turnover = (year: number) => releaseValue(WORKFORCE, { time_period: String(year), ...ENGLAND }, "turnover_rate_fte").value;

/** The verb a true claim uses, and the one a false claim uses, for a move from `before` to `after`. */
function verbs(before: number, after: number): { right: string; wrong: string } {
  expect(after).not.toBe(before);
  return after > before ? { right: "rose", wrong: "fell" } : { right: "fell", wrong: "rose" };
}

describe("a claim that a series moved in a year", () => {
  it("is checked against the year before, at the council the claim names", () => {
    const { right, wrong } = verbs(lookedAfter(2021, SEFTON), lookedAfter(2022, SEFTON));
    const supported = core.answer(`check the number of children in care in Sefton ${right} in 2022`);
    expect(supported.verdict).toBe("supported");
    expect(supported.official?.map((figure) => [figure.geography, figure.value])).toEqual([["Sefton", lookedAfter(2021, SEFTON)], ["Sefton", lookedAfter(2022, SEFTON)]]);
    const contradicted = core.answer(`check the number of children in care in Sefton ${wrong} in 2022`);
    expect(contradicted.verdict).toBe("contradicted");
    expect(contradicted.message).toContain(`${right}, not ${wrong}`);
  });

  it("is England's when the claim names no place", () => {
    const { right, wrong } = verbs(lookedAfter(2023, ENGLAND), lookedAfter(2024, ENGLAND));
    expect(core.answer(`check the number of children looked after ${right} in 2024`).verdict).toBe("supported");
    expect(core.answer(`check the number of children looked after ${wrong} in 2024`).verdict).toBe("contradicted");
  });

  it("compares the two years set side by side: 'rose in 2024 compared with 2021'", () => {
    const { right, wrong } = verbs(lookedAfter(2021, ENGLAND), lookedAfter(2024, ENGLAND));
    expect(core.answer(`check the number of children looked after ${right} in 2024 compared with 2021`).verdict).toBe("supported");
    expect(core.answer(`check the number of children looked after ${wrong} in 2024 compared with 2021`).verdict).toBe("contradicted");
    // A negated move is turned round by its "not": left to the figure checks.
    expect(core.answer(`check the number of children looked after did not ${right === "rose" ? "rise" : "fall"} in 2024`).official ?? []).toEqual([]);
  });

  it("compares the two years a claim names: 'between 2019 and 2023'", () => {
    const { right, wrong } = verbs(turnover(2019), turnover(2023));
    expect(core.answer(`check social worker turnover ${right} between 2019 and 2023`).verdict).toBe("supported");
    expect(core.answer(`check social worker turnover ${wrong} between 2019 and 2023`).verdict).toBe("contradicted");
  });
});

describe("a move claim the record cannot settle", () => {
  it("is left to the figure checks: no year, a kind of child the series does not count apart, a year it lacks", () => {
    for (const claim of ["the number of children in care in Sefton has fallen", "the number of unaccompanied children in care fell in 2022", "the number of children in care fell in 1990"]) {
      const answer = core.answer(`check ${claim}`);
      expect(answer.verdict, claim).toBe("unverified");
      expect(answer.official ?? [], claim).toEqual([]);
    }
  });

  it("never reads a claim with a figure as a move: 'fell to 500 in 2022' is the figure's check", () => {
    const answer = core.answer("check the number of children in care in Sefton fell to 500 in 2022");
    expect(answer.checks?.length ?? 0).toBeGreaterThan(0);
  });
});
