// The held-out articles stay held out: nothing but the eval reads them, and their hand annotation
// is verbatim and complete, so that the eval's holdout numbers mean what they say.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentsIn, files, unverbatimAnnotations } from "../helpers/annotatedSet.ts";

const ARTICLES = "tests/fixtures/holdout/articles";
const ANNOTATIONS = "eval/annotations/holdout";
const documents = documentsIn(ARTICLES);


describe("held-out set", () => {
  it("is read only by the eval, never by the bot, its corpus or another test", () => {
    const readers = [...files("src"), ...files("adapters"), ...files("tests"), ...files("scripts")]
      .filter((file) => file.endsWith(".ts") && !file.endsWith(path.join("eval", "holdout.test.ts")))
      .filter((file) => readFileSync(file, "utf8").includes("fixtures/holdout"));
    expect(readers).toEqual([]);
    const corpusNames = new Set(files("corpus").map((file) => path.basename(file, path.extname(file))));
    expect(documents.filter((document) => corpusNames.has(document))).toEqual([]);
  });

  it("annotates every article's figures and quotes with contexts that stand verbatim in it", () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
    expect(unverbatimAnnotations(ARTICLES, ANNOTATIONS, documents)).toEqual([]);
  });

  it("points every question and claim at documents that exist", () => {
    const known = new Set(documents);
    const questions = JSON.parse(readFileSync(path.join(ANNOTATIONS, "questions.json"), "utf8")) as Array<{ accept: Array<Record<string, { document?: string }>> }>;
    const named = questions.flatMap((question) => question.accept.flatMap((accepted) => Object.values(accepted).flatMap((value) => (typeof value === "object" && value.document ? [value.document] : []))));
    expect(named.filter((document) => !known.has(document))).toEqual([]);
    const claims = JSON.parse(readFileSync(path.join(ANNOTATIONS, "claims.json"), "utf8")) as Array<{ expected: string }>;
    expect(claims.length).toBeGreaterThanOrEqual(50);
    expect(claims.every((claim) => ["supported", "contradicted", "unverified"].includes(claim.expected))).toBe(true);
  });
});
