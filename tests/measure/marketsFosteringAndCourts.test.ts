// Sentences in the shapes of four trials (the children's homes market hry128, unregistered placements
// and deprivation of liberty hry129, foster carers hry130, councils' budgets hry131), written for the
// test: each was read as a measure, place or period it is not.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { subgroupKey } from "../../src/measure/same.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { articleOf, verdictsAgainst } from "../helpers/articles.ts";

const read = (sentence: string, date = "2024-11-08") => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, population: figure.measure?.population, aspect: figure.measure?.aspect, basis: figure.measure?.basis, scope: figure.measure?.scope, period: figure.period, geography: figure.geography }));
const verdictIn = (title: string, date: string, ...paragraphs: string[]) => {
  const answer = createAnswerer(buildArchive([articleOf("a", title, date, ...paragraphs)]));
  return (claim: string) => answer(`check ${claim}`).checks![0]!.verdict;
};

describe("England is not the UK (hry130)", () => {
  it("leaves a claim about the UK unsettled by England's figure, and the other way round", () => {
    const verdict = verdictsAgainst("2024-11-08", "The figures show there were 42,615 fostering households in England in 2024.");
    expect(verdict("there were 42,615 fostering households in the UK in 2024")).toBe("unverified");
    expect(verdict("there were 42,615 fostering households in England in 2024")).toBe("supported");
    expect(verdict("there were 42,615 fostering households in 2024")).toBe("supported");
  });
});

describe("whose services (hry130)", () => {
  it("keeps 'local authority' before another population as a part of it", () => {
    expect(subgroupKey("local authority fostering services")).not.toBe("");
    expect(subgroupKey("council children's homes")).toBe(subgroupKey("local authority children's homes"));
    expect(subgroupKey("independent fostering agencies")).toBe("");
    const verdict = verdictsAgainst("2016-07-19", "As of March 2016, 14 per cent of IFAs were rated outstanding.");
    expect(verdict("14% of local authority fostering services were rated outstanding in 2016")).toBe("unverified");
    expect(verdict("14% of fostering agencies were rated outstanding in 2016")).toBe("supported");
  });
});

describe("households approved or gone in a year (hry130)", () => {
  it("are a flow, and 'approved at 31 March' is the stock", () => {
    expect(read("A total of 4,055 fostering households were approved during the year.")[0]).toMatchObject({ aspect: "approved in the year", basis: "flow" });
    expect(read("There were 42,615 approved fostering households at 31 March 2024.")[0]).toMatchObject({ aspect: undefined, basis: "stock" });
    const verdict = verdictsAgainst("2024-11-08", "A total of 4,055 fostering households were approved during the year.");
    expect(verdict("4,055 fostering households were approved at 31 March 2024")).toBe("unverified");
  });
});

describe("children counted where they live or what they are subject to (hry128, hry129)", () => {
  it("reads children placed in privately-run homes as a part of those in care", () => {
    expect(read("The council placed 176 children in privately-run care homes in 2021-22.", "2022-09-20")[0]).toMatchObject({ indicator: "children-looked-after", aspect: "in private children's homes" });
    expect(verdictsAgainst("2022-09-20", "Bradford Council placed 176 children in privately-run care homes in 2021-22.")("176 children were looked after in Bradford in 2021-22")).toBe("unverified");
  });

  it("reads what children in care were subject to as the measure", () => {
    expect(read("1,280 children in care were subject to deprivation of liberty orders in 2024.")[0]).toMatchObject({ indicator: "deprivation-of-liberty-applications", population: "children" });
    expect(read("The number of children subject to deprivation of liberty applications was 1,368 in 2023.")[0]).toMatchObject({ population: "children" });
  });

  it("reads a flow's count 'since' a start as a running total", () => {
    expect(read("A total of 1,249 children have been subject to deprivation of liberty applications since July 2022.", "2023-08-14")[0]?.basis).toBe("cumulative");
    const verdict = verdictsAgainst("2023-08-14", "A total of 1,249 children have been subject to deprivation of liberty applications since July 2022.");
    expect(verdict("1,249 children were subject to deprivation of liberty applications in 2023")).toBe("unverified");
  });
});

describe("names and earlier values (hry128)", () => {
  it("reads a capitalised number word inside a name as no figure", () => {
    expect(read("The providers warned of a Four Seasons situation in children's social care.")).toEqual([]);
    expect(read("Four councils were rated inadequate in 2021.")[0]?.indicator).toBe("inadequate");
  });

  it("compares money with money, past a count between", () => {
    const figures = read("It spent £22.2m on placing 176 children in privately-run care homes in 2021-22, up from £7.5m to place 75 children in 2017-18.", "2022-09-20");
    expect(figures.find((figure) => figure.text === "£7.5m")?.indicator).toBe("spending");
  });
});

describe("a council's money in an article about it (hry128, hry131)", () => {
  it("is the council's when the sentence says 'its' or 'it spent', or names no place at all", () => {
    const leicestershire = verdictIn("Budget pressures", "2023-09-21", "Leicestershire County Council is forecasting a budgetary overspend this year.", "Its children and family services directorate is projected to overspend by a net £7.9m in 2023/24.");
    expect(leicestershire("councils in England overspent on children's services by £7.9m in 2023/24")).toBe("unverified");
    expect(leicestershire("Leicestershire overspent on children's services by £7.9m in 2023/24")).toBe("supported");
    const staffordshire = verdictIn("Council overspends by almost £4m", "2024-06-18", "Staffordshire County Council overspent its budget by nearly £4 million last year.", "There was also a £2.3m overspend in education services.");
    expect(staffordshire("councils in England overspent by £2.3m in 2024")).toBe("unverified");
  });

  it("stays national when the sentence speaks of councils at large or a national body", () => {
    const verdict = verdictIn("Kent's budget", "2024-06-18", "Kent County Council is forecasting an overspend.", "The Local Government Association said councils overspent by £800m in 2023-24.");
    expect(verdict("councils in England overspent by £800m in 2023-24")).toBe("supported");
  });

  it("reads money spent on all its services as the whole council's", () => {
    expect(read("Staffordshire County Council spent a total of £700.4m on its services in 2023/24.", "2024-06-18")[0]).toMatchObject({ indicator: "spending", scope: "whole council" });
  });

  it("reads a part of the overspend as no level of it", () => {
    expect(read("Placements accounted for most of the gap: £19.8m of the overspend came from the cost of placements.", "2025-06-19")[0]?.indicator).toBeUndefined();
  });
});

describe("a correction (holdout6)", () => {
  it("gives what an earlier version wrongly said no measure, but keeps the figure for lookup", () => {
    const figures = read("An earlier version of this article said children's services overspent by £82m in 2022-23.", "2023-06-02");
    expect(figures.map((figure) => [figure.text, figure.indicator])).toEqual([["£82m", undefined]]);
  });
});
