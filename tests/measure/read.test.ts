// What each figure measures, for the sentence shapes that went wrong before the measure existed:
// each case is one of the failures the "Measures, not keywords" issue lists, in sentences of our own.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";

function measures(sentence: string, date = "2016-06-28") {
  return extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, population: figure.measure?.population, subgroup: figure.measure?.subgroup, basis: figure.measure?.basis, aspect: figure.measure?.aspect, period: figure.period }));
}

describe("two shares in one sentence each get their own grade", () => {
  it("reads the second share as requires improvement, never as the first share's grade", () => {
    const [first, second] = measures("Of the councils inspected last year, 24% were rated inadequate and 49% were judged to require improvement.");
    expect(first).toMatchObject({ text: "24%", indicator: "inadequate", population: "councils" });
    expect(second).toMatchObject({ text: "49%", indicator: "requires-improvement", population: "councils" });
  });

  it("reads 'less than good' as its own measure", () => {
    const found = measures("At the end of the framework, 22% of local authorities were categorised as inadequate and 64% were less than good.");
    expect(found.map((figure) => figure.indicator)).toEqual(["inadequate", "less-than-good"]);
  });

  it("gives each of a list of counts its own grade", () => {
    const found = measures("There are now 23 outstanding councils, 58 are good, 52 require improvement and 17 are rated inadequate.");
    expect(found.map((figure) => figure.indicator)).toEqual(["outstanding", "good", "requires-improvement", "inadequate"]);
  });
});

describe("a grade before 'at'", () => {
  it("is a grade on a day before a date, and nothing before a skill", () => {
    expect(measures("Half of councils were rated good at 31 March 2023.", "2023-09-01")[0]).toMatchObject({ indicator: "good", population: "councils", basis: "stock", period: "2023" });
    expect(measures("Councils are good at listening, and 40 per cent were rated good.", "2023-09-01")[0]).toMatchObject({ text: "40 per cent", indicator: "good" });
  });
});

describe("a second measure after 'and'", () => {
  it("labels the next figure, not the one before the conjunction", () => {
    expect(measures("The vacancy rate stood at 17.0 per cent and turnover at 14 per cent.", "2022-03-01").map((figure) => figure.indicator)).toEqual(["vacancy-rate", "turnover"]);
  });
});

describe("a list of names, then a list of figures", () => {
  it("pairs them in order, with or without 'respectively'", () => {
    expect(measures("The proportions rated outstanding and requires improvement were 12 per cent and 40 per cent.").map((figure) => figure.indicator)).toEqual(["outstanding", "requires-improvement"]);
    expect(measures("The vacancy rate and the turnover rate stood at 16.1 and 15.2 per cent.", "2024-02-27").map((figure) => figure.indicator)).toEqual(["vacancy-rate", "turnover"]);
    expect(measures("Leeds's agency and vacancy rates were 9.0 per cent and 11.5 per cent respectively.", "2024-02-27").map((figure) => figure.indicator)).toEqual(["agency-rate", "vacancy-rate"]);
  });

  it("pairs nothing when the lists differ in length or a name does not fit its figure", () => {
    // Three names, two figures: which is which is not sure, so the old reading stands (no pairing).
    const three = measures("The shares rated good, requires improvement and inadequate were 40 per cent and 20 per cent.");
    expect(three.map((figure) => figure.indicator)).not.toEqual(["good", "requires-improvement"]);
    // "Turnover was 15 per cent and 12 per cent of posts were vacant": one name, two figures.
    expect(measures("Turnover was 15 per cent and 12 per cent of posts were vacant.", "2024-02-27").map((figure) => figure.indicator)).toEqual(["turnover", "vacancy-rate"]);
  });
});

describe("subgroups", () => {
  it("keeps the group a share is drawn from apart from the share", () => {
    const [seventeen, share, eleven] = measures("Of the 17 councils rated inadequate in the past year, nearly two thirds (11) had a new director of children's services.", "2013-10-15");
    expect(seventeen).toMatchObject({ indicator: "inadequate", population: "councils", subgroup: undefined });
    expect(share).toMatchObject({ indicator: "director-change", population: "councils" });
    expect(share!.subgroup).toContain("rated inadequate");
    expect(eleven).toMatchObject({ indicator: "director-change" });
  });

  it("reads '11 of the authorities rated inadequate had new directors' as a subgroup's director changes", () => {
    const [eleven] = measures("In 11 of the authorities rated inadequate new directors had recently been appointed.");
    expect(eleven).toMatchObject({ indicator: "director-change", population: "councils" });
    expect(eleven!.subgroup).toContain("rated inadequate");
  });

  it("reads 'the number of' as a count of providers only when it counts providers", () => {
    expect(measures("The number of councils run by an interim director rose from 10 in 2015 to 17 in 2016.", "2017-01-01").map((figure) => figure.indicator)).toEqual([undefined, undefined]);
    expect(measures("The number of children's homes rose to 2,300.", "2017-01-01")[0]).toMatchObject({ indicator: "registered", population: "childrens-homes" });
  });

  it("gives a list's later items the noun its first item counts, not the frame's", () => {
    const found = measures("Of the 43 inspections, 10 local authorities were judged good, seven were inadequate and the remaining 26 were judged as requires improvement.", "2014-10-01");
    expect(found.map((figure) => [figure.text, figure.indicator, figure.population])).toEqual([
      ["43", "inspections", "inspections"],
      ["10", "good", "councils"],
      ["seven", "inadequate", "councils"],
      ["26", "requires-improvement", "councils"],
    ]);
    // Every item is drawn from the frame's group, so each keeps it as its subgroup.
    expect(found.slice(1).map((figure) => figure.subgroup)).toEqual(["the 43 inspections", "the 43 inspections", "the 43 inspections"]);
  });

  it("reads homes some kind of provider runs as a subgroup of children's homes, never as councils", () => {
    const found = measures("While 100% of local authority run homes were ranked good or better in East Anglia, compared with only 52% of privately-run homes; in the South West 79% of privately run homes were ranked good or better, compared with 70% of council run homes.", "2013-09-26");
    expect(found.map((figure) => [figure.text, figure.indicator, figure.population, figure.subgroup])).toEqual([
      ["100%", "good-or-better", "childrens-homes", "local authority run homes"],
      ["52%", "good-or-better", "childrens-homes", "privately-run homes"],
      ["79%", "good-or-better", "childrens-homes", "privately run homes"],
      ["70%", "good-or-better", "childrens-homes", "council run homes"],
    ]);
  });

  it("reads the total after a bracketed share as its total, and a share of something the catalogue does not count as nothing", () => {
    const [words, share, total] = measures("Almost two thirds (65%) of the 419 homes inspected between April and June this year were rated as good or better.", "2013-09-26");
    expect([words?.indicator, share?.indicator, total?.indicator]).toEqual(["good-or-better", "good-or-better", undefined]);
    expect(measures("Almost a third (30%) of the 62 respondents said they could only afford to provide 'adequate' care.", "2013-09-26").map((figure) => figure.indicator)).toEqual([undefined, undefined, undefined]);
  });

  it("gives a count the measure of the bracketed share after its total: '39 of the 153 authorities (25%) are top graded'", () => {
    expect(measures("As of today, 39 of the 153 authorities (25%) are top graded.", "2025-06-20").map((figure) => [figure.text, figure.indicator])).toEqual([
      ["39", "outstanding"],
      ["153", undefined],
      ["25%", "outstanding"],
    ]);
  });

  it("reads the total an opening frame counts as no measure, with or without figures after it", () => {
    expect(measures("Of the 12 councils in the list, Derby made the biggest leap, from requires improvement in 2019 to outstanding.", "2024-08-01")[0]).toMatchObject({ text: "12", indicator: undefined });
  });

  it("keeps a kind of provider apart from all of them: secure children's homes", () => {
    expect(measures("At 31 March 2018, two secure children's homes were rated inadequate.", "2018-07-01")[0]).toMatchObject({ indicator: "inadequate", population: "childrens-homes", subgroup: "secure children's homes" });
    expect(measures("At 31 March 2018, 40 children's homes were rated inadequate.", "2018-07-01")[0]).toMatchObject({ indicator: "inadequate", population: "childrens-homes", subgroup: undefined });
  });

  it("keeps a team's figure to the team, and only in its own clause", () => {
    expect(measures("Social workers in the duty and assessment team held an average of 26 cases each.", "2019-05-01")[0]).toMatchObject({ indicator: "caseload", subgroup: "in the duty and assessment team" });
    const [, service] = measures("Social workers in its assessment teams were carrying 25 cases, and agency staff filled 31 per cent of posts in the service.", "2019-05-01");
    expect(service).toMatchObject({ indicator: "agency-rate", subgroup: undefined });
  });
});

describe("labels that used to be wrong", () => {
  it("a share of children's homes judged good is good, not the inadequate named later", () => {
    expect(measures("Some 80% of children's homes were judged good, while 2% were inadequate.")).toMatchObject([
      { text: "80%", indicator: "good", population: "childrens-homes" },
      { text: "2%", indicator: "inadequate", population: "childrens-homes" },
    ]);
  });

  it("a share of agency staff is the agency rate, and an average caseload is a caseload", () => {
    expect(measures("Agency staff made up 16% of social workers, and the average caseload was 16.3 cases.")).toMatchObject([
      { text: "16%", indicator: "agency-rate" },
      { text: "16.3", indicator: "caseload", population: "social-workers" },
    ]);
  });

  it("a change of chief executive is no director change", () => {
    expect(measures("Twelve councils saw a change of chief executive.")[0]?.indicator).toBeUndefined();
  });

  it("keeps the period the sentence states over the article's year", () => {
    expect(measures("In 2014, 25% of councils were rated inadequate.", "2016-06-28")[0]).toMatchObject({ indicator: "inadequate", period: "2014" });
    expect(measures("The share of homes judged good or better rose from 79% at 31 March 2016 to 81% at 30 September 2016, and 75% at 30 September 2015.").map((figure) => figure.period)).toEqual(["2016", "2016", "2015"]);
  });

  it("a change is not a level: percentage points and increases get no measure", () => {
    expect(measures("The number of children's homes rose by 7% in the year.")[0]?.indicator).toBeUndefined();
    expect(measures("That is a 17 percentage point increase in councils judged good or outstanding.")[0]?.indicator).toBeUndefined();
  });

  it("reads money as a figure with its sign, and an overspend as one", () => {
    const [money] = extractFigures("The council overspent by £4.2 million on children's services.", { date: "2024-05-01" });
    expect(money).toMatchObject({ text: "£4.2 million", value: 4_200_000, unit: "£" });
    expect(money!.measure?.indicator).toBe("overspend");
  });

  it("counts homes with no grade as the number registered, at a date", () => {
    expect(measures("There were 2,460 children's homes as at 31 March 2020.", "2020-09-22")[0]).toMatchObject({ indicator: "registered", population: "childrens-homes", basis: "stock", period: "2020" });
  });

  it("reads 'from 24% to 23%' as one measure twice", () => {
    expect(measures("The proportion of councils judged inadequate fell from 24% to 23%.").map((figure) => figure.indicator)).toEqual(["inadequate", "inadequate"]);
  });

  it("leaves two grades joined without a catalogue combination unassigned", () => {
    expect(measures("Some 40 councils were rated outstanding or inadequate.")[0]?.indicator).toBeUndefined();
  });

  it("reads a judgement area and a region", () => {
    const [share] = extractFigures("In the North West, 36% of councils were good or outstanding for help and protection.", { date: "2024-08-30" });
    expect(share).toMatchObject({ geography: "North West", measure: { indicator: "good-or-better", population: "councils", aspect: "help-and-protection" } });
  });

  it("leaves a grade without a population unassigned in a claim", () => {
    expect(measures("21 were rated inadequate.")[0]?.population).toBeUndefined();
  });
});

describe("readings added for the dev corpus's misses, in sentences of our own", () => {
  it("reads 'another' after a figure as something other than the measure named before it", () => {
    const [first, second] = measures("Of the 12 councils rated inadequate, 7 had appointed a new director and 5 had seen another change in senior leadership.");
    expect(first).toMatchObject({ indicator: "inadequate" });
    expect(second).toMatchObject({ indicator: "director-change" });
    expect(measures("Of the 12 councils rated inadequate, 7 had appointed a new director and 5 had seen another change in senior leadership.")[2]?.indicator).toBeUndefined();
  });

  it("holds a judgement area stated for one grade for the grades after it in the sentence", () => {
    const carried = measures("Only four in 10 councils have been judged good or better at child protection; 20 are currently rated as inadequate.");
    expect(carried[0]).toMatchObject({ indicator: "good-or-better", aspect: "help-and-protection" });
    expect(carried[1]).toMatchObject({ indicator: "inadequate", population: "councils", aspect: "help-and-protection" });
    // Another judgement area named later is that figure's own.
    const [, , overall] = measures("Some 40% of councils were good for child protection, 30% were inadequate, and 12 were rated inadequate overall.");
    expect(overall).toMatchObject({ indicator: "inadequate", aspect: undefined });
  });

  it("reads the end of an inspection framework as its last year", () => {
    expect(measures("When the single inspection framework ended, 21% of councils were inadequate.", "2022-07-19")[0]).toMatchObject({ indicator: "inadequate", period: "2017" });
    expect(measures("By the end of the SIF, 60 councils required improvement.", "2022-07-19")[0]).toMatchObject({ period: "2017" });
    // Its start is how reporters name a first inspection, no single year; nor is it the year of an
    // article written after the framework ended (a 2022 claim of 30% must not be supported by it).
    expect(measures("Following their first inspection under the SIF, 30% of councils were good.", "2022-07-19")[0]?.period).toBeUndefined();
    expect(measures("Following their first inspection under the SIF, 30% of councils were good.", "2016-07-19")[0]?.period).toBe("2016");
  });

  it("reads a wide population as the one kind of it the sentence named first", () => {
    expect(measures("Inspections of voluntary adoption agencies found 90% of providers to be good or outstanding.")[0]).toMatchObject({ indicator: "good-or-better", population: "adoption-agencies" });
    expect(measures("Inspectors found 90% of providers to be good or outstanding.")[0]).toMatchObject({ population: "providers" });
  });

  it("reads the one judgement area a sentence names before the figure, but not a framework's name or a speaker", () => {
    expect(measures("Ofsted raised concerns about child protection services, with one in five departments judged inadequate.")[0]).toMatchObject({ indicator: "inadequate", aspect: "help-and-protection" });
    expect(measures("The framework for children in need of help and protection, children looked after and care leavers found 28% of councils inadequate.")[0]).toMatchObject({ indicator: "inadequate", aspect: undefined });
    expect(measures("Leaders of children's services said 20% of councils were inadequate.")[0]).toMatchObject({ indicator: "inadequate", aspect: undefined });
  });

  it("reads money in £m and £bn, and only glued to a currency sign", () => {
    const [overspend] = extractFigures("Councils overspent their children's services budgets by £1.1bn in 2022-23.", { date: "2023-07-20" });
    expect(overspend).toMatchObject({ text: "£1.1bn", value: 1.1e9, unit: "£", measure: { indicator: "overspend" } });
    expect(extractFigures("The budget was £193m.", { date: "2019-01-17" })[0]).toMatchObject({ text: "£193m", value: 193e6 });
    expect(extractFigures("The home is 10m from the road.", { date: "2019-01-17" })).toEqual([]);
  });

  it("places a figure in the council named before it in its clause, but not a count of other councils", () => {
    expect(extractFigures("Kent County Council overspent by £42.6m in 2022-23.", { date: "2023-07-20" })[0]?.geography).toBe("Kent");
    expect(extractFigures("In Leeds, 1,200 children were in care.", { date: "2023-07-20" })[0]?.geography).toBe("Leeds");
    expect(extractFigures("Birmingham and 19 other councils were inadequate.", { date: "2023-07-20" })[0]?.geography).toBeUndefined();
    expect(extractFigures("North East Lincolnshire had 30% agency staff.", { date: "2023-07-20" })[0]?.geography).toBe("North East Lincolnshire");
  });

  it("leaves the total a figure is drawn from without a measure, and reads a closing grade as the figure's own", () => {
    const [part, total] = measures("Inspectors judged 15 of the 102 councils inspected inadequate.", "2021-09-16");
    expect(part).toMatchObject({ indicator: "inadequate", population: "councils", subgroup: undefined });
    expect(total?.indicator).toBeUndefined();
    expect(measures("21 of London's 33 boroughs were rated good or outstanding in 2018.")[1]?.indicator).toBeUndefined();
    // A subgroup is one the sentence goes on to say something else about.
    expect(measures("In 11 of the authorities rated inadequate new directors had been appointed.")[0]).toMatchObject({ indicator: "director-change", subgroup: "authorities rated inadequate" });
  });

  it("dates 'a year earlier' to the year before the sentence's own, and no figure to where 'since' starts", () => {
    const [now, before] = measures("Agency rates fell to 16.2 per cent at 30 September 2024, from 17.9 per cent a year earlier.", "2025-02-27");
    expect(now).toMatchObject({ indicator: "agency-rate", period: "2024" });
    expect(before).toMatchObject({ indicator: "agency-rate", period: "2023" });
    expect(measures("Turnover fell to 13.9%, the lowest since 2020.", "2025-02-27")[0]?.period).toBe("2025");
    expect(measures("Of the 136 councils inspected since November 2013, 29 were judged inadequate.", "2017-06-15").map((figure) => figure.period)).toEqual(["2017", "2017"]);
  });

  it("reads the base of a rate as part of the rate", () => {
    const figures = extractFigures("Some 80,080 children were in care, a rate of 67 per 10,000 children.", { date: "2020-11-12" });
    expect(figures.map((figure) => figure.text)).toEqual(["80,080", "67"]);
  });

  it("leaves the size of a group a sentence opens with unmeasured unless the group is named by a measure", () => {
    const [group, part] = measures("Of the 136 local authorities inspected since November 2013, 29 were judged inadequate.", "2017-06-15");
    expect(group?.indicator).toBeUndefined();
    expect(part).toMatchObject({ indicator: "inadequate", population: "councils" });
    expect(measures("Of the 17 councils judged inadequate, 11 had seen a new director.")[0]).toMatchObject({ indicator: "inadequate" });
  });
});

// Shapes found wrong on real coverage from other outlets (read through the search tool, written here in our own words).
describe("shapes from other outlets' coverage", () => {
  it("gives a share restated in brackets the grade after the bracket, not the grade before it", () => {
    const found = measures("Of the 61 councils inspected so far, 21.3 per cent (13) were judged inadequate and 50.8 per cent (31) were judged to require improvement.", "2015-09-01");
    expect(found.filter((figure) => figure.indicator).map((figure) => [figure.text, figure.indicator])).toEqual([
      ["21.3 per cent", "inadequate"],
      ["13", "inadequate"],
      ["50.8 per cent", "requires-improvement"],
      ["31", "requires-improvement"],
    ]);
  });

  it("leaves a figure negated by its own verb without the indicator it denies", () => {
    expect(measures("Some 68 per cent of councils (104) had not seen a change of DCS during the year.", "2020-05-01").map((figure) => figure.indicator)).toEqual([undefined, undefined]);
    expect(measures("Councils that did not change their director numbered 96.", "2020-05-01")[0]?.indicator).toBeUndefined();
    // The plain statement is still read.
    expect(measures("Some 47 councils had a change of DCS during the year.", "2020-05-01")[0]).toMatchObject({ indicator: "director-change", population: "councils" });
  });

  it("does not give a grade that only says which councils are counted to the figure", () => {
    expect(measures("Three in five councils that were once judged inadequate have since improved, the report says.", "2018-12-01")[0]?.indicator).toBeUndefined();
    expect(measures("There are 19 councils that are currently rated inadequate.", "2018-12-01")[0]).toMatchObject({ indicator: "inadequate", population: "councils" });
  });

  it("reads the judgement area a sentence names as what something is", () => {
    expect(measures("The weakest area among councils was child protection, with one in four departments judged inadequate.", "2015-09-01")[0]).toMatchObject({ indicator: "inadequate", aspect: "help-and-protection" });
    expect(measures("Services for looked-after children did better, with a third of councils judged good.", "2015-09-01")[0]).toMatchObject({ indicator: "good", aspect: "children-in-care" });
  });

  it("keeps a funding gap apart from an overspend, and county councils apart from all councils", () => {
    expect(measures("The LGA warned of a £3bn funding gap by 2025.", "2019-08-01")[0]).toMatchObject({ indicator: "funding-gap" });
    const [all, counties] = measures("Councils overspent by £790m, with county councils overspending by £250m.", "2018-08-01");
    expect(all).toMatchObject({ indicator: "overspend", subgroup: undefined });
    expect(counties).toMatchObject({ indicator: "overspend", subgroup: "county councils" });
    // A council's name is not a kind of council.
    expect(measures("Kent County Council overspent by £40m.", "2018-08-01")[0]).toMatchObject({ indicator: "overspend", subgroup: undefined });
  });

  it("keeps 'the social care system' and 'care proceedings' apart from children in care", () => {
    expect(measures("Around 390,000 children are in the social care system at any one time.", "2024-08-30")[0]?.indicator).toBeUndefined();
  });
});

describe("children starting and ceasing to be looked after", () => {
  it("are counted apart from the children looked after on 31 March, as the DfE counts them", () => {
    expect(measures("Some 29,100 children were taken into care in the year to 31 March 2021.", "2021-11-18")[0]).toMatchObject({ indicator: "children-looked-after", basis: "flow", aspect: "starting to be looked after", period: "2020-21" });
    expect(measures("Meanwhile, 28,300 ceased being in care.", "2021-11-18")[0]).toMatchObject({ indicator: "children-looked-after", basis: "flow", aspect: "ceasing to be looked after" });
    expect(measures("There were 80,900 children in care on 31 March 2021.", "2021-11-18")[0]).toMatchObject({ indicator: "children-looked-after", basis: "stock", aspect: undefined });
    // Both in one clause: each figure takes the words after it.
    expect(measures("In 2024-25, 32,000 children started to be looked after and 30,500 ceased to be looked after.", "2025-11-20").map((figure) => figure.aspect)).toEqual(["starting to be looked after", "ceasing to be looked after"]);
  });
});

describe("'since' after a superlative", () => {
  it("is where a comparison starts, not a running count", () => {
    expect(measures("The number of children in care is the highest since 1985, at 69,000.", "2013-10-31")[0]).toMatchObject({ indicator: "children-looked-after", basis: undefined });
    expect(measures("Since 2008, 40 councils have been rated inadequate.", "2013-10-31")[0]).toMatchObject({ indicator: "inadequate", basis: "cumulative" });
  });
});

describe("a part of a population, named by its kind or by who runs it", () => {
  it("keeps unaccompanied asylum-seeking children, and the figure compared with them, apart from all children in care", () => {
    const [now, then] = measures("Some 7,100 unaccompanied asylum-seeking children aged under 18 were in council care in March 2024, up from 5,000 in 2020.", "2024-11-01");
    expect(now).toMatchObject({ text: "7,100", indicator: "children-looked-after", subgroup: "unaccompanied asylum-seeking children" });
    expect(then).toMatchObject({ text: "5,000", indicator: "children-looked-after", subgroup: "unaccompanied asylum-seeking children", period: "2020" });
  });

  it("reads 'local authorities ran 410 homes' as the homes they run", () => {
    expect(measures("Local authorities ran 410 children's homes in 2019.", "2019-08-01")[0]).toMatchObject({ indicator: "registered", subgroup: "Local authorities ran children's homes" });
    expect(measures("There were 2,300 children's homes in 2019.", "2019-08-01")[0]).toMatchObject({ indicator: "registered", subgroup: undefined });
  });
});

describe("periods in a sentence of several counts", () => {
  it("gives each count out of a total the period nearest it, past its total and bracketed share", () => {
    const found = measures("By comparison, 15 of the 46 councils (33%) inspected last year were rated outstanding, as were seven of the 41 (17%) visited in 2023.", "2025-07-01");
    expect(found.filter((figure) => figure.indicator).map((figure) => [figure.text, figure.period])).toEqual([
      ["15", "2024"],
      ["33%", "2024"],
      ["seven", "2023"],
      ["17%", "2023"],
    ]);
  });
});

describe("children looked after counted apart, and counts of nothing the catalogue holds", () => {
  it("reads the kind a count of children looked after is, before or after it, and the earlier figure of its comparison", () => {
    const flows = measures("The number of children starting to be looked after fell to 31,900, and 29,700 ceased to be looked after.", "2018-11-15");
    expect(flows.map((figure) => figure.aspect)).toEqual(["starting to be looked after", "ceasing to be looked after"]);
    expect(measures("In 2017, 4,300 children looked after were adopted, falling to 3,800 in 2018.", "2018-11-15").map((figure) => figure.aspect)).toEqual(["adopted", "adopted"]);
    expect(measures("At 31 March 2018, 55,000 children were looked after under a care order, up from 40,000 in 2014.", "2018-11-15").map((figure) => figure.aspect)).toEqual(["under a care order", "under a care order"]);
  });

  it("leaves 'there were N strategy discussions' without a measure rather than a count of providers", () => {
    expect(measures("There were 185,000 strategy discussions in 2017.", "2017-11-01")[0]?.indicator).toBeUndefined();
    expect(measures("There were 2,100 children's homes in 2017.", "2017-11-01")[0]).toMatchObject({ indicator: "registered", population: "childrens-homes" });
  });

  it("reads 'two thirds of inadequate councils improved' as a part of them, not a share of councils inadequate", () => {
    expect(measures("Two thirds of inadequate councils improved at re-inspection.", "2018-12-01")[0]?.indicator).toBeUndefined();
    expect(measures("Two thirds of inadequate councils had a new director.", "2018-12-01")[0]).toMatchObject({ indicator: "director-change", subgroup: "inadequate councils" });
    expect(measures("The share of inadequate councils was 12%.", "2018-12-01")[0]).toMatchObject({ indicator: "inadequate" });
  });
});

describe("section 47 enquiries", () => {
  it("are a measure of their own, never a count of providers or children in need", () => {
    const found = measures("Section 47 enquiries rose from 170,000 in 2016 to 185,000 in 2017.", "2017-11-01");
    expect(found.map((figure) => [figure.indicator, figure.period])).toEqual([
      ["section-47-enquiries", "2016"],
      ["section-47-enquiries", "2017"],
    ]);
  });
});

describe("', all of which …' after a figure", () => {
  it("says something of what the figure counts, not what it is", () => {
    expect(measures("In 2023, the council had vacancies equivalent to 60.5 full-time staff, all of which were covered by agency staff.", "2024-03-07")[0]).toMatchObject({ indicator: "vacancies" });
  });
});
