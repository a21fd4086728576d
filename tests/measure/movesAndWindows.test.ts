// Moves stated after a figure, changes in brackets, windows shorter than a year and counts of what no
// indicator counts: shapes from the safeguarding and adoption trials, in sentences of our own.
import { describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { directionAfter, moveTo } from "../../src/measure/direction.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

const read = (sentence: string, date = "2017-06-01") => extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, period: figure.period, indicator: figure.measure?.indicator, change: figure.change }));

describe("a move stated after the figure", () => {
  it("reads 'up from', 'down on', 'N more than', 'an increase of'", () => {
    expect(directionAfter("Councils made 612 notifications in 2021-22, up from 540 in 2020-21.", "612")).toBe("up");
    expect(directionAfter("There were 612 notifications, down on the year before.", "612")).toBe("down");
    // A move's end in brackets after the noun that names it.
    expect(moveTo("There was an 8% increase in the number of children's homes (to 2,760) in 2022.", "2,760")?.direction).toBe("up");
    expect(moveTo("There was a 5% fall in the number of foster carers (to 41,300).", "41,300")?.direction).toBe("down");
    // A participle of moving after the comma: "…, jumping from £3.6bn to £7.9bn".
    expect(moveTo("Spending has more than doubled since 2014-15, jumping from £3.6bn to £7.9bn by 2022-23.", "£7.9bn")?.direction).toBe("up");
    expect(directionAfter("There were 612 notifications, 72 more than the previous year.", "612")).toBe("up");
    expect(directionAfter("There were 612 notifications, a fall of 8%.", "612")).toBe("down");
    expect(directionAfter("There were 612 notifications, more than half of them about babies.", "612")).toBeUndefined();
    // "…, compared with N": the earlier number says which way.
    expect(directionAfter("Some 1,540 orders were applied for in 2019, compared with 1,810 the year before.", "1,540")).toBe("down");
    expect(directionAfter("Some 1,540 orders were applied for in 2019, compared with 1,210 the year before.", "1,540")).toBe("up");
  });

  it("keeps a claim that the figure fell from being confirmed by a source that gives a lower figure the year before", async () => {
    const core: Core = await fixtureCore("moves-earlier-year", {
      "dcs.md": fixtureArticle("Director changes", "2022-07-01", "There were 71 DCS changes in 2021-22. That was up from 58 in 2020-21."),
    });
    expect(core.answer("check DCS changes fell to 71 in 2021-22").checks![0]!.verdict).toBe("unverified");
    expect(core.answer("check DCS changes rose to 71 in 2021-22").checks![0]!.verdict).toBe("supported");
    expect(core.answer("check there were 71 DCS changes in 2021-22").checks![0]!.verdict).toBe("supported");
  }, 60_000);

  it("keeps a claim that the figure fell from being confirmed by a source that says it rose", async () => {
    const core: Core = await fixtureCore("moves-after", {
      "up.md": fixtureArticle("Notifications rise", "2022-07-01", "Councils made 612 serious incident notifications in 2021-22, up from 540 in 2020-21."),
    });
    const fell = core.answer("check serious incident notifications fell to 612 in 2021-22").checks![0]!;
    expect(fell.verdict).toBe("unverified");
    expect(core.answer("check serious incident notifications rose to 612 in 2021-22").checks![0]!.verdict).toBe("supported");
  }, 60_000);
});

describe("a change given in brackets", () => {
  it("is a change: 'the biggest rise in the number of notifications (45) came in the autumn'", () => {
    expect(read("The biggest rise in the number of serious incident notifications (45) came in the autumn.")[0]).toMatchObject({ text: "45", change: true, indicator: undefined });
    expect(read("There was a rise (2%) in the number of looked after children (71,200) in 2017.")[1]).toMatchObject({ text: "71,200", indicator: "children-looked-after" });
  });

  it("is a change past a bracketed restatement: '£1.2bn (9.5%) more than planned', '£800m (66%) of the increase'", () => {
    const figures = read("In 2023-24, councils budgeted to spend £13.2bn on children's social care, £1.2bn (9.5%) more than planned spending in 2022-23, with £800m (66%) of the increase going on placements.", "2024-07-01");
    expect(figures.map((figure) => [figure.text, figure.change === true])).toEqual([["£13.2bn", false], ["£1.2bn", true], ["9.5%", false], ["£800m", true], ["66%", false]]);
    expect(read("There were 2,200 homes (up 3%) in 2018.")[0]).toMatchObject({ text: "2,200", change: undefined, indicator: "registered" });
  });
});

describe("an addition to a running tally", () => {
  it("is a change when the sentence says it is the latest news: 'two further councils this week became the latest to …'", () => {
    const week = read("Three further councils, in Kent and Essex, this week became the latest to be judged inadequate by the inspectorate.", "2015-02-06");
    expect(week[0]).toMatchObject({ text: "Three", change: true, indicator: undefined });
    expect(read("A further two councils were rated inadequate last week.", "2015-02-06")[0]).toMatchObject({ text: "two", change: true });
    // "The latest figures show …" is no latest addition.
    expect(read("The latest figures show a further 29 councils were rated inadequate.", "2015-02-06")[0]).toMatchObject({ text: "29", change: undefined, indicator: "inadequate" });
    // In a breakdown by grade "a further 31" is that grade's own count.
    const breakdown = read("Of the 150 councils, 36 were outstanding. A further 31 required improvement to be good.", "2025-09-26");
    expect(breakdown.find((figure) => figure.text === "31")).toMatchObject({ change: undefined, indicator: "requires-improvement" });
  });
});

describe("a year written 'YYYY to YY'", () => {
  it("is one financial year, not a number: 'in 2016 to 17 (402)'", () => {
    expect(read("This was a 9% increase on the number of notifications in 2016 to 17 (402).").map((figure) => [figure.text, figure.period])).toEqual([["9%", "2016-17"], ["402", "2016-17"]]);
  });
});

describe("counts no indicator counts", () => {
  it("gives no measure to months, to an unknown 'number of', or to an agency's decisions", () => {
    expect(read("More than half had spent more than 20 months in care.")[1]).toMatchObject({ text: "20", indicator: undefined });
    const orders = read("The number of looked after children (72,700) rose in 2017, and the number of residence orders increased from 2,900 last year, to 3,100 this year.");
    expect(orders.map((figure) => [figure.text, figure.indicator])).toEqual([["72,700", "children-looked-after"], ["2,900", undefined], ["3,100", undefined]]);
    expect(read("There were 650 agency decision maker decisions to place a child for adoption.")[0]?.indicator).toBeUndefined();
    expect(read("There were 6,500 agency workers in post.")[0]?.indicator).toBe("agency-workers");
  });
});

describe("a window shorter than a year", () => {
  it("does not date a quarter's count by its year", () => {
    expect(read("Some 1,020 children were adopted in the three-month period between April and June 2017.")[0]?.period).toBeUndefined();
    expect(read("In the second quarter of 2017-18, 990 children were adopted.")[0]?.period).toBeUndefined();
    expect(read("In 2017, 4,350 children were adopted.")[0]?.period).toBe("2017");
  });
});

describe("years said by the way", () => {
  it("reads 'at the end of March' as the March that has ended, 'the following year' after the year stated, and 'last year' as the writer's", () => {
    expect(read("There were 72,700 looked-after children in England at the end of March.", "2018-01-10")[0]?.period).toBe("2017");
    expect(read("There were 72,700 looked-after children in England at the end of March.", "2018-10-10")[0]?.period).toBe("2018");
    expect(read("Overspends rose from £120m in 2013-14 to £160m the following year and £205m last year.", "2016-10-10").map((figure) => figure.period)).toEqual(["2013-14", "2014-15", "2015-16"]);
  });

  it("gives a sum over several years no year: 'by close to £900m over the past three years'", () => {
    const [sum] = read("Spending is outstripping budgets by close to £900m over the past three years.", "2018-10-10");
    expect(sum).toMatchObject({ indicator: "overspend", period: undefined });
  });

  it("gives an estimate of what a figure will come to no measure", () => {
    expect(read("For 2024-25, the overspend is estimated to rise to £720 million.", "2024-10-10")[0]?.indicator).toBeUndefined();
  });
});

describe("a hedged count", () => {
  it("stretches only as far as its rounding, and 'nearly' stays below", async () => {
    const core: Core = await fixtureCore("hedged-counts", {
      "carers.md": fixtureArticle("Carers", "2023-11-01", "At the end of March 2023 there were around 41,200 fostering households in England.", "By March 2022 the number of fostering households had fallen to nearly 43,000."),
    });
    const verdict = (claim: string) => core.answer(`check ${claim}`).checks![0]!.verdict;
    expect(verdict("there were 41,260 fostering households in England in 2023")).toBe("supported");
    expect(verdict("there were 43,100 fostering households in England in 2023")).toBe("contradicted");
    expect(verdict("there were 43,300 fostering households in England in 2022")).not.toBe("supported");
  }, 60_000);

  it("is contradicted by its own figures when it says 'up from' a larger one", async () => {
    const core: Core = await fixtureCore("own-move-after", {
      "carers.md": fixtureArticle("Carers", "2024-11-01", "There were 41,500 fostering households in England in 2024, compared to 44,100 in 2021."),
    });
    const checks = core.answer("check there were 41,500 fostering households in England in 2024, up from 44,100 in 2021").checks!;
    expect(checks[0]!.verdict).toBe("contradicted");
    expect(checks[0]!.reason).toContain("it fell, not rose");
  }, 60_000);
});

describe("a figure of an overlapping period, or a hedged one", () => {
  it("does not support a claim that a source for exactly its period, or an exact figure, says otherwise", async () => {
    const core: Core = await fixtureCore("closer-source", {
      "a.md": fixtureArticle("Adoptions rise", "2015-09-30", "Adoptions have increased from 3,050 in 2011 to 4,870 in 2015."),
      "b.md": fixtureArticle("Adoptions fall", "2020-03-06", "The number of children adopted fell from a peak of 5,210 in 2015-16."),
      "c.md": fixtureArticle("Adoptions in 2013", "2013-09-30", "Almost 4,000 children in care were adopted in the year to March 2013. In all, 3,960 children were adopted in 2012-13."),
    });
    expect(core.answer("check 4,870 children were adopted in 2015-16").checks![0]!.verdict).toBe("unverified");
    expect(core.answer("check 5,210 children were adopted in 2015-16").checks![0]!.verdict).toBe("supported");
    // 3,850 is past "almost 4,000"'s 3 % and not the exact 3,960: wrong.
    expect(core.answer("check 3,850 children were adopted in 2012-13").checks![0]!.verdict).toBe("contradicted");
    expect(core.answer("check 3,960 children were adopted in 2012-13").checks![0]!.verdict).toBe("supported");
  }, 60_000);
});

describe("the child protection trial's years and names (hry77)", () => {
  it("dates a move's ends by the two years the sentence names: 'for 2008-09 and 2018-19, … from 29,800 to 52,260'", () => {
    const figures = read("Figures for 2008-09 and 2018-19 show an increase in children on child protection plans from 29,800 to 52,260.", "2020-03-10");
    expect(figures.map((figure) => [figure.text, figure.period])).toEqual([["29,800", "2008-09"], ["52,260", "2018-19"]]);
  });

  it("starts a move at the year after 'since': 'Since 2011 … a steady increase in enquiries, from 91,000 to 187,000'", () => {
    const figures = read("Since 2011 there has been a steady increase in the number of section 47 enquiries, from 91,000 to 187,000.", "2019-03-10");
    expect(figures.map((figure) => [figure.text, figure.period])).toEqual([["91,000", "2011"], ["187,000", "2019"]]);
  });

  it("reads no figure in a name its acronym repeats: 'the Child Protection and Referrals 3 (CPR3) return'", () => {
    expect(read("Older data come from the Child Protection and Referrals 3 (CPR3) statistical return.", "2018-03-10")).toEqual([]);
  });

  it("keeps a stated year when 'since' only says how long a record stands: 'the highest since 2010'", () => {
    expect(read("Referrals rose from 510 in 2019 to 640, the highest since 2010.", "2023-06-10")[0]).toMatchObject({ text: "510", period: "2019" });
    // "6 months to a year" is how long placements last, no window.
    expect(read("Placements lasting 6 months to a year rose to 11,500 in 2023.", "2023-06-10").at(-1)).toMatchObject({ text: "11,500", period: "2023" });
  });

  it("dates no count of six months to March or September by the article's year", () => {
    expect(read("In the six months up to September 30 there were 281,000 referrals to children's social care.", "2020-11-10")[0]).toMatchObject({ text: "281,000", period: undefined });
  });

  it("counts no children in need in 'child in need assessments'", () => {
    expect(read("An estimated 640,000 child in need assessments were completed in 2017-18.", "2018-11-10")[0]?.indicator).toBeUndefined();
  });
});
