// The benchmark's synthetic archive: the same seed gives the same articles, every article reads
// through the real ingest with its chrome dropped, and at 100 articles the real answer path finds
// every planted figure and quote in its top five. No timing here: that is the benchmark's job.

import { describe, expect, it } from "vitest";
import { syntheticFiles, targetSources } from "../../bench/corpus.ts";
import { answerHits } from "../../bench/hits.ts";
import { querySet, targetKey, targets, typo } from "../../bench/planted.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { parseArticle } from "../../src/ingest/loadCorpus.ts";
import type { Article } from "../../src/types.ts";

function articles(size: number, seed?: number): Article[] {
  return [...syntheticFiles(size, seed)].map(({ file, text }) => {
    const parsed = parseArticle(file, Buffer.from(text));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
    return parsed.value;
  });
}

describe("the synthetic archive", () => {
  it("is the same for the same seed and different for another", () => {
    const once = [...syntheticFiles(40, 11)];
    expect([...syntheticFiles(40, 11)]).toEqual(once);
    expect([...syntheticFiles(40, 12)]).not.toEqual(once);
    expect(new Set(once.map(({ file }) => file)).size).toBe(40);
  });

  it("mixes formats, reads through the real ingest and keeps no chrome", () => {
    const files = [...syntheticFiles(100)];
    const extensions = new Set(files.map(({ file }) => file.split(".").pop()));
    expect([...extensions].sort()).toEqual(["html", "md", "txt"]);
    const archive = buildArchive(articles(100));
    expect(archive.sources).toHaveLength(100);
    expect(archive.figures.length).toBeGreaterThan(1_000);
    expect(archive.quotes.length).toBeGreaterThan(100);
    const chrome = /cookie|£|Register now|newsletter|Book your|Comments are closed|0300|apply now/i;
    for (const figure of archive.figures) expect(figure.sentence).not.toMatch(chrome);
    const sentences = archive.sources.length > 0 ? archive.figures.length / archive.sources.length : 0;
    expect(sentences).toBeGreaterThan(10);
  });

  it("plants the same targets and queries at every size, each in a real article", () => {
    expect(querySet(100).map((query) => query.text)).toEqual(querySet(50_000).map((query) => query.text));
    const sources = targetSources(1_000);
    for (const target of targets(1_000)) expect(sources.get(targetKey(target))).toMatch(new RegExp(`^${String(target.article).padStart(6, "0")}-`));
  });

  it("makes one-edit typos", () => {
    expect(["unregistered", "adoption", "kinship"].map((word, i) => typo(word, i))).toEqual(["unregsitered", "adopion", "kinsship"]);
  });
});

describe("planted answers at 100 articles, through answer()", () => {
  it("finds every planted figure and quote in the top five", () => {
    const answer = createAnswerer(buildArchive(articles(100)));
    const sources = targetSources(100);
    const targeted = querySet(100).filter((query) => query.target);
    expect(targeted.length).toBe(130);
    const misses = targeted.filter((query) => !answerHits(answer(query.text), query.target!, sources.get(targetKey(query.target!))!)).map((query) => query.text);
    expect(misses).toEqual([]);
  });
});
