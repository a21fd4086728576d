// Children on child protection plans, in sentences of our own: a count (or a rate) on 31 March is the
// census's stock; a share of a group another sentence defines is no share of all children; the
// census's name is no count of children in need; "for every 10,000" is a rate's base, no count.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";

function read(sentence: string) {
  return extractFigures(sentence, { date: "2021-11-01" }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, unit: figure.unit }));
}

describe("child protection plans", () => {
  it("counts the children on a plan", () => {
    expect(read("There were 50,010 children subject to a child protection plan at 31 March 2021.")[0]).toMatchObject({ text: "50,010", indicator: "child-protection-plans" });
    expect(read("Some 50,010 children were on child protection plans in 2021.")[0]).toMatchObject({ indicator: "child-protection-plans" });
  });

  it("leaves a share of another sentence's group, and the chairs of conferences, without that measure", () => {
    expect(read("A third of those children are on child protection plans.")[0]).toMatchObject({ indicator: undefined });
    expect(read("The network of 40 child protection conference chairs met in May.")[0]?.indicator).not.toBe("child-protection-plans");
  });

  it("does not read the children in need census as a count of children in need", () => {
    const [plans, earlier] = read("There were 50,010 children on a child protection plan, down from 51,510 a year earlier, the children in need census shows.");
    expect(plans).toMatchObject({ indicator: "child-protection-plans" });
    expect(earlier?.indicator).not.toBe("children-in-need");
  });

  it("reads 'for every 10,000' as a rate's base", () => {
    const figures = read("That is a rate of 41.4 children for every 10,000 under-18s.");
    expect(figures.map((figure) => figure.text)).toEqual(["41.4"]);
  });
});
