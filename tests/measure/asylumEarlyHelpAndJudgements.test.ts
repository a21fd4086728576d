// Sentences in the shapes of three trials (unaccompanied children hry141, early help hry142, named
// councils' judgements hry143), written for the test: each gave a wrong verdict or speaker.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import { verdictsAgainst } from "../helpers/articles.ts";

const read = (sentence: string, date = "2023-09-21") => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, period: figure.period, geography: figure.geography }));
const speakers = (...paragraphs: string[]) => extractQuotes(paragraphs.map((text) => ({ kind: "paragraph" as const, text }))).map((quote) => quote.speaker);

describe("places joined, and where children were referred (hry141, hry143)", () => {
  it("reads two places joined by 'and' as both together, never the country", () => {
    expect(read("In London and the North East, over 40% of councils are rated outstanding.", "2025-06-01")[0]?.geography).toBe("London and North East");
    expect(read("Vacancy rates in Kent and Essex were 20%.", "2025-06-01")[0]?.geography).toBe("Kent and Essex");
    expect(read("In England and Wales, 80,000 children were in care.", "2025-06-01")[0]?.geography).toBe("England and Wales");
    const verdict = verdictsAgainst("2025-06-01", "In London and the North East, over 40% of councils are rated outstanding.");
    expect(verdict("over 40% of councils in England were rated outstanding")).toBe("unverified");
  });

  it("places children referred to a council's services in that council, and a month's count in no year", () => {
    expect(read("This year, 489 newly arrived children were referred to Kent's children's services, the council added.")[0]?.geography).toBe("Kent");
    expect(read("In the past month, 489 children were referred to children's services in England.")[0]?.period).toBeUndefined();
    expect(read("Last week, 20 councils were rated inadequate.")[0]?.period).toBe("2023");
  });
});

describe("whose money, and which areas (hry142)", () => {
  const verdict = verdictsAgainst("2021-07-15", "Government funding available to councils for children's services fell from £9.9 billion to £7.5 billion between 2010/11 and 2019/20.", "Between 2010 and 2020 local authorities in England reduced spending on early intervention services from £3.6bn to £1.8bn.");

  it("leaves a claim about another body's budget unsettled by councils' funding", () => {
    expect(verdict("The NHS budget was £9.9 billion in 2010-11")).toBe("unverified");
    expect(verdict("The NHS budget was £7.5 billion in 2010-11")).toBe("unverified");
  });

  it("leaves a claim about the most deprived areas unsettled by the country's figure", () => {
    expect(verdict("Councils spent £1.8bn on early intervention services in 2020 in the most deprived areas")).toBe("unverified");
    expect(verdict("Councils spent £1.8bn on early intervention services in 2020")).toBe("supported");
  });
});

describe("who speaks for a council (hry141, hry143)", () => {
  it("gives 'The council said' to the council, never to a person whose post names it", () => {
    expect(speakers('The Leader of Kent County Council has warned that the local authority "cannot safely meet our statutory duty". The council said: "Kent is on the verge of running out of resources."')).toEqual(["Kent County Council", "Kent County Council"]);
  });

  it("reads a lower-case 'cllr' after a comma as the office before a name", () => {
    expect(speakers('Leader of Kensington and Chelsea council, cllr Elizabeth Campbell, said: "Ten years of outstanding work is not only a national first."')).toEqual(["Elizabeth Campbell"]);
  });
});

describe("places joined, where each has its own figure", () => {
  it("keeps each place with its figure when the sentence says 'respectively'", () => {
    expect(read("Vacancy rates in Kent and Essex were 20% and 15% respectively.", "2025-06-01").map((figure) => figure.geography)).toEqual(["Kent", "Essex"]);
  });
});
