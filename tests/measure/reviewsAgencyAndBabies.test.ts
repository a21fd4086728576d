// Sentences in the shapes of five trials (serious incident notifications hry147, the care review
// hry148, agency social workers hry149, babies in care proceedings hry150, kinship care hry152),
// written for the test.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { articleOf } from "../helpers/articles.ts";

const claim = (sentence: string) => extractFigures(sentence, { claim: true })[0];
const inArticle = (date: string, ...paragraphs: string[]) => {
  const answer = createAnswerer(buildArchive([articleOf("a", "A test article", date, ...paragraphs)]));
  return (text: string) => answer(`check ${text}`).checks![0]!;
};

describe("a claim about part of a year (hry147)", () => {
  const check = inArticle("2017-10-31", "Between 1 April 2016 and 31 March 2017, Ofsted received 433 serious incident notifications.");
  it("is not settled by the whole year's count, and says why", () => {
    const part = check("there were 433 serious incident notifications in the first half of 2016-17");
    expect(part.verdict).toBe("unverified");
    expect(part.reason).toContain("whole year");
    expect(check("there were 433 serious incident notifications between April and September 2016").verdict).toBe("unverified");
    expect(check("there were 433 serious incident notifications in 2016-17").verdict).toBe("supported");
  });
});

describe("those of the counted that involve something (hry147)", () => {
  it("are a part no measure names, in a claim or an article", () => {
    expect(claim("433 serious incident notifications involved child deaths in 2016-17")?.measure).toBeUndefined();
    expect(claim("536 serious incident notifications were about children under one in 2020-21")?.measure).toBeUndefined();
    expect(claim("379 serious incident notifications led to a serious case review in 2015-16")?.measure).toBeUndefined();
    expect(claim("There were 536 serious incident notifications in 2020-21")?.measure?.indicator).toBe("serious-incident-notifications");
    // What every application involves is no part.
    expect(claim("Councils made 14,000 care applications involving 20,000 children")?.measure?.indicator).toBe("care-applications");
  });
  it("keeps a false claim about them from being supported by the total", () => {
    const check = inArticle("2017-10-31", "Between 1 April 2016 and 31 March 2017, Ofsted received 433 serious incident notifications. In the same period, 211 cases of child deaths were notified.");
    expect(check("433 serious incident notifications involved child deaths in 2016-17").verdict).toBe("unverified");
  });
});

describe("a line to hold and an addition (hry148)", () => {
  it("are no level of children in care", () => {
    expect(extractFigures("The review called for £2.6bn over five years to prevent the number of children in care rising above 100,000.", { date: "2022-05-23" })[1]?.measure).toBeUndefined();
    expect(extractFigures("The review wants to keep the number of children in care below 100,000.", { date: "2022-05-23" })[0]?.measure).toBeUndefined();
    expect(extractFigures("The number of children in care rose above 100,000 in 2024.", { date: "2024-12-01" })[0]?.measure?.indicator).toBe("children-looked-after");
    const extra = extractFigures("The review warned that an extra 20,000 children could be in care in England by 2032.", { date: "2022-05-23" })[0];
    expect(extra?.change).toBe(true);
    expect(extra?.measure).toBeUndefined();
  });
  it("support no claim of the level", () => {
    const check = inArticle("2022-05-23", "The review called for £2.6bn over five years to prevent the number of children in care rising above 100,000.", "An extra 20,000 children were in care in England in 2022 compared with 2012.");
    expect(check("more than 100,000 children were in care in 2022").verdict).toBe("unverified");
    expect(check("20,000 children were in care in England in 2022").verdict).toBe("unverified");
  });
});

describe("agency workers (hry149)", () => {
  it("taken on in a year are not those in post", () => {
    expect(claim("Councils recruited 7,174 agency social workers during 2023")?.measure).toBeUndefined();
    expect(claim("Councils are struggling to recruit permanent staff and rely on 7,174 agency social workers")?.measure?.indicator).toBe("agency-workers");
  });
  it("cut 'by 23%' is a move, not the agency rate", () => {
    const [cut] = extractFigures("A council spokesperson said it had managed to reduce its use of agency workers by 23% since 2017.", { date: "2019-06-01" });
    expect(cut?.change).toBe(true);
    expect(cut?.measure).toBeUndefined();
  });
  it("'nearly half' is below half, and 'approximately 47.5%' is to the point", () => {
    const check = inArticle("2018-11-01", "In Swindon, nearly half, or approximately 47.5%, of the council's children's social workers were employed through an agency in September 2018.");
    expect(check("Swindon's agency rate was 50% in 2018").verdict).not.toBe("supported");
    expect(check("Swindon's agency rate was 45% in 2018").verdict).not.toBe("supported");
    expect(check("Swindon's agency rate was 47.5% in 2018").verdict).toBe("supported");
  });
});

describe("babies and several years' totals (hry150)", () => {
  it("babies are a kind of children, counted apart", () => {
    expect(claim("13,248 babies were taken into care between 2007 and 2014")?.measure?.subgroup).toBe("babies");
    expect(claim("13,248 children were taken into care between 2007 and 2014")?.measure?.subgroup).toBeUndefined();
  });
  it("a total over several years supports no one year, nor all children", () => {
    const check = inArticle("2015-06-01", "Figures showed that 13,248 babies were taken into care at birth between 2007 and 2014.", "Cafcass received 43,000 care applications between 2010 and 2013.");
    const year = check("13,248 babies were taken into care in 2010");
    expect(year.verdict).toBe("unverified");
    expect(year.reason).toContain("2007-2014");
    expect(check("Cafcass received 43,000 care applications in 2012").verdict).toBe("unverified");
    expect(check("13,248 children were taken into care between 2007 and 2014").verdict).toBe("unverified");
    expect(check("13,248 babies were taken into care between 2007 and 2014").verdict).toBe("supported");
  });
});

describe("kinship care (hry152)", () => {
  it("a claim naming no place is not refuted by England when England and Wales has its figure", () => {
    const check = inArticle("2016-03-31", "In 2014, 3,330 special guardianship orders were made in England.", "In 2014, 4,835 special guardianship orders were made in England and Wales.");
    const either = check("4,835 special guardianship orders were made in 2014");
    expect(either.verdict).toBe("unverified");
    expect(either.reason).toContain("England and Wales");
    expect(check("4,000 special guardianship orders were made in 2014").verdict).toBe("contradicted");
  });
  it("a count that says it counts only some, and children looked after by relatives, measure nothing", () => {
    expect(extractFigures("The Department for Education figures show 3,520 SGOs were granted in 2014/15, but they only count SGOs made for children in the care system, rather than all children.", { date: "2016-03-31" })[0]?.measure).toBeUndefined();
    expect(extractFigures("Estimates from the 2021 census suggest there were at least 560 children looked after by 710 kinship carers in Luton.", { date: "2023-09-29" })[0]?.measure).toBeUndefined();
    expect(extractFigures("560 children were looked after by the council.", { date: "2023-09-29" })[0]?.measure?.indicator).toBe("children-looked-after");
  });
});

describe("the same rules kept to their cause (a second reader's sentences)", () => {
  const read = (sentence: string) => extractFigures(sentence, { date: "2019-06-01" });
  it("reads ordinary sentences as before", () => {
    expect(read("In 2019, 60% of councils said their recruitment needs improvement.")[0]?.measure).toBeUndefined();
    expect(read("Councils had 80,080 children in care and this led to overspends.")[0]?.measure?.indicator).toBe("children-looked-after");
    expect(read("There were 3,400 referrals in 2020 and most related to neglect.")[0]?.measure?.indicator).toBe("referrals");
    expect(read("Councils spent £10.5bn, but grants only cover a fraction of that.")[0]?.measure?.indicator).toBe("spending");
    expect(read("In 2019 only one London council was rated inadequate.")[0]?.measure?.indicator).toBe("inadequate");
    expect(read("Ofsted said this rose to 21 councils being judged inadequate.")[0]?.measure?.indicator).toBe("inadequate");
    expect(read("Despite efforts to keep families together, the number of children in care rose above 80,000 in 2019.")[0]?.measure?.indicator).toBe("children-looked-after");
    expect(read("Efforts to keep children safe saw over 80,000 children in care in 2019.")[0]?.measure?.indicator).toBe("children-looked-after");
    expect(read("A rise in demand was reported by 87% of councils.")[0]?.change).toBeUndefined();
    expect(read("A total of 2,400 children were in care and an additional 300 were on child protection plans.")[1]?.change).toBeUndefined();
    expect(read("There were 25 councils among those rated inadequate in 2019.")[0]?.measure?.indicator).toBe("inadequate");
    expect(read("The proportion for homes rated outstanding rose to 22% in 2019.")[0]?.measure?.indicator).toBe("outstanding");
    expect(read("In 2019, 12,000 children were placed in care by family courts.")[0]?.measure?.indicator).toBe("children-looked-after");
    expect(read("Because of difficulties recruiting permanent staff, councils employed 6,500 agency social workers in 2019.")[0]?.measure?.indicator).toBe("agency-workers");
    expect(read("Caseloads of 15 – 20 – the level recommended – are rare.")[0]?.upper).toBe(20);
  });
  it("still reads the trials' sentences as no level", () => {
    expect(claim("134 serious incident notifications resulted in a serious case review")?.measure).toBeUndefined();
    expect(read("Harrow has 14 social workers recruited from overseas.")[0]?.measure).toBeUndefined();
    expect(read("The council wants to bring caseloads in the assessment teams below 20 by Christmas.")[0]?.measure).toBeUndefined();
  });
  it("settles a part of a year only by the same part, and a whole year by no part", () => {
    const check = inArticle("2017-10-01", "In the first half of this year, councils received 300 serious incident notifications.");
    expect(check("300 serious incident notifications were received in the second half of 2017").verdict).toBe("unverified");
    expect(check("300 serious incident notifications were received between July and December 2017").verdict).toBe("unverified");
    expect(check("300 serious incident notifications were received in 2017").verdict).toBe("unverified");
    expect(check("300 serious incident notifications were received in the first half of 2017").verdict).toBe("supported");
  });
  it("leaves a hedge at the claim's own value unverified", () => {
    const check = inArticle("2018-11-01", "In Swindon, nearly half of the council's children's social workers were employed through an agency in September 2018.");
    expect(check("Swindon's agency rate was 50% in 2018").verdict).toBe("unverified");
    expect(check("Swindon's agency rate was 48% in 2018").verdict).toBe("supported");
    expect(check("Swindon's agency rate was 30% in 2018").verdict).toBe("contradicted");
  });
  it("does not carry a year past the present tense", () => {
    const archive = buildArchive([articleOf("a", "A test article", "2019-06-01", "Only 10 of 43 councils inspected in 2013-14 were rated good.", "Seven are rated inadequate.")]);
    expect(archive.figures.find((figure) => figure.text === "Seven")?.period).not.toBe("2013-14");
  });
});
