// Where and when a figure is, in sentences of our own shaped like the care-leaver, care-proceedings
// and kinship trials' misses: a list's places in order, a district that is not its county, an
// institution that is not a place, and the years of moves, spans and "since … when" clauses.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";

function read(sentence: string, date = "2023-03-01", claim = false) {
  return extractFigures(sentence, { date, claim }).map((figure) => ({ text: figure.text, geography: figure.geography, period: figure.period, indicator: figure.measure?.indicator }));
}

describe("places in a list", () => {
  it("go to the figure each stands right after, behind 'in'", () => {
    const figures = read("Across councils, agency workers filled 3% of posts in Barnsley and 9% in Sefton compared with 25% in Slough and 33% in Thurrock.");
    expect(figures.slice(1).map((figure) => figure.geography)).toEqual(["Sefton", "Slough", "Thurrock"]);
    const regions = read("Of the young people, 21 per cent were in the North East, 16 per cent were in the South West, and 11 per cent were in London.");
    expect(regions.map((figure) => figure.geography)).toEqual(["North East", "South West", "London"]);
  });

  it("never go to the place before when an unknown name follows the figure behind 'in'", () => {
    const figures = read("Rates range from 151.2 in Wokingham and 180.4 in Surrey to 640.9 in Middlesborough.");
    expect(figures.map((figure) => figure.geography)).toEqual(["Wokingham", "Surrey", undefined]);
  });

  it("leave a figure of several councils with none of them", () => {
    expect(read("Three councils, Barnsley, Sefton and Slough, where a combined 210 young people were eligible, reported none still living with carers.")[1]).toMatchObject({ text: "210", geography: undefined });
  });
});

describe("a council's figure after 'its'", () => {
  it("is the council's, past a contrast", () => {
    const figures = read("Barnsley's agency rate fell from 28.1% in 2019 to 12.2% in 2021, while its vacancy rate fell from 27.9% to 11.4%.");
    expect(figures.map((figure) => figure.geography)).toEqual(["Barnsley", "Barnsley", "Barnsley", "Barnsley"]);
  });
});

describe("names that are no council or place", () => {
  it("a district named after its county is not the county", () => {
    expect(read("East Northamptonshire overspent its budget by £3.1m in 2018-19.", "2019-06-01", true)[0]?.geography).toBeUndefined();
    expect(read("Northamptonshire overspent its budget by £3.1m in 2018-19.", "2019-06-01", true)[0]?.geography).toBe("Northamptonshire");
  });

  it("'national' before a word that is no figure's is not England", () => {
    expect(read("Blaming national pressures on placements, the council said it could save £150,000 a year.")[0]?.geography).toBeUndefined();
    expect(read("Its rate was 21%, above the national average of 17%.")[1]?.geography).toBe("England");
  });

  it("a place after 'than' is the one compared with, not the figure's", () => {
    expect(read("Its share of good homes was higher than the national average, at 91%.")[0]?.geography).toBeUndefined();
  });

  it("an institution named after a city is not the city", () => {
    expect(read("Researchers at University College London followed 120,000 people.")[0]?.geography).toBeUndefined();
    expect(read("In London, 120,000 people were followed.")[0]?.geography).toBe("London");
  });
});

describe("when a figure is", () => {
  it("a date leading into the next figure past 'and' is that figure's", () => {
    const [first, second] = read("Vacancy rates climbed in 2020 to 16.1 per cent and again in 2021 to 18.3 per cent.");
    expect([first?.period, second?.period]).toEqual(["2020", "2021"]);
  });

  it("'since' a financial year 'when' is that year", () => {
    expect(read("Numbers fell in 2019/20, the first fall since 2014/15 when there were 24 councils rated inadequate.", "2020-09-01")[0]?.period).toBe("2014-15");
  });

  it("'this financial year' is the one the article was written in", () => {
    expect(read("The budget is £96.2m this financial year.", "2024-01-20")[0]?.period).toBe("2023-24");
    expect(read("The budget is £96.2m in the current financial year.", "2024-06-20")[0]?.period).toBe("2024-25");
  });

  it("'a year on' a noun is a yearly amount; a year in brackets after 'up from' is the earlier figure's", () => {
    expect(read("In 2028 councils will spend £8 billion a year on children's care.")[0]?.period).toBe("2028");
    const [now, then] = read("Some 58.2 per cent were satisfied, slightly up from 2021 (56.0 per cent).", "2023-03-01");
    expect([now?.period, then?.period]).toEqual(["2023", "2021"]);
  });

  it("money over several years has no year of its own, though the sentence gives another amount's", () => {
    const [total, year] = read("Planned investment over the spending review period rises to £540 million, with £180 million in 2024-25.", "2024-03-01");
    expect([total?.period, year?.period]).toEqual([undefined, "2024-25"]);
    expect(read("Some £98m is set aside for 2023/24, on top of the £1.2 billion allocated over the past eight years.", "2024-03-01")[1]?.period).toBeUndefined();
  });

  it("'between April 2011 and the end of March 2012' is that financial year", () => {
    expect(read("Of the homes inspected between April 2015 and the end of March 2016, 24% were outstanding.", "2016-09-01")[0]?.period).toBe("2015-16");
  });

  it("money 'available until' a year has no year of its own", () => {
    expect(read("The scheme has extra funding of £150 million available until 2018.", "2015-06-01")[0]?.period).toBeUndefined();
  });

  it("'since the introduction of' a duty is a span, not the year it started", () => {
    expect(read("Since the introduction of the new duty in 2015, the department has given £96 million to councils.", "2022-06-01")[0]?.period).toBe("2022");
  });
});

describe("amounts", () => {
  it("half a million pounds is one amount, not a half", () => {
    expect(read("The placement cost the council more than half a million pounds.").map((figure) => figure.text)).toEqual(["half a million"]);
  });

  it("money in a spending review or a national fund is no council's spending", () => {
    expect(read("The money comes from £410m set aside in the government's spending review.")[0]?.indicator).toBeUndefined();
    expect(read("Some £12 million of the £15 million fund has already gone.")[0]?.indicator).toBeUndefined();
    expect(read("The council's spending on placements was £41m.")[0]?.indicator).toBe("spending");
  });
});

describe("an age after 'until they are'", () => {
  it("is no count", () => {
    expect(read("Councils must offer support to care leavers until they are 25.")).toEqual([]);
  });
});

describe("the fostering and annual-report trials' places and years (hry70, hry71)", () => {
  it("reads 'in the year to March' with no year as the financial year that has ended by the article's date", () => {
    expect(read("About 45 households deregistered in the year to March.", "2025-11-20")[0]?.period).toBe("2024-25");
    // Before April the March just past is not yet the one meant: the year is left to the article.
    expect(read("About 45 households deregistered in the year to March.", "2025-02-20")[0]?.period).toBe("2025");
  });

  it("steps 'the previous year' back from that financial year, for the figure it stands beside only", () => {
    const figures = read("About 45 households approved by Hampshire County Council deregistered in the year to March, an increase from 35 deregistrations the previous year.", "2025-11-20");
    expect(figures.map((figure) => [figure.text, figure.period])).toEqual([["45", "2024-25"], ["35", "2023-24"]]);
  });

  it("places a figure with the council right after it behind 'for': 'to 26.8 for North East Lincolnshire' (hry75)", () => {
    const figures = read("Caseloads varied from as low as 12 in Kingston and Richmond, to 24.1 for North East Lincolnshire.", "2018-06-10");
    expect(figures.at(-1)).toMatchObject({ text: "24.1", geography: "North East Lincolnshire" });
  });

  it("places a count with the council that did it: 'households approved by Hampshire County Council'", () => {
    expect(read("About 45 households approved by Hampshire County Council deregistered last year.", "2025-11-20")[0]?.geography).toBe("Hampshire");
    // "rated … by Ofsted" names no council.
    expect(read("About 45 homes rated good by Ofsted closed last year.", "2025-11-20")[0]?.geography).toBeUndefined();
  });

  it("dates a bracketed share with the figure it restates: 'compared with 1,570 (46%) last year'", () => {
    const figures = read("The number staying put rose to 1,695 (49%) in 2017-18 compared with 1,570 (46%) last year.", "2019-06-10");
    expect(figures.map((figure) => [figure.text, figure.period])).toEqual([["1,695", "2017-18"], ["49%", "2017-18"], ["1,570", "2016-17"], ["46%", "2016-17"]]);
  });

  it("keeps a bracketed year after 'since' a named phase off the figure: 'up 8% since Phase 8 (2021/22)' (hry79)", () => {
    const figures = read("Initial contacts stood at just over 3 million, up 8% since Safeguarding Pressures Phase 8 (2021/22).", "2025-01-17");
    expect(figures[0]).toMatchObject({ text: "3 million", period: "2025" });
  });

  it("keeps the year of a number compared with off the figure: 'double the number for the previous year'", () => {
    expect(read("Ministers said 20 councils were rated good, double the number for the previous year.", "2010-12-10")[0]?.period).toBe("2010");
    expect(read("There were 5,000 referrals, twice the number in the year before.", "2010-12-10")[0]?.period).toBe("2010");
  });

  it("reads a count after ', of' or before 'inspected' as the total the counts were drawn from", () => {
    const figures = read("Twelve councils were judged good, and nine were judged inadequate, of 61 inspected councils.", "2017-08-31");
    expect(figures.map((figure) => [figure.text, figure.indicator])).toEqual([["Twelve", "good"], ["nine", "inadequate"], ["61", undefined]]);
    expect(read("Twelve councils were judged good, of 61 inspected.", "2017-08-31").map((figure) => figure.indicator)).toEqual(["good", undefined]);
  });
});

describe("places named together, and a subject carried past 'but'", () => {
  it("places joined by 'and' before a figure share it: none is its own", () => {
    expect(read("Under the scheme, English, Scottish and Welsh councils and Northern Ireland's trusts take children where they make up at least 0.1% of the child population.")[0]).toMatchObject({ text: "0.1%", geography: undefined });
    // One place compared with another stays the figure's.
    expect(read("Compared with England, London has an agency rate of 20%.")[0]?.geography).toBe("London");
  });

  it("'but' straight before a verb keeps the council the sentence is about, past 'the number of children in care'", () => {
    const figures = read("Rotherham Children's Trust opened in April 2019, but overspent in its first year by £4.1m, with the number of children in care rising from 640 to 702 by March.");
    expect(figures.map((figure) => figure.geography)).toEqual(["Rotherham", "Rotherham", "Rotherham"]);
    // A contrast with a subject of its own ("but councils overspent") still leaves the council behind.
    expect(read("Leeds spent £152.6m, but councils overspent by £800m.").map((figure) => figure.geography)).toEqual(["Leeds", undefined]);
  });
});

describe("a period that names the figure in brackets after it", () => {
  it("dates the bracketed figure as 'the 2020-21 figure of …' does", () => {
    const figures = read("Applications fell to 7,900, down from the 2020-21 figure (10,400).");
    expect(figures.find((figure) => figure.text === "10,400")?.period).toBe("2020-21");
    expect(read("It fell from the 2013 figure of 1,950 to 1,700.")[0]?.period).toBe("2013");
  });
});

describe("years later than a day another sentence gave", () => {
  it("leave the figure undated rather than the article's", () => {
    expect(read("Ten years later there were 180 private children's homes.", "2024-02-01")[0]).toMatchObject({ text: "180", period: undefined });
    expect(read("A decade later the number had risen to 180.", "2024-02-01")[0]?.period).toBeUndefined();
    expect(read("There were 180 private children's homes.", "2024-02-01")[0]?.period).toBe("2024");
  });
});

describe("names that are no place, and days that are no figures", () => {
  it("a council's name before a street word is the street's", () => {
    expect(read("The agency, of Leeds Road, Halifax, covers seven fostering households.")[0]?.geography).toBeUndefined();
    expect(read("Leeds had 1,300 children in care.")[0]?.geography).toBe("Leeds");
  });

  it("days after their month are dates: 'between October 14 and 18'", () => {
    expect(read("Inspectors visited between October 14 and 18 last year and found eight children.").map((figure) => figure.text)).toEqual(["eight"]);
    expect(read("Inspectors visited on October 14-18 and found eight children.").map((figure) => figure.text)).toEqual(["eight"]);
  });
});

describe("periods in the care proceedings and reform trials (hry109, hry110)", () => {
  it("a date past ', and' starts another statement: the figure keeps the one stated before it", () => {
    expect(read("The budget for 2019-20 is £5m, and in 2021 it will rise.")[0]).toMatchObject({ text: "£5m", period: "2019-20" });
    expect(read("Funding for 2019/20 will be £23.77 million, and funding beyond 2020 will be subject to future spending reviews.")[0]?.period).toBe("2019-20");
  });

  it("'the previous financial year when 10,620 …' is the year before the one the article last dated", () => {
    const [, earlier] = read("This represents a 5% increase on the same period in the previous financial year when 10,620 applications were received.", "2015-05-01");
    expect(earlier).toMatchObject({ text: "10,620", period: "2014" });
  });

  it("a count not yet complete ('there has already been 11,513') is no year's", () => {
    expect(read("With March still to be recorded, there has already been 11,513 care applications.", "2016-03-10")[0]).toMatchObject({ text: "11,513", period: undefined });
  });

  it("a figure no move joins, between two financial years, is the whole span's: no end's", () => {
    expect(read("Between 2007/8 and 2016/17, 16,849 babies were subjects of care proceedings.")[0]).toMatchObject({ text: "16,849", period: undefined });
    expect(read("Spending rose from £2bn to £3bn between 2014-15 and 2016-17.").map((figure) => figure.period)).toEqual(["2014-15", "2016-17"]);
  });

  it("past 'but', 'now' is the article's time and 'since' a later one, not the year the sentence stated", () => {
    expect(read("In 2016/17 there were 12.5 applications per 10,000 children but this rate has now dropped to 12.2 per 10,000.", "2018-05-01").map((figure) => figure.period)).toEqual(["2016-17", "2018"]);
    expect(read("In 2016/17 there were 12.5 applications but the number has since dropped to 12,200.", "2018-05-01").map((figure) => figure.period)).toEqual(["2016-17", undefined]);
    expect(read("In 2016 there were 70 councils rated good, while 20 were inadequate.").map((figure) => figure.period)).toEqual(["2016", "2016"]);
  });

  it("a name the gazetteer does not know right before 'at' is the figure's own: 'York at 19 weeks and Lincoln at 20'", () => {
    expect(read("The quickest areas were York at 19 weeks and Lincoln at 20.").map((figure) => figure.geography)).toEqual(["York", undefined]);
    expect(read("Vacancy rates were highest in Kent at 20% and Medway at 18%.").map((figure) => figure.geography)).toEqual(["Kent", "Medway"]);
  });

  it("'45% of looked after children in England, 45% … in Scotland and 49% … in Wales': each its own nation (hry113)", () => {
    expect(read("The research found that 45% of looked after children in England, 45% of looked after children in Scotland and 49% of looked after children in Wales had a mental disorder.").map((figure) => figure.geography)).toEqual(["England", "Scotland", "Wales"]);
  });

  it("'leapt by 34 per cent to 1,258' is a change and a level, never a range", () => {
    expect(read("Care applications leapt by 34 per cent to 1,258.").map((figure) => figure.text)).toEqual(["34 per cent", "1,258"]);
    expect(read("Between 10 to 20 per cent of councils were affected.")[0]?.text).toBe("10 to 20 per cent");
  });
});

describe("a year in a law's name (hry118)", () => {
  it("is no period of the figures beside it", () => {
    const periods = (sentence: string) => extractFigures(sentence, { date: "2024-10-09" }).map((figure) => figure.period);
    expect(periods("Under section 47 of the Children Act 1989, councils made 225,400 enquiries.")).toEqual(["2024"]);
    expect(periods("Under the Children Act, councils made 225,400 enquiries in 1989.")).toEqual(["1989"]);
  });
});
