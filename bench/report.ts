// The benchmark's results as the markdown tables the README shows, with the targets checked.

import type { BaselineResult, CoreBuildResult, CoreLoadResult } from "./approaches.ts";
import type { Latency } from "./measure.ts";

export interface SizeResult {
  articles: number;
  sentences: number;
  build?: CoreBuildResult;
  load?: CoreLoadResult;
  baselines: Partial<Record<BaselineResult["approach"], BaselineResult>>;
  errors: string[];
}

export interface Results {
  machine: { cpu: string; cores: number; node: string; os: string; memoryGB: number };
  date: string;
  seed: number;
  budgetSeconds: number;
  sizes: SizeResult[];
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "–" : value < 1 ? `${value.toFixed(3)} ms` : value < 100 ? `${value.toFixed(1)} ms` : value < 10_000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`);
const seconds = (value: number | undefined) => (value === undefined ? "–" : `${(value / 1000).toFixed(value < 10_000 ? 2 : 1)} s`);
const mb = (value: number | undefined) => (value === undefined ? "–" : `${Math.round(value)} MB`);
const count = (value: number) => value.toLocaleString("en-GB");
const rate = (hits: number, of: number) => (of === 0 ? "–" : `${Math.round((100 * hits) / of)} % (${hits}/${of})`);

function heapOf(load: CoreLoadResult | undefined): number | undefined {
  return load ? load.heapAfterQueries.heapMB + load.heapAfterQueries.arrayBuffersMB : undefined;
}

function coreTable(sizes: readonly SizeResult[]): string[] {
  const rows = [
    "| articles | sentences | figures | ingest + index | ingest rate | statistics parsed | re-index, 1 article added | index file | startup from saved index | heap after GC | answer p50 | answer p99 | planted in top 5 |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { articles, sentences, build, load } of sizes) {
    const run = load?.queries;
    rows.push(
      `| ${count(articles)} | ${count(sentences)} | ${build ? count(build.figures) : "–"} | ${seconds(build?.totalMs)} | ${build ? `${Math.round(build.articlesPerSecond)} /s` : "–"} | ${seconds(build?.timings["statistics"])} | ${seconds(build?.update?.ms)} | ${mb(build?.indexFileMB)} | ${seconds(load?.startupMs)} | ${mb(heapOf(load))} | ${ms(run?.latency.p50)} | ${ms(run?.latency.p99)} | ${run ? rate(run.hits, run.targeted) : "–"} |`,
    );
  }
  return rows;
}

const KINDS = ["exact", "typo", "phrase", "broad", "quote", "check", "trend"] as const;

function kindTable(sizes: readonly SizeResult[]): string[] {
  const rows = [`| articles | ${KINDS.join(" | ")} |`, `|---:|${KINDS.map(() => "---:").join("|")}|`];
  for (const { articles, load } of sizes) {
    const cell = (latency: Latency | undefined) => (latency ? `${ms(latency.p50)} / ${ms(latency.p99)}` : "–");
    rows.push(`| ${count(articles)} | ${KINDS.map((kind) => cell(load?.queries.byKind[kind])).join(" | ")} |`);
  }
  return rows;
}

function baselineTable(sizes: readonly SizeResult[]): string[] {
  const rows = ["| articles | approach | build | heap after GC | p50 | p99 | planted in top 5 | queries timed |", "|---:|---|---:|---:|---:|---:|---:|---:|"];
  for (const { articles, build, load, baselines } of sizes) {
    if (load) {
      const run = load.queries;
      rows.push(`| ${count(articles)} | **this core** (full answer path) | ${seconds(build?.totalMs)} | ${mb(heapOf(load))} | ${ms(run.latency.p50)} | ${ms(run.latency.p99)} | ${rate(run.hits, run.targeted)} | ${run.queriesRun} × ${run.rounds} |`);
    }
    for (const [name, label] of [["fuse", "fuse.js over every sentence"], ["minisearch", "minisearch over every sentence"], ["flexsearch", "flexsearch over every sentence"]] as const) {
      const result = baselines[name];
      if (!result) continue;
      const run = result.queries;
      const sampled = run.queriesRun < run.queriesInSet ? ` (sampled of ${run.queriesInSet})` : "";
      rows.push(`| ${count(articles)} | ${label} | ${seconds(result.buildMs)} | ${mb(result.heap.heapMB + result.heap.arrayBuffersMB)} | ${ms(run.latency.p50)} | ${ms(run.latency.p99)} | ${rate(run.hits, run.targeted)} | ${run.queriesRun}${sampled} |`);
    }
  }
  return rows;
}

/** How a figure grows from the smallest to the largest size at or above 1,000 articles. */
function growth(sizes: readonly SizeResult[]): string[] {
  const measured = sizes.filter((size) => size.articles >= 1000 && size.build && size.load);
  const first = measured[0];
  const last = measured[measured.length - 1];
  if (!first || !last || first === last) return [];
  const factor = last.articles / first.articles;
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `×${(b / a).toFixed(1)}` : "–");
  return [
    `From ${count(first.articles)} to ${count(last.articles)} articles (×${factor}):`,
    `ingest + index ${ratio(first.build?.totalMs, last.build?.totalMs)}, re-index after adding an article ${ratio(first.build?.update?.ms, last.build?.update?.ms)}, heap ${ratio(heapOf(first.load), heapOf(last.load))}, index file ${ratio(first.build?.indexFileMB, last.build?.indexFileMB)}, startup ${ratio(first.load?.startupMs, last.load?.startupMs)}, ` +
      `answer p50 ${ratio(first.load?.queries.latency.p50, last.load?.queries.latency.p50)}, p99 ${ratio(first.load?.queries.latency.p99, last.load?.queries.latency.p99)}; lookups only (exact, typo, phrase) p50 ${ratio(first.load?.queries.byKind.exact?.p50, last.load?.queries.byKind.exact?.p50)}.`,
  ];
}

/** The issue's targets, checked against this run (sizes not run are left out). */
function targets(sizes: readonly SizeResult[]): string[] {
  const at = (articles: number) => sizes.find((size) => size.articles === articles);
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => lines.push(`- ${ok ? "met" : "**missed**"}: ${text}`);
  const ten = at(10_000);
  const tenRun = ten?.load?.queries;
  if (ten && tenRun) {
    check(tenRun.latency.p50 < 0.5, `10,000 articles, answer p50 under 0.5 ms: ${ms(tenRun.latency.p50)}`);
    check(tenRun.latency.p99 < 5, `10,000 articles, answer p99 under 5 ms: ${ms(tenRun.latency.p99)}`);
    const fuse = ten.baselines.fuse?.queries;
    if (fuse) {
      check(fuse.latency.p50 / tenRun.latency.p50 >= 100, `10,000 articles, at least 100× faster than fuse.js at p50: ×${Math.round(fuse.latency.p50 / tenRun.latency.p50).toLocaleString("en-GB")}`);
      check(tenRun.hits / tenRun.targeted >= fuse.hits / Math.max(1, fuse.targeted), `10,000 articles, hit rate at least fuse.js's: ${rate(tenRun.hits, tenRun.targeted)} against ${rate(fuse.hits, fuse.targeted)}`);
    }
    const flex = ten.baselines.flexsearch?.queries;
    if (flex) check(tenRun.latency.p50 <= flex.latency.p50, `10,000 articles, p50 at least as fast as flexsearch: ${ms(tenRun.latency.p50)} against ${ms(flex.latency.p50)}`);
  }
  const fifty = at(50_000);
  if (fifty?.load) {
    check(fifty.load.queries.latency.p99 < 20, `50,000 articles, answer p99 under 20 ms: ${ms(fifty.load.queries.latency.p99)}`);
    check((heapOf(fifty.load) ?? Infinity) < 1024, `50,000 articles, heap under 1 GB: ${mb(heapOf(fifty.load))}`);
    check(fifty.load.startupMs < 3000, `50,000 articles, startup from the saved index under 3 s: ${seconds(fifty.load.startupMs)}`);
  }
  const largest = [...sizes].reverse().find((size) => size.build && size.articles >= 1000);
  if (largest?.build) check(largest.build.articlesPerSecond >= 500, `ingest and extraction at least 500 articles/s on one core: ${Math.round(largest.build.articlesPerSecond)} /s at ${count(largest.articles)} articles`);
  return lines.length > 0 ? ["**Targets**:", "", ...lines] : [];
}

export function markdown(results: Results): string {
  const { machine } = results;
  const errors = results.sizes.flatMap((size) => size.errors.map((error) => `- ${count(size.articles)} articles: ${error}`));
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.os}. ${results.date.slice(0, 10)}, seed ${results.seed}.`,
    "",
    "**The core** (ingest and extraction on one core; answers through `answer()` — parse, search, rank, compose — after a warm-up pass, from the saved index; heap = V8 heap + typed arrays after GC, with every command's views built; re-index = the start after one article is added, where unchanged articles keep their saved extraction and the index is rebuilt):",
    "",
    ...coreTable(results.sizes),
    "",
    "**Answer latency by query kind** (p50 / p99):",
    "",
    ...kindTable(results.sizes),
    "",
    `**Against plain full-text libraries** over every sentence (one process each; baselines time a seeded sample of the same queries within ${results.budgetSeconds} s, with the query's words only, and count a hit when the planted sentence is among their top 5):`,
    "",
    ...baselineTable(results.sizes),
    "",
    ...growth(results.sizes),
    "",
    ...targets(results.sizes),
    ...(errors.length > 0 ? ["", "Errors:", ...errors] : []),
    "",
  ].join("\n");
}
