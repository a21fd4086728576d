// The third held-out set stays held out: nothing but the eval reads its articles or their
// annotation, its hand annotation is verbatim, complete and in the catalogue's terms, and the eval
// prints its misses, so that its numbers mean what they say. Paths are built from parts so that this
// file does not itself mention the other held-out sets' folders.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentsIn, files, unverbatimAnnotations } from "../helpers/annotatedSet.ts";
import { HOLDOUT3_SET } from "../../eval/sets.ts";

const SET = ["hold", "out3"].join("");
const ARTICLES = path.join("tests", "fixtures", SET, "articles");
const ANNOTATIONS = path.join("eval", "annotations", SET);
const documents = documentsIn(ARTICLES);
const THIS_FILE = path.join("tests", "eval", `${SET}.test.ts`);

/** The catalogue's ids of one section ("populations", "indicators"), read as data. */
function catalogueIds(section: string): Set<string> {
  const text = readFileSync(path.join("src", "measure", "catalogue.yaml"), "utf8");
  const start = text.indexOf(`\n${section}:`);
  const end = text.slice(start + 1).search(/\n[a-z]+:/);
  const body = text.slice(start, end === -1 ? undefined : start + 1 + end);
  return new Set([...body.matchAll(/^ {2}- id: ([a-z-]+)/gm)].map((match) => match[1]!));
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

describe("third held-out set", () => {
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
    expect(HOLDOUT3_SET.hideMisses).not.toBe(true);
    expect(HOLDOUT3_SET.claimsWithStatistics).toBe(true);
    expect(existsSync(HOLDOUT3_SET.floorsFile)).toBe(true);
  });

  it("annotates every article's figures and quotes with contexts that stand verbatim in it", () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
    expect(unverbatimAnnotations(ARTICLES, ANNOTATIONS, documents)).toEqual([]);
  });

  it("gives every figure a measure from the catalogue, or none with its reason", () => {
    const indicators = catalogueIds("indicators");
    const populations = catalogueIds("populations");
    expect(indicators.has("inadequate") && populations.has("councils")).toBe(true);
    const problems: string[] = [];
    for (const document of documents) {
      const { figures } = readJson<{ figures: Array<{ text: string; value: number; indicator: string | null; population: string | null; basis: string | null; period: string | null; note?: string }> }>(
        path.join(ANNOTATIONS, "figures", `${document}.json`),
      );
      for (const figure of figures) {
        const label = `${document}: “${figure.text}”`;
        if (typeof figure.value !== "number" || Number.isNaN(figure.value)) problems.push(`${label}: value`);
        if (figure.indicator === null) {
          if (!figure.note) problems.push(`${label}: no measure and no note saying why`);
          continue;
        }
        if (!indicators.has(figure.indicator)) problems.push(`${label}: unknown indicator ${figure.indicator}`);
        if (figure.population === null || !populations.has(figure.population)) problems.push(`${label}: unknown population ${figure.population}`);
        if (figure.basis !== null && !["stock", "flow", "cumulative"].includes(figure.basis)) problems.push(`${label}: basis ${figure.basis}`);
        if (figure.period !== null && !/^\d{4}(-\d{2})?$/.test(figure.period)) problems.push(`${label}: period ${figure.period}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("points every question and claim at documents that exist", () => {
    const known = new Set(documents);
    const questions = readJson<Array<{ question: string; accept: Array<Record<string, unknown>> }>>(path.join(ANNOTATIONS, "questions.json"));
    expect(questions.length).toBeGreaterThanOrEqual(30);
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
