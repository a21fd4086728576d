// A claim about a named programme, grant or scheme is checked only against sources that name it:
// trial hry102's "the Early Intervention Grant was £9.9 billion" came back SUPPORTED by a sentence
// about all government funding for children's services. Sentences of our own.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { namedThings } from "../../src/answer/claimNames.ts";
import { fixtureCore } from "../helpers/fixtureCore.ts";

const ARTICLE = `---
title: "Funding for children's services (test fixture)"
publisher: "Fixture News"
date: "2020-06-01"
---
Charities estimate that government funding available to councils for children's services fell from £9.6 billion to £7.2 billion between 2010/11 and 2019/20.

The Early Intervention Grant was cut from £2.6 billion in 2010/11 to £1.2 billion in 2018/19.
`;

let core: Core;
beforeAll(async () => {
  core = await fixtureCore("claim-names", { "funding.md": ARTICLE });
}, 60_000);

describe("a claim about a named programme", () => {
  it("is unverified against money no source says is that programme's", async () => {
    expect((await core.answer("check Supporting Families funding was £9.6 billion in 2010/11")).verdict).toBe("unverified");
  });

  it("is contradicted by the programme's own figure, never supported by all funding's", async () => {
    const answer = await core.answer("check the Early Intervention Grant was £9.6 billion in 2010/11");
    expect(answer.verdict).toBe("contradicted");
    expect(answer.checks?.[0]?.evidence[0]?.text).toBe("£2.6 billion");
  });

  it("is checked against the sentence that names it", async () => {
    expect((await core.answer("check the Early Intervention Grant was £2.6 billion in 2010/11")).verdict).toBe("supported");
    expect((await core.answer("check the Early Intervention Grant was £3.1 billion in 2010/11")).verdict).toBe("contradicted");
  });

  it("leaves claims without a named thing as they were", async () => {
    expect((await core.answer("check government funding for children's services was £9.6 billion in 2010/11")).verdict).toBe("supported");
  });
});

describe("what counts as a named thing", () => {
  it("is two or more capitalised words, not a place, a council, a month or a source", () => {
    expect(namedThings("Supporting Families funding was £165m in 2021")).toEqual(["Supporting Families"]);
    expect(namedThings("In the North East, Kent County Council spent £5m in March 2021")).toEqual([]);
    expect(namedThings("The Local Government Association said councils overspent by £800m")).toEqual([]);
  });
  it("takes the claim's source wherever it stands, and only speech or a finding casts a name as one", () => {
    expect(namedThings("80,000 children are in care, according to analysis by the LGA.")).toEqual([]);
    expect(namedThings("The LGA has warned that councils overspent by £800m")).toEqual([]);
    expect(namedThings("Supporting Families continues to reach 300,000 families.")).toEqual(["Supporting Families"]);
    expect(namedThings("The Early Intervention Grant was estimated at £9.9bn")).toEqual(["Early Intervention Grant"]);
  });
});
