// Sentences in the shapes of three trials (Ofsted's annual reports hry138, children's care outside
// England hry139, councils turning round hry140), written for the test.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { extractQuotes } from "../../src/extract/quotes/index.ts";

const read = (sentence: string, date = "2021-08-20") => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, aspect: figure.measure?.aspect, period: figure.period, geography: figure.geography }));
const speakerOf = (text: string) => extractQuotes([{ kind: "paragraph", text }])[0]?.speaker;

describe("a grade for a service the catalogue names no area of (hry138)", () => {
  it("is no overall grade", () => {
    expect(read("More than three quarters of local authorities are rated good or outstanding for their adoption and fostering services.", "2013-10-15")[0]?.indicator).toBeUndefined();
    expect(read("Just four in 10 local authorities were rated good or outstanding for their services to children.", "2013-10-15")[0]?.indicator).toBe("good-or-better");
    expect(read("Only 12 councils were outstanding for that part of their work.", "2023-07-07")[0]?.indicator).toBe("outstanding");
  });
});

describe("places of other nations and parts of them (hry139)", () => {
  it("reads a nation's adjective as the nation, and part of a place as no whole of it", () => {
    expect(read("Scottish Government statistics revealed that 12,206 children were being looked after by a local authority.", "2024-04-25")[0]?.geography).toBe("Scotland");
    expect(read("The next worst-affected area are the northernmost parts of Northern Ireland, where there are 671 children in care.", "2019-02-14")[0]?.geography).toBe("part of Northern Ireland");
    expect(read("There are four councils in the North of England rated outstanding.")[0]?.geography).toBe("the north");
  });

  it("reads the year a law was made as no period, and those in care a year or more apart from all", () => {
    expect(read("Data began to be collated following the Children (Northern Ireland) Order in 1995, showing that 71 in every 10,000 children are in care.", "2019-02-14")[0]?.period).not.toBe("1995");
    expect(read("Figures show 2,213 young people in Northern Ireland have been looked after continuously for 12 months or longer.", "2017-08-25")[0]?.indicator).toBeUndefined();
  });
});

describe("one of only so many (hry140)", () => {
  it("takes its grade from what follows, and no date from a 'whose' aside about the subject", () => {
    const [eighteen] = read("Riverton council, whose services were rated Inadequate in 2015, is one of only 18 local authorities in England to be rated Outstanding.");
    expect(eighteen).toMatchObject({ indicator: "outstanding", period: "2021" });
    expect(read("Kent is one of 12 councils rated outstanding.")[0]?.indicator).toBe("outstanding");
    // "Under the SIF, which ran …": a framework's years still date what was counted under it.
    expect(read("Under the SIF, which ran from November 2013 to the end of 2017, 152 councils were inspected and only three were rated outstanding.", "2019-10-03").find((figure) => figure.text === "three")?.period).toBe("2017");
  });
});

describe("councillors' names and portfolios (hry138, hry140)", () => {
  it("reads the name past a sentence adverb and a lower-case office, and a portfolio as the role", () => {
    expect(speakerOf("However, councillor Roy Perry, the LGA chairman, said: “The system is under significant strain.”")).toBe("Roy Perry");
    expect(speakerOf('Councillor Fiona Baker, for Children Families, Education and Skills at West Northamptonshire Council, said: "I am really pleased."')).toBe("Fiona Baker");
  });
});

describe("names and purposes that are not what they seem", () => {
  it("keeps a number in a title-case headline, and spending to run something as spending", () => {
    expect(read("Ofsted Rates Three Councils Inadequate", "2016-01-01")[0]?.indicator).toBe("inadequate");
    expect(read("The council spent £12m to run its children's homes in 2018.", "2019-01-01")[0]?.indicator).toBe("spending");
  });

  it("reads 'The Director of Children's Services said' as a post, never a body called Children's Services", () => {
    expect(speakerOf('The Director of Children\'s Services said: "We are making progress."')).not.toBe("Children's Services");
  });
});
