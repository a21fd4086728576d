// `npm run ingest -- <files or folders>`: what each file yielded, in a line a newsroom admin can read.

import type { IngestOutcome } from "../../src/ingest/addArticles.ts";
import { formatDate, plural } from "../shared/format.ts";

export const INGEST_USAGE = "Usage: npm run ingest -- <article files or folders> (.md, .txt, .html)";

export function describeOutcome(outcome: IngestOutcome): string {
  switch (outcome.status) {
    case "added":
      return `added ${outcome.file} as ${outcome.savedAs}: “${outcome.title}”, ${formatDate(outcome.date) ?? "no date"}, ${plural(outcome.figures, "figure")}, ${plural(outcome.quotes, "quote")}`;
    case "duplicate":
      return `refused ${outcome.file}: already in the archive as ${outcome.existing} (same content)`;
    case "rejected":
      return `refused ${outcome.file}: ${outcome.reason}`;
  }
}

/** The exit code: 0 when every file was added, 1 when any was refused (the others are still added). */
export function ingestExitCode(outcomes: readonly IngestOutcome[]): number {
  return outcomes.length > 0 && outcomes.every((outcome) => outcome.status === "added") ? 0 : 1;
}
