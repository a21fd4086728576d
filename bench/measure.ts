// Timing and memory helpers shared by every approach the benchmark runs.

import { Random } from "./prng.ts";
import type { BenchQuery, QueryKind } from "./planted.ts";

export interface Heap {
  /** V8 heap in use after two full collections. */
  heapMB: number;
  /** ArrayBuffer backing stores (typed arrays live here, outside the V8 heap). */
  arrayBuffersMB: number;
  rssMB: number;
}

const MB = 1024 * 1024;

export function heapAfterGc(): Heap {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run the benchmark's workers with --expose-gc");
  gc();
  gc();
  const usage = process.memoryUsage();
  return { heapMB: usage.heapUsed / MB, arrayBuffersMB: usage.arrayBuffers / MB, rssMB: usage.rss / MB };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
  n: number;
}

export function latency(values: readonly number[]): Latency {
  return { p50: percentile(values, 0.5), p99: percentile(values, 0.99), max: percentile(values, 1), n: values.length };
}

export interface QueryRun {
  latency: Latency;
  byKind: Partial<Record<QueryKind, Latency>>;
  /** Queries with a planted target that were run, and how many found it. */
  targeted: number;
  hits: number;
  /** Distinct queries run (a sampled baseline runs fewer than the whole set). */
  queriesRun: number;
  queriesInSet: number;
  rounds: number;
  misses: string[];
}

/**
 * Runs `queries` through `run` (which says whether a targeted query hit): once to warm up and score
 * hits, then timed rounds until `rounds` or `budgetMs` is used up. `sample` runs a seeded shuffle
 * of the set, one timed pass, as far as the budget goes (for baselines too slow for the whole set).
 */
export function runQueries(queries: readonly BenchQuery[], run: (query: BenchQuery) => boolean, options: { rounds: number; budgetMs: number; sample?: boolean; minQueries?: number }): QueryRun {
  const byKind = new Map<QueryKind, number[]>();
  const all: number[] = [];
  let targeted = 0;
  let hits = 0;
  const misses: string[] = [];
  const started = performance.now();
  const time = (query: BenchQuery): boolean => {
    const before = performance.now();
    const hit = run(query);
    const elapsed = performance.now() - before;
    all.push(elapsed);
    // Appended in place: copying the list per query made garbage that the next timed answers paid for.
    const kind = byKind.get(query.kind);
    if (kind) kind.push(elapsed);
    else byKind.set(query.kind, [elapsed]);
    return hit;
  };
  const score = (query: BenchQuery, hit: boolean): void => {
    if (!query.target) return;
    targeted++;
    if (hit) hits++;
    else misses.push(query.text);
  };
  let queriesRun = queries.length;
  let rounds = 0;
  if (options.sample) {
    const order = shuffled(queries);
    queriesRun = 0;
    for (const query of order) {
      if (queriesRun >= (options.minQueries ?? 3) && performance.now() - started > options.budgetMs) break;
      score(query, time(query));
      queriesRun++;
    }
    rounds = 1;
  } else {
    for (const query of queries) score(query, run(query));
    while (rounds < options.rounds && (rounds === 0 || performance.now() - started < options.budgetMs)) {
      for (const query of queries) time(query);
      rounds++;
    }
  }
  return {
    latency: latency(all),
    byKind: Object.fromEntries([...byKind].map(([kind, values]) => [kind, latency(values)])),
    targeted,
    hits,
    queriesRun,
    queriesInSet: queries.length,
    rounds,
    misses: misses.slice(0, 20),
  };
}

/** The same order on every run: sampled baselines see the same queries each time. */
function shuffled<T>(items: readonly T[]): T[] {
  const random = new Random(7);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
