// What a figure is not, in sentences of our own shaped like the fostering, monitoring-visit and
// asylum trials' wrong readings (hry96–hry98): a shortfall, those some events concerned, what was
// sent to councils of a grade, a group praised, a grade in someone's quoted speech, an age, a
// paragraph's number, and an item of a bracketed list under the sentence's subgroup.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";

function read(sentence: string, claim = false) {
  return extractFigures(sentence, { date: "2021-03-01", claim }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, subgroup: figure.measure?.subgroup }));
}

describe("counts that measure nothing the catalogue holds", () => {
  it("a shortfall of carers is no count of carers", () => {
    expect(read("Across the country there is a shortage of 7,200 foster carers, the charity estimates.")).toEqual([{ text: "7,200", indicator: undefined, subgroup: undefined }]);
    expect(read("There were 41,000 foster carers in England last year.")[0]?.indicator).toBe("foster-carers");
  });

  it("children some events concerned are no count of all children in care", () => {
    const [, children] = read("In the year, 61,200 missing episodes were recorded involving 10,400 children in care.");
    expect(children).toMatchObject({ text: "10,400", indicator: undefined });
  });

  it("visits sent to councils of a grade are no count of councils with it", () => {
    const figures = read("Of the 38 visits that year, 19 were to councils rated inadequate.");
    expect(figures.find((figure) => figure.text === "19")?.indicator).toBeUndefined();
  });

  it("councils a report praised are the story's group, not all councils with the grade", () => {
    expect(read("Inspectors praised three good-rated councils in the region.")[0]?.indicator).toBeUndefined();
    expect(read("There are now three good-rated councils in the region.")[0]?.indicator).toBe("good");
  });

  it("a grade in someone's quoted speech lends no measure to a count outside it", () => {
    const figures = read("Visits to about 30 councils found staff “working hard and doing some good and better work”, the director said.");
    expect(figures).toEqual([{ text: "30", indicator: undefined, subgroup: undefined }]);
    // A scare-quoted grade is no speech: "five ‘inadequate’ councils" still counts them.
    expect(read("There are five ‘inadequate’ councils in the region.")[0]?.indicator).toBe("inadequate");
  });
});

describe("numbers that are no figures", () => {
  it("ages: a threshold before a verb, a share's members over an age, a child reaching an age", () => {
    expect(read("The number of lone asylum-seeking children in care under 18 rose from 3,100 to 4,900.").map((figure) => figure.text)).toEqual(["3,100", "4,900"]);
    expect(read("Of 60,000 carers, 40% were over 50 years old and 20% were over 60.").map((figure) => figure.text)).toEqual(["60,000", "40%", "20%"]);
    expect(read("A third of the children live in placements not meant to last until the child reaches 18.").map((figure) => figure.text)).toEqual(["A third"]);
  });

  it("paragraphs of a framework", () => {
    expect(read("The rules for these visits are in paragraphs 40-52 of the handbook.")).toEqual([]);
    expect(read("The rules are in paragraphs 40 to 52 of the handbook.")).toEqual([]);
  });
});

describe("a bracketed list under the sentence's subgroup", () => {
  it("keeps the subgroup for its first item, which names its own noun", () => {
    const figures = read("In 2023 the councils that looked after the most UASC were Hillshire (410 young people), Dale (150) and Fenton (120).");
    expect(figures.map((figure) => figure.subgroup)).toEqual(["unaccompanied asylum-seeking children", "unaccompanied asylum-seeking children", "unaccompanied asylum-seeking children"]);
  });
});

describe("the early help, London and SEND trials' readings (hry101–hry103)", () => {
  it("money with its scale after a space keeps the scale", () => {
    const figures = extractFigures("Spending fell from £10.0 bn in 2010/11 to £8.4 bn in 2015/16, and one scheme cost £2.5 m.", { date: "2017-03-01" });
    expect(figures.map((figure) => figure.value)).toEqual([10e9, 8.4e9, 2.5e6]);
  });

  it("a change hedged after 'by' is still a change", () => {
    expect(read("The number of children on child protection plans increased by almost 21,000 between 2010 and 2017.")[0]).toMatchObject({ text: "21,000", indicator: undefined });
    expect(read("Referrals rose by around 4,000.")[0]?.indicator).toBeUndefined();
    // "overspent by almost £5m" is still the overspend.
    expect(read("Essex overspent by almost £5m.")[0]?.indicator).toBe("overspend");
  });

  it("reads ages, multiples, amounts per child, money given to meet costs and other things counted as no level (hry108, hry109)", () => {
    expect(read("The policy guarantees support for children in foster care until 21 if they choose to stay.")).toEqual([]);
    expect(read("Some 16-18 year-olds were referred to children's social care.")).toEqual([]);
    expect(read("For care leavers that NEET rate was 10.3 times higher.")[0]).toMatchObject({ text: "10.3", indicator: undefined });
    expect(read("Families can claim up to the new £3,000 annual limit per child from the fund's budget.")[0]).toMatchObject({ text: "£3,000", indicator: undefined });
    expect(read("The DfE allocated £21m for councils to cover the cost of Staying Put in 2016/17.")[0]).toMatchObject({ text: "£21m", indicator: undefined });
    expect(read("The number of children adopted fell, with experts blaming two landmark court rulings.")[0]).toMatchObject({ text: "two", indicator: undefined });
    // Still counts: children in foster care, spending.
    expect(read("There were 21 children in foster care in 2014.")[0]?.indicator).toBe("children-looked-after");
    expect(read("Councils spent £21m on Staying Put in 2016/17.")[0]?.indicator).toBe("spending");
  });

  it("reads care leavers' NEET share and staying put, placement orders and adoption decisions, each its own measure (hry108, hry109)", () => {
    const neet = extractFigures("Around 40% of care leavers aged 19-21 are not in education, employment or training – compared to 13% for this age group overall.", { date: "2021-03-01" });
    expect(neet.map((figure) => [figure.text, figure.measure?.indicator, figure.measure?.subgroup])).toEqual([["40%", "neet", "care leavers aged 19-21"], ["13%", undefined, undefined]]);
    // All young people's share is no care leavers' share: a claim of one never matches the other.
    expect(extractFigures("Some 13% of young people were NEET in 2017.", { date: "2021-03-01" })[0]?.measure).toMatchObject({ indicator: "neet" });
    expect(extractFigures("Some 13% of young people were NEET in 2017.", { date: "2021-03-01" })[0]?.measure?.subgroup).toBeUndefined();
    expect(read("In 2018, 55% of those leaving foster care on their 18th birthday stayed put with their former foster carer.")[0]?.indicator).toBe("staying-put");
    expect(read("The number of new placement orders fell to 1,020.")[0]?.indicator).toBe("placement-orders");
    expect(read("The number of adoption decisions fell to 4,140.")[0]?.indicator).toBe("adoption-decisions");
    // "in education, employment or training" is no NEET share.
    expect(read("62 per cent of care leavers aged 19 to 21 were in education, employment or training.")[0]?.indicator).toBeUndefined();
  });

  it("a group that includes children in care is no count of them, and referrals to CAMHS are no referrals to children's social care (hry113)", () => {
    expect(read("Funding will rise so that an additional 345,000 children and young people, including those in care, can access NHS-funded mental health support.")[0]).toMatchObject({ text: "345,000", indicator: undefined });
    expect(read("Councils looked after 80,000 children, including 5,000 in foster care.")[0]?.indicator).toBe("children-looked-after");
    expect(read("In 2018, there were over 13,000 new referrals to CAMHS.")[0]?.indicator).toBeUndefined();
    expect(read("There were 650,000 referrals to children's social care in 2019.")[0]?.indicator).toBe("referrals");
  });

  it("a figure two ways of counting apart name at once measures nothing sure; plans started in the year are counted apart (hry115)", () => {
    const [peak, low] = read("The number of children affected by sexual exploitation who started a CPP has declined from a peak of 3,400 in 2018 to a low of 1,820 in 2025.");
    expect([peak?.indicator, low?.indicator]).toEqual([undefined, undefined]);
    const started = extractFigures("The number of child protection plans (CPPs) starting in the year has more than doubled from 28,500 in 1994 to 61,840 in 2025.", { date: "2025-11-01" });
    expect(started.map((figure) => figure.measure?.aspect)).toEqual(["started in the year", "started in the year"]);
    expect(extractFigures("There were 51,510 children on child protection plans at 31 March 2020.", { date: "2021-01-01" })[0]?.measure?.aspect).toBeUndefined();
  });

  it("a change by a gerund is a change: 'reducing caseloads by 30 per cent' is no share of councils rated inadequate (hry107)", () => {
    expect(read("A council rated inadequate last year has succeeded in reducing caseloads by 30 per cent.")[0]).toMatchObject({ text: "30 per cent", indicator: undefined });
    expect(read("A council rated inadequate has been slashing vacancies by 20 per cent a year.")[0]?.indicator).toBeUndefined();
  });

  it("a gap in money is no spending; a funding gap is the catalogue's own", () => {
    expect(read("Given how much councils have to spend, in 2015/16 alone there was a £640 million gap.")[0]).toMatchObject({ indicator: undefined });
    expect(read("The LGA warned of a £2bn funding gap by 2025.")[0]?.indicator).toBe("funding-gap");
  });

  it("'31 out of the 33 local authorities' counts councils, whatever else the sentence names", () => {
    const [part] = read("The pact (which has 29 out of the 33 local authorities signed up to it) aims to put permanent and agency social workers on a level footing.");
    expect(part).toMatchObject({ text: "29", indicator: undefined });
  });

  it("a team named before the figure in its clause narrows it, not past 'and'", () => {
    expect(read("Problems grew with staff turnover, which in the referral and assessment team had reached 28% in 2016.")[0]?.subgroup).toBe("in the referral and assessment team");
  });

  it("a share in some councils is no level anywhere", () => {
    expect(read("Our analysis shows some councils employ up to half of their social workers through an agency.")[0]?.indicator).toBeUndefined();
    expect(read("Across England, 17.9% of social workers were agency staff.")[0]?.indicator).toBe("agency-rate");
  });
});

describe("the providers, local child protection and workforce trials' readings (hry104–hry106)", () => {
  function full(sentence: string) {
    return extractFigures(sentence, { date: "2019-03-01" }).map((figure) => ({ text: figure.text, unit: figure.unit, geography: figure.geography, indicator: figure.measure?.indicator, subgroup: figure.measure?.subgroup }));
  }

  it("'a rate of 156' is a rate whose base is not stated, never a count of children", () => {
    const [rate] = full("Hillshire had the second highest rate of children on protection plans, behind Dale which had a rate of 151.");
    expect(rate).toMatchObject({ text: "151", unit: "rate" });
    // "the England rate of 69" after a rate per 10,000 is still in that rate's unit.
    expect(full("Dale had a rate of 190 per 10,000 children, against the England rate of 69.").find((figure) => figure.text === "69")?.unit).toBe("per 10,000 children");
  });

  it("'two or more consecutive outstanding Ofsted judgements' counts judgements, no agencies", () => {
    expect(read("Only about 10% of agencies have received two or more consecutive 'outstanding' Ofsted judgements.").find((figure) => figure.text === "two")?.indicator).toBeUndefined();
  });

  it("a claim's copula before a setting keeps the setting: 'were in unregulated placements'", () => {
    expect(read("7,900 looked-after children were in unregulated placements in March 2023", true)[0]).toMatchObject({ indicator: "children-looked-after", subgroup: "in unregulated placements" });
  });

  it("adults' services a few words on are another workforce; a quota after a comma is not the figure's", () => {
    expect(read("12.3% of social work posts in council adults' services were vacant in 2022.")[0]?.indicator).toBeUndefined();
    expect(read("The county looks after 210 unaccompanied children, more than double its quota of 100.")[0]?.indicator).toBe("children-looked-after");
  });

  it("a share of those who left is no turnover rate; the share who left is", () => {
    expect(read("A fifth of the 4,100 social workers who left the register in 2022 had been registered for under a year.")[0]?.indicator).toBeUndefined();
    expect(read("Nearly two thirds of social workers who left their council last year quit frontline work.")[0]?.indicator).toBeUndefined();
    expect(read("In 2022, 15% of social workers left their council.")[0]?.indicator).toBe("turnover");
  });

  it("agency workers 'used to cover these vacancies' are the cover share, not the vacancy rate", () => {
    expect(read("Of 4,000 agency social workers, 70% were being used to cover these vacancies.").find((figure) => figure.text === "70%")?.indicator).toBe("agency-cover");
  });

  it("a council after the figure's noun phrase and its acronym is the figure's", () => {
    expect(full("As of March 2024, there were 640 children with a child protection plan (CPP) in Leeds.")[0]?.geography).toBe("Leeds");
  });
});
