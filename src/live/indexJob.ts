// Runs inside the index worker (indexInWorker.ts): opens the archive the way a start would, which
// rebuilds and saves the index when the corpus changed, and reports how it went. Nothing is logged
// here; the main thread logs when it loads the saved file.

import { parentPort, threadId, workerData } from "node:worker_threads";
import { openArchive } from "../archive/persist.ts";
import { silentLogger } from "../types.ts";
import type { IndexJob, IndexJobResult } from "./indexInWorker.ts";

const { job } = workerData as { job: IndexJob };
const opened = await openArchive({ corpusDir: job.corpusDir, indexFile: job.indexFile, logger: silentLogger });
const result: IndexJobResult = opened.index.saveError
  ? { ok: false, reason: `the index could not be saved (${opened.index.saveError})` }
  : { ok: true, origin: opened.index.origin, articles: opened.archive.sources.length, threadId };
parentPort!.postMessage(result);
