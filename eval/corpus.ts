// The evaluation's text and its hand annotation, built into an archive exactly as the bot builds a
// corpus folder. Sets never mixed: the dev set (the GOV.UK pages of tests/fixtures/dev-corpus,
// OGL, and the seed articles in corpus/) that the rules were tuned on, the held-out sets
// (tests/fixtures/holdout, tests/fixtures/holdout2, tests/fixtures/holdout3, tests/fixtures/holdout4, tests/fixtures/holdout5, tests/fixtures/holdout6, tests/fixtures/holdout7, tests/fixtures/holdout8, tests/fixtures/holdout9, tests/fixtures/holdout10, tests/fixtures/holdout11 and tests/fixtures/holdout12, synthetic articles written without reading
// the rules), and the blind set
// (tests/fixtures/blind, written the same way for a second, independent measure), which only the
// eval loads. Questions and the held-out claims are answered with the official statistics of
// corpus/statistics beside the articles, as the bot answers them in a newsroom.

import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractArchiveParts, indexArchive, type Archive } from "../src/archive/buildArchive.ts";
import { loadCorpus } from "../src/ingest/loadCorpus.ts";
import { loadStatistics } from "../src/statistics/loadStatistics.ts";
import { silentLogger, type Article } from "../src/types.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DOCUMENT_FOLDERS = [path.join(root, "tests/fixtures/dev-corpus/articles"), path.join(root, "corpus")];
export const HOLDOUT_FOLDERS = [path.join(root, "tests/fixtures/holdout/articles")];
/** The second held-out set: synthetic articles in other shapes, written later, also without reading the rules. */
export const HOLDOUT2_FOLDERS = [path.join(root, "tests/fixtures/holdout2/articles")];
/** The third held-out set: synthetic articles written later still, also without reading the rules. */
export const HOLDOUT3_FOLDERS = [path.join(root, "tests/fixtures/holdout3/articles")];
/** The fourth held-out set: synthetic articles from 2013 to 2025, also written without reading the rules. */
export const HOLDOUT4_FOLDERS = [path.join(root, "tests/fixtures/holdout4/articles")];
/** The fifth held-out set: synthetic articles from 2013 to 2026, also written without reading the rules. */
export const HOLDOUT5_FOLDERS = [path.join(root, "tests/fixtures/holdout5/articles")];
/** The sixth held-out set: synthetic articles from 2014 to 2026, also written without reading the rules. */
export const HOLDOUT6_FOLDERS = [path.join(root, "tests/fixtures/holdout6/articles")];
/** The seventh held-out set: synthetic articles from 2013 to 2026, also written without reading the rules. */
export const HOLDOUT7_FOLDERS = [path.join(root, "tests/fixtures/holdout7/articles")];
/** The eighth held-out set: synthetic articles from 2014 to 2026, also written without reading the rules. */
export const HOLDOUT8_FOLDERS = [path.join(root, "tests/fixtures/holdout8/articles")];
/** The ninth held-out set: synthetic articles from 2013 to 2026, also written without reading the rules. */
export const HOLDOUT9_FOLDERS = [path.join(root, "tests/fixtures/holdout9/articles")];
/** The tenth held-out set: synthetic articles from 2015 to 2026, also written without reading the rules. */
export const HOLDOUT10_FOLDERS = [path.join(root, "tests/fixtures/holdout10/articles")];
/** The eleventh held-out set: synthetic articles from 2014 to 2026, also written without reading the rules. */
export const HOLDOUT11_FOLDERS = [path.join(root, "tests/fixtures/holdout11/articles")];
/** The twelfth held-out set: synthetic articles from 2019 to 2026, also written without reading the rules. */
export const HOLDOUT12_FOLDERS = [path.join(root, "tests/fixtures/holdout12/articles")];
/** The blind set: synthetic like the held-out set, but nobody reads its misses before measuring. */
export const BLIND_FOLDERS = [path.join(root, "tests/fixtures/blind/articles")];
/** The folder whose `statistics/` holds the official releases. */
export const STATISTICS_CORPUS = path.join(root, "corpus");
export const ANNOTATION_DIR = path.join(root, "eval/annotations");
export const HOLDOUT_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout");
export const HOLDOUT2_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout2");
export const HOLDOUT3_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout3");
export const HOLDOUT4_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout4");
export const HOLDOUT5_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout5");
export const HOLDOUT6_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout6");
export const HOLDOUT7_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout7");
export const HOLDOUT8_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout8");
export const HOLDOUT9_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout9");
export const HOLDOUT10_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout10");
export const HOLDOUT11_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout11");
export const HOLDOUT12_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "holdout12");
export const BLIND_ANNOTATION_DIR = path.join(ANNOTATION_DIR, "blind");

export interface EvalCorpus {
  archive: Archive;
  /** Document name (the file name without its extension, = its source id) → the article. */
  articles: Map<string, Article>;
  /** Document name → the article's text, blocks joined, after site chrome was removed. */
  texts: Map<string, string>;
  /** Document name → the file as stored, for checking that annotations are verbatim. */
  raw: Map<string, string>;
}

export async function loadEvalCorpus(folders: readonly string[] = DOCUMENT_FOLDERS): Promise<EvalCorpus> {
  const articles: Article[] = [];
  const raw = new Map<string, string>();
  for (const folder of folders) {
    const corpus = await loadCorpus(folder, silentLogger);
    if (corpus.problems.length > 0) throw new Error(`eval corpus: ${corpus.problems.map((problem) => `${problem.file}: ${problem.reason}`).join("; ")}`);
    articles.push(...corpus.articles);
    for (const article of corpus.articles) raw.set(article.source.id, readFileSync(path.join(folder, article.file), "utf8"));
  }
  return {
    archive: indexArchive(extractArchiveParts(articles)),
    articles: new Map(articles.map((article) => [article.source.id, article])),
    texts: new Map(articles.map((article) => [article.source.id, article.blocks.map((block) => block.text).join("\n")])),
    raw,
  };
}

/** The same archive with the official statistics beside the articles. */
export function withStatistics(archive: Archive): Archive {
  const statistics = loadStatistics(STATISTICS_CORPUS, silentLogger);
  if (statistics.problems.length > 0) throw new Error(`eval statistics: ${statistics.problems.map((problem) => `${problem.file}: ${problem.reason}`).join("; ")}`);
  return { ...archive, judgements: statistics.judgements, official: statistics.official, releases: statistics.releases };
}

/** Every `<kind>/<document>.json` annotation file, parsed; a document without one is left out. */
export function readAnnotations<T>(kind: "figures" | "quotes", key: "figures" | "quotes", dir: string = ANNOTATION_DIR): Map<string, T[]> {
  const folder = path.join(dir, kind);
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

/** A list file of the annotation folder (`claims.json`, `questions.json`); none when absent. */
export function readList<T>(file: string, dir: string = ANNOTATION_DIR): T[] {
  const full = path.join(dir, file);
  return existsSync(full) ? (JSON.parse(readFileSync(full, "utf8")) as T[]) : [];
}

export function readClaims<T>(dir: string = ANNOTATION_DIR): T[] {
  return readList<T>("claims.json", dir);
}
