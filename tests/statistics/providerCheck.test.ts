// Claims about providers by grade, checked against Ofsted's providers-by-grade tables: the expected
// numbers are read from the shipped release here, never typed in.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { seedCore } from "../helpers/seedCore.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
});

/** The release's national count of fostering agencies with a grade on 31 March 2023. */
function fostering(grade: string): number {
  const figure = core.archive.official.find((entry) => entry.level === "national" && entry.period === "2023" && entry.measure.population === "fostering-agencies" && entry.measure.indicator === grade);
  expect(figure?.value).toBeTypeOf("number");
  return figure!.value!;
}

const only = (claim: string) => {
  const answer = core.answer(`check ${claim}`);
  expect(answer.checks).toHaveLength(1);
  return answer.checks![0]!;
};

describe("check against providers by grade", () => {
  it("supports the record's count and share, and refutes others with the count and the share", () => {
    const outstanding = fostering("outstanding");
    const graded = ["outstanding", "good", "requires-improvement", "inadequate"].reduce((sum, grade) => sum + fostering(grade), 0);
    const goodOrBetter = ((outstanding + fostering("good")) / graded) * 100;
    expect(only(`${outstanding} independent fostering agencies were rated outstanding in March 2023`).verdict).toBe("supported");
    const wrong = only(`${outstanding + 10} independent fostering agencies were rated outstanding in March 2023`);
    expect(wrong.verdict).toBe("contradicted");
    expect(wrong.reason).toContain(`${outstanding} of the ${graded} fostering agencies with a grade`);
    expect(only(`${Math.round(goodOrBetter)}% of fostering agencies were good or outstanding in 2023`).verdict).toBe("supported");
    expect(only(`${Math.round(goodOrBetter) - 6}% of fostering agencies were good or outstanding in 2023`).verdict).toBe("contradicted");
  });

  it("leaves a claim with no year, a region or a year the tables lack to the articles", () => {
    expect(only("41 fostering agencies were rated outstanding").reason).not.toContain("official statistics");
    expect(only("In London, 41 fostering agencies were rated outstanding in 2023").reason).not.toContain("official statistics");
    expect(only("41 fostering agencies were rated outstanding in 1999").reason).not.toContain("official statistics");
  });

  it("counts all children's homes from their own table, not mixed with the secure homes' table", () => {
    const inadequate = core.archive.official.find((entry) => entry.level === "national" && entry.period === "2023" && entry.measure.population === "childrens-homes" && entry.measure.indicator === "inadequate" && !entry.measure.aspect);
    const secure = core.archive.official.find((entry) => entry.level === "national" && entry.period === "2023" && entry.measure.population === "childrens-homes" && entry.measure.indicator === "inadequate" && entry.measure.aspect === "secure children's homes");
    expect(inadequate?.value).toBeTypeOf("number");
    expect(secure?.value).not.toBe(inadequate?.value);
    expect(only(`${inadequate!.value} children's homes were rated inadequate in March 2023`).verdict).toBe("supported");
    const wrong = only(`${inadequate!.value! - 40} children's homes were rated inadequate in March 2023`);
    expect(wrong.verdict).toBe("contradicted");
    expect(wrong.reason).toContain(`${inadequate!.value} of the`);
  });
});

describe("check against the providers' registered counts and places", () => {
  /** The release's national count of one indicator for children's homes on 31 March of a year. */
  function homes(indicator: "registered" | "places", year: string): number {
    const figure = core.archive.official.find((entry) => entry.level === "national" && entry.period === year && entry.measure.population === "childrens-homes" && entry.measure.indicator === indicator && !entry.measure.aspect);
    expect(figure?.value).toBeTypeOf("number");
    return figure!.value!;
  }

  it("supports the record's count, refutes one far from it, and leaves one near it to the articles", () => {
    const registered = homes("registered", "2018");
    expect(only(`There were ${registered.toLocaleString("en-GB")} children's homes in England in 2018`).verdict).toBe("supported");
    const wrong = only(`There were ${(registered * 3).toLocaleString("en-GB")} children's homes in England in 2018`);
    expect(wrong.verdict).toBe("contradicted");
    expect(wrong.reason).toContain(`${registered.toLocaleString("en-GB")} children's homes registered as at 31 March 2018`);
    // Counted on another day or without some kinds of home: the record does not settle it.
    expect(only(`There were ${(registered + 40).toLocaleString("en-GB")} children's homes in England in 2018`).reason).not.toContain("official statistics");
  });

  it("checks places as places, and leaves the year's new homes to the articles", () => {
    const places = homes("places", "2017");
    expect(only(`Children's homes had ${places.toLocaleString("en-GB")} registered places in 2017`).verdict).toBe("supported");
    expect(only(`368 new children's homes were registered in 2022-23`).reason).not.toContain("official statistics");
  });
});
