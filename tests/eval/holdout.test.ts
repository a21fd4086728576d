// The held-out articles stay held out: nothing but the eval reads them, and their hand annotation
// is verbatim and complete, so that the eval's holdout numbers mean what they say.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ARTICLES = "tests/fixtures/holdout/articles";
const ANNOTATIONS = "eval/annotations/holdout";
const documents = readdirSync(ARTICLES).filter((name) => name.endsWith(".md")).map((name) => name.replace(/\.md$/, ""));
const raw = (document: string) => readFileSync(path.join(ARTICLES, `${document}.md`), "utf8");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

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
    const problems: string[] = [];
    for (const document of documents) {
      for (const kind of ["figures", "quotes"] as const) {
        const file = path.join(ANNOTATIONS, kind, `${document}.json`);
        if (!existsSync(file)) {
          problems.push(`${file}: missing`);
          continue;
        }
        const list = (JSON.parse(readFileSync(file, "utf8")) as Record<string, Array<{ context: string; text?: string }>>)[kind]!;
        for (const item of list) {
          if (!raw(document).includes(item.context)) problems.push(`${file}: “${item.context}” is not in the article`);
          if (item.text !== undefined && !item.context.includes(item.text)) problems.push(`${file}: “${item.text}” is not in its context`);
        }
      }
    }
    expect(problems).toEqual([]);
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
