// Councils by grade in a region: counted from the region's councils' judgements in force on 31 March
// (the gazetteer says which region each council is in), with the councils named, and the country's
// count untouched.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { seedCore } from "../helpers/seedCore.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
});

describe("a grade count for a region", () => {
  it("leads with the region's count, out of its councils, and names them", () => {
    const answer = core.answer("inadequate councils North West 2025");
    expect(answer.official?.[0]).toMatchObject({ value: 7, geography: "North West", level: "regional", period: "2025", measure: { indicator: "inadequate", population: "councils" } });
    expect(answer.message).toContain("7 of 24 councils in the North West");
    expect(answer.message).toContain("Knowsley");
    expect(answer.message).not.toContain("Bradford");
  });

  it("reads a region however the question places it, and London without 'the'", () => {
    const answer = core.answer("how many councils in London are outstanding");
    expect(answer.official?.[0]).toMatchObject({ geography: "London", value: 14 });
    expect(answer.message).toContain("of 33 councils in London (");
  });

  it("leaves the country's count as it was", () => {
    expect(core.answer("inadequate 2025").official?.[0]).toMatchObject({ value: 19, geography: "England", level: "national" });
  });
});

describe("a council whose name holds a region's", () => {
  it("is the council, not the region: 'North East Lincolnshire caseload 2019' (hry75)", () => {
    for (const query of ["North East Lincolnshire caseload 2019", "what was the average caseload in North East Lincolnshire in 2019"]) {
      expect(core.answer(query).official?.map((figure) => [figure.geography, figure.level]), query).toEqual([["North East Lincolnshire", "council"]]);
    }
    expect(core.answer("caseload North East 2019").official?.map((figure) => figure.level)).toEqual(["regional"]);
  });
});
