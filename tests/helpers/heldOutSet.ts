// The checks every held-out set's test makes: the set stays held out (nothing but the eval reads its
// articles or annotation), its hand annotation is verbatim, complete and in the catalogue's terms,
// and the eval prints its misses, so that its numbers mean what they say. Paths are built from parts
// so that no file mentions a set's folders.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalSet } from "../../eval/sets.ts";
import { documentsIn, figureMeasureProblems, files, unverbatimAnnotations } from "./annotatedSet.ts";

export interface HeldOutSetChecks {
  /** "fourth held-out set": what the tests are described as. */
  title: string;
  set: EvalSet;
  /** The least the set holds: articles, questions and claims. */
  least: { articles: number; questions: number; claims: number };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

export function describeHeldOutSet({ title, set, least }: HeldOutSetChecks): void {
  const articles = path.join("tests", "fixtures", set.name, "articles");
  const annotations = path.join("eval", "annotations", set.name);
  const documents = documentsIn(articles);
  const ownTest = path.join("tests", "eval", `${set.name}.test.ts`);

  describe(title, () => {
    it("is read only by the eval, never by the bot, its corpus, a script or another test", () => {
      const mentions = [["fixtures", set.name], ["annotations", set.name], [`floors.${set.name}`]].map((parts) => parts.join("/"));
      const readers = [...files("src"), ...files("adapters"), ...files("tests"), ...files("scripts"), ...files("bench")]
        .filter((file) => /\.(ts|js|mjs|json)$/.test(file) && file !== ownTest)
        .filter((file) => !file.startsWith(path.join("tests", "fixtures", set.name)))
        .filter((file) => mentions.some((mention) => readFileSync(file, "utf8").includes(mention)));
      expect(readers).toEqual([]);
      const corpusNames = new Set(files("corpus").map((file) => path.basename(file, path.extname(file))));
      expect(documents.filter((document) => corpusNames.has(document))).toEqual([]);
    });

    it("prints its misses, checks claims with the official statistics and has its own floors", () => {
      expect(set.hideMisses).not.toBe(true);
      expect(set.claimsWithStatistics).toBe(true);
      expect(existsSync(set.floorsFile)).toBe(true);
    });

    it("annotates every article's figures and quotes with contexts that stand verbatim in it", () => {
      expect(documents.length).toBeGreaterThanOrEqual(least.articles);
      expect(unverbatimAnnotations(articles, annotations, documents)).toEqual([]);
    });

    it("gives every figure a measure from the catalogue, or none with its reason", () => {
      expect(figureMeasureProblems(annotations, documents)).toEqual([]);
    });

    it("points every question and claim at documents that exist", () => {
      const known = new Set(documents);
      const questions = readJson<Array<{ question: string; accept: Array<Record<string, unknown>> }>>(path.join(annotations, "questions.json"));
      expect(questions.length).toBeGreaterThanOrEqual(least.questions);
      expect(questions.every((question) => question.question.trim() !== "" && question.accept.length > 0)).toBe(true);
      const named = questions.flatMap((question) =>
        question.accept.flatMap((accepted) => Object.values(accepted).flatMap((value) => (typeof value === "object" && value !== null && "document" in value ? [String(value.document)] : []))),
      );
      expect(named.filter((document) => !known.has(document))).toEqual([]);
      const claims = readJson<Array<{ claim: string; expected: string }>>(path.join(annotations, "claims.json"));
      expect(claims.length).toBeGreaterThanOrEqual(least.claims);
      for (const verdict of ["supported", "contradicted", "unverified"]) expect(claims.some((claim) => claim.expected === verdict)).toBe(true);
      expect(claims.filter((claim) => !["supported", "contradicted", "unverified"].includes(claim.expected))).toEqual([]);
      expect(new Set(claims.map((claim) => claim.claim)).size).toBe(claims.length);
    });
  });
}
