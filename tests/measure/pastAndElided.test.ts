// Whose period and whose group a figure has when the sentence says it only by the way: a framework
// that had ended, an earlier move, a clause with no subject of its own, a relative clause saying what
// the counted were. Every sentence here is written for the test.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { extractArticle } from "../../src/archive/buildArchive.ts";
import type { Article } from "../../src/types.ts";

function article(...paragraphs: string[]): Article {
  return { source: { id: "a", title: "A test article", publisher: "Test", date: "2018-05-03", url: "https://example.org/a" }, file: "a.md", blocks: paragraphs.map((text) => ({ kind: "paragraph" as const, text })), hash: "0" };
}

const figuresOf = (sentence: string, date: string) => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, period: figure.period, qualifier: figure.qualifier, subgroup: figure.measure?.subgroup }));

describe("a figure of a framework that had ended when the article was written", () => {
  it("is not dated by the article: 'after their first SIF inspection', in 2024", () => {
    expect(figuresOf("Only 40% of councils were judged good or better after their first SIF inspection.", "2024-03-01")[0]?.period).toBeUndefined();
    expect(figuresOf("Under the previous single inspection framework, 40% of councils were judged good or better.", "2024-03-01")[0]?.period).toBeUndefined();
  });

  it("is dated by the article while the framework ran, and by its own year when it states one", () => {
    expect(figuresOf("Only 40% of councils were judged good or better after their first SIF inspection.", "2016-03-01")[0]?.period).toBe("2016");
    expect(figuresOf("In 2015, 40% of councils were judged good or better under the SIF.", "2024-03-01")[0]?.period).toBe("2015");
  });
});

describe("a figure of a whole round of inspections", () => {
  it("is not dated by the article: the round took years", () => {
    expect(figuresOf("Once every council had received one inspection under the new framework, 58% were judged good or better.", "2023-10-01")[0]?.period).toBeUndefined();
    expect(figuresOf("Across the first round of ILACS inspections, 58% of councils were judged good or better.", "2023-10-01")[0]?.period).toBeUndefined();
    expect(figuresOf("After each council's first ILACS inspection the share judged good or better was 58%.", "2023-10-01")[0]?.period).toBeUndefined();
  });

  it("keeps a year the sentence states", () => {
    expect(figuresOf("By March 2022, once every council had received one inspection, 58% were judged good or better.", "2023-10-01")[0]?.period).toBe("2022");
  });
});

describe("the year of an earlier move in the same sentence", () => {
  it("is not the figure's: '4,210, a record, following a dip in 2020-21'", () => {
    expect(figuresOf("The number of children adopted, 4,210, was a record, following a dip in 2020-21 during the pandemic.", "2022-11-01")[0]?.period).toBe("2022");
    expect(figuresOf("The number of children adopted was 4,210 in 2020-21.", "2022-11-01")[0]?.period).toBe("2020-21");
  });
});

describe("'gone up to' is a move, not a bound", () => {
  it("keeps no 'up to' qualifier after a verb of moving, and keeps it otherwise", () => {
    expect(figuresOf("The waiting list stood at 120 in May but has now gone up to 310.", "2022-11-01")[1]?.qualifier).toBeUndefined();
    expect(figuresOf("Each home may look after up to 310 children a year.", "2022-11-01")[0]?.qualifier).toBe("up to");
  });
});

describe("the group a figure counts when its clause has no subject of its own", () => {
  it("goes on counting the group the figure before it counted", () => {
    const figures = figuresOf("The number of unaccompanied asylum seekers placed in foster care in the county stood at 140 in March but has now gone up to 290.", "2022-11-01");
    expect(figures.map((figure) => figure.subgroup)).toEqual(["unaccompanied asylum-seeking children", "unaccompanied asylum-seeking children"]);
  });

  it("does not pass the group on to a total", () => {
    const figures = figuresOf("There were 4,100 unaccompanied asylum seekers in care, and 81,000 children looked after in total.", "2022-11-01");
    expect(figures[1]?.subgroup).toBeUndefined();
  });
});

describe("a relative clause that says what the counted were", () => {
  it("names the kind it says ('who were unaccompanied child asylum seekers'), else its own words, never 'who' alone", () => {
    expect(figuresOf("Last year there were 6,100 looked-after children who were unaccompanied child asylum seekers.", "2022-11-01")[0]?.subgroup).toBe("unaccompanied asylum-seeking children");
    expect(figuresOf("Last year there were 6,100 looked-after children who were disabled, the figures show.", "2022-11-01")[0]?.subgroup).toBe("who were disabled");
  });
});

describe("a new subject that points back ends what a figure's words say", () => {
  it("reads 'fell to 31,200, and these carers look after …' as the households' count, not children looked after", () => {
    const [figure] = extractFigures("The number of mainstream fostering households fell to 31,200, and these carers look after most children in care.", { date: "2023-11-01" });
    expect(figure?.measure?.indicator).toBe("fostering-households");
    expect(extractFigures("There were 81,300 children in care, and they stayed longer than before.", { date: "2023-11-01" })[0]?.measure?.indicator).toBe("children-looked-after");
  });
});

describe("'last year' compared with a date the sentence states", () => {
  it("is the year before that date: 'as at 31 March 2019, a 2% fall from last year (12,250)'", () => {
    const figures = extractFigures("There were 12,000 approved foster carers as at 31 March 2019, a 2% fall from last year (12,250).", { date: "2020-02-01" });
    expect(figures.map((figure) => [figure.text, figure.period])).toEqual([["12,000", "2019"], ["2%", "2018"], ["12,250", "2018"]]);
  });

  it("stays the writer's year before where it is no comparison: 'Last year 27 per cent left'", () => {
    expect(extractFigures("Last year 27 per cent of new recruits left.", { date: "2020-02-01" })[0]?.period).toBe("2019");
  });
});

describe("a count of children in care that says what happened to them", () => {
  const subgroupOf = (sentence: string) => extractFigures(sentence, { date: "2019-10-01" })[0]?.measure?.subgroup;

  it("counts those it happened to: 'went missing', 'ran away', 'were reported missing', 'who had a missing incident'", () => {
    expect(subgroupOf("In 2017-18, 9,800 children in care went missing.")).toBe("went missing");
    expect(subgroupOf("In 2017-18, 9,800 children in care ran away from their placements.")).toBe("ran away from their placements");
    expect(subgroupOf("In 2017-18, 9,800 children in care were reported missing.")).toBe("were reported missing");
    expect(subgroupOf("There were 9,800 children looked after who had a missing incident in 2017-18.")).toBe("who had a missing incident");
  });

  it("leaves a plain count of children in care whole", () => {
    expect(subgroupOf("In 2017-18, 75,400 children were in care.")).toBeUndefined();
    expect(subgroupOf("There were 75,400 children looked after in 2017-18.")).toBeUndefined();
  });
});

describe("children of one group, named by the group", () => {
  const subgroupsOf = (sentence: string) => extractFigures(sentence, { date: "2016-10-01" }).map((figure) => [figure.text, figure.measure?.indicator, figure.measure?.subgroup]);

  it("reads 'asylum-seeking children in care' as the unaccompanied children the statistics count apart", () => {
    expect(subgroupsOf("The number of asylum-seeking children in care, 4,210, was a record.")).toEqual([["4,210", "children-looked-after", "unaccompanied asylum-seeking children"]]);
  });

  it("reads an ethnic group's count as that group's, and a count after a quoted label as no measure", () => {
    expect(subgroupsOf("Eritrean children were the largest group, with 410 looked after at 31 March 2016, while ‘other ethnic groups’ (720) made up the rest in care.")).toEqual([
      ["410", "children-looked-after", "Eritrean children"],
      ["720", undefined, undefined],
    ]);
  });
});

describe("the children in care and directors trials' shapes (hry78, hry79)", () => {
  const read = (sentence: string, date: string) => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, period: figure.period, indicator: figure.measure?.indicator, subgroup: figure.measure?.subgroup }));

  it("dates a figure by the year named on its noun: 'from the 2013 figure of 1,950'", () => {
    expect(read("The number has more than doubled from the 2014 figure of 1,870.", "2017-09-28")[0]).toMatchObject({ text: "1,870", period: "2014" });
    expect(read("There were 3,420 adoptions in 2012, up 11% from the 2011 figure of 3,080 adoptions.", "2012-09-25").at(-1)).toMatchObject({ text: "3,080", period: "2011" });
  });

  it("keeps a breakdown's part apart from the whole", () => {
    expect(read("When broken down by reason for being looked after, 46,800 children were identified as having a primary need of abuse or neglect.", "2018-11-15")[0]).toMatchObject({ indicator: "children-looked-after", subgroup: "broken down by reason for being looked after" });
    expect(read("Most affected are 10 to 15-year-olds, with 23,900 currently in care.", "2012-09-25")[0]?.subgroup).toBe("10 to 15-year-olds");
  });

  it("reads 'a fifth' after a count of four as the fifth one, no share (hry79)", () => {
    expect(read("Four of the 10 directors have left their councils, and a fifth is on sick leave.", "2002-08-08").map((figure) => figure.text)).toEqual(["Four", "10"]);
    expect(read("A fifth of directors left their councils in 2002.", "2002-08-08")[0]).toMatchObject({ text: "A fifth", indicator: "turnover" });
    expect(read("Some 4% of homes were inadequate, while a fifth were outstanding.", "2023-06-10").map((figure) => figure.text)).toEqual(["4%", "a fifth"]);
    // A fraction's numerator is no count before it: "almost three-quarters …, and almost a quarter were failing".
    expect(read("Almost three-quarters of councils were not yet good, and almost a quarter were failing.", "2016-11-03").map((figure) => figure.text)).toEqual(["three-quarters", "a quarter"]);
  });
});

describe("a reporting clause is no reference back (hry79)", () => {
  it("lends no measure through ', it was revealed,' to a number each council had", () => {
    const figures = extractArticle(article("There were 61 changes to the director of children's services (DCS) post holder in 2017/18.", "Seven councils had two changes of DCS over the past year, it was revealed, and most were interim appointments.")).figures;
    expect(figures.map((figure) => [figure.text, figure.measure?.indicator])).toEqual([["61", "director-change"], ["Seven", undefined], ["two", undefined]]);
  });
});
