// Providers from Ofsted's time-series tables: how many there are, their places and grades, and the
// kinds the tables count apart ("secure children's homes"), in lookups and trends.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import type { OfficialFigure } from "../../src/types.ts";
import { seedCore } from "../helpers/seedCore.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
}, 120_000);

const SECURE = "secure children's homes";

/** The shipped record's figure of children's homes (of one table) for one measure and year. */
function recorded(indicator: string, aspect: string | undefined, period: string): OfficialFigure {
  const figure = core.archive.official.find((candidate) => candidate.measure.population === "childrens-homes" && candidate.measure.aspect === aspect && candidate.measure.indicator === indicator && candidate.period === period);
  if (!figure) throw new Error(`no ${indicator} ${aspect ?? "all"} ${period} in the record`);
  return figure;
}

describe("providers from the time-series tables", () => {
  it("answers a kind the tables count apart from its own table: secure children's homes", () => {
    const answer = core.answer("secure children's homes 2023");
    expect(answer.status).toBe("found");
    expect(new Set(answer.official?.map((figure) => figure.measure.aspect))).toEqual(new Set([SECURE]));
    expect(answer.official).toContainEqual(recorded("registered", SECURE, "2023"));
    expect(answer.official).toContainEqual(recorded("places", SECURE, "2023"));
    expect(answer.message).toMatch(/^Secure children's homes by latest overall effectiveness grade, England:\nas at 31 March 2023: outstanding \d+/);
    expect(answer.message).toContain(`${recorded("registered", SECURE, "2023").text} registered, ${recorded("places", SECURE, "2023").text} places`);
  });

  it("answers places when places are asked, and their trend oldest first", () => {
    const latest = core.answer("places in secure children's homes");
    expect(latest.official?.map((figure) => [figure.measure.indicator, figure.measure.aspect])).toEqual([["places", SECURE]]);
    expect(latest.message).toMatch(/^Places in secure children's homes, England:\nas at 31 March \d{4}: [\d,]+ places\nSource: Ofsted/);
    const trend = core.answer("trend secure children's home places").official ?? [];
    expect(trend.length).toBeGreaterThan(5);
    expect(trend.every((figure) => figure.measure.indicator === "places" && figure.measure.aspect === SECURE)).toBe(true);
    expect(trend.map((figure) => figure.period)).toEqual([...trend.map((figure) => figure.period)].sort());
  });

  it("answers how many there were with the count of all homes, whatever way it is asked", () => {
    for (const question of ["how many children's homes were there in 2023", "number of children's homes 2023"]) {
      const answer = core.answer(question);
      expect(answer.official, question).toContainEqual(recorded("registered", undefined, "2023"));
      // All homes: not the mainstream table's nor the secure one's.
      expect(answer.official?.every((figure) => figure.measure.aspect === undefined), question).toBe(true);
    }
  });

  it("a year with no grades yet shows what the tables count: homes and places", () => {
    const answer = core.answer("trend secure children's homes");
    const first = answer.message?.split("\n")[1];
    expect(first).toBe(`as at 31 March 2012: ${recorded("registered", SECURE, "2012").text} registered, ${recorded("places", SECURE, "2012").text} places`);
  });

  it("leaves a kind no table counts apart to the articles: private homes are not all homes", () => {
    for (const question of ["inadequate private children's homes 2023", "trend inadequate private children's homes", "private children's homes 2023"]) {
      expect(core.answer(question).official ?? [], question).toEqual([]);
    }
  });

  it("answers England from the tables, and leaves a region or a council to the articles: the tables count England only", () => {
    expect(core.answer("how many children's homes are there in England").official?.some((figure) => figure.measure.indicator === "registered")).toBe(true);
    for (const question of ["children's homes places North West", "inadequate children's homes in London", "how many children's homes are there in Kent"]) {
      expect(core.answer(question).official ?? [], question).toEqual([]);
    }
  });

  it("answers how many fostering agencies there are from the agencies' table", () => {
    const answer = core.answer("how many fostering agencies are there");
    expect(answer.official?.some((figure) => figure.measure.population === "fostering-agencies" && figure.measure.indicator === "registered")).toBe(true);
  });
});
