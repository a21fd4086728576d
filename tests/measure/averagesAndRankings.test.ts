// Averages and rankings, in sentences of our own shaped like the eleventh held-out set's misses: an
// average caseload counted in children is still the social workers' caseload, "so many per worker"
// is an average, a team named after the figure narrows it, and a place a superlative ranks within
// ("the highest in the region") is not where the figure applies.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";

function read(sentence: string, date = "2023-03-01", region?: string) {
  return extractFigures(sentence, { date, ...(region ? { region } : {}) }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, population: figure.measure?.population, subgroup: figure.measure?.subgroup, geography: figure.geography, period: figure.period }));
}

describe("an average caseload", () => {
  it("counted in children is the social workers' caseload, not a count of children", () => {
    expect(read("The average caseload was 17.3 children.")[0]).toMatchObject({ indicator: "caseload", population: "social-workers" });
    expect(read("Average caseloads stood at 16.9 children per social worker.")[0]).toMatchObject({ indicator: "caseload", population: "social-workers" });
  });

  it("is read from 'so many per worker' with no 'average' named", () => {
    expect(read("Norfolk had caseloads of 19.4 children per worker in 2022.")[0]).toMatchObject({ text: "19.4", indicator: "caseload", geography: "Norfolk" });
    // A count of children with no "per" is still a count of children, and no caseload.
    expect(read("Norfolk's caseloads grew as 1,200 children were referred in 2022.")[0]?.indicator).not.toBe("caseload");
  });

  it("of one team is that team's, not the service's", () => {
    expect(read("Inspectors found average caseloads of 26 in the duty and assessment teams.")[0]).toMatchObject({ indicator: "caseload", subgroup: "in the duty and assessment teams" });
  });
});

describe("a place a superlative ranks within", () => {
  it("is not the figure's place: the council ranked is", () => {
    expect(read("Norfolk had the heaviest caseloads in the region, at 19.4 children per worker.", "2023-03-01", "East of England")[0]).toMatchObject({ geography: "Norfolk" });
    expect(read("Luton had the region's highest vacancy rate, at 24.5 per cent.", "2023-03-01", "East of England")[0]).toMatchObject({ indicator: "vacancy-rate", geography: "Luton" });
    expect(read("Thurrock had the lowest agency rate in England, at 2.1 per cent.")[0]).toMatchObject({ geography: "Thurrock" });
  });

  it("is the figure's place when it is the one ranked: 'highest in London (85%)'", () => {
    const [london, northWest] = read("The share of councils rated good or better was highest in London (85%) and lowest in the North West (36%).");
    expect(london).toMatchObject({ geography: "London" });
    expect(northWest).toMatchObject({ geography: "North West" });
  });
});
