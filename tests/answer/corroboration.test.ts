// One figure in several articles is one result "reported by N sources"; two figures that share a
// value but count different things are two (the children's homes trial, hry74: 82% of the homes
// inspected in a year and 82% of all homes on a day were shown as one figure reported twice).
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

let core: Core;
beforeAll(async () => {
  core = await fixtureCore("corroboration", {
    "stock.md": fixtureArticle("Homes on a day", "2017-12-20", "At 30 September 2017, 81% of children's homes were judged good or outstanding."),
    "stock-again.md": fixtureArticle("Homes on a day, again", "2017-12-21", "Some 81% of children's homes were judged good or outstanding at 30 September 2017."),
    "flow.md": fixtureArticle("Homes inspected", "2017-07-13", "Ofsted said 81% of the children's homes it inspected in the year to 31 March 2017 were rated good or outstanding."),
  });
}, 60_000);

describe("figures of one value", () => {
  it("fold when they count the same way, and stay apart when one counts a year's inspections and the other a day's ratings", () => {
    const answer = core.answer("children's homes good or outstanding 2017");
    const reported = answer.figures.map((figure) => [figure.source.id, ...(figure.corroboratedBy ?? []).map((source) => source.id)].sort());
    expect(reported).toContainEqual(["flow"]);
    expect(reported).toContainEqual(["stock", "stock-again"]);
  });
});
