// Prints the core's ingest progress as one line a second on stderr (the core itself prints nothing).

import type { IngestProgress, ProgressCallback } from "../../src/core.ts";

const LABELS: Record<IngestProgress["phase"], string> = {
  check: "Checking corpus files against the saved index",
  extract: "Reading and extracting articles",
  index: "Building the search index",
  save: "Saving the index",
  load: "Loading the saved index",
};

export function formatProgress({ phase, done, total, elapsedMs }: IngestProgress): string {
  const seconds = elapsedMs / 1000;
  const count = total > 1 ? ` ${done.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")} (${Math.floor((100 * done) / Math.max(total, 1))} %)` : done >= total ? " done" : "";
  const rate = phase === "extract" && seconds > 0 ? `, ${Math.round(done / seconds).toLocaleString("en-GB")} articles/s` : "";
  return `${LABELS[phase]}:${count}${rate}, ${seconds.toFixed(1)} s`;
}

export function progressPrinter(stream: NodeJS.WritableStream = process.stderr): ProgressCallback {
  return (progress) => {
    stream.write(`${formatProgress(progress)}\n`);
  };
}
