// Sentences in the shapes of two trials (children's homes' ratings over time hry136, caseloads and
// the workforce census hry135), written for the test: each gave a wrong verdict or speaker.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { articleOf, verdictsAgainst } from "../helpers/articles.ts";

const read = (sentence: string, date = "2016-12-16") => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, period: figure.period, geography: figure.geography }));

describe("a claim of one day of the year (hry136)", () => {
  it("is settled only by a count on a day of its month", () => {
    const verdict = verdictsAgainst("2016-12-16", "At 30 September 2016, 81% of homes were judged good or better. This is an increase from 79% at 31 March 2016.");
    expect(verdict("79% of children's homes were judged good or better at 30 September 2016")).toBe("contradicted");
    expect(verdict("79% of children's homes were judged good or better at 31 March 2016")).toBe("supported");
    expect(verdictsAgainst("2017-12-20", "At 30 September 2017, 82% of children's homes were judged good or outstanding.")("82% of children's homes were good or outstanding as at 31 March 2017")).toBe("unverified");
  });
});

describe("two grades named together (hry136)", () => {
  it("measure neither grade alone", () => {
    expect(read("Ofsted's data showed that the overall number of 'inadequate' and 'requires improvement' children's homes was 588.", "2024-05-27")[0]?.indicator).toBeUndefined();
    expect(read("Out of the 194 children's homes in the region, 54 of them either were given this rating or were told they \"required improvement\" by inspectors.", "2015-04-20").find((figure) => figure.text === "54")?.indicator).toBeUndefined();
    expect(read("The number of inadequate homes was 50.", "2024-05-27")[0]?.indicator).toBe("inadequate");
  });
});

describe("a region written in lower case but for its country (hry136)", () => {
  it("is the region", () => {
    expect(read("A third of children's homes in the east of England have been branded \"inadequate\" by Ofsted.", "2015-04-20")[0]?.geography).toBe("East of England");
  });
});

describe("the DfE's workforce census (hry135)", () => {
  it("dates a national figure the article dates only by its publication as the census before it", () => {
    expect(read("7,600 vacancies were recorded, an increase of 21% on the previous year.", "2023-02-23")[0]).toMatchObject({ indicator: "vacancies", period: "2022" });
    // A council's or a team's own figure is current.
    expect(read("Its agency rate is 3 per cent.", "2024-07-04")[0]?.period).toBe("2024");
    expect(read("Average caseloads of 22 in the child protection teams were too high.", "2024-07-04")[0]?.period).toBe("2024");
  });

  it("lets a source that states the year outrank one that only implies it", () => {
    const answer = createAnswerer(buildArchive([
      articleOf("a", "Vacancies", "2023-02-23", "7,600 vacancies were recorded, an increase of 21% on the previous year."),
      articleOf("b", "Vacancies again", "2023-02-23", "The figures show that the number of vacancies in 2022 was 7,900."),
    ]));
    expect(answer("check there were 7,600 vacancies in 2022").checks![0]!.verdict).toBe("unverified");
    expect(answer("check there were 7,900 vacancies in 2022").checks![0]!.verdict).toBe("supported");
  });
});

describe("a passive verb of speech (hry135)", () => {
  it("gives the words to nobody rather than to the subject that heard them", () => {
    const quotes = extractQuotes([{ kind: "paragraph", text: 'Cambridgeshire County Council was warned by the inspectorate in April 2018 that caseloads were "unacceptably high" following a focused visit.' }]);
    expect(quotes.filter((quote) => quote.speaker !== null)).toEqual([]);
    expect(extractQuotes([{ kind: "paragraph", text: 'Ofsted warned the council that caseloads were "unacceptably high".' }])[0]?.speaker).toBe("Ofsted");
  });
});

describe("a count restated as a share in a dashed aside (hry136)", () => {
  it("leaves the count to its predicate past the aside, never all homes registered", () => {
    const figures = read("The data also shows that just 23 homes – four per cent of the overall total – received an \"inadequate\" grading from Ofsted in the final three months of 2013.", "2014-03-25");
    expect(figures.find((figure) => figure.text === "23")?.indicator).toBeUndefined();
    expect(figures.find((figure) => figure.text === "four per cent")?.indicator).toBe("inadequate");
    // A move in the aside is no restatement.
    expect(read("There were 2,880 children's homes – up 9% on the year – in 2023.", "2023-09-08")[0]?.indicator).toBe("registered");
  });
});
