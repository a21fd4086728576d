import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { movedBetween, moveTo } from "../../src/measure/direction.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

describe("a move stated 'from A to B' with words between the verb and 'from'", () => {
  it("reads the verb before a comma and an adverb: 'dropped, from', 'dropped only a little, from'", () => {
    const dropped = "Enquiries dropped, from 4,120 to 3,990, in 2021-22.";
    expect(moveTo(dropped, "3,990")).toEqual({ direction: "down", fromAt: dropped.indexOf("4,120") });
    expect(moveTo("Enquiries dropped only a little, from 4,120 in 2020-21 to 3,990 in 2021-22.", "3,990")?.direction).toBe("down");
    const climbed = "Enquiries climbed from 3,990 in 2020-21 to 4,120 in 2021-22.";
    expect(moveTo(climbed, "4,120")).toEqual({ direction: "up", fromAt: climbed.indexOf("3,990") });
  });

  it("reads no move where 'from' does not start a figure or a clause stands between", () => {
    expect(moveTo("Enquiries dropped from Kent to 3,990 in 2021-22.", "3,990")?.fromAt).toBeUndefined();
    expect(moveTo("Enquiries dropped; from 2020 the count went to 3,990.", "3,990")).toBeUndefined();
  });
});

describe("checking a claim whose move is stated 'from A to B'", () => {
  let core: Core;
  beforeAll(async () => {
    core = await fixtureCore("claimed-moves", {
      "enquiries.md": fixtureArticle("Enquiries dip", "2022-11-20", "Child protection enquiries in Rutland Vale dropped, from 4,120 to 3,990, in 2021-22."),
      "plans.md": fixtureArticle("Plans rise", "2023-11-20", "The number of child protection plans in Rutland Vale climbed from 310 in 2022 to 365 in 2023."),
    });
  }, 60_000);

  it("does not confirm a rise to a figure the source reached by a fall behind a comma", () => {
    const check = core.answer("check child protection enquiries in Rutland Vale rose to 3,990 in 2021-22").checks![0]!;
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain("the source says it fell to 3,990");
  });

  it("contradicts a claim whose own two figures move the other way from its verb, though each figure matches", () => {
    const answer = core.answer("check the number of child protection plans in Rutland Vale fell from 310 in 2022 to 365 in 2023");
    expect(answer.checks!.map((check) => check.verdict)).toEqual(["supported", "contradicted"]);
    expect(answer.checks![1]!.reason).toContain("365 is more than 310: it rose, not fell");
    const right = core.answer("check the number of child protection plans in Rutland Vale climbed from 310 in 2022 to 365 in 2023");
    expect(right.checks!.map((check) => check.verdict)).toEqual(["supported", "supported"]);
  });
});

describe("a sentence that states a move within a year (hry70, hry74)", () => {
  let core: Core;
  beforeAll(async () => {
    core = await fixtureCore("moves-within-a-year", {
      "grades.md": fixtureArticle("Grades rise", "2017-12-20", "As at 31 October 2017, 37% of councils were judged good or outstanding, an increase from 31% in March."),
      "clash.md": fixtureArticle("Grades clash", "2017-12-21", "In 2017, 52% of children's homes were judged good, and 58% of children's homes were judged good."),
    });
  }, 60_000);

  it("is no disagreement: its later figure confirms a claim", () => {
    expect(movedBetween("As at 31 October 2017, 37% of councils were judged good or outstanding, an increase from 31% in March.", "37%", "31%")).toBe(true);
    expect(core.answer("check 37% of councils were judged good or outstanding in 2017").checks![0]!.verdict).toBe("supported");
    expect(core.answer("check 45% of councils were judged good or outstanding in 2017").checks![0]!.verdict).toBe("contradicted");
    // Its earlier value is where the year's move started: no support for a claim about the year.
    expect(core.answer("check 31% of councils were judged good or outstanding in 2017").checks![0]!.verdict).toBe("unverified");
  });

  it("still is when a sentence gives two values with no move between them", () => {
    expect(core.answer("check 52% of children's homes were judged good in 2017").checks![0]!.verdict).toBe("unverified");
  });
});
