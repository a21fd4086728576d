import { describe, expect, it } from "vitest";
import { catalogue, readCatalogue } from "../../src/measure/catalogue.ts";

const MINIMAL = `
populations:
  - { id: councils, label: councils, names: [councils] }
indicators:
  - { id: inadequate, label: inadequate, kind: grade, units: [count, share], populations: [councils], names: [inadequate] }
bases: { stock: [currently] }
aspects: { overall: [overall] }
geographies: { England: [england] }
`;

describe("the measure catalogue", () => {
  it("ships every indicator the sector's figures need, each counted over known populations", () => {
    const shipped = catalogue();
    const ids = shipped.indicators.map((indicator) => indicator.id);
    for (const id of ["inadequate", "good", "requires-improvement", "outstanding", "good-or-better", "less-than-good", "director-change", "turnover", "vacancy-rate", "agency-rate", "caseload", "referrals", "children-in-need", "children-looked-after", "registered", "spending", "overspend"]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const indicator of shipped.indicators) {
      expect(indicator.names.length).toBeGreaterThan(0);
      for (const population of indicator.populations) expect(shipped.population(population)).toBeDefined();
    }
    expect(shipped.indicator("less-than-good")?.combines).toEqual(["requires-improvement", "inadequate"]);
    expect(shipped.indicator("good-or-better")?.combines).toEqual(["good", "outstanding"]);
  });

  it("reads a small catalogue", () => {
    const small = readCatalogue(MINIMAL);
    expect(small.indicator("inadequate")).toMatchObject({ kind: "grade", units: ["count", "share"], populations: ["councils"] });
    expect(small.geographies.get("England")).toEqual(["england"]);
  });

  it.each([
    [MINIMAL.replace("populations: [councils], names", "populations: [homes], names"), "inadequate.populations: “homes” is not a population"],
    [MINIMAL.replace("units: [count, share]", "units: [count, percent]"), "inadequate.units: “percent” is not one of"],
    [MINIMAL.replace("names: [inadequate] }", "names: [inadequate], combines: [good] }"), "inadequate.combines: “good” is not an indicator"],
    [MINIMAL.replace("bases: { stock: [currently] }", "bases: { always: [currently] }"), "bases.always: unknown"],
    [MINIMAL.replace("names: [councils] }", "names: [councils], howMany: councils-rated }"), "councils.howMany: “councils-rated” is not an indicator"],
    [MINIMAL.replace("names: [inadequate] }", "names: [] }").replace("names: []", "names: 3"), "inadequate.names: must be a list of words"],
  ])("names the entry and the reason when it does not hold together (%#)", (source, message) => {
    expect(() => readCatalogue(source)).toThrow(message);
  });
});
