// What a figure counts when the sentence names it in a "number of" subject, and when a change named
// as a noun ("an increase in …") moves a measure from one figure to another. Sentences of our own,
// in the shapes the secure-homes trial found in real reporting.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

const DATE = { date: "2022-07-13" };

const read = (sentence: string) => extractFigures(sentence, DATE).map((figure) => ({ text: figure.text, unit: figure.unit, indicator: figure.measure?.indicator, period: figure.period, upper: figure.upper }));

describe("a 'number of' subject holding an earlier figure", () => {
  it("counts what the phrase names, not what the figure inside it counted", () => {
    const [homes, from, to] = read("The number of young people waiting for a bed in the country's 14 secure children's homes each night has doubled from 21 to 42.");
    expect(homes).toMatchObject({ text: "14", unit: "children's homes", indicator: "registered" });
    // The waiting young people are no homes, and the catalogue has no measure for them.
    for (const figure of [from, to]) expect(figure).toMatchObject({ unit: "young people", indicator: undefined });
  });

  it("leaves a phrase whose own figures follow its verb as it was", () => {
    expect(read("The number of children's homes rose from 2,400 to 2,650.").map((figure) => figure.indicator)).toEqual(["registered", "registered"]);
    expect(read("The number of councils with an interim director in the nine regions rose from 18 to 27.").slice(1).map((figure) => figure.unit)).toEqual(["councils", "councils"]);
  });

  it("never supports a claim that the waiting children were homes", async () => {
    const core = await fixtureCore("subjects", {
      "waiting.md": fixtureArticle("Waiting lists grow", "2022-07-13", "The number of young people waiting for a bed in the country's 14 secure children's homes each night has doubled from 21 to 42, the figures show."),
    });
    expect(core.answer("check there were 21 secure children's homes").checks?.[0]?.verdict).not.toBe("supported");
    expect(core.answer("check there were 42 secure children's homes").checks?.[0]?.verdict).not.toBe("supported");
  });
});

describe("a change named as a noun", () => {
  it("reads 'an increase in … from A to B' as a move between two figures, not a range", () => {
    const figures = read("The inspectorate's report also showed an increase in the number of children's homes registered to care for a single child, from 97 to 151, between 2020-21 and 2021-22.");
    expect(figures.map((figure) => [figure.text, figure.period, figure.upper])).toEqual([
      ["97", "2020-21", undefined],
      ["151", "2021-22", undefined],
    ]);
  });

  it("still reads a range where nothing changes", () => {
    expect(read("Day rates for a placement ranged from 3,000 to 9,000 pounds.")[0]).toMatchObject({ upper: 9000 });
  });
});

const claimed = (sentence: string) => extractFigures(sentence, { ...DATE, claim: true }).map((figure) => ({ text: figure.text, measure: figure.measure }));

describe("a count whose predicate says what the counted were doing", () => {
  it("is a count of those doing it, a subgroup, never all of them", () => {
    const [moved] = claimed("15,900 children in care were living more than 20 miles from home in 2021");
    expect(moved?.measure).toMatchObject({ indicator: "children-looked-after", subgroup: expect.stringMatching(/^were living more than 20 miles/) });
  });

  it("reads homes owned or controlled by someone as a part of all homes", () => {
    for (const sentence of ["Some 790 registered children's homes were run by private equity firms in 2023", "The paper found that 790 registered care homes looking after children in March 2023 were wholly or partly controlled by investment firms"]) {
      expect(claimed(sentence)[0]?.measure, sentence).toMatchObject({ indicator: "registered", subgroup: expect.stringMatching(/(?:run|controlled) by/) });
    }
  });

  it("is not narrowed when the predicate is the measure itself", () => {
    for (const sentence of ["81,000 children were in care in 2021", "31,000 children were taken into care in 2021", "19 councils were rated inadequate in 2021"]) {
      expect(claimed(sentence)[0]?.measure?.subgroup, sentence).toBeUndefined();
    }
  });

  it("reads a participle straight after the count's noun, a finite verb of what happened, and a count bracketed after a share as parts", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["There are more than 24,000 looked after children living far from their home area.", "24,000", /^living far from/],
      ["Some 38 per cent (9,870) of children in care are placed at least 20 miles from home.", "9,870", /placed at least 20 miles/],
      ["Nearly 1,900 children in care (5% of the total) changing home or school in 2018-19.", "1,900", /^changing home/],
      ["Nearly 1,900 children in care changed school in 2018-19.", "1,900", /^changed school/],
    ];
    for (const [sentence, text, subgroup] of cases) {
      const figure = claimed(sentence).find((found) => found.text === text);
      expect(figure?.measure?.subgroup ?? "(no subgroup)", sentence).toMatch(subgroup);
    }
  });

  it("does not narrow a count by words that describe all of them", () => {
    for (const sentence of ["There were 79,000 children being looked after in 2022.", "There were 6,200 agency social workers working in children's services in 2022."]) {
      expect(claimed(sentence)[0]?.measure?.subgroup, sentence).toBeUndefined();
    }
  });

  it("reads a later figure with a participle of its own as a part: the whole keeps its own measure", () => {
    const workforce = claimed("Councils employed 29,000 social workers, 4,800 working as agency staff.");
    expect(workforce[0]?.measure?.indicator).not.toBe("agency-workers");
    const care = claimed("There were 79,000 children in care, 57,000 living with foster carers.");
    expect(care[0]?.measure).toMatchObject({ indicator: "children-looked-after" });
    expect(care[0]?.measure?.aspect).toBeUndefined();
    expect(care[1]?.measure?.indicator ?? "none").not.toBe("foster-carers");
    const distances = claimed("Some 40 per cent (10,900) of children in care are placed at least 20 miles from home with 2,000 living 100 miles away.");
    expect(distances.find((figure) => figure.text === "2,000")?.measure?.subgroup).toMatch(/^living 100 miles/);
  });

  it("does not narrow a count by what all of them do, nor by the -ing word of its own noun", () => {
    expect(claimed("There were 43,000 fostering households caring for 56,000 children.")[0]?.measure).toMatchObject({ indicator: "fostering-households" });
    expect(claimed("There were 43,000 fostering households caring for 56,000 children.")[0]?.measure?.subgroup).toBeUndefined();
  });

  it("counts what follows 'or more', not the sentence's earlier noun", () => {
    expect(read("About 2,700 children had four or more placement moves in two years.")[1]).toMatchObject({ text: "four", unit: "moves", indicator: undefined });
  });

  it("keeps supported accommodation apart from children's homes", () => {
    expect(claimed("9,100 children in care were living in supported accommodation in 2022")[0]?.measure?.aspect).toBe("in supported accommodation");
    expect(claimed("7,300 children in care were living in children's homes in 2022")[0]?.measure?.aspect).toBe("in children's homes");
  });
});

describe("what counts nothing", () => {
  it("reads '16- and 17-year-olds' as ages, not a count of 16", () => {
    for (const sentence of ["The rising number of 16- and 17-year-olds in supported accommodation worries councils.", "Some 38% of eligible 18- to 21-year-olds stayed with their carers."]) {
      expect(read(sentence).map((figure) => figure.text), sentence).not.toContain(sentence.includes("16-") ? "16" : "18");
    }
  });

  it("reads the judgement areas of one council as areas, never councils", () => {
    for (const sentence of ["Redbay was rated good in all four areas in 2023", "Inspectors judged Redbay good in each of the four areas in 2023"]) {
      expect(claimed(sentence)[0]?.measure, sentence).toBeUndefined();
    }
  });

  it("reads 'none of the 31 councils' as what none were drawn from", () => {
    expect(read("Yet none of the 31 councils in the region currently holds an outstanding rating.")[0]?.indicator).toBeUndefined();
  });

  it("reads 'council-run children's homes' as homes, and 'in the 12 months up to March' as a window", () => {
    expect(read("In the year to 31 March, 97 new council-run children's homes opened.")[0]).toMatchObject({ text: "97", unit: "children's homes" });
    expect(read("Some 480 homes were registered in the 12 months up to March this year.").map((figure) => figure.text)).toEqual(["480"]);
  });

  it("reads providers that did something as those providers, not all registered", () => {
    expect(read("Almost 700 providers met the registration deadline.")[0]?.indicator).toBeUndefined();
    expect(read("There were 2,350 children's homes in England.")[0]?.indicator).toBe("registered");
  });

  it("reads 'a £9.5m boost' as a change, not the budget", () => {
    const [boost, total] = read("Funding rises again next year, a £7.2m boost taking the total to £41.6m.");
    expect(boost).toMatchObject({ text: "£7.2m", indicator: undefined });
    expect(total).toMatchObject({ text: "£41.6m", indicator: "budget" });
  });
});

describe("director changes counted apart", () => {
  it("reads a yearly average as an average, never one year's count", () => {
    for (const sentence of ["The average number of changes in DCS post-holder per year now stands at 47.", "There were 47 changes in DCS post-holder on average each year."]) {
      expect(read(sentence)[0]?.indicator, sentence).toBeUndefined();
    }
  });

  it("keeps interim appointments apart from all appointments", () => {
    const [interim] = claimed("31 interim DCS appointments were made in 2022-23");
    const [all] = claimed("58 DCS appointments were made in 2022-23");
    expect(interim?.measure).toMatchObject({ indicator: "director-change", scope: "interim appointments" });
    expect(all?.measure).toMatchObject({ indicator: "director-change", scope: "changes" });
  });

  it("reads 'councils had two changes' as changes each council had, no count", () => {
    expect(claimed("11 councils had two DCS changes in 2022-23").map((figure) => figure.measure)).toEqual([undefined, undefined]);
  });
});

describe("children raised by relatives, and a change from the year before", () => {
  it("counts children in kinship care apart from children in care", () => {
    for (const sentence of ["More than 180,000 children in the UK are growing up in kinship care.", "Some 141,000 children are being raised in kinship care in England, twice the number in foster care."]) {
      expect(read(sentence)[0], sentence).toMatchObject({ indicator: "children-looked-after" });
      expect(extractFigures(sentence, DATE)[0]?.measure?.aspect, sentence).toBe("in kinship care");
    }
  });

  it("leaves the level in its own year when 'up 3% from the previous year' says what the change is from", () => {
    expect(extractFigures("As of 31 March, there were 79,500 children in care – up 3% from the previous year.", { date: "2021-12-01" })[0]?.period).toBe("2021");
  });
});

describe("workforce shares that are not the census's rates", () => {
  it("reads a share of leavers and a fall since a year as neither", () => {
    for (const sentence of ["The proportion aged over 30 has grown to 68.1% of leavers in 2021-22.", "Frontline social workers down 6% since 2020 as vacancies soar", "The vacancy rate is up 19% (1,210 posts) on the year before."]) {
      const figures = read(sentence);
      expect(figures.length, sentence).toBeGreaterThan(0);
      expect(figures.every((figure) => figure.indicator === undefined), sentence).toBe(true);
    }
    expect(read("The vacancy rate was 19% in 2022.")[0]?.indicator).toBe("vacancy-rate");
  });
});

describe("children looked after: parts of a change, rates over other bases, orders", () => {
  it("reads 'accounting for 1,480 of the 1,690 increase' as a part of the change, no count of children in care", () => {
    expect(read("The care population grew again, with unaccompanied children accounting for 1,480 of the 1,690 increase.").every((figure) => figure.indicator === undefined)).toBe(true);
  });

  it("leaves a rate over another base than 10,000 unmeasured: 'eight in every thousand', '6 per 1,000'", () => {
    for (const sentence of ["Eight in every thousand children are in care in the north.", "The rate of children in care was 6 per 1,000 children in 2023."]) {
      expect(read(sentence)[0]?.indicator, sentence).toBeUndefined();
    }
    expect(read("The rate of children in care was 68 per 10,000 children in 2023.")[0]?.indicator).toBe("children-looked-after-rate");
  });

  it("reads special guardianship orders granted as orders, not children in kinship care", () => {
    expect(extractFigures("There were 3,650 special guardianship orders granted in 2021.", DATE)[0]?.measure?.indicator).toBe("special-guardianship-orders");
  });
});
