// A worker thread's first module. Workers do not inherit tsx from the main thread, and the project
// runs TypeScript without a build step, so the worker registers tsx itself and then imports the
// TypeScript module named in workerData.entry.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
