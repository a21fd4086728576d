// A clause's words are its own: the year of a relative clause or of a "with the number …" clause
// dates only the figures inside it, a change named as a noun before "from" makes the figure after it
// the earlier value, and a part named after the sentence goes on is not which count a figure is.
// Sentences of our own, in the shapes the trusts and Children's Commissioner trials found.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { extractTableRow } from "../../src/extract/figures/tables.ts";

const read = (sentence: string, date = "2022-02-10") =>
  extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, period: figure.period, measure: figure.measure }));
const byText = (sentence: string, date?: string) => new Map(read(sentence, date).map((figure) => [figure.text, figure]));

describe("a relative clause's year", () => {
  it("dates none of the sentence's figures outside an aside between commas", () => {
    const figures = byText("The inspectors found the service, which was rated inadequate by Ofsted in 2017, had 88 vacant social worker posts.");
    expect(figures.get("88")?.period).toBe("2022");
  });

  it("dates only the figure inside a clause that holds one", () => {
    const figures = byText("No unallocated cases marks real progress for a council that had 190 during its inspection in 2019.");
    expect(figures.get("190")?.period).toBe("2019");
    expect(figures.get("No")?.period ?? "2022").toBe("2022");
  });

  it("still dates the figure a clause without a figure of its own describes, and narrows nothing", () => {
    const [councils] = read("There were 21 councils that were rated inadequate in 2019.");
    expect(councils).toMatchObject({ period: "2019", measure: { indicator: "inadequate" } });
    expect(councils?.measure?.subgroup).toBeUndefined();
  });

  it("keeps the year of an aside about the data themselves", () => {
    expect(read("The figures, which cover the year to 31 March 2021, show 80,850 children in care.")[0]?.period).toBe("2020-21");
  });

  it("leaves the years of a “with the number of …” clause to that other quantity", () => {
    const [children] = read("At least 1,400 children are currently held under secure orders, with the number of applications more than doubling from 2020 to last year.", "2024-11-20");
    expect(children?.period).toBe("2024");
  });
});

describe("a change named as a noun before “from”", () => {
  it("makes the figure after it the earlier value, with its own year", () => {
    const figures = byText("There were 712 children in unregistered homes, a decrease from 805 in 2023.", "2025-01-15");
    expect(figures.get("712")?.period).toBe("2025");
    expect(figures.get("805")?.period).toBe("2023");
  });
});

describe("a part named after the sentence goes on", () => {
  it("is not which count the figure before it is", () => {
    for (const sentence of ["There were 81,770 children in care in 2022, with the number in foster care rising.", "There were 81,770 children in care in 2022, and most were in foster care."]) {
      expect(read(sentence)[0]?.measure, sentence).toMatchObject({ indicator: "children-looked-after" });
      expect(read(sentence)[0]?.measure?.aspect, sentence).toBeUndefined();
    }
    expect(read("In 2022, 31,000 children started to be looked after.")[0]?.measure?.aspect).toBe("starting to be looked after");
  });
});

describe("a judgement area a grade comes with", () => {
  it("is not the area graded", () => {
    const [share] = read("One in six were rated 'inadequate' with 'seriously weak' child protection practice.", "2014-03-01");
    expect(share?.measure).toMatchObject({ indicator: "inadequate" });
    expect(share?.measure?.aspect).toBeUndefined();
    expect(read("One in six councils were rated inadequate for child protection.", "2014-03-01")[0]?.measure?.aspect).toBe("help-and-protection");
  });
});

describe("how many each of the counted had", () => {
  it("is no count of what they had", () => {
    const figures = byText("In the year to March 2020, 7,900 children were placed in three different homes.", "2020-11-01");
    expect(figures.get("three")?.measure).toBeUndefined();
  });
});

describe("the trials' shapes of when and whose", () => {
  it("dates a figure in brackets after a year to that year, not the next", () => {
    const figures = read("Turnover of Wessex's children's social workers rose over three years: 2020 (11%), 2021 (14%) and 2022 (17%).", "2023-05-01");
    expect(figures.map((figure) => [figure.text, figure.period])).toEqual([["11%", "2020"], ["14%", "2021"], ["17%", "2022"]]);
  });

  it("reads money after “from” as the earlier value, without the later one's year, and no running total", () => {
    const figures = byText("Spending on children in care has more than doubled since 2014-15, jumping from £3.6bn to £7.9bn by 2022-23.", "2024-02-01");
    expect(figures.get("£3.6bn")?.period).toBeUndefined();
    expect(figures.get("£7.9bn")).toMatchObject({ period: "2022-23", measure: { indicator: "spending" } });
    expect(figures.get("£7.9bn")?.measure?.basis).toBeUndefined();
  });

  it("measures no share of a group the catalogue does not count", () => {
    const [cohort] = read("A report said two-thirds of participants from the scheme's first cohort had left their original employer within three years.", "2019-06-01");
    expect(cohort?.measure).toBeUndefined();
    expect(read("Turnover was 15% of social workers in 2018.", "2019-06-01")[0]?.measure).toMatchObject({ indicator: "turnover" });
  });

  it("counts child protection social workers as social workers", () => {
    expect(extractFigures("The charity will train 1,200 specialist child protection social workers.", { date: "2023-06-01" })[0]?.unit).toBe("social workers");
  });

  it("reads one sector's homes as a part of all homes, both ends of a move", () => {
    const figures = read("There was a rise in the number of private sector homes, from 2,105 in 2021 to 2,330 homes in 2022.", "2023-03-01");
    for (const figure of figures) expect(figure.measure?.subgroup, figure.text).toMatch(/private sector/);
  });
});

describe("what a measure is about", () => {
  it("is no count of it: complaints about providers", () => {
    const figures = byText("Between 1 April 2020 and 31 March 2021, Ofsted received 690 complaints about 510 providers.", "2021-09-01");
    expect(figures.get("690")?.measure).toMatchObject({ indicator: "complaints" });
    expect(figures.get("510")?.measure).toBeUndefined();
    expect(extractFigures("Complaints were made about 510 providers in 2020-21.", { date: "2021-09-01", claim: true })[0]?.measure).toBeUndefined();
    // "about" after the copula is a hedge.
    expect(extractFigures("There were about 2,150 children's homes in England in 2017.", { date: "2018-01-01", claim: true })[0]?.measure).toMatchObject({ indicator: "registered" });
  });

  it("reads a participle past the figure's noun and an aside in brackets as its part", () => {
    const [moved] = read("Most children in care saw some instability, with nearly 2,100 children (5% of children in care at school) changing home in 2017/18.", "2019-06-01");
    expect(moved?.measure?.subgroup ?? "none").toMatch(/^changing home/);
  });
});

describe("spans of years and second reported clauses", () => {
  it("reads '(2012 to 2016)' as a span, never its first year", () => {
    expect(read("Inspectors rated 19 councils inadequate over a four year period (2011 to 2015).", "2016-06-01")[0]?.period).toBe("2011-2015");
  });

  it("leaves the years of ', and that …' to that clause", () => {
    const [children] = read("The review found at least 900 children had been harmed over a 12-year period, and that the council had known of the problem as far back as 2006.", "2016-06-01");
    expect(children?.period).not.toBe("2006");
  });
});

describe("the spending trial's shapes", () => {
  it("keeps what money was spent on, when the catalogue has no scope for it, as a part of all spending", () => {
    expect(read("Spending on youth clubs fell to £590m in 2015/16.", "2017-01-01")[0]?.measure).toMatchObject({ indicator: "spending", subgroup: "on youth clubs" });
    expect(read("Councils spent £9.1bn on late intervention in 2021/22.", "2023-01-01")[0]?.measure?.subgroup).toBe("on late intervention");
    // The whole of what reporters write about is no part of it; a part the catalogue knows is a scope.
    expect(read("Councils spent £11.9bn on children's services in 2022-23.", "2024-01-01")[0]?.measure?.subgroup).toBeUndefined();
  });

  it("reads no amount in a ratio of money, nor a count in school ages", () => {
    expect(read("Of the extra money, £3 in every £4 went on late intervention.", "2023-01-01")).toEqual([]);
    expect(read("Some services, such as 5-16 education, are protected.", "2019-01-01")).toEqual([]);
  });

  it("places money 'in' a council named right after it, and a county-areas figure apart from England", () => {
    expect(read("Spending on family support was around £4.8 million in Bedford in 2021-22.", "2023-01-01")[0]?.measure).toBeDefined();
    expect(extractFigures("Spending on family support was around £4.8 million in Bedford in 2021-22.", { date: "2023-01-01" })[0]?.geography).toBe("Bedford");
    expect(extractFigures("The number of children in care in England's counties stood at 27,500 in 2018.", { date: "2019-01-01" })[0]?.geography).toBe("county areas");
  });
});

describe("the last financial year", () => {
  it("is the financial year that has ended, as the past year is", () => {
    expect(read("Councils overspent their children's services budgets by £790m last financial year.", "2019-08-01")[0]?.period).toBe("2018-19");
  });
});

describe("a figure's own year before it", () => {
  it("is not given up for a date past a comma that starts the next statement", () => {
    const figures = byText("While in 2015/16 councils were spending £612.4m on children's centres, by 2018/19 this had slipped to £455.2m.", "2020-01-01");
    expect(figures.get("£612.4m")?.period).toBe("2015-16");
    expect(figures.get("£455.2m")?.period).toBe("2018-19");
  });
});

describe("the children's homes trial's shapes", () => {
  it("counts no registered homes in homes closed, shut or where something happened", () => {
    for (const sentence of ["Ofsted closed 14 children's homes in 2019.", "Following Ofsted inspections at four children's homes in Devon, the council acted."]) {
      expect(extractFigures(sentence, { date: "2020-06-01", claim: true })[0]?.measure, sentence).toBeUndefined();
    }
    expect(extractFigures("There were 2,460 children's homes in 2020.", { date: "2020-06-01", claim: true })[0]?.measure).toMatchObject({ indicator: "registered" });
  });

  it("reads one sector's share as that sector's, each figure its own", () => {
    const figures = byText("Some 84 per cent of voluntary-run homes were good or outstanding, compared with 76 per cent of homes in the local authority sector and 78 per cent of homes in the private sector.", "2021-08-01");
    expect(figures.get("76 per cent")?.measure?.subgroup).toMatch(/local authority sector/);
    expect(figures.get("78 per cent")?.measure?.subgroup).toMatch(/private sector/);
  });
});

describe("the caseloads trial's shapes", () => {
  it("measures no survey's average as the caseload", () => {
    expect(byText("The average caseload is now 31.2, compared with an average of 24 reported to Community Care a year ago.", "2014-05-01").get("24")?.measure).toBeUndefined();
    expect(read("The average caseload of respondents was 21.", "2014-05-01")[0]?.measure).toBeUndefined();
  });

  it("reads a target as no level", () => {
    const figures = byText("In July, Wessex council announced plans to invest £8m in order to cut the average number of caseloads from 23 to 17 per social worker.", "2016-09-01");
    expect(figures.get("17")?.measure).toBeUndefined();
    expect(read("Hollingford wants to reduce the average caseload to 14 by next year.", "2016-09-01")[0]?.measure).toBeUndefined();
  });

  it("reads social workers who held cases as a part of those in post", () => {
    expect(read("In all, 19,800 FTE social workers held 330,100 cases at the point the snapshot was taken.", "2020-02-01")[0]?.measure?.subgroup).toMatch(/^held/);
  });

  it("reads a difference from an average as a change", () => {
    expect(extractFigures("This is six cases higher than the caseload average published by the government.", { date: "2018-04-10" })[0]?.change).toBe(true);
  });
});

describe("a table row labelled by councils, and homes leaving the register", () => {
  const header = ["Local authority", "Number of caseholders", "Average caseload per child and family social worker"];
  it("places a row by its council, and a joint row by neither alone", () => {
    expect(extractTableRow("| Sutton | 70.4 | 12.6 |", header, { date: "2018-04-10" }).map((figure) => figure.geography)).toEqual(["Sutton", "Sutton"]);
    expect(extractTableRow("| Kingston upon Thames/Richmond upon Thames | 61.0 | 10.9 |", header, { date: "2018-04-10" })[1]?.geography).toBe("Kingston upon Thames/Richmond upon Thames");
  });

  it("counts no registered homes in an event's count", () => {
    expect(read("This was due to the voluntary resignation of 47 homes from Ofsted's register.", "2022-01-01")[0]?.measure).toBeUndefined();
  });
});

describe("the youth custody trial's 'since' clauses", () => {
  it("dates no figure by the year a 'since' clause starts from, past an acronym or a date in brackets", () => {
    expect(read("There was a monthly average of 75 use of force incidents per 100 children, the second highest rate since the first implementation of Managing and Minimising Physical Restraint (MMPR) in 2013.", "2023-02-09")[0]?.period).toBe("2023");
    expect(read("Since the last inspection (June 2016), there were four occasions when a child complained of being unable to breathe.", "2017-06-13")[0]?.period).toBe("2017");
  });
});

describe("the children's homes workforce trial's shapes", () => {
  it("reads no social workers' rate in the figures of children's homes staff", () => {
    const vacancies = read("Between August 2019 and the same month this year, vacancies for registered managers of children's homes rose from 8% to 13%.", "2021-09-01");
    expect(vacancies.map((figure) => figure.measure)).toEqual([undefined, undefined]);
    const left = byText("In the year to March, 33% of permanent care staff in children's homes left their role.", "2021-09-01");
    expect(left.get("33%")?.measure).toBeUndefined();
    expect(read("Social worker turnover was 15.9% in 2023.", "2024-02-01")[0]?.measure).toMatchObject({ indicator: "turnover", population: "social-workers" });
  });

  it("counts no children's homes in houses built or powered, past a hedge", () => {
    for (const sentence of ["The council's lettings company has built more than 700 homes for private rent.", "The solar farm makes enough electricity to power more than 700 homes."]) {
      expect(read(sentence, "2020-06-01")[0]?.measure, sentence).toBeUndefined();
    }
    expect(read("There were more than 2,400 children's homes in 2020.", "2021-06-01")[0]?.measure).toMatchObject({ indicator: "registered" });
  });

  it("counts no registered homes in a study's sample", () => {
    expect(read("Ofsted published a study based on 79 homes and 110 children.", "2022-06-01")[0]?.measure).toBeUndefined();
  });
});
