// Shapes left open by the trials of the last session (hry123, hry127 and one found while testing),
// written for the test: each was read as a measure or period it is not, or missed.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { verdictsAgainst } from "../helpers/articles.ts";

const read = (sentence: string, date = "2018-10-02") => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, population: figure.measure?.population, period: figure.period, change: figure.change }));

describe("a count under a framework that has ended (hry127)", () => {
  it("is of the framework's run, not of the year the article was written", () => {
    expect(read("In all, 30 councils were rated inadequate under the SIF, with a further 68 rated requires improvement.")[0]).toMatchObject({ indicator: "inadequate", period: undefined });
    const verdict = verdictsAgainst("2018-10-02", "In all, 30 councils were rated inadequate under the SIF.");
    expect(verdict("30 councils were rated inadequate in 2018")).toBe("unverified");
  });

  it("keeps the article's year for a round reported as just completed, and for a framework still running", () => {
    expect(read("Ofsted has now inspected all 152 councils under the single inspection framework, and 101 of them were judged less than good.").find((figure) => figure.text === "101")?.period).toBe("2018");
    expect(read("So far 20 councils have been rated inadequate under the SIF.", "2016-05-01")[0]?.period).toBe("2016");
  });
});

describe("the level after a move's size (hry123)", () => {
  it("reads 'up 4.3% to £8.8 billion' as a change, then the level it reached", () => {
    const figures = read("Children's social care spending also increased – up 4.3% to £8.8 billion in 2017-18.");
    expect(figures[0]).toMatchObject({ text: "4.3%", change: true });
    expect(figures[1]).toMatchObject({ text: "£8.8 billion", indicator: "spending", change: undefined });
    expect(read("Vacancies went up 27% to 6,800 in 2023.")[1]).toMatchObject({ text: "6,800", indicator: "vacancies" });
  });

  it("keeps 'up to 40%' a bound, not a change", () => {
    expect(read("Agency staff made up to 40% of the workforce in 2017.")[0]?.change).toBeUndefined();
  });
});

describe("homes with places for children", () => {
  it("counts the homes as homes: the places belong to the figure after 'for'", () => {
    expect(read("There were 2,880 children's homes with places for 11,000 children in 2023.")[0]).toMatchObject({ text: "2,880", indicator: "registered", population: "childrens-homes" });
  });
});
