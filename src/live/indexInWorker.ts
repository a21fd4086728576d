// Re-indexes a changed corpus on a worker thread. Extraction already hands the event loop back
// every 50 ms, but building and saving the index cannot: at 50,000 articles they hold the thread
// for ~20 s, far past Slack's 3-second deadline, while the bot should keep answering from the
// archive it has. The worker saves the index; the main thread then loads that file, which takes a
// second or two at that size.

import { Worker } from "node:worker_threads";

export interface IndexJob {
  corpusDir: string;
  indexFile: string;
}

export type IndexJobResult =
  | { ok: true; origin: "saved" | "built"; articles: number; threadId: number }
  /** `stuck`: the worker ran past its time and was stopped; doing the job on the main thread would hang it too. */
  | { ok: false; reason: string; stuck?: boolean };

export interface IndexWorkerOptions {
  /** Stop the worker after this long. Default 30 minutes: a full rebuild of 50,000 articles takes under two. */
  timeoutMs?: number;
  /** The module the worker runs; tests substitute their own. */
  entry?: URL;
}

/** Resolves, never rejects: a failed worker is a reason, and the caller decides what to do instead. */
export function indexInWorker(job: IndexJob, options: IndexWorkerOptions = {}): Promise<IndexJobResult> {
  const { timeoutMs = 30 * 60_000, entry = new URL("./indexJob.ts", import.meta.url) } = options;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./workerEntry.mjs", import.meta.url), { workerData: { entry: entry.href, job } });
    } catch (error) {
      resolve({ ok: false, reason: `the index worker could not start (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    let settled = false;
    const settle = (result: IndexJobResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      settle({ ok: false, stuck: true, reason: `the index worker was stopped after ${Number((timeoutMs / 1000).toFixed(1))} s without finishing` });
      void worker.terminate();
    }, timeoutMs);
    worker.on("message", (result: IndexJobResult) => settle(result));
    worker.on("error", (error) => settle({ ok: false, reason: `the index worker failed (${error.message})` }));
    worker.on("exit", (code) => settle({ ok: false, reason: `the index worker stopped with code ${code} before reporting` }));
  });
}
