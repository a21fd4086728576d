// SLAC's grades on their own scale, the child protection and looked-after children inspections of
// 2012–13, and a year's span against the providers' tables, checked beside the shipped record (hry136,
// hry137, hry140).
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { articleOf } from "../helpers/articles.ts";
import { answerBesideRecord, seedCore } from "../helpers/seedCore.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
}, 120_000);

const story = articleOf("dudley", "Dudley appoints interim director", "2015-08-21", "Dudley Council was told to make improvements after an 'adequate' inspection by Ofsted in 2012.");

describe("a SLAC judgement the 2023 table writes 'Requires improvement to be good'", () => {
  // Dudley: SLAC, published 25 January 2012.
  it("is adequate, as SLAC graded it", () => {
    expect(answerBesideRecord(core, story, "check Dudley was rated adequate in 2012").verdict).toBe("supported");
    expect(answerBesideRecord(core, story, "check Dudley was rated good in 2012").verdict).toBe("contradicted");
  });

  it("neither confirms nor refutes a claim in the later word", () => {
    const answer = answerBesideRecord(core, story, "check Dudley was rated requires improvement in 2012");
    expect(answer.verdict).toBe("unverified");
    expect(answer.message).toContain("SLAC graded it adequate");
  });

  it("is counted as adequate among the councils judged under SLAC", () => {
    expect(answerBesideRecord(core, story, "adequate 2012").message).toMatch(/^As at 31 March 2012: [1-9]\d* of \d+ councils .* judged under SLAC were rated adequate/);
  });
});

describe("a child protection inspection of 2013", () => {
  // Norfolk: SLAC adequate (July 2011); child protection inspection inadequate, 22 February 2013.
  it("keeps a claim of its grade that year from being refuted by the overall judgement in force", () => {
    const answer = answerBesideRecord(core, story, "check Norfolk was rated inadequate in 2013");
    expect(answer.verdict).toBe("unverified");
    expect(answer.message).toContain("a child protection inspection published 22 February 2013 rated it Inadequate");
    expect(answerBesideRecord(core, story, "check Norfolk was rated outstanding in 2013").verdict).toBe("contradicted");
  });
});

describe("children's homes judged 'in 2017-18'", () => {
  it("are not checked against the grades on the year's last day unless the claim names that day", () => {
    expect(answerBesideRecord(core, story, "check 16% of children's homes were judged outstanding in 2017-18").verdict).toBe("unverified");
    expect(answerBesideRecord(core, story, "check 16% of children's homes were judged outstanding at 31 March 2018").verdict).toBe("contradicted");
  });
});
