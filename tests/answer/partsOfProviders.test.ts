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

describe("the parts a total names", () => {
  it("'including' a kind does not make the total that kind's, but 'including 14 secure homes' counts them", () => {
    const [total, places] = read("Counting every type of home, including secure children's homes and residential special schools registered as children's homes, the total reached 3,210, with 13,900 places.");
    expect(total).toMatchObject({ text: "3,210", indicator: "registered", subgroup: undefined });
    expect(places).toMatchObject({ text: "13,900", indicator: "places", subgroup: undefined });
  });

  it("a figure true 'in both 2022 and 2023' is dated by the later year", () => {
    expect(read("There were 12 secure homes in both 2022 and 2023.", "2023-08-01")[0]).toMatchObject({ text: "12", period: "2023" });
  });

  it("'has passed 3,000' is a lower bound, never the figure 3,000", () => {
    const [passed] = extractFigures("The number of children's homes has passed 3,000 for the first time.", { date: "2023-08-01" });
    expect(passed).toMatchObject({ value: 3000, qualifier: "more than" });
  });
});

describe("a kind the record counts apart", () => {
  // The shipped Ofsted release counts secure and mainstream children's homes in their own tables.
  it("is checked against its own table, not all children's homes, and an article at odds with the record does not settle it", async () => {
    const { seedCore } = await import("../helpers/seedCore.ts");
    const core = await seedCore();
    expect(core.answer("check there were 13 secure children's homes in England in 2023").verdict).toBe("supported");
    expect(core.answer("check there were 16 secure children's homes in England in 2023").verdict).toBe("contradicted");
    expect(core.answer("check secure children's homes had 214 places in 2023").verdict).toBe("supported");
    const answer = createAnswerer(buildArchive([article("secure-places", "2023-08-01", "There were 12 secure homes in 2023, offering 251 places.")]));
    // With no record beside it the article decides; the record (below) would say 214.
    expect(answer("check secure children's homes had 251 places in 2023").verdict).toBe("supported");
  });
});
