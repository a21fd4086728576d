// Counts of director (DCS) changes, in sentences of our own shaped like the director-turnover trial's
// misses: a count of changes, which some councils had twice, is no count of the councils that changed
// director (a claim that 70 councils had a new director was SUPPORTED by "70 changes … among local
// authorities"); a number each council had is no count at all; a duration and a dash after a date are
// neither figures nor years.
import { beforeAll, describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import type { Core } from "../../src/core.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

function read(sentence: string, date = "2019-05-01") {
  return extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, unit: figure.unit, indicator: figure.measure?.indicator, population: figure.measure?.population, scope: figure.measure?.scope, period: figure.period }));
}

describe("a count of director changes", () => {
  it.each([
    ["There were 70 changes to the director of children's services post holder among councils in 2018/19."],
    ["There were 70 DCS changes in 2018/19."],
    ["The association counted 70 changes in DCS post holders in 2018/19."],
    ["In all, 70 DCS appointments were made in 2018/19."],
  ])("counts changes, not councils: %s", (sentence) => {
    expect(read(sentence)[0]).toMatchObject({ text: "70", indicator: "director-change", scope: "changes", period: "2018-19" });
  });

  it("while councils that changed their director are councils", () => {
    expect(read("Some 70 councils had a new director in 2018/19.")[0]).toMatchObject({ indicator: "director-change", population: "councils", scope: undefined });
    // Past the councils counted, "changes" is what they saw, not what is counted.
    expect(read("Some 70 councils saw changes to their director of children's services in 2018/19.")[0]).toMatchObject({ indicator: "director-change", population: "councils", scope: undefined });
  });

  it("and 'new DCSs' counts directors, which no change of council counts", () => {
    expect(read("Some 31 new DCSs were appointed in 2018/19.")[0]).toMatchObject({ indicator: undefined });
  });

  it("leaves a number each council had without a measure", () => {
    const [councils, twice, each] = read("The changes were spread across 61 councils, with nine experiencing two DCS changes in the year.");
    expect(councils!.indicator).toBeUndefined();
    expect(twice!.indicator).toBeUndefined();
    expect(each).toMatchObject({ text: "two", indicator: undefined });
    expect(read("Eleven councils having experienced three DCS changes were named.")[1]).toMatchObject({ text: "three", indicator: undefined });
    // A part of the councils counted is a part, not a number each had.
    expect(read("Ofsted inspected 40 councils in 2016 with 12 councils rated inadequate.")[1]).toMatchObject({ text: "12", indicator: "inadequate" });
  });

  it("gives a part ('nine of whom') what its whole counts: directors in interim posts are no social workers in post", () => {
    const [, part] = read("At the year end 19 DCSs were in interim posts, nine of whom had been in post for under six months.");
    expect(part).toMatchObject({ text: "nine", indicator: undefined });
  });
});

describe("durations and dashes that are not figures or years", () => {
  it("reads 'the 12 month period' as a duration, no count", () => {
    const figures = read("Most councils saw no change in DCS during the 12 month period.");
    expect(figures.map((figure) => figure.text)).not.toContain("12");
    expect(read("It is a two year programme.").map((figure) => figure.text)).toEqual([]);
    // Plural or followed by a preposition, the months are counted.
    expect(read("The average tenure was 33 months in 2019.")[0]).toMatchObject({ text: "33", unit: "months" });
  });

  it("does not read 'March 2024 – 35 months' as the years 2024-35", () => {
    const periods = read("Average tenure was 33 months as of March 2024 – 35 months for permanent directors.").map((figure) => figure.period);
    expect(periods).toEqual(["2024", "2024"]);
    expect(read("Spending in 2012 - 13 was £4m.")[0]).toMatchObject({ period: "2012-13" });
  });
});

describe("a claim about councils that changed director", () => {
  let core: Core;
  beforeAll(async () => {
    core = await fixtureCore("director-changes", {
      "turnover.md": fixtureArticle("Director turnover", "2019-05-01", "There were 70 changes to the director of children's services post holder among councils in 2018/19.", "The changes were spread across 61 councils, with nine experiencing two DCS changes in the year."),
    });
  }, 60_000);

  it("is not supported by the count of changes", () => {
    expect(core.answer("check 70 councils had a new director in 2018/19").checks![0]!.verdict).toBe("unverified");
  });

  it("is not contradicted by a number each council had", () => {
    expect(core.answer("check 61 councils had a new director in 2018/19").checks![0]!.verdict).toBe("unverified");
  });

  it("while a claim about the changes is checked against them", () => {
    expect(core.answer("check there were 70 DCS changes in 2018/19").checks![0]!.verdict).toBe("supported");
    const wrongYear = core.answer("check there were 70 changes in DCS post holders in 2017/18").checks![0]!;
    expect(wrongYear.verdict).toBe("unverified");
    expect(wrongYear.reason).toContain("70 changes is the figure for 2018-19");
  });
});
