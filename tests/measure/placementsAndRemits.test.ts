// Sentences in the shapes of three trials (out-of-area placements hry116, Ofsted's other remits hry120,
// child protection plans by category hry119), written for the test: each was read as a measure it is not.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { verdictsAgainst } from "../helpers/articles.ts";

const read = (sentence: string, date = "2024-12-01") => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, population: figure.measure?.population, subgroup: figure.measure?.subgroup, aspect: figure.measure?.aspect, basis: figure.measure?.basis, period: figure.period }));


describe("where children are placed and how many a home can take (hry116)", () => {
  it("reads homes run by private providers as a part, past the place between", () => {
    expect(read("There were 302 children's homes in Lancashire run by private providers.")[0]).toMatchObject({ indicator: "registered", subgroup: "run by private providers" });
    // Without an agent the verb is the sentence's: all homes.
    expect(read("Children's homes in England provided 12,175 places in March 2020.")[0]?.subgroup).toBeUndefined();
  });

  it("reads children placed far from home as a part of those in care", () => {
    expect(read("About 600 children from London are in foster or residential care more than 50 miles from their home.")[0]).toMatchObject({ indicator: "children-looked-after", subgroup: "those placed more than 50 miles" });
  });

  it("reads what homes can care for as no count of children in care", () => {
    const [homes, places] = read("In November 2024 there were 302 children's homes in Lancashire, able to care for up to 893 children.");
    expect(homes).toMatchObject({ text: "302", indicator: "registered" });
    expect(places).toMatchObject({ text: "893", indicator: undefined });
  });

  it("dates a bracketed figure by its own day written in figures, not by the year before the bracket", () => {
    const figures = read("There were 316 fewer children in care at the end of November 2024 than in 2021 (1686 children in care as of 30/11/24).");
    expect(figures.find((figure) => figure.text === "1686")?.period).toBe("2024");
  });
});

describe("Ofsted's other remits (hry120)", () => {
  it("keeps early years providers and childminders apart from social care providers and children's homes", () => {
    expect(read("In 2017, 94% of early years providers were judged good or outstanding.")[0]).toMatchObject({ indicator: "good-or-better", subgroup: "early years providers" });
    expect(read("In 2024/25, 94% of childminders were judged good or outstanding.")[0]?.indicator).toBeUndefined();
    const verdict = verdictsAgainst("2025-12-02", "At 30 September 2017, 82% of children's homes were judged good or outstanding.", "In 2024/25, 94% of childminders were judged good or outstanding.");
    expect(verdict("94% of children's homes were good or outstanding in 2024/25")).toBe("unverified");
  });

  it("reads homes once judged inadequate and followed to a later inspection as no count of inadequate homes", () => {
    expect(read("Of the 31 homes judged inadequate that were subsequently re-inspected, 27 improved.", "2017-12-20").map((figure) => figure.indicator)).toEqual([undefined, undefined]);
    expect(read("There were 31 homes judged inadequate in 2017.", "2017-12-20")[0]?.indicator).toBe("inadequate");
  });

  it("checks a claim about one month against a count on a day of another month as unverified", () => {
    const verdict = verdictsAgainst("2017-12-20", "As at 31 October 2017, 36% of councils were judged good or outstanding, an increase from 29% in March.");
    expect(verdict("36% of councils were judged good or outstanding in March 2017")).toBe("unverified");
    expect(verdict("36% of councils were judged good or outstanding in October 2017")).toBe("supported");
  });
});

describe("child protection plans by category of abuse (hry119)", () => {
  it("reads a category named as the initial one, or children placed on plans, as plans started, never those on plans at 31 March", () => {
    expect(read("The number of plans with sexual abuse as the initial category of abuse was 2,190 in 2025.")[0]?.indicator).toBeUndefined();
    expect(read("Councils in England placed 2,160 children on child protection plans for sexual abuse in 2023/24.")[0]).toMatchObject({ indicator: "child-protection-plans", aspect: "under sexual abuse", basis: "flow" });
    const verdict = verdictsAgainst("2025-03-07", "Councils in England placed 2,160 children on child protection plans for sexual abuse in 2023/24.");
    expect(verdict("2,160 children were on child protection plans for sexual abuse at 31 March 2024")).toBe("unverified");
  });

  it("never checks a claim naming a category and plans started against all plans started", () => {
    const verdict = verdictsAgainst("2025-10-30", "The number of child protection plans starting in the year was 61,840 in 2025.");
    expect(verdict("2,190 children started a child protection plan for sexual abuse in 2025")).toBe("unverified");
  });

  it("reads kinds a whole includes, in a dashed aside, as no part of the figure", () => {
    expect(read("The number of children in need - a category that includes children on protection plans, disabled children and care leavers - was 402,400 at 31 March 2025.")[0]).toMatchObject({ indicator: "children-in-need", subgroup: undefined });
  });
});

describe("councils in local news (hry121)", () => {
  it("reads 'the lowest in the past year' as the stretch a figure is lowest over, not its year", () => {
    expect(read("The number of children in care of the council is now 843, the lowest in the past year.", "2024-10-01")[0]?.period).toBe("2024");
  });

  it("reads councils that kept or lost a grade at inspection as no count of councils with it", () => {
    expect(read("There were only five local authorities who had been successful in maintaining their outstanding rating.")[0]?.indicator).toBeUndefined();
    expect(read("Only five local authorities lost their outstanding rating.")[0]?.indicator).toBeUndefined();
    expect(read("Only five local authorities were rated outstanding.")[0]?.indicator).toBe("outstanding");
  });
});
