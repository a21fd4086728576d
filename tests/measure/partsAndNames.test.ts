// A part of a whole, a name and an earlier value, in sentences of our own shaped like the missing
// children and recruitment trials' wrong "supported" verdicts (hry82, hry83).
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";
import { extractArticle } from "../../src/archive/buildArchive.ts";
import type { Article } from "../../src/types.ts";

function article(...paragraphs: string[]): Article {
  return { source: { id: "a", title: "A test article", publisher: "Test", date: "2016-12-01", url: "https://example.org/a" }, file: "a.md", blocks: paragraphs.map((text) => ({ kind: "paragraph" as const, text })), hash: "0" };
}

const read = (sentence: string) => extractFigures(sentence, { date: "2023-06-10" }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator }));

describe("no level of what the sentence names", () => {
  it("is a count drawn from a whole with a predicate the catalogue does not know: '12,150 of CLA had a missing incident'", () => {
    expect(read("Of these, 11,800 of CLA had a missing incident during the year.")).toEqual([{ text: "11,800", indicator: undefined }]);
    expect(read("Some 140,000 of the year's referrals were re-referrals.")[0]?.indicator).toBe("re-referrals");
  });

  it("is a section number in a heading, or a share of police forces beside an agency's name", () => {
    expect(read("D.2: Children in care")).toEqual([]);
    expect(read("The National Crime Agency said 85 per cent of English police forces reported county lines activity.")[0]?.indicator).toBeUndefined();
    expect(read("Agency workers made up 16% of social workers.")[0]?.indicator).toBe("agency-rate");
    // What a whole takes in is not what it is: "17,840 social workers (including agency workers)" (hry75).
    expect(read("The statistics said 17,500 social workers (including agency workers) held 310,000 cases.")[0]?.indicator).not.toBe("agency-workers");
  });
});

describe("a selection and a modifier (hry85)", () => {
  it("is no count of all of them: 'the council's 20 most expensive looked-after children', 'children's home placements'", () => {
    expect(read("More than £80,000 a week is spent on Newport council's 18 most expensive looked-after children.").find((figure) => figure.text === "18")?.indicator).toBeUndefined();
    expect(read("The number of children's home placements costing £10,000 a week rose from 110 to 1,400 between 2018 and 2023.").filter((figure) => figure.indicator === "registered")).toEqual([]);
    expect(read("There were 2,460 children's homes in 2023.")[0]?.indicator).toBe("registered");
  });
});

describe("an undated earlier value", () => {
  let core: Core;
  beforeAll(async () => {
    core = await fixtureCore("earlier-value", {
      "places.md": fixtureArticle("Places", "2017-10-10", "Some 520 places are on offer for the fifth cohort of the scheme, which will start training early in 2018.", "Places are up from the 380 offered for the previous cohort."),
    });
  }, 60_000);

  it("supports no claim that names no year (hry83: '400 places … for the fifth cohort')", () => {
    expect(core.answer("check 380 places were offered for the fifth cohort of the scheme").checks![0]!.verdict).toBe("unverified");
  });
});

describe("the workforce census and providers trials (hry88, hry89)", () => {
  it("reads how many run the homes as no count of homes: 'run by just 10 providers, a similar position to last year'", () => {
    const [share, owners] = extractFigures("Around a third of all private children's homes are run by just 12 providers, a similar position to last year.", { date: "2019-07-10" });
    expect(owners).toMatchObject({ text: "12", period: "2019" });
    expect(owners?.measure).toBeUndefined();
    expect(share?.measure?.indicator).not.toBe("registered");
  });

  it("gives a move's end its start's measure, not the next clause's: 'agency staff covering vacancies dropped from 79.2% to 72.6%, …'", () => {
    const figures = read("The proportion of agency staff covering vacancies dropped from 78.1% to 71.9%, which could reflect councils drafting in additional agency social workers.");
    expect(figures.map((figure) => figure.indicator)).toEqual(["agency-cover", "agency-cover"]);
  });

  it("reads a headline's 'up 21%' as a move", () => {
    expect(extractFigures("Social work vacancies up 19%", { date: "2023-02-10" })[0]?.change).toBe(true);
  });
});

describe("the care leavers and safeguarding reviews trials (hry92, hry93)", () => {
  it("reads no agency staff in 'multi-agency teams', however near a child's age stands", () => {
    expect(read("The review into the murder of Ava, 7, recommended dedicated multi-agency teams.")[0]?.indicator).toBeUndefined();
  });

  it("reads a dash between two days as a span: 'from 1 April 2015 – 31 March 2016' is 2015-16", () => {
    expect(extractFigures("The charity reported 370 serious incidents from 1 April 2015 – 31 March 2016.", { date: "2017-01-10" })[0]?.period).toBe("2015-16");
  });

  it("reads '1,510 additional' as an addition", () => {
    expect(extractFigures("Some 2,700 care leavers were staying put (1,450 additional on last year).", { date: "2019-06-10" }).map((figure) => [figure.text, figure.change === true])).toEqual([["2,700", false], ["1,450", true]]);
  });
});

describe("the children in need and chief inspectors trials (hry94, hry95)", () => {
  it("dates 'now tops 4,000 - up more than 500 from the previous year' by the article", () => {
    expect(extractFigures("The total number of children's homes in England now tops 3,900 - up more than 450 from the previous year.", { date: "2022-12-13" })[0]?.period).toBe("2022");
  });

  it("reads settings that 'should have been registered' as no register, and 'were registered to provide one bed' as a part", () => {
    expect(extractFigures("Ofsted found 280 settings that should have been registered as children's homes in 2021-22.", { date: "2022-12-13" })[0]?.measure).toBeUndefined();
    expect(extractFigures("150 children's homes were registered to provide one bed in 2021-22", { date: "2022-12-13", claim: true })[0]?.measure?.subgroup).toMatch(/^were registered to provide one bed/);
  });

  it("does not date a figure compared with a later year by an earlier paragraph's year: '(up 1.2% on 2015)'", () => {
    const figures = extractArticle(article("In the year to March 2015, there were 650,000 referrals.", "Of these, 49,800 were the subject of a child protection plan (up 1.1% on 2015).")).figures;
    expect(figures.find((figure) => figure.text === "49,800")?.period).not.toBe("2014-15");
  });
});
