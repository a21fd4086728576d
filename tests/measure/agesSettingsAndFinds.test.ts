// What a count counts, in sentences of our own shaped like the care-leaver and unregistered-homes
// trials' misses: an age is no count, a length of time is no count of children, children in a
// setting the catalogue does not know are some of them, a clause in the measure's words that goes on
// to a second predicate narrows, and settings an investigation found are no register.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/archive/buildArchive.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";

function read(sentence: string, claim = false, date = "2021-03-01") {
  return extractFigures(sentence, { date, claim }).map((figure) => ({ text: figure.text, unit: figure.unit, indicator: figure.measure?.indicator, subgroup: figure.measure?.subgroup }));
}

describe("an age", () => {
  it("is no count, however it is written", () => {
    expect(read("Last year 410 children in care were placed in hostels while under the age of 16.").map((figure) => figure.text)).toEqual(["410"]);
    expect(read("Councils must keep in touch with them until they reach age 21.")).toEqual([]);
    // "children under 16 will be banned", "16 and 17 year olds" (hry81).
    expect(read("Hostels for vulnerable children under 16 will be banned.")).toEqual([]);
    expect(read("Councils place 16 and 17 year olds in hostels.")).toEqual([]);
    // Nor is how long something took: "from inadequate to good in just two years" (hry76).
    expect(read("It marks a turnaround from inadequate to good in just three years.")).toEqual([]);
    expect(read("Some 35 of them died in the years when they would have turned 19, 20 or 21.").map((figure) => figure.text)).toEqual(["35"]);
  });
});

describe("a length of time", () => {
  it("is counted in its own unit, never in the sentence's children", () => {
    const [, , time] = read("Of these 512 children, 64 had lived there for more than one year.");
    expect(time).toMatchObject({ text: "one", unit: "year", indicator: undefined });
  });
});

describe("children in a setting the catalogue does not know", () => {
  it("are some of the children looked after, not all of them", () => {
    expect(read("In 2019-20 there were 410 looked after children in unregulated homes.")[0]).toMatchObject({ indicator: "children-looked-after", subgroup: "in unregulated homes" });
    expect(read("In 2019-20 there were 410 looked after children in England.")[0]).toMatchObject({ indicator: "children-looked-after", subgroup: undefined });
  });
});

describe("a clause in the measure's own words", () => {
  it("narrows when a second predicate joins it", () => {
    const [left] = read("In 2019-20, 1,410 young people who had ceased to be looked after on their 18th birthday and were still living with their carers were counted.");
    expect(left?.subgroup).toMatch(/^who had ceased to be looked after on their 18th birthday and were still living/);
  });

  it("is what the figure says when it says no more", () => {
    expect(read("There were 29,460 children who ceased to be looked after in 2019-20.")[0]).toMatchObject({ indicator: "children-looked-after", subgroup: undefined });
  });
});

describe("settings an investigation found", () => {
  it("are no count of the providers registered", () => {
    expect(read("Inspectors found 184 settings in 2020-21.", true)[0]).toMatchObject({ text: "184", indicator: undefined });
    expect(read("There were 184 registered settings in 2020-21.", true)[0]).toMatchObject({ text: "184", indicator: "registered" });
  });
});

describe("what a share or count is of", () => {
  it("a share of a kind of home, past three words before its noun, is no share of social workers", () => {
    expect(read("Only 41% of agency Ofsted registered children's homes in the county house its own children.")[0]).toMatchObject({ text: "41%", indicator: undefined });
  });

  it("'N less than' a year before is a difference, not a level", () => {
    const [, difference] = read("There were 1,412 children in care in March 2021, 208 less than in 2018.");
    expect(difference).toMatchObject({ text: "208", indicator: undefined });
  });
});

describe("a number each member has, and what inspections focused on", () => {
  it("'N councils each saw two changes' gives every council two, no count of changes", () => {
    expect(read("Nine councils each saw two changes of director over the past year.")[1]).toMatchObject({ text: "two", indicator: undefined });
  });

  it("an area the inspections focused on is not the area of the grade counted", () => {
    const figures = extractFigures("After revisiting the weakest, focusing on child protection, this rose to 23 inadequate councils.", { date: "2014-05-01" });
    expect(figures[0]?.measure).toMatchObject({ indicator: "inadequate" });
    expect(figures[0]?.measure?.aspect).toBeUndefined();
  });
});

describe("council money", () => {
  it("a part of the money a few words further on is still its part", () => {
    const [overspend] = extractFigures("In 2022/23 there was a £3.9m projected overspend on children's social care placements.", { date: "2023-01-01" });
    expect(overspend?.measure).toMatchObject({ indicator: "overspend", scope: "placements" });
  });

  it("applications to foster are no count of foster carers", () => {
    expect(read("Carer numbers fell, with applications for the role down from 4,870 in 2019-20 to 3,410 in 2020-21.").map((figure) => figure.indicator)).toEqual([undefined, undefined]);
  });
});

describe("education and the market", () => {
  it("an exam grade or score's name is no count, and English is a subject", () => {
    const figures = extractFigures("Some 47% of pupils referred to social care missed a pass mark of grade 4 in English and maths, and 12% gained 5 A*-C grades.", { date: "2023-05-01" });
    expect(figures.map((figure) => figure.text)).toEqual(["47%", "12%"]);
    expect(figures.map((figure) => figure.geography)).toEqual([undefined, undefined]);
  });

  it("a gap between two groups, and what it moved to, are differences", () => {
    const figures = extractFigures("The gap widened, from a gap of 21.4 in 2016 to 22.9 in 2017.", { date: "2018-05-01" });
    expect(figures.map((figure) => figure.change)).toEqual([true, true]);
  });

  it("a part of a stated total of providers is no count of those registered", () => {
    expect(read("Seven of the 12 providers with the most children's homes and both of the two largest fostering providers are owned by investors.")[0]).toMatchObject({ text: "Seven", indicator: undefined });
  });

  it("a hedge before a currency sign stays with the amount", () => {
    expect(extractFigures("Councils overspent by almost £90m in 2021-22.", { date: "2022-05-01" })[0]?.qualifier).toBe("almost");
  });
});

describe("words around a count", () => {
  it("a curly apostrophe leaves a noun the count's own", () => {
    expect(read("Just under 700 children’s practitioners answered a survey about their caseloads.")[0]).toMatchObject({ unit: "practitioners", indicator: undefined });
  });

  it("staff in adults' services are no children in care", () => {
    expect(read("Staff working in adult social care reported most stress, averaging a score of 8.1.")[0]?.indicator).toBeUndefined();
  });

  it("what most of a count were is no part the count is of", () => {
    const [total] = extractFigures("That year the figure stood at 79,900, the vast majority of whom were in foster care.", { date: "2021-05-01" });
    expect(total?.measure).toMatchObject({ indicator: "children-looked-after" });
    expect(total?.measure?.aspect).toBeUndefined();
  });
});

describe("a share of those counted before", () => {
  it("is a subgroup's, never all of the population named further back", () => {
    const figures = extractArticle({ source: { id: "s", title: "Homes", date: "2021-06-01" }, file: "s.md", hash: "s", blocks: [{ kind: "paragraph", text: "Most homes (81%) were judged good or outstanding. There are 72 residential schools also registered as a children's home. 71% of these are judged good or outstanding." }] }).figures;
    expect(figures.find((figure) => figure.text === "81%")?.measure).toMatchObject({ indicator: "good-or-better", population: "childrens-homes" });
    expect(figures.find((figure) => figure.text === "71%")?.measure?.subgroup).toBe("of those counted before");
  });
});

describe("what a count's noun is, and the size of a move", () => {
  it("past a section's number to the noun counted", () => {
    expect(read("The council, after issuing two section 114 notices, had the largest spending on agency care staff.")[0]).toMatchObject({ text: "two", unit: "notices", indicator: undefined });
  });

  it("an amount after 'down' or 'up' and before 'from' is the size of a move", () => {
    const figures = extractFigures("Councils spent £318m on agency staff in 2018-19, down £17m from 2017-18.", { date: "2019-06-01" });
    expect(figures.map((figure) => figure.change ?? false)).toEqual([false, true]);
  });
});

describe("a size each member has", () => {
  it("'councils with 20 or more children in care' counts no children", () => {
    expect(read("Councils with 25 or more children in care overspent most.")[0]).toMatchObject({ text: "25", indicator: undefined });
    expect(read("Providers that own 12 or more homes run two in five places.")[0]).toMatchObject({ text: "12", indicator: undefined });
  });
});

describe("council grades counted", () => {
  it("judgements a council achieved are no councils", () => {
    const figures = extractFigures("Only one other council in the region achieved two 'outstanding' judgements from Ofsted.", { date: "2016-03-01" });
    expect(figures.find((figure) => figure.text === "two")?.measure).toBeUndefined();
  });

  it("a count under the previous framework has no year of the article", () => {
    expect(extractFigures("Under the previous inspection framework, 19 authorities were judged inadequate.", { date: "2018-03-01" })[0]?.period).toBeUndefined();
  });
});

describe("a count per day", () => {
  it("is no count of the year", () => {
    expect(read("This amounts to 175 plans started each day.")[0]).toMatchObject({ text: "175", indicator: undefined });
    expect(read("More than 170 children are placed on child protection plans every day.")[0]).toMatchObject({ text: "170", indicator: undefined });
  });
});

describe("workforce shares", () => {
  it("a fraction of another figure, and an average increase, are no levels", () => {
    expect(extractFigures("Councils rated outstanding use a third of the proportion of agency staff as those rated inadequate.", { date: "2021-06-01" })[0]?.change).toBe(true);
    expect(extractFigures("That represents a 5.9% average increase in vacant posts across the councils.", { date: "2014-06-01" })[0]?.change).toBe(true);
  });

  it("leaving the sector is no turnover", () => {
    expect(extractFigures("7.9% of social workers left the statutory sector in the year to September 2022", { date: "2023-01-01", claim: true })[0]?.measure?.indicator).toBe("sector-leavers");
  });
});

describe("councils grouped by their grade", () => {
  it("give a workforce figure its subgroup, and are no grade share", () => {
    const figures = extractFigures("Local authorities rated outstanding had an average agency usage of 5.9%; for 'good' councils the rate was 14.2%, and for 'inadequate' ones 25%.", { date: "2021-06-01" });
    expect(figures.map((figure) => [figure.measure?.indicator, figure.measure?.subgroup])).toEqual([
      ["agency-rate", "councils rated outstanding"],
      ["agency-rate", "councils rated good"],
      ["agency-rate", "councils rated inadequate"],
    ]);
  });
});
