// The second held-out set stays held out: nothing but the eval reads its articles or their
// annotation, its hand annotation is verbatim and complete, and the eval prints its misses (it is a
// set to learn general causes from), so that its numbers mean what they say. Paths are built from
// parts so that this file does not itself mention the first held-out set's folder.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentsIn, files, unverbatimAnnotations } from "../helpers/annotatedSet.ts";
import { HOLDOUT2_SET } from "../../eval/sets.ts";

const ARTICLES = path.join("tests", "fixtures", "holdout2", "articles");
const ANNOTATIONS = path.join("eval", "annotations", "holdout2");
const documents = documentsIn(ARTICLES);
const THIS_FILE = path.join("tests", "eval", "holdout2.test.ts");

describe("second held-out set", () => {
  it("is read only by the eval, never by the bot, its corpus, a script or another test", () => {
    const mentions = [["fixtures", "holdout2"], ["annotations", "holdout2"], ["floors.holdout2"]].map((parts) => parts.join("/"));
    const readers = [...files("src"), ...files("adapters"), ...files("tests"), ...files("scripts"), ...files("bench")]
      .filter((file) => /\.(ts|js|mjs|json)$/.test(file) && file !== THIS_FILE)
      .filter((file) => !file.startsWith(path.join("tests", "fixtures", "holdout2")))
      .filter((file) => mentions.some((mention) => readFileSync(file, "utf8").includes(mention)));
    expect(readers).toEqual([]);
    const corpusNames = new Set(files("corpus").map((file) => path.basename(file, path.extname(file))));
    expect(documents.filter((document) => corpusNames.has(document))).toEqual([]);
  });

  it("prints its misses, checks claims with the official statistics and has its own floors", () => {
    expect(HOLDOUT2_SET.hideMisses).not.toBe(true);
    expect(HOLDOUT2_SET.claimsWithStatistics).toBe(true);
    expect(existsSync(HOLDOUT2_SET.floorsFile)).toBe(true);
  });

  it("annotates every article's figures and quotes with contexts that stand verbatim in it", () => {
    expect(documents.length).toBeGreaterThanOrEqual(15);
    expect(unverbatimAnnotations(ARTICLES, ANNOTATIONS, documents)).toEqual([]);
  });

  it("points every question and claim at documents that exist", () => {
    const known = new Set(documents);
    const questions = JSON.parse(readFileSync(path.join(ANNOTATIONS, "questions.json"), "utf8")) as Array<{ accept: Array<Record<string, { document?: string }>> }>;
    expect(questions.length).toBeGreaterThanOrEqual(25);
    const named = questions.flatMap((question) => question.accept.flatMap((accepted) => Object.values(accepted).flatMap((value) => (typeof value === "object" && value.document ? [value.document] : []))));
    expect(named.filter((document) => !known.has(document))).toEqual([]);
    const claims = JSON.parse(readFileSync(path.join(ANNOTATIONS, "claims.json"), "utf8")) as Array<{ expected: string }>;
    expect(claims.length).toBeGreaterThanOrEqual(25);
    expect(claims.every((claim) => ["supported", "contradicted", "unverified"].includes(claim.expected))).toBe(true);
  });
});
