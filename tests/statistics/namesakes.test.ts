// A council's name that the articles also give another body ("Medway STC"), and a council's
// abbreviated title that is the council itself ("Calderdale MBC"), checked beside the shipped record.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import type { Article } from "../../src/types.ts";
import { articleOf } from "../helpers/articles.ts";
import { answerBesideRecord as answerBeside, seedCore } from "../helpers/seedCore.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
}, 120_000);

const answerBesideRecord = (article: Article, question: string) => answerBeside(core, article, question);

describe("a council's name that the articles also give another body", () => {
  // Medway: requires improvement under SIF from 27 November 2015, all through 2016.
  const trainingCentre = articleOf("medway-stc", "Training centre fails again", "2017-06-13", "The secure training centre in Kent was found failing once more. Medway STC had been rated inadequate after a visit in June 2016.");

  it("is not refuted by the council's record when another body of that name had the claimed grade", () => {
    const answer = answerBesideRecord(trainingCentre, "check Medway was rated inadequate in 2016");
    expect(answer.verdict).toBe("unverified");
    expect(answer.message).toContain('also use "Medway" for another body');
    expect(answer.message).toContain("Medway STC had been rated inadequate");
    expect(answer.message).toContain("As a council, Medway was rated requires improvement, not inadequate");
  });

  it("is still checked against the record for a grade no namesake had, or where the articles name only the council", () => {
    expect(answerBesideRecord(trainingCentre, "check Medway was rated good in 2016").verdict).toBe("contradicted");
    expect(answerBesideRecord(trainingCentre, "check Medway was rated requires improvement in 2016").verdict).toBe("supported");
    const council = articleOf("medway-council", "Council improves", "2017-06-13", "Medway Council was told in 2016 that its services were inadequate in places, the report said.");
    expect(answerBesideRecord(council, "check Medway was rated inadequate in 2016").verdict).toBe("contradicted");
  });

  it("reads a council's abbreviated title ('Calderdale MBC') as the council, no namesake (hry132)", () => {
    // Calderdale: good under ILACS, published 19 December 2018.
    const pair = articleOf("leeds-calderdale", "Leeds outstanding, Calderdale good", "2018-12-19", "Leeds City Council's children's social care services have been rated 'outstanding' by Ofsted, while Calderdale MBC has achieved a 'good' rating.");
    expect(answerBesideRecord(pair, "check Calderdale was rated outstanding in 2018").verdict).toBe("contradicted");
  });
});

