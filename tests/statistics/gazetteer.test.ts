// The council gazetteer: one council per spelling, successors of merged councils, a clear refusal of a bad file.
import { describe, expect, it } from "vitest";
import { councilGazetteer, councilKey, parseGazetteer } from "../../src/statistics/gazetteer.ts";

const gazetteer = councilGazetteer();

describe("council gazetteer", () => {
  it("ships a valid list of every council with an ONS code, names unique", () => {
    if (!gazetteer.ok) throw new Error(gazetteer.reason);
    const current = gazetteer.value.councils.filter((council) => !council.abolished);
    expect(current.length).toBe(153);
    expect(new Set(current.map((council) => councilKey(council.name))).size).toBe(current.length);
    expect(current.every((council) => /^E\d{8}$/.test(council.code ?? ""))).toBe(true);
  });

  it.each([
    ["Telford & Wrekin", "Telford and Wrekin"],
    ["Kingston upon Hull, City of", "Kingston upon Hull"],
    ["St. Helens", "St Helens"],
    ["Bristol, City of", "Bristol"],
    ["County Durham", "Durham"],
    ["Southend on Sea", "Southend-on-Sea"],
    ["Bournemouth, Christchurch & Poole", "Bournemouth, Christchurch and Poole"],
    ["norfolk county council children's services", "Norfolk"],
  ])("reads %s as %s", (spelling, name) => {
    if (!gazetteer.ok) throw new Error(gazetteer.reason);
    expect(gazetteer.value.resolve(spelling)?.name).toBe(name);
  });

  it("knows merged and split councils and their successors; 'Dorset' among former councils is the county council", () => {
    if (!gazetteer.ok) throw new Error(gazetteer.reason);
    expect(gazetteer.value.resolve("Northamptonshire")).toMatchObject({ abolished: "2021-04-01", successors: ["North Northamptonshire", "West Northamptonshire"] });
    expect(gazetteer.value.resolve("Cumbria")?.successors).toEqual(["Cumberland", "Westmorland and Furness"]);
    expect(gazetteer.value.resolve("Dorset")?.code).toBe("E06000059");
    expect(gazetteer.value.resolve("Dorset", { formerOnly: true })?.abolished).toBe("2019-04-01");
    expect(gazetteer.value.resolve("Somewhere", { code: "E10000006" })?.name).toBe("Cumbria");
  });

  it("refuses a malformed file with a short reason", () => {
    expect(parseGazetteer("{")).toMatchObject({ ok: false, reason: expect.stringMatching(/^councils\.json is not valid JSON/) });
    expect(parseGazetteer('{"councils": [{"aliases": []}], "abolished": []}')).toMatchObject({ ok: false, reason: expect.stringMatching(/entry without a name/) });
  });
});
