// Claims about how many councils hold a grade, checked against every council's judgement in force.
import { scaleGroupOf } from "../../src/measure/frameworks.ts";
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { seedCore } from "../helpers/seedCore.ts";
import { gradeTally } from "../../src/answer/official/gradeCounts.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
});

const only = (claim: string) => {
  const answer = core.answer(`check ${claim}`);
  expect(answer.checks).toHaveLength(1);
  return answer.checks![0]!;
};

describe("check against the official statistics", () => {
  it("refutes a share with the official count and share on 31 March of the year", () => {
    const check = only("a quarter of councils were rated requires improvement in 2024");
    expect(check.verdict).toBe("contradicted");
    expect(check.reason).toContain("44 of 151 councils (29.1 %) were rated requires improvement as at 31 March 2024 (ILACS");
  });

  it("refutes a present-tense claim with the latest count", () => {
    const check = only("one in five councils are failing");
    expect(check.verdict).toBe("contradicted");
    expect(check.reason).toContain("19 of 153 councils (12.4 %) were rated inadequate as at 31 March 2025");
  });

  it("supports a count the record and the articles agree on, and adds a combination's grades", () => {
    expect(only("21 councils were rated inadequate in 2016").verdict).toBe("supported");
    const combined = only("64 councils were inadequate or required improvement in 2016");
    expect(combined.verdict).toBe("supported");
    // 65 councils were still on SLAC's scale on 31 March 2016: the record bounds the sum (64 lies
    // within it), and the article's parts settle it.
    expect(combined.reason).toContain("matches the sum of its parts in one source");
  });

  it("compares the record's share as exact: a claim agrees only as its own rounding allows", () => {
    // 103 of 153 councils (67.3 %) were good or outstanding on 31 March 2025.
    expect(only("By March 2025, 65% of councils were rated good or outstanding").verdict).toBe("contradicted");
    expect(only("By March 2025, two thirds of councils were rated good or outstanding").verdict).toBe("supported");
  });

  it("bounds a year when some councils were judged on another scale, and refutes only outside the bounds", () => {
    // 31 March 2017: 124 councils judged under SIF (29 inadequate), 28 still under SLAC's other scale.
    const inside = only("In March 2017, 30% of councils were judged inadequate");
    expect(inside.verdict).toBe("unverified");
    expect(inside.reason).not.toContain("official statistics");
    const outside = only("In March 2017, 70% of councils were judged inadequate");
    expect(outside.verdict).toBe("contradicted");
    expect(outside.reason).toMatch(/judged under SIF; with the \d+ judged on another scale, the figure for all \d+ councils lies between/);
  });

  it("leaves a claim within a council or two of a rebuilt count to the articles: Ofsted's own '53%' for 31 March 2022", () => {
    // The record rebuilt from the judgements gives 81 of 150 (54 %); Ofsted's release said 53%.
    const check = only("In March 2022, 53% of councils were judged good or outstanding");
    expect(check.verdict).toBe("unverified");
    expect(check.reason).not.toContain("official statistics");
    // Further off, the record refutes it.
    expect(only("In March 2022, 40% of councils were judged good or outstanding").verdict).toBe("contradicted");
  });

  it("reads which frameworks share a scale from the catalogue", () => {
    expect(scaleGroupOf("SIF")).toBe("ILACS or SIF");
    expect(scaleGroupOf("ILACS")).toBe("ILACS or SIF");
    expect(scaleGroupOf("SLAC")).toBe("SLAC");
  });

  it("counts SIF and ILACS judgements together: one scale", () => {
    // 31 March 2021: 102 councils judged under ILACS, 50 still under SIF; about half good or outstanding.
    const check = only("In March 2021, 90% of councils were judged good or outstanding");
    expect(check.verdict).toBe("contradicted");
    expect(check.reason).toMatch(/\d+ of 1\d\d councils \([\d.]+ %\) were rated good or outstanding as at 31 March 2021 \(ILACS or SIF/);
  });

  it("checks a claim with no year against the latest record only in the present tense", () => {
    expect(only("one in five councils are failing").reason).toContain("as at 31 March 2025");
    // "were rated … when the first round ended": some earlier day, which the claim does not give.
    expect(only("Nearly two thirds of councils were rated inadequate when the first round of inspections ended").reason).not.toContain("official statistics");
  });

  it("never counts SLAC's separate judgements as councils' overall grade", () => {
    // 2013 was judged under SLAC: the articles decide (13% and one in seven in Ofsted's own release).
    const check = only("one in seven councils were inadequate in 2013");
    expect(check.verdict).toBe("supported");
    expect(check.reason).not.toContain("official statistics");
  });

  it("leaves a subgroup or a judgement area to the articles", () => {
    expect(only("nearly two thirds of councils rated inadequate had a new director in 2012-13").reason).not.toContain("official statistics");
  });

  // Was "leaves a region to the articles": a region's councils are now counted from their judgements
  // in force, and agree with Ofsted's own published shares (North West 36 %, London 85 % at 31 March 2024).
  it("counts a region's councils from their judgements in force that day", () => {
    const northWest = only("36% of councils in the North West were good or outstanding in 2024");
    expect(northWest.verdict).toBe("supported");
    expect(northWest.reason).toContain("8 of 22 councils in the North West (36.4 %) were rated good or outstanding as at 31 March 2024");
    expect(only("85% of councils in London were good or outstanding in 2024").verdict).toBe("supported");
    expect(only("Three councils in the West Midlands were rated inadequate in 2025").verdict).toBe("contradicted");
    expect(only("Two councils in the West Midlands were rated inadequate in 2025").verdict).toBe("supported");
  });

  it("counts only the councils a named framework judged, for a claim about a day", () => {
    // 31 March 2015: 48 councils had a judgement under the single inspection framework in force, 9 inadequate;
    // the rest were still on SLAC's scale, so the claim is about those 48 only.
    const check = only("Nine councils were rated inadequate under the single inspection framework at 31 March 2015");
    expect(check.verdict).toBe("supported");
    expect(check.reason).toContain("9 of 48 councils judged under SIF (18.8 %) were rated inadequate as at 31 March 2015");
    expect(only("Twenty councils were rated inadequate under SIF at 31 March 2015").verdict).toBe("contradicted");
  });

  it("leaves a named framework's count to the articles when the claim may count a year's inspections", () => {
    expect(only("Nine councils were judged inadequate under the single inspection framework in 2015").reason).not.toContain("judged under SIF");
  });

  it("never checks a claim naming a council against the country's figures", () => {
    // "bradford" in lower case, as typed in chat: the reader places no figure there, and England's
    // figures must not refute it.
    const check = only("bradford overspent by £1.1bn in 2022-23");
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain("names a place (a council, or some areas)");
  });
});


/** The record's share of councils with a grade on 31 March of a year, from the per-council table. */
function tallyShareOf(grade: string, year: number): number {
  const tally = gradeTally(core.archive, grade, year, undefined);
  expect(tally).toBeDefined();
  return (100 * tally!.count) / tally!.outOf;
}

describe("a claim about a calendar year of a count taken on 31 March", () => {
  it("is not refuted by the count on 31 March when it agrees with the next one", () => {
    // A grade whose share (to a whole per cent) moved between 31 March 2023 and 2024, every council judged under ILACS.
    const cases = ["inadequate", "good", "outstanding"].flatMap((grade) => [2023].map((year) => ({ grade, year, now: Math.round(tallyShareOf(grade, year)), next: Math.round(tallyShareOf(grade, year + 1)) })));
    const moved = cases.find((item) => Math.abs(item.now - item.next) >= 2);
    expect(moved).toBeDefined();
    const check = only(`${moved!.next}% of councils were rated ${moved!.grade} in ${moved!.year}`);
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain(`may be about a day in ${moved!.year} after 31 March`);
    expect(only(`${moved!.next}% of councils were rated ${moved!.grade} at 31 March ${moved!.year}`).verdict).toBe("contradicted");
  });

  it("unless the claim names its day", () => {
    expect(only("Twenty councils were rated inadequate under SIF at 31 March 2015").verdict).toBe("contradicted");
  });

  it("nor does it count a year's inspections against the judgements in force", () => {
    const answer = core.answer("check 17 of the 48 councils inspected in 2024 were rated outstanding");
    expect(answer.checks?.[0]?.reason).not.toContain("official statistics");
    expect(answer.verdict).not.toBe("contradicted");
  });
});

describe("a claim about a place the record does not count", () => {
  it("is never checked against England's count", () => {
    expect(core.answer("check 4 councils in Merseyside were rated requires improvement in 2019").checks?.[0]?.reason).not.toContain("official statistics");
    expect(core.answer("check 78% of children's homes in Merseyside were rated good in 2019").checks?.[0]?.reason).not.toContain("official statistics");
    // A month after "in" is no place, nor is a programme's name.
    expect(only("a quarter of councils were rated requires improvement in March 2024").reason).toContain("official statistics");
    expect(core.answer("check 80,000 children were in care in Stable Homes in 2024").checks?.[0]?.reason).not.toContain("names a council");
    expect(core.answer("check the government put £100m into trainees in Step Up in 2024").checks?.[0]?.reason).not.toContain("names a council");
  });
});
