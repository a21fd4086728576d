// Sentences in the shapes of three trials (single children's homes hry122, spending per child hry123,
// councils' workforce hry124), written for the test: each was read as a measure it is not, or missed.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { verdictsAgainst } from "../helpers/articles.ts";

const read = (sentence: string, claim = false) => extractFigures(sentence, claim ? { claim: true } : { date: "2024-07-16" }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, population: figure.measure?.population, subgroup: figure.measure?.subgroup, aspect: figure.measure?.aspect, scope: figure.measure?.scope, basis: figure.measure?.basis }));


describe("a share of the vacancies (hry124)", () => {
  it("is no vacancy rate, however it is written", () => {
    expect(read("Agency workers filled 82% of vacancies in Luton in 2023.")[0]?.indicator).toBeUndefined();
    expect(read("Agency workers filled more than four in five vacancies in Luton in 2023.")[0]?.indicator).toBeUndefined();
    expect(read("The vacancy rate in Luton was 38% in 2023.")[0]?.indicator).toBe("vacancy-rate");
    // The census's own share of vacancies covered stays its measure.
    expect(read("Some 69% of vacancies were covered by agency workers.")[0]?.indicator).toBe("vacancy-agency-cover");
  });
});

describe("whose homes and whose staff (hry122)", () => {
  it("reads a council's words before a population as whose they are, not as councils counted", () => {
    expect(read("There were 42 local authority children's homes in 2018.")[0]).toMatchObject({ population: "childrens-homes", subgroup: "local authority children's homes" });
    expect(read("Inspectors found nearly half of the council's social workers were agency staff.")[0]).toMatchObject({ indicator: "agency-rate", population: "social-workers" });
  });

  it("reads 'two other residential settings' as some besides those named, never all", () => {
    const verdict = verdictsAgainst("2022-11-28", "A children's home run by the council has closed.", "The chief executive said the council had two other residential settings rated good and outstanding.");
    expect(verdict("two residential settings in England were rated good or outstanding in 2022")).toBe("unverified");
  });

  it("reads judgements at inspections during a year as a flow, which the record of 31 March does not hold", () => {
    expect(read("42 children's homes were judged inadequate at inspections during 2018", true)[0]).toMatchObject({ indicator: "inadequate", basis: "flow" });
  });
});

describe("councils' money and children in care over a year (hry123)", () => {
  it("reads total local authority service expenditure as the whole council's, never children's social care's", () => {
    expect(read("Total local authority service expenditure was £90 billion in 2017-18.")[0]).toMatchObject({ indicator: "spending", scope: "whole council" });
    const verdict = verdictsAgainst("2018-11-29", "Total local authority service expenditure was £90 billion in 2017-18.");
    expect(verdict("Children's social care spending was £8.8 billion in 2017-18")).toBe("unverified");
  });

  it("keeps children looked after during a year apart from those looked after on one day", () => {
    const verdict = verdictsAgainst("2025-05-14", "In March 2024, there were 83,630 looked-after children in England.");
    expect(verdict("There were 83,630 looked-after children during 2023-24")).toBe("unverified");
    expect(verdict("There were 83,630 looked-after children in 2024")).toBe("supported");
  });
});

describe("youth justice beside children's social care (hry126)", () => {
  it("reads county lines referrals as no referrals to children's social care, and a section of an Act as no count", () => {
    expect(read("In 2020, 1,544 referrals were flagged as county lines referrals, an increase of 31% from 2019.")[0]?.indicator).toBeUndefined();
    expect(read("There were 108 children serving sentences under s.91/s.250.").map((figure) => figure.text)).toEqual(["108"]);
  });

  it("reads 'The majority (81%; 1,247) of these referrals' as some of those before", () => {
    expect(read("The majority (81%; 1,247) of these referrals were for male children.").find((figure) => figure.text === "1,247")?.subgroup).toBe("of those counted before");
  });

  it("reads places available for use as a part of the places approved", () => {
    const figures = read("The number of approved places dropped to 230 in 2023, with just 203 of these available for use.");
    expect(figures.map((figure) => [figure.text, figure.indicator])).toEqual([["230", "places"], ["203", undefined]]);
  });
});

describe("what chief inspectors and directors cite (hry127)", () => {
  it("reads a share that moved into agency work as no agency rate", () => {
    expect(read("A further 2.6% had moved into agency work during the same period, up slightly on 2.2% the previous year.").map((figure) => figure.indicator)).toEqual([undefined, undefined]);
    expect(read("Some 16% of social workers were agency workers in 2020.")[0]?.indicator).toBe("agency-rate");
  });

  it("reads some of a group graded, with quote marks or a participle between, as no count of the grade", () => {
    expect(read("Three of the 19 current 'inadequate' authorities acquired their ratings after September 2021.")[0]?.indicator).toBeUndefined();
    expect(read("Three of the 19 authorities rated inadequate acquired their ratings after September 2021.")[0]?.indicator).toBeUndefined();
    expect(read("The proportion of LAs judged inadequate has dropped from 19% to 15%.").map((figure) => figure.indicator)).toEqual(["inadequate", "inadequate"]);
  });
});
