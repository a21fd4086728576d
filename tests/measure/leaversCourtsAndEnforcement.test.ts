// Sentences in the shapes of three trials (care leavers hry132, care proceedings hry133, Ofsted's
// enforcement hry134), written for the test: each gave a wrong verdict.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { verdictsAgainst } from "../helpers/articles.ts";

const read = (sentence: string, date = "2019-07-10") => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator }));

describe("ages and idioms that are no counts", () => {
  it("reads 'leaving care at 18' as an age (hry132)", () => {
    expect(read("Figures show how many care leavers were living with former foster carers after leaving care at 18 ('Staying Put').")).toEqual([]);
    expect(read("Most young people left home at 16 in the study.")).toEqual([]);
    expect(read("The average caseload stood at 18.")[0]?.text).toBe("18");
  });

  it("reads 'more than one children's home' as several, no count (hry134)", () => {
    expect(read("According to Ofsted, 288 managers currently manage more than one children's home.").map((figure) => figure.text)).toEqual(["288"]);
    expect(read("More than one in five councils were rated inadequate.")[0]?.text).toBe("one in five");
  });
});

describe("counts that are one family's or one purpose's", () => {
  it("reads a mother's babies as hers, no count of children taken into care (hry133)", () => {
    expect(read("Mother Has 16 Babies Taken Into Care", "2015-12-14")[0]?.indicator).toBeUndefined();
    expect(read("A couple who had seven children removed won their appeal.", "2015-12-14")[0]?.indicator).toBeUndefined();
    expect(read("Councils had 400 children taken into care.", "2015-12-14")[0]?.indicator).toBe("children-looked-after");
  });

  it("reads money to pay for something named as no level of spending (hry134)", () => {
    expect(read("Abuse allegations at Doncaster children's homes prompt £800,000 spending from council to aid investigations.", "2021-08-18")[0]?.indicator).toBeUndefined();
    expect(read("The council spent £4.5m on placements in 2023-24.")[0]?.indicator).toBe("spending");
  });
});

describe("a month with no year (hry133)", () => {
  it("is one month's count of its article's year, neither confirming nor refuting the year's", () => {
    const verdict = verdictsAgainst("2019-07-10", "Some 1,021 new care applications were received by the family courts in June.");
    expect(verdict("there were 1,021 care applications in 2019")).toBe("unverified");
    expect(verdict("there were 5,000 care applications in 2019")).toBe("unverified");
    expect(verdict("there were 1,021 care applications in June 2019")).toBe("supported");
  });
});
