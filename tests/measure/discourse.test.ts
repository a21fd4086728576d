// What a figure measures when its sentence points back to the article ("This is …", "this rating"):
// sentences of our own, read in order as an article is.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/archive/buildArchive.ts";
import type { Article } from "../../src/types.ts";

function article(...paragraphs: string[]): Article {
  return {
    source: { id: "a", title: "A test article", publisher: "Test", date: "2022-07-07", url: "https://example.org/a" },
    file: "a.md",
    blocks: paragraphs.map((text) => ({ kind: "paragraph" as const, text })),
    hash: "0",
  };
}

function measured(...paragraphs: string[]) {
  return extractArticle(article(...paragraphs)).figures.map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, population: figure.measure?.population }));
}

describe("a sentence pointing back to the one before", () => {
  it("lends its measure to a figure of the same kind", () => {
    const figures = measured("In March 2022, 17 councils were rated inadequate.", "This is an increase from 13 a year earlier.");
    expect(figures[1]).toEqual({ text: "13", indicator: "inadequate", population: "councils" });
  });

  it("lends its place too, and dates 'the previous March' a year before the March it stated", () => {
    const figures = extractArticle(article("Leeds had 690 children in care at the end of March 2024.", "This is an increase from 601 the previous March.")).figures;
    expect(figures.map((figure) => [figure.text, figure.measure?.indicator, figure.geography, figure.period])).toEqual([
      ["690", "children-looked-after", "Leeds", "2024"],
      ["601", "children-looked-after", "Leeds", "2023"],
    ]);
  });

  it("keeps the place of the sentence before for a figure with a measure of its own, and counts 'the previous year' back from its year (hry118)", () => {
    const read = (...paragraphs: string[]) => extractArticle(article(...paragraphs)).figures.map((figure) => [figure.text, figure.geography, figure.period]);
    expect(read("In Norfolk, there were 6,260 referrals to social services in 2023/24.", "That was up on the 6,253 referrals made the previous year.")).toEqual([
      ["6,260", "Norfolk", "2023-24"],
      ["6,253", "Norfolk", "2022-23"],
    ]);
    expect(read("There were 657,800 referrals in 2012-13.", "This represents an increase of 10.8 per cent over the previous year, when there were 593,900 referrals.").slice(-1)).toEqual([["593,900", undefined, "2011-12"]]);
  });

  it("never lends a level's measure to a change", () => {
    const figures = measured("At the end of August 2019, 49% of councils were judged good or outstanding.", "This is 13 percentage points higher than after their first inspections.");
    expect(figures[1]).toMatchObject({ text: "13 percentage points", indicator: undefined });
  });

  it("lends a count's measure only to a count of the same thing", () => {
    const figures = measured("We received 780 complaints about 575 providers.", "This is a decrease on the previous year, when there were 932 complaints about 629 providers.");
    expect(figures.find((figure) => figure.text === "932")).toMatchObject({ indicator: "complaints" });
    expect(figures.find((figure) => figure.text === "629")).toMatchObject({ indicator: undefined });
  });

  it("reads councils and local authorities as the same thing counted", () => {
    const figures = measured("A quarter of councils, 38 in all, were rated inadequate.", "In 2023 this rating was held by 30 local authorities.");
    expect(figures.find((figure) => figure.text === "30")).toMatchObject({ indicator: "inadequate", population: "councils" });
  });

  it("continues a breakdown by place in a sentence with nothing else", () => {
    const figures = measured("In the north, 81% of children's homes were good or outstanding. The midlands had 72% and the south 66%.");
    expect(figures.slice(1)).toEqual([
      { text: "72%", indicator: "good-or-better", population: "childrens-homes" },
      { text: "66%", indicator: "good-or-better", population: "childrens-homes" },
    ]);
    // Without a place of its own, an elliptical figure stays without a measure.
    expect(measured("In the north, 81% of children's homes were good or outstanding. Elsewhere it had 72%.")[1]?.indicator).toBeUndefined();
  });
});

describe("the headline", () => {
  it("is read for figures like the first sentence", () => {
    const headline = extractArticle({ ...article("Inspectors published their report today."), source: { id: "h", title: "One in five councils rated inadequate", date: "2019-03-31" } }).figures;
    expect(headline[0]).toMatchObject({ text: "One in five", sentence: "One in five councils rated inadequate", measure: { indicator: "inadequate", population: "councils" } });
  });

  it("leaves a figure the body states too to the body's sentence", () => {
    const figures = extractArticle({ ...article("Ofsted found that 20% of councils in England were rated inadequate in 2019."), source: { id: "h", title: "One in five councils rated inadequate", date: "2019-03-31" } }).figures;
    expect(figures.map((figure) => figure.text)).toEqual(["20%"]);
  });

  it("dates a figure the article leaves undated to the reference day it stated before", () => {
    const figures = extractArticle({ ...article("There were 32,000 children's social workers at the end of September 2022, compared with 31,000 a year earlier.", "Average caseloads rose to 16.6."), source: { id: "w", title: "Workforce", date: "2023-02-23" } }).figures;
    expect(figures.find((figure) => figure.text === "16.6")).toMatchObject({ period: "2022", periodFrom: "article" });
    // A comparison's date is not the article's: the latest stated period is.
    const compared = extractArticle({ ...article("As at 31 March 2024, 60% of councils were good, compared with 53% as at 31 March 2022.", "Around 20 councils were inadequate."), source: { id: "c", title: "Outcomes", date: "2024-08-30" } }).figures;
    expect(compared.find((figure) => figure.text === "20")?.period).toBe("2024");
    // A sentence that says what year the data are for dates what follows, though it states no figure.
    const announced = extractArticle({ ...article("Figures for 2022 were published by the Department for Education today.", "Agency workers reached a record 6,700."), source: { id: "f", title: "Workforce", date: "2023-02-23" } }).figures;
    expect(announced.find((figure) => figure.text === "6,700")?.period).toBe("2022");
  });

  it("takes no reference day from a day in the story, nor from “at the time that …”", () => {
    const figures = extractArticle({ ...article("The boy was just 14 months old when he was taken to hospital on 3 March 2019.", "“At the time that my review was conducted the council had 97 social work vacancies,” said the report."), source: { id: "r", title: "Review", date: "2021-12-02" } }).figures;
    expect(figures.find((figure) => figure.text === "97")).toMatchObject({ period: "2021", periodFrom: "article" });
  });

  it("continues the period the sentence just before stated for the same measure, and only then", () => {
    const dated = (paragraphs: string[], date = "2023-07-20") =>
      extractArticle({ ...article(...paragraphs), source: { id: "p", title: "Spending", date } }).figures.map((figure) => [figure.text, figure.measure?.indicator, figure.period]);
    // The same measure, no period of its own: the one the sentence before gave it.
    expect(dated(["Councils in England overspent their budgets by £900m in 2021-22.", "Leeds reported the largest overspend, £31m."])).toContainEqual(["£31m", "overspend", "2021-22"]);
    // A figure "at that point" is of the sentence before's day, whatever it measures.
    expect(dated(["A year earlier, 210 homes had been outstanding.", "Good homes numbered 1,050 at that point."], "2016-10-01")).toContainEqual(["1,050", "good", "2015"]);
    // The earlier figure's period in a comparison is not the sentence's own.
    expect(dated(["The agency rate was 16.1 per cent, up from 15.0 per cent in 2021.", "The vacancy rate in the south reached 14.0 per cent."], "2022-03-01")).toContainEqual(["14.0 per cent", "vacancy-rate", "2022"]);
    expect(dated(["The agency rate was 16.1 per cent, up from 15.0 per cent in 2021.", "Bristol's agency rate was 19.0 per cent."], "2022-03-01")).toContainEqual(["19.0 per cent", "agency-rate", "2022"]);
    // A period continued from the sentence before goes no further, and the earlier figure's beside it lends nothing.
    expect(dated(["At 30 September 2021, 22 per cent of social workers in London were agency workers.", "Across England the agency rate was 15.5 per cent, up from 15.4 per cent in 2020.", "The South West's agency rate was 17.8 per cent."], "2022-03-01")).toContainEqual(["17.8 per cent", "agency-rate", "2021"]);
    // Another measure, or a sentence further back, lends nothing.
    expect(dated(["Councils overspent by £900m in 2021-22.", "Ofsted rated 12 councils inadequate."])).toContainEqual(["12", "inadequate", "2023"]);
    expect(dated(["Councils overspent by £900m in 2021-22.", "Pressures grew across the year.", "Leeds overspent by £31m."])).toContainEqual(["£31m", "overspend", "2023"]);
  });

  it("reads 'It was …' as the one measure the sentence before named without a figure, and where", () => {
    const figures = extractArticle({ ...article("The South West had the highest agency rate in England. It was 19.2 per cent in 2023."), source: { id: "i", title: "Agency", date: "2024-02-27" } }).figures;
    expect(figures[0]).toMatchObject({ text: "19.2 per cent", measure: { indicator: "agency-rate", population: "social-workers" }, geography: "South West" });
    // Nothing named, nothing lent.
    const none = extractArticle({ ...article("Inspectors published their report.", "It was 12 pages long."), source: { id: "n", title: "Report", date: "2024-02-27" } }).figures;
    expect(none[0]?.measure).toBeUndefined();
  });

  it("reads a list line's figure by what its heading names", () => {
    const figures = extractArticle({
      source: { id: "l", title: "Regions", date: "2025-02-27" },
      file: "l.md",
      blocks: [
        { kind: "heading", text: "Agency social workers by region, September 2024" },
        { kind: "list-item", text: "London: 20.1%" },
        { kind: "list-item", text: "North West: 12.3%" },
      ],
      hash: "l",
    }).figures;
    expect(figures.map((figure) => [figure.text, figure.measure?.indicator, figure.period, figure.geography])).toEqual([
      ["20.1%", "agency-rate", "2024", "London"],
      ["12.3%", "agency-rate", "2024", "North West"],
    ]);
  });

  it("gives an indicator of several populations the one of them the article has named", () => {
    const [turnover] = measured("Councils are struggling to keep children's social workers.", "Turnover was 13.4 per cent in 2017.");
    expect(turnover).toMatchObject({ indicator: "turnover", population: "social-workers" });
    // An article that has named both leaves it unsettled.
    const both = measured("Directors and social workers are leaving councils.", "Turnover was 13.4 per cent in 2017.");
    expect(both[0]).toMatchObject({ indicator: "turnover", population: undefined });
  });
});

describe("a population's head noun alone", () => {
  it("means the kind of it the article last named", () => {
    const figures = measured(
      "At 31 March 2022, 88 per cent of independent fostering agencies were good or outstanding, compared with 81% of children's homes.",
      "Of the 301 agencies, 52 were outstanding and 215 good.",
    );
    expect(figures.find((figure) => figure.text === "52")).toEqual({ text: "52", indicator: "outstanding", population: "fostering-agencies" });
    expect(figures.find((figure) => figure.text === "81%")).toEqual({ text: "81%", indicator: "good-or-better", population: "childrens-homes" });
  });

  it("without such a word, a grade takes the population the article last graded", () => {
    const figures = measured("At 31 March 2022, 81% of children's homes were good or outstanding.", "Of the rest, 52 were inadequate.");
    expect(figures.find((figure) => figure.text === "52")).toEqual({ text: "52", indicator: "inadequate", population: "childrens-homes" });
  });
});

describe("a date an earlier sentence gives", () => {
  it("dates the next sentence's figures by a day stated against the article's ('As of September last year', hry101)", () => {
    const periods = extractArticle(article("As of September last year, there were 7,900 vacancies for children's social workers in England.", "The vacancy rate was 17.2 per cent.")).figures.map((figure) => [figure.text, figure.period]);
    expect(periods).toEqual([
      ["7,900", "2021"],
      ["17.2 per cent", "2021"],
    ]);
  });

  it("is no date of a running total, nor the date of a span of years", () => {
    const periods = (...paragraphs: string[]) => extractArticle(article(...paragraphs)).figures.map((figure) => [figure.text, figure.period]);
    // A span of years is not the day the article's data are for: later figures keep the article's year.
    expect(periods("Ofsted published three reports between October 2013 and June 2016.", "Just two councils have been rated outstanding.")).toEqual([
      ["three", "2013"],
      ["two", "2022"],
    ]);
    // A running total ("since November 2013") counts to the article's date, whatever day was named before.
    expect(periods("At the end of March 2021, 12 councils were rated inadequate.", "Of the 140 councils inspected since November 2013, 30 have been rated inadequate.").slice(-1)).toEqual([["30", "2022"]]);
  });
});

describe("the sentence after one naming a survey", () => {
  it("reports the survey's answers, not the official average it sounds like", () => {
    const figures = measured("Two in five practitioners said their workload was unmanageable, according to a union poll of 900 members.", "The average caseload among them was 27.");
    expect(figures.find((figure) => figure.text === "27")).toMatchObject({ indicator: undefined });
  });

  it("leaves the measure of a sentence citing an official source, or one further on", () => {
    const official = measured("Many practitioners answered an online survey in the spring.", "Official figures show the average caseload was 16.3.");
    expect(official.find((figure) => figure.text === "16.3")).toMatchObject({ indicator: "caseload" });
    const later = measured("Many practitioners answered an online survey in the spring.", "Councils were asked about their budgets.", "The average caseload was 16.3.");
    expect(later.find((figure) => figure.text === "16.3")).toMatchObject({ indicator: "caseload" });
  });
});

describe("a breakdown of homes by region (hry74)", () => {
  const read = (...paragraphs: string[]) => extractArticle(article(...paragraphs)).figures.map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, subgroup: figure.measure?.subgroup }));

  it("drops the subgroup where a population is named again, unnarrowed, and goes on from no figure when the sentence before measured two things", () => {
    const figures = read("Leeds has the fewest council-run homes (12) and the second fewest children's homes in total (81). The region with the fewest is the North East with 90.");
    expect(figures).toEqual([
      { text: "12", indicator: "registered", subgroup: "council-run homes" },
      { text: "81", indicator: "registered", subgroup: undefined },
      { text: "90", indicator: undefined, subgroup: undefined },
    ]);
    // One measure before: the breakdown goes on ("… the lowest rate").
    const rates = read("Across England the re-referral rate was 23.1 per cent, with 140,000 re-referrals out of 600,000 referrals.", "Leeds recorded the lowest rate, at 15.2 per cent.");
    expect(rates.at(-1)).toMatchObject({ text: "15.2 per cent", indicator: "re-referrals" });
  });

  it("never counts homes that closed or de-registered as how many there are", () => {
    expect(read("A further 21 homes de-registered after warning notices.")[0]?.indicator).toBeUndefined();
    expect(read("Ten children's homes were closed down last year.")[0]?.indicator).toBeUndefined();
    expect(read("There were 2,304 children's homes in 2019.")[0]?.indicator).toBe("registered");
  });
});

describe("a story that moves on from the day it states (hry87)", () => {
  it("dates what follows 'since then' by the article, not by that day", () => {
    const figures = extractArticle(article("The rate had climbed to 18% by March 2021, and it has risen significantly since then.", "Over 40% of councils in London hold a top grade.")).figures;
    expect(figures.map((figure) => [figure.text, figure.period])).toEqual([["18%", "2021"], ["40%", "2022"]]);
  });

  it("counts no graded group a story is about as all councils with the grade: 'improvement at five inadequate councils'", () => {
    const figures = extractArticle(article("Ofsted found varying rates of improvement at four 'inadequate' local authorities, following visits last month.")).figures;
    expect(figures[0]?.measure).toBeUndefined();
  });
});

describe("a day of its own with no year (hry90)", () => {
  it("is the article's, not the last day another sentence stated: 'As of September 1 there was a 35 per cent vacancy rate'", () => {
    const figures = extractArticle(article("At the end of August, the number of children in care had risen to 690 from 540 at the end of March 2020, the report said.", "As of September 1 there was a 33 per cent vacancy rate.")).figures;
    expect(figures.find((figure) => figure.text === "33 per cent")?.period).toBe("2022");
  });
});
