// `npm run bench`: generates synthetic archives (BENCH_SIZES, default 100,1000,10000,50000 articles),
// measures the core (build, saved-index start, answers) and the baselines, each in its own process
// with a clean heap, and writes bench/results.json and bench/results.md.
//
// BENCH_SIZES=100,1000 for a quick run; BENCH_BASELINES=fuse,minisearch,flexsearch (or "none");
// BENCH_BUDGET_S: seconds of timed queries per process (default 30); BENCH_DIR: where the
// generated corpora and indexes go (default: the system temp folder; reused while unchanged).

import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Approach, BaselineResult, WorkerConfig, WorkerResult } from "./approaches.ts";
import { DEFAULT_SEED, GENERATOR_VERSION, writeCorpus } from "./corpus.ts";
import { markdown, type Results, type SizeResult } from "./report.ts";
import { dumpSentences } from "./sentenceDump.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = (process.env["BENCH_SIZES"] ?? "100,1000,10000,50000").split(",").map((size) => Number(size.trim()));
const baselines = (process.env["BENCH_BASELINES"] ?? "fuse,minisearch,flexsearch").split(",").filter((name): name is BaselineResult["approach"] => ["fuse", "minisearch", "flexsearch"].includes(name));
const budgetSeconds = Number(process.env["BENCH_BUDGET_S"] ?? 30);
const workDir = process.env["BENCH_DIR"] ?? path.join(os.tmpdir(), "ofsted-bench");
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`BENCH_SIZES must be whole numbers: ${process.env["BENCH_SIZES"]}`);

const say = (line: string) => process.stderr.write(`${line}\n`);

function spawnWorker(config: WorkerConfig): WorkerResult {
  rmSync(config.resultFile, { force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", path.join(here, "worker.ts"), JSON.stringify(config)], {
    stdio: ["ignore", "inherit", "inherit"],
    timeout: 30 * 60_000,
  });
  if (child.status !== 0) throw new Error(`${config.approach} at ${config.size} articles failed (${child.error?.message ?? `exit ${child.status ?? child.signal}`})`);
  say(`  ${config.approach}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return JSON.parse(readFileSync(config.resultFile, "utf8")) as WorkerResult;
}

const results: Results = {
  machine: { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, node: process.version, os: `${os.platform()} ${os.release()}`, memoryGB: Math.round(os.totalmem() / 1024 ** 3) },
  date: new Date().toISOString(),
  seed: DEFAULT_SEED,
  budgetSeconds,
  sizes: [],
};

function save(): void {
  writeFileSync(path.join(here, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(here, "results.md"), markdown(results));
}

mkdirSync(workDir, { recursive: true });
const runStarted = performance.now();
for (const size of sizes) {
  say(`${size.toLocaleString("en-GB")} articles`);
  const corpusDir = path.join(workDir, `corpus-${size}`);
  let started = performance.now();
  const { reused } = writeCorpus(corpusDir, size);
  say(`  corpus ${reused ? "reused" : "generated"} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${corpusDir}`);
  // The shipped statistics releases too: start-up and answers are measured with them loaded.
  cpSync(path.join(here, "..", "corpus", "statistics"), path.join(corpusDir, "statistics"), { recursive: true, preserveTimestamps: true });
  const sentencesFile = path.join(workDir, `sentences-${size}.txt`);
  started = performance.now();
  const sentences = dumpSentences(corpusDir, sentencesFile, JSON.stringify({ GENERATOR_VERSION, DEFAULT_SEED, size }));
  say(`  ${sentences.toLocaleString("en-GB")} sentences listed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const entry: SizeResult = { articles: size, sentences, baselines: {}, errors: [] };
  results.sizes.push(entry);
  const config = (approach: Approach): WorkerConfig => ({
    approach,
    size,
    corpusDir,
    indexFile: path.join(workDir, ".index", `corpus-${size}.bin`),
    sentencesFile,
    budgetMs: budgetSeconds * 1000,
    rounds: 5,
    resultFile: path.join(workDir, `result-${size}-${approach}.json`),
  });
  const attempt = (approach: Approach, keep: (result: WorkerResult) => void) => {
    try {
      keep(spawnWorker(config(approach)));
    } catch (error) {
      entry.errors.push(error instanceof Error ? error.message : String(error));
      say(`  ${entry.errors[entry.errors.length - 1]}`);
    }
    save();
  };
  attempt("core-build", (result) => (entry.build = result as SizeResult["build"]));
  attempt("core-load", (result) => (entry.load = result as SizeResult["load"]));
  for (const name of baselines) attempt(name, (result) => (entry.baselines[name] = result as BaselineResult));
}
save();
say(`Done in ${((performance.now() - runStarted) / 60_000).toFixed(1)} min. Wrote bench/results.json and bench/results.md.`);
process.stdout.write(markdown(results));
