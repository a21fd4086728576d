// What a count counts when the sentence says it by the way: a category of abuse, plans started, a
// part named after "were", the head of "the number of", new registrations, an average, the kinds a
// total lists. Shapes from the children's homes and child protection trials, in sentences of our own.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { subgroupKey } from "../../src/measure/same.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

const measureOf = (sentence: string, date = "2019-10-01", claim = false) => extractFigures(sentence, { date, claim }).map((figure) => ({ text: figure.text, period: figure.period, ...figure.measure }));

describe("children on child protection plans", () => {
  it("counts a category of abuse apart, and plans started apart from plans in force", () => {
    expect(measureOf("In 2018, 25,100 children were on child protection plans due to neglect.")[0]).toMatchObject({ indicator: "child-protection-plans", aspect: "under neglect" });
    expect(measureOf("In 2018, 18,300 children were on child protection plans because of emotional abuse.")[0]).toMatchObject({ aspect: "under emotional abuse" });
    expect(measureOf("In 2017-18, 66,100 children became the subject of a child protection plan.")[0]).toMatchObject({ aspect: "started in the year" });
    expect(measureOf("There were 53,800 children on child protection plans at 31 March 2018.")[0]?.aspect).toBeUndefined();
  });

  it("dates a count 'since March 2010 when there were …' by that year", () => {
    expect(measureOf("The number has risen by 30 per cent since March 2010 when there were 39,300 children on child protection plans.")[1]).toMatchObject({ text: "39,300", period: "2010" });
  });

  it("does not confirm a category's rise with another category's", async () => {
    const core = await fixtureCore("categories", {
      "plans.md": fixtureArticle("Plans by category", "2019-10-01", "In 2018, 25,100 children were on child protection plans due to neglect, up from 24,000 in 2017.", "Children on plans due to physical abuse fell 5 per cent, from 4,600 in 2017 to 4,370 in 2018."),
    });
    expect(core.answer("check 25,100 children were on child protection plans due to emotional abuse in 2018").checks![0]!.verdict).not.toBe("supported");
    expect(core.answer("check children on child protection plans due to physical abuse rose to 4,370 in 2018").checks![0]!.verdict).toBe("unverified");
    expect(core.answer("check 25,100 children were on child protection plans due to neglect in 2018").checks![0]!.verdict).toBe("supported");
  }, 60_000);
});

describe("the part a copula names", () => {
  it("reads '150,100 referrals in 2018-19 were re-referrals' as re-referrals", () => {
    expect(measureOf("150,100 referrals in 2018-19 were re-referrals", undefined, true)[0]).toMatchObject({ indicator: "re-referrals" });
    expect(measureOf("There were 655,000 referrals in 2018-19.")[0]).toMatchObject({ indicator: "referrals" });
  });
});

describe("children's homes", () => {
  it("reads the head of 'the number of registered places in children's homes' as places", () => {
    expect(measureOf("The number of registered places in children's homes rose from 12,100 to 12,250.").map((figure) => figure.indicator)).toEqual(["places", "places"]);
  });

  it("keeps new registrations apart from all homes", () => {
    const [fresh] = measureOf("In the 12 months to March, 480 new homes were registered with Ofsted.");
    expect(subgroupKey(fresh?.subgroup)).not.toBe(subgroupKey(undefined));
  });

  it("reads an average capacity as an average, and a total's bracketed list of kinds as no kind of it", () => {
    expect(measureOf("The average capacity of homes registered in 2018-19 was 3 places.")[0]?.indicator).toBeUndefined();
    const [total] = measureOf("There were 3,100 children's homes of all types (mainstream homes, secure homes and residential special schools).");
    expect([total?.indicator, total?.subgroup]).toEqual(["registered", undefined]);
  });
});

describe("homes by who runs them", () => {
  it("reads 'local authority children's homes' as a kind, and a sector's bracketed share as no share of all homes", () => {
    const shares = measureOf("Local authority children's homes had the highest share of good or better homes at 86 per cent, followed by the voluntary sector (81 per cent).");
    expect(shares[0]).toMatchObject({ indicator: "good-or-better", subgroup: "Local authority children's homes" });
    expect(shares[1]?.indicator).toBeUndefined();
  });
});
