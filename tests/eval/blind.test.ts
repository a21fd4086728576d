// The blind set stays blind: nothing but the eval reads its articles or their annotation, the eval
// prints its numbers without its misses, and its hand annotation is verbatim and complete, so that
// the blind numbers are an honest estimate of the bot on text nobody tuned for.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentsIn, figureMeasureProblems, files, unverbatimAnnotations } from "../helpers/annotatedSet.ts";
import { BLIND_SET } from "../../eval/sets.ts";

const ARTICLES = path.join("tests", "fixtures", "blind", "articles");
const ANNOTATIONS = path.join("eval", "annotations", "blind");
const documents = documentsIn(ARTICLES);
const THIS_FILE = path.join("tests", "eval", "blind.test.ts");




const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

describe("blind set", () => {
  it("is read only by the eval, never by the bot, its corpus, a script or another test", () => {
    const mentions = ["fixtures/blind", "annotations/blind", "floors.blind"];
    const readers = [...files("src"), ...files("adapters"), ...files("tests"), ...files("scripts"), ...files("bench")]
      .filter((file) => /\.(ts|js|mjs|json)$/.test(file) && file !== THIS_FILE)
      .filter((file) => !file.startsWith(path.join("tests", "fixtures", "blind")))
      .filter((file) => mentions.some((mention) => readFileSync(file, "utf8").includes(mention)));
    expect(readers).toEqual([]);
    const corpusNames = new Set(files("corpus").map((file) => path.basename(file, path.extname(file))));
    expect(documents.filter((document) => corpusNames.has(document))).toEqual([]);
  });

  it("keeps its misses out of the eval's report unless asked", () => {
    expect(BLIND_SET.hideMisses).toBe(true);
    expect(BLIND_SET.claimsWithStatistics).toBe(true);
    expect(existsSync(BLIND_SET.floorsFile)).toBe(true);
  });

  it("annotates every article's figures and quotes with contexts that stand verbatim in it", () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
    expect(documents.length).toBeLessThanOrEqual(15);
    expect(unverbatimAnnotations(ARTICLES, ANNOTATIONS, documents)).toEqual([]);
  });

  it("gives every figure a measure from the catalogue, or none with its reason", () => {
    expect(figureMeasureProblems(ANNOTATIONS, documents)).toEqual([]);
  });

  it("has enough claims and questions, each pointing at documents that exist", () => {
    const known = new Set(documents);
    const questions = readJson<Array<{ question: string; accept: Array<Record<string, unknown>> }>>(path.join(ANNOTATIONS, "questions.json"));
    expect(questions.length).toBeGreaterThanOrEqual(50);
    expect(questions.every((question) => question.question.trim() !== "" && question.accept.length > 0)).toBe(true);
    const named = questions.flatMap((question) =>
      question.accept.flatMap((accepted) => Object.values(accepted).flatMap((value) => (typeof value === "object" && value !== null && "document" in value ? [String(value.document)] : []))),
    );
    expect(named.filter((document) => !known.has(document))).toEqual([]);
    const claims = readJson<Array<{ claim: string; expected: string; why?: string }>>(path.join(ANNOTATIONS, "claims.json"));
    expect(claims.length).toBeGreaterThanOrEqual(60);
    expect(claims.filter((claim) => !["supported", "contradicted", "unverified"].includes(claim.expected))).toEqual([]);
    for (const verdict of ["supported", "contradicted", "unverified"]) expect(claims.some((claim) => claim.expected === verdict)).toBe(true);
    expect(new Set(claims.map((claim) => claim.claim)).size).toBe(claims.length);
  });
});
