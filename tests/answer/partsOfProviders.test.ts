// A part of the children's homes (mainstream, unregistered, registered for one bed), a distance and a
// cost for each child are not what a claim about all homes or all spending measures: shaped like the
// children's homes trial's wrong verdicts, in articles of our own.
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import type { Article } from "../../src/types.ts";

function article(id: string, date: string, text: string): Article {
  return { source: { id, title: id, date }, file: `${id}.md`, blocks: [{ kind: "paragraph", text }], hash: id };
}

function read(sentence: string, date = "2025-07-10") {
  return extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, population: figure.measure?.population, subgroup: figure.measure?.subgroup, period: figure.period }));
}

describe("a kind of children's home", () => {
  it("is counted apart: mainstream, unregistered, registered to provide one bed", () => {
    expect(read("There were 3,810 mainstream homes at the end of March.")[0]).toMatchObject({ indicator: "registered", subgroup: "mainstream homes" });
    expect(read("Inspectors found 301 unregistered children's homes in 2023-24.")[0]).toMatchObject({ subgroup: "unregistered children's homes" });
    expect(read("The number of children's homes registered to provide one bed reached 190 in 2023.")[0]).toMatchObject({ indicator: "registered", subgroup: expect.stringMatching(/^registered to provide one bed/) });
    expect(read("There were 3,900 children's homes registered with Ofsted in 2025.")[0]?.subgroup).toBeUndefined();
  });

  it("is no evidence for a claim about all children's homes", () => {
    const answer = createAnswerer(buildArchive([article("homes-count", "2025-07-10", "The year's figures showed 3,810 mainstream homes, and 14,020 registered places in mainstream homes.")]));
    expect(answer("check there were 3,810 children's homes of all types in 2025").verdict).not.toBe("supported");
    expect(answer("check there were 14,020 registered places in all children's homes in 2025").verdict).not.toBe("supported");
    expect(answer("check there were 3,810 mainstream children's homes in 2025").verdict).toBe("supported");
  });
});

describe("numbers that count no population", () => {
  it("a distance from home is no count of homes", () => {
    expect(read("Almost a quarter of children were placed more than 20 miles from home.").find((figure) => figure.text === "20")).toMatchObject({ indicator: undefined });
  });

  it("a cost for each child is no spending total, but an average overspend is still an overspend", () => {
    const [total, , each] = read("Spending on children in care rose from £4.1bn in 2016-17 to £7.9bn in 2022-23, taking the annual cost for each child in care to £93,400.");
    expect(total).toMatchObject({ indicator: "spending" });
    expect(each).toMatchObject({ text: "£93,400", indicator: undefined });
    expect(read("The average annual cost of a child in care was £93,400 in 2022-23.")[0]).toMatchObject({ indicator: undefined });
    expect(read("Councils spent £5.6bn on placements, an average of £61,000 per child.")[1]).toMatchObject({ text: "£61,000", indicator: undefined });
    expect(read("The average overspend was £5.8m in 2022-23.")[0]).toMatchObject({ indicator: "overspend" });
  });

  it("so a claim about a cost per child is not checked against the total", () => {
    const answer = createAnswerer(buildArchive([article("spending", "2024-12-01", "Spending on children in care rose from £4.1bn in 2016-17 to £7.9bn in 2022-23, taking the annual cost for each child in care to £93,400.")]));
    expect(answer("check the annual cost of a child in care was £93,400 in 2016-17").verdict).toBe("unverified");
  });
});
