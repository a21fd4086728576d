// What each benchmark process measures: the core built from the articles, the core started from
// its saved index (the bot's normal start, and where answers are timed), and the baselines, each
// a plain full-text library over every sentence of the archive.

import { copyFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Index } from "flexsearch";
import MiniSearch from "minisearch";
import { createCore, type IngestProgress } from "../src/core.ts";
import { FuzzyList } from "../src/search/index.ts";
import { silentLogger } from "../src/types.ts";
import { targetSources } from "./corpus.ts";
import { answerHits, sentenceHits, TOP } from "./hits.ts";
import { heapAfterGc, runQueries, type Heap, type QueryRun } from "./measure.ts";
import { querySet, searchText, targetKey } from "./planted.ts";
import { readSentences } from "./sentenceDump.ts";

export type Approach = "core-build" | "core-load" | "fuse" | "minisearch" | "flexsearch";

export interface WorkerConfig {
  approach: Approach;
  size: number;
  corpusDir: string;
  indexFile: string;
  sentencesFile: string;
  /** Time for timed queries, per process. */
  budgetMs: number;
  rounds: number;
  resultFile: string;
}

export interface CoreBuildResult {
  approach: "core-build";
  articles: number;
  figures: number;
  quotes: number;
  docs: number;
  totalMs: number;
  timings: Record<string, number>;
  articlesPerSecond: number;
  indexFileMB: number;
  heap: Heap;
  /** The everyday rebuild: one article added to the archive just built, from the saved index. */
  update: { ms: number; reused: number | undefined; timings: Record<string, number> };
}

export interface CoreLoadResult {
  approach: "core-load";
  origin: string;
  startupMs: number;
  /** From process start (Node and tsx boot included) to the first answer returned. */
  processToFirstAnswerMs: number;
  firstAnswerMs: number;
  timings: Record<string, number>;
  /** Right after start-up. */
  heap: Heap;
  /** After every query ran: with the views commands build on first use and the search's scratch space. */
  heapAfterQueries: Heap;
  queries: QueryRun;
}

export interface BaselineResult {
  approach: "fuse" | "minisearch" | "flexsearch";
  sentences: number;
  buildMs: number;
  heap: Heap;
  queries: QueryRun;
}

export type WorkerResult = CoreBuildResult | CoreLoadResult | BaselineResult;

function progressTo(prefix: string): (progress: IngestProgress) => void {
  return ({ phase, done, total, elapsedMs }) => {
    const rate = phase === "extract" ? ` ${Math.round(done / (elapsedMs / 1000))} articles/s` : "";
    process.stderr.write(`  ${prefix} ${phase} ${done}/${total}${rate} ${(elapsedMs / 1000).toFixed(1)} s\n`);
  };
}

export async function coreBuild(config: WorkerConfig): Promise<CoreBuildResult> {
  rmSync(config.indexFile, { force: true });
  const started = performance.now();
  const core = await createCore({ corpusDir: config.corpusDir, logger: silentLogger, indexFile: config.indexFile, onProgress: progressTo(`${config.size}`) });
  const totalMs = performance.now() - started;
  if (core.index.saveError) throw new Error(`index not saved: ${core.index.saveError}`);
  const { archive } = core;
  const timings = core.index.timings as Record<string, number>;
  return {
    approach: "core-build",
    articles: archive.sources.length,
    figures: archive.figures.length,
    quotes: archive.quotes.length,
    docs: archive.docs.length,
    totalMs,
    timings,
    articlesPerSecond: archive.sources.length / ((timings["extract"] ?? totalMs) / 1000),
    indexFileMB: statSync(config.indexFile).size / 1024 / 1024,
    heap: heapAfterGc(),
    update: await addOneArticle(config),
  };
}

const ADDED_ARTICLE = '---\ntitle: "Caseloads rise again"\ndate: 2024-03-09\npublisher: "Bench Weekly"\n---\nInspectors found 19 local authorities where caseloads were too high in 2024, up from 14 in 2023.\n';

/** Adds an article, times the rebuild, then removes it and puts the saved index back as it was. */
async function addOneArticle(config: WorkerConfig): Promise<CoreBuildResult["update"]> {
  const added = path.join(config.corpusDir, "zz-bench-added-article.md");
  const kept = `${config.indexFile}.before-update`;
  copyFileSync(config.indexFile, kept);
  writeFileSync(added, ADDED_ARTICLE);
  try {
    const started = performance.now();
    const core = await createCore({ corpusDir: config.corpusDir, logger: silentLogger, indexFile: config.indexFile });
    return { ms: performance.now() - started, reused: core.index.reused, timings: core.index.timings as Record<string, number> };
  } finally {
    rmSync(added, { force: true });
    renameSync(kept, config.indexFile);
  }
}

export async function coreLoad(config: WorkerConfig): Promise<CoreLoadResult> {
  const started = performance.now();
  const core = await createCore({ corpusDir: config.corpusDir, logger: silentLogger, indexFile: config.indexFile });
  const startupMs = performance.now() - started;
  const queries = querySet(config.size);
  const before = performance.now();
  core.answer(queries[0]!.text);
  const firstAnswerMs = performance.now() - before;
  const processToFirstAnswerMs = performance.now();
  const heap = heapAfterGc();
  const sources = targetSources(config.size);
  const run = runQueries(
    queries,
    (query) => {
      const answer = core.answer(query.text);
      return query.target ? answerHits(answer, query.target, sources.get(targetKey(query.target))!) : false;
    },
    { rounds: config.rounds, budgetMs: config.budgetMs },
  );
  const heapAfterQueries = heapAfterGc();
  return { approach: "core-load", origin: core.index.origin, startupMs, processToFirstAnswerMs, firstAnswerMs, timings: core.index.timings as Record<string, number>, heap, heapAfterQueries, queries: run };
}

type Search = (text: string) => string[];

function fuse(sentences: string[]): Search {
  const list = new FuzzyList(
    sentences.map((text) => ({ text })),
    ["text"],
    undefined,
    { filter: false },
  );
  return (text) => list.find(text, TOP).map((match) => match.item.text);
}

function miniSearch(sentences: string[]): Search {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], storeFields: [] });
  index.addAll(sentences.map((text, id) => ({ id, text })));
  return (text) => index.search(text, { fuzzy: 0.2, prefix: true }).slice(0, TOP).map((result) => sentences[result.id as number]!);
}

function flexSearch(sentences: string[]): Search {
  const index = new Index({ tokenize: "forward" });
  sentences.forEach((text, id) => index.add(id, text));
  return (text) => (index.search(text, { limit: TOP, suggest: true }) as number[]).map((id) => sentences[id]!);
}

const BASELINES = { fuse, minisearch: miniSearch, flexsearch: flexSearch };

export function baseline(config: WorkerConfig & { approach: BaselineResult["approach"] }): BaselineResult {
  const sentences = readSentences(config.sentencesFile);
  const started = performance.now();
  const search = BASELINES[config.approach](sentences);
  const buildMs = performance.now() - started;
  const heap = heapAfterGc();
  const queries = runQueries(querySet(config.size), (query) => (query.target ? sentenceHits(search(searchText(query)), query.target) : (search(searchText(query)), false)), {
    rounds: 1,
    budgetMs: config.budgetMs,
    sample: true,
    // fuse.js takes over a minute a query at 50,000 articles: one sample shows the order of magnitude.
    minQueries: 1,
  });
  return { approach: config.approach, sentences: sentences.length, buildMs, heap, queries };
}
