// The sixth held-out set stays held out: nothing but the eval reads its articles or their
// annotation, its hand annotation is verbatim, complete and in the catalogue's terms, and the eval
// prints its misses, so that its numbers mean what they say. Paths are built from parts so that this
// file does not itself mention the other held-out sets' folders.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentsIn, figureMeasureProblems, files, unverbatimAnnotations } from "../helpers/annotatedSet.ts";
import { HOLDOUT6_SET } from "../../eval/sets.ts";

const SET = ["hold", "out6"].join("");
const ARTICLES = path.join("tests", "fixtures", SET, "articles");
const ANNOTATIONS = path.join("eval", "annotations", SET);
const documents = documentsIn(ARTICLES);
const THIS_FILE = path.join("tests", "eval", `${SET}.test.ts`);


const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

describe("sixth held-out set", () => {
  it("is read only by the eval, never by the bot, its corpus, a script or another test", () => {
    const mentions = [["fixtures", SET], ["annotations", SET], [`floors.${SET}`]].map((parts) => parts.join("/"));
    const readers = [...files("src"), ...files("adapters"), ...files("tests"), ...files("scripts"), ...files("bench")]
      .filter((file) => /\.(ts|js|mjs|json)$/.test(file) && file !== THIS_FILE)
      .filter((file) => !file.startsWith(path.join("tests", "fixtures", SET)))
      .filter((file) => mentions.some((mention) => readFileSync(file, "utf8").includes(mention)));
    expect(readers).toEqual([]);
    const corpusNames = new Set(files("corpus").map((file) => path.basename(file, path.extname(file))));
    expect(documents.filter((document) => corpusNames.has(document))).toEqual([]);
  });

  it("prints its misses, checks claims with the official statistics and has its own floors", () => {
    expect(HOLDOUT6_SET.hideMisses).not.toBe(true);
    expect(HOLDOUT6_SET.claimsWithStatistics).toBe(true);
    expect(existsSync(HOLDOUT6_SET.floorsFile)).toBe(true);
  });

  it("annotates every article's figures and quotes with contexts that stand verbatim in it", () => {
    expect(documents.length).toBeGreaterThanOrEqual(14);
    expect(unverbatimAnnotations(ARTICLES, ANNOTATIONS, documents)).toEqual([]);
  });

  it("gives every figure a measure from the catalogue, or none with its reason", () => {
    expect(figureMeasureProblems(ANNOTATIONS, documents)).toEqual([]);
  });

  it("points every question and claim at documents that exist", () => {
    const known = new Set(documents);
    const questions = readJson<Array<{ question: string; accept: Array<Record<string, unknown>> }>>(path.join(ANNOTATIONS, "questions.json"));
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(questions.every((question) => question.question.trim() !== "" && question.accept.length > 0)).toBe(true);
    const named = questions.flatMap((question) =>
      question.accept.flatMap((accepted) => Object.values(accepted).flatMap((value) => (typeof value === "object" && value !== null && "document" in value ? [String(value.document)] : []))),
    );
    expect(named.filter((document) => !known.has(document))).toEqual([]);
    const claims = readJson<Array<{ claim: string; expected: string }>>(path.join(ANNOTATIONS, "claims.json"));
    expect(claims.length).toBeGreaterThanOrEqual(20);
    for (const verdict of ["supported", "contradicted", "unverified"]) expect(claims.some((claim) => claim.expected === verdict)).toBe(true);
    expect(claims.filter((claim) => !["supported", "contradicted", "unverified"].includes(claim.expected))).toEqual([]);
    expect(new Set(claims.map((claim) => claim.claim)).size).toBe(claims.length);
  });
});
