// What a count counts, in sentences of our own shaped like the real-article trials' misses: the
// year's leavers and starters are no count of social workers in post, a hyphenated modifier does not
// hide a count's noun, "agency social workers" are social workers, and a council's judgement areas
// are not councils.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";

function read(sentence: string, date = "2023-03-01") {
  return extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, unit: figure.unit, indicator: figure.measure?.indicator, population: figure.measure?.population, scope: figure.measure?.scope, aspect: figure.measure?.aspect, period: figure.period }));
}

describe("social workers who left or joined", () => {
  it("are the year's leavers and starters, no count of those in post", () => {
    expect(read("Councils lost 5,200 full-time equivalent social workers last year.")[0]).toMatchObject({ indicator: undefined });
    const [joined, earlier] = read("Some 5,900 FTE social workers joined a new council in 2022-23, up from 5,100 in 2021-22.");
    expect(joined).toMatchObject({ indicator: undefined, period: "2022-23" });
    // The earlier figure of a comparison counts the same: nothing the catalogue measures.
    expect(earlier).toMatchObject({ indicator: undefined, period: "2021-22" });
    expect(read("There were 32,900 FTE social workers in post in 2022.")[0]).toMatchObject({ indicator: "social-workers-in-post" });
  });
});

describe("a hyphenated modifier before a count's noun", () => {
  it("does not hide the noun: 20 full-time staff are staff, not councils rated inadequate", () => {
    const [staff] = read("The council will hire 20 full-time staff members to put right the failings that saw its children's services rated inadequate.");
    expect(staff).toMatchObject({ text: "20", unit: "staff", indicator: undefined });
  });

  it("keeps a count of agency social workers a count of social workers", () => {
    expect(read("Councils used 6,900 full-time equivalent agency social workers in 2023.")[0]).toMatchObject({ unit: "social workers", indicator: "agency-workers", population: "social-workers" });
    expect(read("There were 6,700 agency social workers in 2022.")[0]).toMatchObject({ unit: "social workers", indicator: "agency-workers" });
  });
});

describe("areas a council is judged in", () => {
  it("are not councils: 'inadequate in four areas' counts judgement areas", () => {
    expect(read("Inspectors rated Wiltshire's children's services inadequate in four areas.")[0]).toMatchObject({ text: "four", indicator: undefined });
    expect(read("The council was judged good in three out of four areas.")[0]).toMatchObject({ indicator: undefined });
    expect(read("Twenty areas were rated inadequate in 2016.")[0]).toMatchObject({ indicator: "inadequate", population: "councils" });
  });
});

describe("a share of agency workers", () => {
  it("is the share covering vacancies when that is what the workers were doing", () => {
    const [now, before] = read("Four out of five agency workers were covering vacancies in 2022, compared to three quarters the previous year.");
    expect(now).toMatchObject({ indicator: "agency-cover", period: "2022" });
    expect(before).toMatchObject({ indicator: "agency-cover", period: "2021" });
    expect(read("Three in four agency workers were covering vacancies in 2021.")[0]).toMatchObject({ indicator: "agency-cover" });
  });

  it("never takes the growth in their number for the agency rate", () => {
    const found = read("The number of agency staff reached 7,300 FTEs in 2023, up 5.2% on the year before, with locums making up 18.1% of the workforce.");
    expect(found.map((figure) => [figure.text, figure.indicator])).toEqual([
      ["7,300", "agency-workers"],
      ["5.2%", undefined],
      ["18.1%", "agency-rate"],
    ]);
  });
});

describe("children and placements in children's homes", () => {
  it("are no count of the homes", () => {
    const [from, to] = read("Over the same period the number of children placed in children's homes rose from 5,800 to 7,400.");
    expect(from?.indicator).not.toBe("registered");
    expect(to).toMatchObject({ indicator: "children-looked-after", aspect: "in children's homes" });
    expect(read("The number of placements in secure units, children's homes and supported living grew to 14,100.")[0]?.indicator).not.toBe("registered");
    expect(read("The number of children's homes rose from 2,070 to 2,140.").map((figure) => figure.indicator)).toEqual(["registered", "registered"]);
  });

  it("reads a bracket that restates a rise as a rise, and places as places", () => {
    const found = read("Some 3,900 children's homes were registered by March, a rise of 14% (480) on the year before.");
    expect(found.map((figure) => [figure.text, figure.indicator])).toEqual([
      ["3,900", "registered"],
      ["14%", undefined],
      ["480", undefined],
    ]);
    expect(read("Children's homes had 11,500 registered places in 2017.")[0]).toMatchObject({ indicator: "places", population: "childrens-homes" });
  });

  it("counts children in foster care apart from all children in care, and only those", () => {
    const [all, fostered] = read("There were 82,000 children in care in 2022, 56,000 of them in foster care.");
    expect(all).toMatchObject({ indicator: "children-looked-after", aspect: undefined });
    expect(fostered).toMatchObject({ indicator: "children-looked-after", aspect: "in foster care" });
    expect(read("56,000 looked-after children were in foster care in 2022.")[0]).toMatchObject({ aspect: "in foster care" });
    // A comparison of like with like keeps the words after it: both started to be looked after.
    expect(read("The county took 3,200 children into care in 2024-25, nearly double the 1,700 who started to be looked after two years earlier.")[0]).toMatchObject({ aspect: "starting to be looked after" });
  });
});

describe("vacancies and the agency workers who cover them", () => {
  it("keeps the share of vacancies covered apart from the agency rate, with a place between", () => {
    expect(read("Nearly three quarters of vacancies in England were covered by agency workers in 2023.")[0]).toMatchObject({ indicator: "vacancy-agency-cover" });
    expect(read("Agency workers made up 17.9% of the workforce in 2023.")[0]).toMatchObject({ indicator: "agency-rate" });
  });

  it("counts neither vacancies nor agency workers in 'were used to fill vacancies' or 'agency workers covered'", () => {
    expect(read("Of these, 5,800 were used to fill new vacancies.")[0]).toMatchObject({ indicator: undefined });
    expect(read("There were 7,700 vacancies in 2023.")[0]).toMatchObject({ indicator: "vacancies" });
    expect(read("There were 7,200 agency workers in post in 2023.")[0]).toMatchObject({ indicator: "agency-workers" });
    expect(read("The council had 9.5 vacancies last year, nine of which agency workers covered.")[1]?.indicator).not.toBe("agency-workers");
  });
});
