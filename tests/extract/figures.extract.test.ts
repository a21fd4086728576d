import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import type { FigureMention } from "../../src/types.ts";

type Expected = Partial<Omit<FigureMention, "start" | "end">> & { value: number };

/**
 * Checks every figure in order: value to 2 decimal places, every other listed field exactly, and a field
 * listed as undefined must be absent. The figure's text must be the sentence's own words at its offsets.
 */
function expectFigures(sentence: string, date: string | undefined, expected: Expected[]): void {
  const figures = extractFigures(sentence, date === undefined ? {} : { date });
  expect(figures.map((f) => f.text)).toEqual(expected.map((e) => e.text ?? expect.any(String)));
  figures.forEach((figure, k) => {
    const want = expected[k]!;
    expect(sentence.slice(figure.start, figure.end)).toBe(figure.text);
    expect(figure.value).toBeCloseTo(want.value, 2);
    for (const key of Object.keys(want) as Array<keyof Expected>) {
      if (key !== "value") expect({ [key]: figure[key] }).toEqual({ [key]: want[key] });
    }
  });
}

describe("extractFigures on the corpus", () => {
  it("one in seven, with no article date", () => {
    expectFigures(
      "One in seven local authorities in England has been judged inadequate at safeguarding vulnerable children, a report by Ofsted has revealed.",
      undefined,
      [{ value: 14.29, unit: "%", text: "One in seven", metric: "inadequate", geography: "England", period: undefined, qualifier: undefined }],
    );
  });

  it("takes the counted noun of an earlier figure when a count names none", () => {
    expectFigures(
      "Only four in 10 local authorities in England have been judged good or better at safeguarding vulnerable children; 20 are currently rated as inadequate, 17 of which were inspected in the past year.",
      undefined,
      [
        { value: 40, unit: "%", text: "four in 10", qualifier: "only", metric: "good or outstanding", geography: "England" },
        { value: 20, unit: "local authorities", text: "20", metric: "inadequate", qualifier: undefined },
        { value: 17, unit: "local authorities", text: "17", metric: "inadequate" },
      ],
    );
  });

  it("splits clauses on 'while' and falls back to the article's year", () => {
    expectFigures(
      "However, today’s report shows that a quarter of children’s services departments, 21 in total, are currently rated ‘inadequate’ while 43 require improvement.",
      "2016-06-28",
      [
        { value: 25, unit: "%", text: "a quarter", metric: "inadequate", period: "2016" },
        { value: 21, unit: "departments", text: "21", metric: "inadequate", period: "2016" },
        { value: 43, unit: "departments", text: "43", metric: "requires improvement", period: "2016" },
      ],
    );
  });

  it("reads a caseload range with its upper qualifier", () => {
    expectFigures(
      "Manageable workloads are also crucial - the variation between local authorities in terms of the numbers of children in need per social worker is very wide, ranging from 7 in some areas, to as high as 34 in others.",
      "2016-06-28",
      [{ value: 7, upper: 34, unit: "", text: "from 7 in some areas, to as high as 34", qualifier: "as high as", metric: "caseload", period: "2016" }],
    );
  });

  it("reads 'this year' against the article date", () => {
    expectFigures(
      "This year, inspectors found 14 local authorities where social workers’ caseloads were too high.",
      "2016-06-28",
      // 14 counts councils, not a caseload: the sentence gives no caseload figure (it was labelled caseload before the measure catalogue).
      [{ value: 14, unit: "local authorities", text: "14", metric: undefined, period: "2016" }],
    );
  });

  it("reads 'Four out of 5' and 'nearly 80%' as good or outstanding", () => {
    expectFigures(
      "Four out of 5 children’s homes are now rated good or better, and at nearly 80%, the proportion of good and outstanding children’s homes is higher than that of secondary schools.",
      "2016-06-28",
      [
        { value: 80, unit: "%", text: "Four out of 5", metric: "good or outstanding", qualifier: undefined },
        { value: 80, unit: "%", text: "80%", metric: "good or outstanding", qualifier: "nearly" },
      ],
    );
  });

  it("prefers the rating nearest the figure", () => {
    expectFigures(
      "Meanwhile, inspections of independent fostering agencies found 85% of providers to be good or outstanding.",
      "2016-06-28",
      [{ value: 85, unit: "%", text: "85%", metric: "good or outstanding", period: "2016" }],
    );
  });

  it("reads a fraction with its count in brackets as two figures", () => {
    expectFigures(
      "Figures published today by the watchdog show that out of 17 local authorities judged to be inadequate on children’s services in the past year, nearly two thirds (11) had recently seen a new director of children’s services installed.",
      "2013-10-15",
      [
        { value: 17, unit: "local authorities", text: "17", metric: "inadequate", period: "2012-13" },
        { value: 66.67, unit: "%", text: "two thirds", qualifier: "nearly", metric: "director change", period: "2012-13" },
        { value: 11, unit: "local authorities", text: "11", metric: "director change", period: "2012-13" },
      ],
    );
  });

  it("keeps a comparison's period to its own clause", () => {
    expectFigures(
      "Analysis by CYP Now has found that the annual turnover rate of directors of children’s services (DCSs) now exceeds one in three, compared with one in five in 2008/09.",
      "2013-10-15",
      [
        { value: 33.33, unit: "%", text: "one in three", qualifier: "more than", metric: "turnover", period: "2013" },
        { value: 20, unit: "%", text: "one in five", metric: "turnover", period: "2008-09", qualifier: undefined },
      ],
    );
  });

  it("reads 'between 2008 and 2009' as one period, never a range", () => {
    expectFigures(
      "Between 2008 and 2009, the turnover rate stood at 19.7 per cent, whereas it climbed to 34.2 per cent between 2012 and 2013.",
      "2013-10-15",
      [
        { value: 19.7, unit: "%", text: "19.7 per cent", metric: "turnover", period: "2008-09" },
        { value: 34.2, unit: "%", text: "34.2 per cent", metric: "turnover", period: "2012-13" },
      ],
    );
  });

  it("reads a count, a percentage and a ratio in the UK, with no metric for 'this rating'", () => {
    expectFigures(
      "20 local authorities overall now carry this rating, amounting to 13% - or one in every seven - of the local authorities in the UK.",
      "2013-10-21",
      [
        { value: 20, unit: "local authorities", text: "20", geography: "UK", metric: undefined, period: "2013" },
        { value: 13, unit: "%", text: "13%", geography: "UK", metric: undefined },
        { value: 14.29, unit: "%", text: "one in every seven", geography: "UK", metric: undefined },
      ],
    );
  });

  it("reads a count of inspections with its financial year", () => {
    expectFigures(
      "Today’s report was based on more than 4,500 inspections of local authority children’s social care, children’s homes, independent fostering services and voluntary adoption agencies and adoption support agencies, among others, carried out during 2012-13.",
      "2013-10-21",
      [{ value: 4500, unit: "inspections", text: "4,500", qualifier: "more than", metric: "inspections", period: "2012-13" }],
    );
  });

  it("reads a change of director, and 'in the last year' against the date", () => {
    const sentence = "One in three councils has had a change in their director of children’s services in the last year.";
    expectFigures(sentence, undefined, [{ value: 33.33, unit: "%", text: "One in three", metric: "director change", period: undefined }]);
    expectFigures(sentence, "2013-10-21", [{ value: 33.33, text: "One in three", period: "2012-13" }]);
  });

  it("reads 'last year' without 'the' as the previous calendar year", () => {
    expectFigures(
      "“One in three local authorities has had a change in their director of children’s services last year alone.",
      "2013-10-15",
      [{ value: 33.33, unit: "%", text: "One in three", metric: "director change", period: "2012" }],
    );
  });

  it("takes the unit from 'of the …' and maps 'authorities' to local authorities", () => {
    expectFigures("A further 21 authorities have been rated ‘good’.", "2016-06-28", [{ value: 21, unit: "local authorities", metric: "good" }]);
    // 11 counts councils whose leaders changed, drawn from the inadequate ones: a subgroup, not a count of inadequate councils.
    expectFigures("In 11 of the authorities rated inadequate, leaders had changed.", undefined, [{ value: 11, unit: "local authorities", metric: undefined }]);
  });

  it("gives an explicit year in the clause precedence over the article's", () => {
    expectFigures("In 2016, 20 councils were inadequate while 43 require improvement.", "2017-01-05", [
      { value: 20, unit: "councils", metric: "inadequate", period: "2016" },
      { value: 43, unit: "councils", metric: "requires improvement", period: "2016" },
    ]);
    expectFigures("Some 12 councils failed in July 2012.", "2013-10-21", [{ value: 12, period: "2012", metric: "inadequate" }]);
  });
});

describe("extractFigures: not figures", () => {
  it.each([
    "From £15 / month",
    "Monday to Friday, 8:30am to 6pm 0300 013 0415",
    "Please contact their press office on 020 7017 2787 or at media@thewhocarestrust.org.uk for further information.",
    "Tuesday, 28 June 2016",
    "The inspectorate’s third Social Care Annual Report, published today (28 June 2016), shows that there are still too many.",
    "1. The full report is available on the Ofsted website.",
    "2.",
    "A 'persistent absence of stable leadership' is crippling attempts to improve services.",
    "Following the first full three-year cycle of inspections.",
    "There are more children on the radar of social services than seven years ago.",
    "It is one of the key factors in high performing children's services departments.",
    "Aviation House 125 Kingsway",
    "Councils must complete section 47 enquiries.",
    // A name ending in a number is no figure.
    "Before the Channel 4 film was shown, the council announced a trust.",
    "The minister told BBC Radio 4 that the system was broken.",
    "",
  ])("finds nothing in %j", (sentence) => {
    expect(extractFigures(sentence, { date: "2016-06-28" })).toEqual([]);
  });

  it("keeps a lone 'one' only when it is hedged or names what it counts", () => {
    expect(extractFigures("Only one council was rated outstanding.", {}).map((f) => [f.value, f.unit, f.qualifier, f.metric])).toEqual([[1, "councils", "only", "outstanding"]]);
  });
});

describe("a metric inside a partitive describes the group, not the figure", () => {
  it("reads 11 of the authorities rated inadequate ... new directors appointed as director change", () => {
    const [eleven] = extractFigures(
      "In 11 of the authorities rated inadequate new Directors of Children's Services had recently been appointed and in 12 of them there had been another major change in senior leadership in recent times.",
      { date: "2013-10-21" },
    );
    expect(eleven).toMatchObject({ value: 11, metric: "director change" });
  });

  it("keeps the partitive's metric when nothing later names one", () => {
    const [seventeen] = extractFigures("Ofsted said 17 of the councils inspected were rated inadequate.", {});
    expect(seventeen).toMatchObject({ value: 17, metric: "inadequate" });
  });
});

describe("totals and groups", () => {
  it("gives a total only the measure of its own phrase", () => {
    const figures = extractFigures(
      "The findings reflect research by Community Care earlier this year, which revealed that a quarter of the 79 councils inspected under Ofsted’s new inspection regime to date had failed.",
      {},
    );
    expect(figures.find((figure) => figure.value === 79)?.metric).toBeUndefined();
    expect(figures.find((figure) => figure.value === 25)?.metric).toBe("inadequate");
  });

  it("says what group a share is of", () => {
    const [fourInFive, eighty] = extractFigures(
      "Four out of 5 children’s homes are now rated good or better, and at nearly 80%, the proportion of good and outstanding children’s homes is higher than that of secondary schools.",
      { date: "2016-06-28" },
    );
    expect(fourInFive).toMatchObject({ value: 80, of: "children's homes" });
    expect(eighty).toMatchObject({ value: 80, of: "children's homes" });
    const [providers] = extractFigures("Meanwhile, inspections of independent fostering agencies found 85% of providers to be good or outstanding.", {});
    expect(providers).toMatchObject({ value: 85, of: "providers" });
  });
});
