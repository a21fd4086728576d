// Re-indexes a changed corpus on a worker thread. Extraction already hands the event loop back
// every 50 ms, but building and saving the index cannot: at 50,000 articles they hold the thread
// for ~25 s, far past Slack's 3-second deadline, while the bot should keep answering from the
// archive it has. The worker saves the index; the main thread then loads that file, which takes a
// second or two at that size.

import { Worker } from "node:worker_threads";

export interface IndexJob {
  corpusDir: string;
  indexFile: string;
}

export type IndexJobResult = { ok: true; origin: "saved" | "built"; articles: number; threadId: number } | { ok: false; reason: string };

/** Resolves, never rejects: a failed worker is a reason, and the caller falls back to building in-process. */
export function indexInWorker(job: IndexJob): Promise<IndexJobResult> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: IndexJobResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL("./workerEntry.mjs", import.meta.url), { workerData: { entry: new URL("./indexJob.ts", import.meta.url).href, job } });
    } catch (error) {
      settle({ ok: false, reason: `the index worker could not start (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    worker.on("message", (result: IndexJobResult) => settle(result));
    worker.on("error", (error) => settle({ ok: false, reason: `the index worker failed (${error.message})` }));
    worker.on("exit", (code) => settle({ ok: false, reason: `the index worker stopped with code ${code} before reporting` }));
  });
}
