// Sentence shapes found in text the rules were not tuned on (the second held-out set), each in our
// own words: what each figure measures, where and when.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/archive/buildArchive.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { extractTableRow } from "../../src/extract/figures/tables.ts";
import { textToBlocks } from "../../src/ingest/blocks.ts";
import { articleOf } from "../helpers/articles.ts";

type Row = [string, string | undefined, string | undefined, string | undefined];

function read(sentence: string, date = "2024-02-01"): Row[] {
  return extractFigures(sentence, { date }).map((figure) => [figure.text, figure.measure?.indicator, figure.geography, figure.period]);
}

function article(text: string, title = "A test article", date = "2024-02-01"): Row[] {
  const { figures } = extractArticle({ source: { id: "a", title, date }, file: "a.md", blocks: textToBlocks(text), hash: "0" });
  return figures.map((figure) => [figure.text, figure.measure?.indicator, figure.geography, figure.period]);
}

describe("figures in one sentence", () => {
  it("gives places to figures 'respectively', or none when the counts differ", () => {
    expect(read("Leeds and the North West had agency rates of 12 and 15 per cent respectively.")).toEqual([
      ["12", "agency-rate", "Leeds", "2024"],
      ["15 per cent", "agency-rate", "North West", "2024"],
    ]);
    expect(read("Inner and Outer London had agency rates of 25.1 and 24.8 per cent respectively.").map((row) => row[2])).toEqual([undefined, undefined]);
  });

  it("reads 'a growth in the care population of 5,600' as a change, not a level", () => {
    const found = read("Placements grew by 4,400 (to 14,300), compared with an overall growth in the care population of 5,600 (to 83,600).");
    expect(found.map(([text, indicator]) => [text, indicator]).slice(2)).toEqual([
      ["5,600", undefined],
      ["83,600", "children-looked-after"],
    ]);
  });

  it("reads a financial year written with one digit ('2022-3') as that year, not a figure", () => {
    expect(read("Councils overspent by £600m in 2022-3.")).toEqual([["£600m", "overspend", undefined, "2022-23"]]);
    expect(read("For 2023-4 the council expects to overspend by £5m.")).toEqual([["£5m", "overspend", undefined, "2023-24"]]);
  });

  it("never places a figure where a place only says where a council is", () => {
    expect(read("Two more councils – Ealing in London and Wigan in Greater Manchester – were rated requires improvement.").map((row) => row[2])).toEqual([undefined]);
    expect(read("Kent County Council in the South East looked after 2,100 children in 2023.").map((row) => row[2])).toEqual(["Kent"]);
    expect(read("Two councils in London were rated inadequate.").map((row) => row[2])).toEqual(["London"]);
  });

  it("keeps two clauses' figures apart: 'from X …, while … to Y' is no range", () => {
    expect(read("Turnover fell to 12.1 per cent from 14.2 per cent, while caseloads edged down to 15.9.").map(([text, indicator]) => [text, indicator])).toEqual([
      ["12.1 per cent", "turnover"],
      ["14.2 per cent", "turnover"],
      ["15.9", "caseload"],
    ]);
  });

  it("drops 'at least one' of an event, and reads 'X of Y were inadequate' with its total measuring nothing", () => {
    expect(read("Forty councils had at least one change of director in 2023-24.")).toEqual([["Forty", "director-change", undefined, "2023-24"]]);
    expect(read("Among councils, 12 of 153 were inadequate, down from 15 a year earlier.").map(([text, indicator]) => [text, indicator])).toEqual([
      ["12", "inadequate"],
      ["153", undefined],
      ["15", "inadequate"],
    ]);
  });

  it("places a figure at the place named right after it", () => {
    expect(read("Agency rates ranged from 6.1 per cent in Yorkshire and the Humber to 19.2 per cent in London.").map((row) => row[2])).toEqual(["Yorkshire and The Humber", "London"]);
  });

  it("gives money 'over budget' to the overspend, and a budget stated with 'was' to the budget", () => {
    expect(read("Surrey's children's services finished the year £9.4m over budget.")[0]?.[1]).toBe("overspend");
    expect(read("The county's children's services budget for 2022/23 was £88.1m, so spending is on course to run 9 per cent over.")[0]?.[1]).toBe("budget");
  });
});

describe("figures read with the article around them", () => {
  it("dates 'That compares with 41 councils in 2022-23' to the measure before it", () => {
    expect(article("Fifty-two councils changed their director of children's services in 2023-24.\n\nThat compares with 41 councils in 2022-23.").map(([text, indicator, , period]) => [text, indicator, period])).toEqual([
      ["Fifty-two", "director-change", "2023-24"],
      ["41", "director-change", "2022-23"],
    ]);
  });

  it("reads a rate that names nothing as the rate of what the article last counted, with its base as its unit", () => {
    const { figures } = extractArticle({ source: { id: "r", title: "Care numbers", date: "2024-11-21" }, file: "r.md", blocks: textToBlocks("There were 83,630 children looked after at 31 March 2024.\n\nThe rate fell to 70 per 10,000 children."), hash: "0" });
    expect(figures.map((figure) => [figure.text, figure.unit, figure.measure?.indicator])).toEqual([
      ["83,630", "children", "children-looked-after"],
      ["70", "per 10,000 children", "children-looked-after-rate"],
    ]);
  });

  it("reads 'the council' as the one council the article names, and a council's name opening a sentence as a place", () => {
    expect(article("Halton looked after 390 children on 31 March 2024.\n\nThe council's agency rate was 41 per cent.", "Halton rated inadequate", "2024-07-16").map((row) => row[2])).toEqual(["Halton", "Halton"]);
    expect(article("Leeds and Halton were both inspected.\n\nThe council's agency rate was 41 per cent.", "Councils inspected").map((row) => row[2])).toEqual([undefined]);
  });
});

describe("more shapes from the third held-out set", () => {
  it("gives a table dated by its rows the population its lead-in names", () => {
    const text = ["Children's homes by overall grade:", "", "| As at | Outstanding | Inadequate |", "|---|---|---|", "| 31 March 2021 | 301 | 52 |"].join("\n");
    expect(article(text, "Homes by grade", "2024-05-16").map(([text, indicator, , period]) => [text, indicator, period])).toEqual([
      ["301", "outstanding", "2021"],
      ["52", "inadequate", "2021"],
    ]);
    const { figures } = extractArticle({ source: { id: "t", title: "Homes by grade", date: "2024-05-16" }, file: "t.md", blocks: textToBlocks(text), hash: "0" });
    expect(figures.map((figure) => figure.measure?.population)).toEqual(["childrens-homes", "childrens-homes"]);
  });

  it("reads 'on a budget of £58.2m' as the budget's label, not the overspend's", () => {
    expect(read("The council expects to overspend by £6.1m in 2023-24, on a budget of £61.0m.").map(([text, indicator]) => [text, indicator])).toEqual([
      ["£6.1m", "overspend"],
      ["£61.0m", "budget"],
    ]);
  });
});

describe("rates and ages", () => {
  it("reads '67 children in every 10,000' as a rate per head, not a share of 0.67 %, and 'under 18' as an age", () => {
    const [rate, ...rest] = extractFigures("Swindon looked after 410 children, a rate of 67 children in every 10,000 under 18.", { date: "2024-02-01" }).slice(1);
    expect([rate?.text, rate?.value, rate?.unit]).toEqual(["67", 67, "in every 10,000"]);
    expect(rest).toEqual([]);
    expect(extractFigures("One in seven councils was inadequate.")[0]?.value).toBeCloseTo(14.29, 2);
    expect(extractFigures("There were 12 children aged 16 in care.").map((figure) => figure.text)).toEqual(["12"]);
  });

  it("gives such a rate the measure of what the article counted", () => {
    expect(article("Swindon looked after 410 children at 31 March 2024.\n\nThat is a rate of 67 children in every 10,000.", "Swindon", "2024-09-01").map(([text, indicator]) => [text, indicator])).toEqual([
      ["410", "children-looked-after"],
      ["67", "children-looked-after-rate"],
    ]);
  });
});

describe("a count of a population, then its predicate", () => {
  it("gives the predicate to the share or count the total is of ('24 of 41 councils required improvement')", () => {
    expect(read("By January 2015, 24 of 41 councils required improvement.", "2015-01-23").map(([text, indicator]) => [text, indicator])).toEqual([
      ["24", "requires-improvement"],
      ["41", undefined],
    ]);
  });
});

describe("a council name that opens the sentence", () => {
  const placeOf = (sentence: string, claim = false) => extractFigures(sentence, { date: "2023-06-15", claim }).map((figure) => [figure.text, figure.geography]);

  it("is where a claim's figure applies, unless a verb of speech shows a person", () => {
    expect(placeOf("Bradford overspent its children's services budget by £28.6m in 2022-23.", true)).toEqual([["£28.6m", "Bradford"]]);
    expect(placeOf("Kent, rated outstanding, overspent by £42.6m in 2022-23.", true)).toEqual([["£42.6m", "Kent"]]);
    expect(placeOf("Kent said 40 per cent of its social workers had left.", true)).toEqual([["40 per cent", undefined]]);
    // A name that is also a word says nothing alone, even in a claim.
    expect(placeOf("Reading the report, 40 per cent of social workers had left.", true)).toEqual([["40 per cent", undefined]]);
  });

  it("is not sure enough in an article's sentence when it is also a person's name, but is when possessive or followed by 'Council'", () => {
    expect(placeOf("Bradford overspent its children's services budget by £28.6m in 2022-23.")).toEqual([["£28.6m", undefined]]);
    expect(placeOf("Bradford's overspend reached £28.6m in 2022-23.")).toEqual([["£28.6m", "Bradford"]]);
    expect(placeOf("Kent County Council overspent by £42.6m in 2022-23.")).toEqual([["£42.6m", "Kent"]]);
    // A name that is neither a word nor a person's is a place anywhere.
    expect(placeOf("Norfolk overspent by £14.5m in 2022-23.")).toEqual([["£14.5m", "Norfolk"]]);
  });
});

describe("changes and nothing", () => {
  it("reads 'from X to Y' after a change verb a few words back as two figures, not a range", () => {
    const found = extractFigures("The number of fostering agencies judged inadequate more than doubled in a year, from 11 to 25, the figures show.", { date: "2019-06-01" });
    expect(found.map((figure) => figure.text)).toEqual(["11", "25"]);
    expect(extractFigures("Caseloads ranged from 12 to 30 cases.", { date: "2019-06-01" }).map((figure) => figure.text)).toEqual(["from 12 to 30"]);
  });

  it("reads 'not one' as none, never as a count of one", () => {
    expect(extractFigures("Not one council has been rated outstanding this year.", { date: "2019-06-01" })).toEqual([]);
  });
});

describe("'last year'", () => {
  it("is the year before the article's, even after the article dated its data to another day", () => {
    const figures = extractArticle(
      articleOf("t", "Workforce", "2024-02-22", "At 30 September 2023, 24.3 per cent of the borough's children's social workers were agency staff.", "Last year 27.5 per cent of its social workers left."),
    ).figures;
    expect(figures.find((figure) => figure.text === "27.5 per cent")?.period).toBe("2023");
  });
});

describe("a figure compared with a rate", () => {
  it("is a rate too, in the same unit", () => {
    const [now, before] = extractFigures("That is a rate of 58 children in every 10,000, compared with 61 in 2022.", { date: "2023-11-16" });
    expect(now).toMatchObject({ text: "58", unit: "in every 10,000" });
    expect(before).toMatchObject({ text: "61", unit: "in every 10,000", period: "2022" });
  });
});

describe("'last <month>'", () => {
  it("is this year's month when it has passed by the article's date, else last year's", () => {
    const period = (date: string) => extractFigures("The agency rate was 24.5 per cent last September.", { date })[0]?.period;
    expect(period("2023-03-01")).toBe("2022");
    expect(period("2023-09-20")).toBe("2022");
    expect(period("2023-11-20")).toBe("2023");
  });
});

describe("rates per head named in other ways", () => {
  it("reads 'the England rate of 69' after a rate per 10,000 as a rate in the same unit", () => {
    const found = extractFigures("Halton had 420 children in care, a rate of 120 per 10,000 children, against the England rate of 69.", { date: "2024-12-05" });
    expect(found.find((figure) => figure.text === "69")).toMatchObject({ unit: "per 10,000 children" });
    const average = extractFigures("The town had 300 children in care, a rate of 98 per 10,000 children, well above the national average of 70.", { date: "2022-09-08" });
    expect(average.find((figure) => figure.text === "70")).toMatchObject({ unit: "per 10,000 children" });
  });

  it("leaves an average of cases an average", () => {
    const found = extractFigures("Social workers held an average of 17 cases, against a national average of 16.", { date: "2024-12-05" });
    expect(found.map((figure) => figure.unit)).not.toContain("per 10,000 children");
  });

  it("reads a table column 'Rate per 10,000' as a rate per 10,000", () => {
    const [count, rate] = extractTableRow("| Tyneside | 1,040 | 96 |", ["Area", "Children looked after", "Rate per 10,000"], { date: "2025-11-13" });
    expect(count).toMatchObject({ text: "1,040", measure: { indicator: "children-looked-after" } });
    expect(rate).toMatchObject({ text: "96", unit: "per 10,000" });
  });
});

describe("money added", () => {
  it("is a change, not the budget it is added to", () => {
    const found = extractFigures("Wigan will spend an extra £8.1m on children's social care in 2025-26, taking its budget to £190m.", { date: "2025-03-20" });
    expect(found.map((figure) => [figure.text, figure.measure?.indicator, figure.change])).toEqual([["£8.1m", undefined, true], ["£190m", "budget", undefined]]);
    expect(extractFigures("The council agreed to add £2.5m to its budget.", { date: "2025-03-20" })[0]).toMatchObject({ change: true });
  });
});

describe("a clause opened by ', during which'", () => {
  it("keeps its measure to itself: the count of social workers before it is no caseload", () => {
    const found = extractFigures("The county's full-time equivalent of social workers rose from 300 to 320 between 2018 and 2021, during which time average caseloads fell from 21.5 to 18.", { date: "2022-03-01" });
    expect(found.filter((figure) => ["300", "320"].includes(figure.text)).map((figure) => figure.measure?.indicator)).toEqual([undefined, undefined]);
    expect(found.find((figure) => figure.text === "21.5")?.measure?.indicator).toBe("caseload");
  });
});

describe("'the department' in an article about one council", () => {
  const story = "Doncaster Council's children's services are forecast to overspend this year, councillors were told.\n\nThe department overspent by £5.1m in 2021-22.";

  it("is that council's children's services", () => {
    expect(article(story, "Doncaster overspend", "2022-11-16")).toEqual([["£5.1m", "overspend", "Doncaster", "2021-22"]]);
  });

  it("may be the Department for Education once the article has named it, and a capitalised Department is it", () => {
    const withDfe = story.replace("councillors were told.", "councillors were told, as the Department for Education reviews funding.");
    expect(article(withDfe, "Doncaster overspend", "2022-11-16")[0]?.[2]).toBeUndefined();
    expect(article(story.replace("The department", "The Department"), "Doncaster overspend", "2022-11-16")[0]?.[2]).toBeUndefined();
  });
});

describe("'the region' in an article that names one region", () => {
  it("is that region, and nothing when the article names two", () => {
    const story = "Bradford is one of the largest councils in Yorkshire and the Humber.\n\nAcross the region the agency rate was 15.8 per cent, below the England rate of 17.9 per cent.";
    expect(article(story, "Agency staff", "2024-03-02").map((row) => [row[0], row[2]])).toEqual([
      ["15.8 per cent", "Yorkshire and The Humber"],
      ["17.9 per cent", "England"],
    ]);
    const two = story.replace("Yorkshire and the Humber.", "Yorkshire and the Humber, next to the North West.");
    expect(article(two, "Agency staff", "2024-03-02")[0]?.[2]).toBeUndefined();
  });
});

describe("a council that opens a sentence of several clauses", () => {
  it("holds for the later clauses, not the region that describes it", () => {
    const rows = read("In Yorkshire’s largest city, Leeds City Council spent £150.2m in the year, compared with a budget of £121.9m – an overspend of £28.3m.", "2017-06-01");
    expect(rows.map((row) => row[2])).toEqual(["Leeds", "Leeds", "Leeds"]);
  });

  it("not past another subject or a contrast", () => {
    const rows = read("Manchester City Council overspent by £28m, while councils overspent by £790m in all.", "2017-06-01");
    expect(rows.map((row) => row[2])).toEqual(["Manchester", undefined]);
  });
});

describe("a year a figure is compared with", () => {
  it("'the previous year's 2,071' is the year before's, and only that figure's", () => {
    expect(read("There were 2,160 homes at 31 March 2018, a rise on the previous year's 2,090.", "2018-07-20").map((row) => row[3])).toEqual(["2018", "2017"]);
    expect(read("Referrals rose to 640,000 from last year's 615,000.", "2017-07-20").map((row) => row[3])).toEqual(["2017", "2016"]);
  });

  it("'the lowest level since the first census in 2009-10' dates nothing", () => {
    expect(read("There were 590,000 referrals, their lowest level since the first full children in need census in 2009-10.", "2013-10-31")[0]?.[3]).toBe("2013");
  });
});

describe("the size of a change", () => {
  it("'an increase of 74 homes' is a change, and the year it is counted on is not the level's", () => {
    expect(read("There were 2,160 homes at 31 March 2018, an increase of 70 homes on the year before.", "2018-07-20")).toEqual([
      ["2,160", "registered", undefined, "2018"],
      ["70", undefined, undefined, "2018"],
    ]);
    expect(read("Councils overspent by £790m, an increase of £190m on the year before.", "2018-08-01").map((row) => row[1])).toEqual(["overspend", undefined]);
    expect(read("There were 560 referrals, up on last year.", "2017-07-20")[0]?.[3]).toBe("2017");
  });
});

describe("one person", () => {
  it("'One child … said' counts nothing; 'One council was rated outstanding' still counts a council", () => {
    expect(read("One child aged between four and seven, given the name Sam, said she liked her carer.", "2018-11-15")).toEqual([]);
    expect(read("One council was rated outstanding.", "2018-11-15")[0]?.[1]).toBe("outstanding");
  });
});
