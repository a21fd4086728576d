// The evaluation's text and its hand annotation: the dev corpus (GOV.UK pages, OGL) and the seed
// articles, built into one archive exactly as the bot builds a corpus folder.

import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractArchiveParts, indexArchive, type Archive } from "../src/archive/buildArchive.ts";
import { loadStatistics } from "../src/statistics/loadStatistics.ts";
import { loadCorpus } from "../src/ingest/loadCorpus.ts";
import { silentLogger, type Article } from "../src/types.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DOCUMENT_FOLDERS = [path.join(root, "tests/fixtures/dev-corpus/articles"), path.join(root, "corpus")];
export const ANNOTATION_DIR = path.join(root, "eval/annotations");

export interface EvalCorpus {
  archive: Archive;
  /** Document name (the file name without its extension, = its source id) → the article. */
  articles: Map<string, Article>;
  /** Document name → the article's text, blocks joined, after site chrome was removed. */
  texts: Map<string, string>;
  /** Document name → the file as stored, for checking that annotations are verbatim. */
  raw: Map<string, string>;
}

/**
 * The documents as one archive. With `statistics`, the official releases the bot ships with
 * (corpus/statistics) are read too, so checks ask them first as the bot does.
 */
export async function loadEvalCorpus({ statistics = false }: { statistics?: boolean } = {}): Promise<EvalCorpus> {
  const articles: Article[] = [];
  const raw = new Map<string, string>();
  for (const folder of DOCUMENT_FOLDERS) {
    const corpus = await loadCorpus(folder, silentLogger);
    if (corpus.problems.length > 0) throw new Error(`eval corpus: ${corpus.problems.map((problem) => `${problem.file}: ${problem.reason}`).join("; ")}`);
    articles.push(...corpus.articles);
    for (const article of corpus.articles) raw.set(article.source.id, readFileSync(path.join(folder, article.file), "utf8"));
  }
  const official = statistics ? loadStatistics(path.join(root, "corpus"), silentLogger) : undefined;
  if (official && official.problems.length > 0) throw new Error(`eval statistics: ${official.problems.map((problem) => `${problem.file}: ${problem.reason}`).join("; ")}`);
  return {
    archive: indexArchive({ ...extractArchiveParts(articles), ...(official ? { statistics: official } : {}) }),
    articles: new Map(articles.map((article) => [article.source.id, article])),
    texts: new Map(articles.map((article) => [article.source.id, article.blocks.map((block) => block.text).join("\n")])),
    raw,
  };
}

/** Every `<kind>/<document>.json` annotation file, parsed; a document without one is left out. */
export function readAnnotations<T>(kind: "figures" | "quotes", key: "figures" | "quotes"): Map<string, T[]> {
  const folder = path.join(ANNOTATION_DIR, kind);
  const found = new Map<string, T[]>();
  if (!existsSync(folder)) return found;
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json")).sort()) {
    const parsed = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Record<string, unknown>;
    const list = parsed[key];
    if (!Array.isArray(list)) throw new Error(`${kind}/${file}: no "${key}" list`);
    found.set(file.replace(/\.json$/, ""), list as T[]);
  }
  return found;
}

export function readClaims<T>(): T[] {
  const file = path.join(ANNOTATION_DIR, "claims.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T[]) : [];
}
