// Sentences in the shapes of three trials (ILACS tallies hry154, disabled children and residential
// special schools hry155, the workforce census hry156), written for the test.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { articleOf } from "../helpers/articles.ts";
import { answerBesideRecord, seedCore } from "../helpers/seedCore.ts";

const claim = (sentence: string) => extractFigures(sentence, { claim: true })[0];
const read = (sentence: string, date = "2019-06-01") => extractFigures(sentence, { date });
const inArticle = (date: string, ...paragraphs: string[]) => {
  const archive = buildArchive([articleOf("a", "A test article", date, ...paragraphs)]);
  const answer = createAnswerer(archive);
  return { archive, answer, check: (text: string) => answer(`check ${text}`).checks![0]! };
};

describe("councils' grades in force and a year's inspections (hry154)", () => {
  it("'now' dates a figure by the article, not by a day stated before", () => {
    const { archive } = inArticle("2020-07-09", "As of April last year, there were 151 local authorities.", "Half of all councils are now judged good or outstanding, the report says.");
    expect(archive.figures.find((figure) => figure.text === "Half")?.period).toBe("2020");
  });
  it("a count of councils holding a grade settles no claim about a year's inspections", () => {
    const { check } = inArticle("2025-07-01", "As of today, 39 of the 153 authorities (25%) are top graded, with the proportion of outstanding-rated authorities having doubled since 2021, when the figure stood at 13%.");
    const flow = check("39 of the councils inspected in 2025 were rated outstanding");
    expect(flow.verdict).toBe("unverified");
    expect(flow.reason).not.toMatch(/\(it has 2025\)/);
    expect(check("39 councils were rated outstanding in 2025").verdict).toBe("supported");
  });
  it("a trend keeps grades in force apart from a year's inspections", () => {
    const { answer } = inArticle("2025-07-01", "As of today, 39 of the 153 authorities (25%) are top graded, with the proportion of outstanding-rated authorities having doubled since 2021, when the figure stood at 13%.", "By comparison, 17 of the 48 authorities (35%) inspected last year were top rated.");
    const series = answer("trend outstanding").series ?? [];
    expect(series.map((figure) => figure.text)).not.toContain("35%");
    expect(series.map((figure) => figure.text)).toEqual(["13%", "25%"]);
  });
  it("the record's count at 31 March does not refute an article's count of the year's inspections", async () => {
    const core = await seedCore();
    const article = articleOf("ilacs", "Outstanding councils", "2025-07-01", "By comparison, 17 of the 48 authorities (35%) inspected last year were top rated, as were eight of the 43 (19%) visited by Ofsted in 2023.");
    const check = answerBesideRecord(core, article, "check 8 councils were rated outstanding in 2023").checks![0]!;
    expect(check.verdict).toBe("unverified");
  });
});

describe("residential special schools (hry155)", () => {
  it("schools where something happened are no count of schools registered", () => {
    expect(read("A national review has revealed serious failures at three residential special schools registered as children's homes.", "2022-10-01")[0]?.measure).toBeUndefined();
  });
  it("places in them are places, not schools", () => {
    expect(claim("there were 5,024 places in residential special schools in 2018")?.measure).toMatchObject({ indicator: "places", population: "residential-special-schools" });
  });
});

describe("the workforce census (hry156)", () => {
  it("a region said to hold the lowest rate is the figure's place", () => {
    expect(read("The lowest rate is in Yorkshire and the Humber where seven per cent of positions are vacant.", "2016-02-01")[0]?.geography).toBe("Yorkshire and The Humber");
  });
  it("a figure in brackets after the place ranked highest is that place's", () => {
    const figures = read("The figures show large variations between vacancy rates in different regions – with the highest in London (25 per cent) and outer London (29 per cent).", "2016-02-01");
    expect(figures.map((figure) => figure.geography)).toEqual(["London", "Outer London"]);
  });
  it("a share of leavers is no turnover rate, past a bracket too", () => {
    const figures = read("Almost two-thirds (63%) of social workers who left their jobs in the year 2017 had been in their local authority less than five years.", "2018-02-01");
    expect(figures[0]?.measure).toBeUndefined();
    expect(figures[1]?.measure).toBeUndefined();
  });
  it("agency workers covering vacancies are a part of them", () => {
    expect(claim("3,870 agency workers were covering vacancies in 2016")?.measure).toBeUndefined();
    const { check } = inArticle("2017-02-01", "Councils employed 5,330 agency social workers in children's services in 2016, up 9.6% on the previous year.");
    expect(check("5,330 agency workers were covering vacancies in 2016").verdict).toBe("unverified");
  });
});

describe("council-run homes, intervention and deprivation (hry157–159)", () => {
  it("a sentence naming only a part of the population lends its figures no whole population", () => {
    const { check } = inArticle("2025-01-15", "In Warrington, the number of beds in council-run children's homes has increased from eight to 46 since 2019.", "Across England, four-fifths of children's homes are run by private companies.");
    expect(check("there were 46 places in children's homes in Warrington in 2025").verdict).toBe("unverified");
  });
  it("beds added are no count of beds", () => {
    expect(read("The plans would add an extra 40 beds to the 60 already available in existing homes run by the county council.", "2024-04-08")[0]?.change).toBe(true);
  });
  it("a count on 31 March is the financial year that ends then, not the one that starts", () => {
    const { check } = inArticle("2018-07-19", "As at 31 March 2018, there were 2,209 children's homes in England, a 3% increase on the previous year.");
    expect(check("there were 2,209 children's homes in England in 2018-19").verdict).toBe("unverified");
    expect(check("there were 2,209 children's homes in England in 2017-18").verdict).toBe("supported");
  });
  it("councils where something happened, and a count graded only in the next clause, are no count of graded councils", () => {
    expect(read("The Department for Education has appointed commissioners at two councils where children's services have been rated \"inadequate\" by Ofsted.")[0]?.measure).toBeUndefined();
    expect(read("Commissioners have been sent into two of the councils rated inadequate by Ofsted.")[0]?.measure).toBeUndefined();
    expect(read("Since May 2010, 46 local authorities have been lifted out of intervention and have not returned, and the number of inadequate local authorities has fallen since July 2017.")[0]?.measure).toBeUndefined();
    expect(read("17 councils were rated good, and five were rated inadequate.").map((figure) => figure.measure?.indicator)).toEqual(["good", "inadequate"]);
  });
  it("the rest of England is not England, and a rank is no figure", () => {
    expect(read("The north has 1,176 children's homes, with just 1,704 in the rest of England.", "2024-06-01")[1]?.geography).toBe("Rest of England");
    const { check } = inArticle("2024-06-01", "In the North, the rate of children in care per 10,000 of the child population is 93, compared to 62 in the rest of England.");
    expect(check("the rate of children in care in England is 62 per 10,000 in 2024").verdict).toBe("unverified");
    expect(read("Middlesbrough is in the top 10 nationally for children in need.", "2016-06-01")).toEqual([]);
  });
});

describe("local news and homelessness (hry160, hry162)", () => {
  it("a title's year compared with is not the data's", () => {
    const archive = buildArchive([articleOf("t", "Number of looked after children 4.5% higher than in 2020", "2024-11-15", "Figures released by the Department for Education yesterday revealed there are 83,630 children in the care of councils.")]);
    expect(archive.figures.find((figure) => figure.text === "83,630")?.period).toBe("2024");
  });
  it("children a sum pays for, people who signed, and children in care who died are no count of children in care", () => {
    expect(read("Shropshire Council spends £90,631.71 a week looking after 20 children, a Freedom of Information request has found.", "2019-11-12")[1]?.measure).toBeUndefined();
    expect(read("The council is looking after 570 children.")[0]?.measure?.indicator).toBe("children-looked-after");
    expect(read("A delegation will today present a petition signed by more than 10,500 care experienced people and their families.", "2022-02-01")[0]?.measure).toBeUndefined();
    expect(read("According to campaigners, 22 children in care aged 16 and 17 died in unregulated accommodation between 2018 and 2020.", "2022-02-01")[0]?.measure).toBeUndefined();
  });
  it("a Welsh council is its own place, never England", () => {
    const { check } = inArticle("2019-06-01", "Caerphilly County Borough Council had 300 looked after children in 2019, a Freedom of Information request has found.");
    expect(check("There were 300 children in care in England in 2019").verdict).toBe("unverified");
    expect(check("England had 78,000 children in care in 2019").verdict).toBe("unverified");
  });
  it("'in the same period' after a span of years dates nothing by the article", () => {
    const { archive } = inArticle("2019-01-06", "The number of looked-after children placed in independent living arrangements by English councils rose from 2,420 in 2010 to 3,090 in 2018.", "In Wales, the figure went from 75 to 130 in the same period.");
    expect(archive.figures.find((figure) => figure.text === "130")?.period).not.toBe("2019");
  });
});

describe("fostering agencies (hry161)", () => {
  it("agencies 'operating in England' are all of them", () => {
    const [count] = read("Ofsted data shows there were 297 IFAs operating in England as of March 2016, slightly down on 300 the previous year.", "2016-10-01");
    expect(count?.measure).toMatchObject({ indicator: "registered", population: "fostering-agencies" });
    expect(count?.measure?.subgroup).toBeUndefined();
  });
});
