// Entry point of `npm run index [-- <corpus folder>] [--rebuild]`: brings the saved index up to date
// with the corpus (CORPUS_DIR, or the folder given), printing progress, and says what it did. The
// bot does the same at start; running this first makes that start quick.

import { rmSync } from "node:fs";
import { prepare } from "../adapters/boot/boot.ts";
import { defaultIndexFile } from "../src/archive/persist.ts";
import { createCore } from "../src/core.ts";
import { progressPrinter } from "../adapters/boot/progress.ts";

const USAGE = "Usage: npm run index [-- <corpus folder>] [--rebuild]\nBuilds the saved index under .index/ beside the corpus folder, or confirms it is current.";

const args = process.argv.slice(2).filter((arg) => arg !== "--");
if (args.includes("--help")) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const unknown = args.filter((arg) => arg.startsWith("--") && arg !== "--rebuild");
if (unknown.length > 0) {
  process.stderr.write(`Unknown option ${unknown.join(", ")}.\n${USAGE}\n`);
  process.exit(2);
}
const prepared = prepare(process.env, { defaultLogLevel: () => "warn" });
const corpusDir = args.find((arg) => !arg.startsWith("--")) ?? prepared.config.corpusDir;
const indexFile = defaultIndexFile(corpusDir);
if (args.includes("--rebuild")) rmSync(indexFile, { force: true });

const started = performance.now();
const core = await createCore({ corpusDir, logger: prepared.logger, indexFile, onProgress: progressPrinter(process.stderr) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const problem of core.problems) process.stderr.write(`Skipped ${problem.file}: ${problem.reason}\n`);
const { sources, figures, quotes } = core.archive;
const what = `${sources.length.toLocaleString("en-GB")} articles, ${figures.length.toLocaleString("en-GB")} figures, ${quotes.length.toLocaleString("en-GB")} quotes`;
if (core.index.origin === "saved") process.stdout.write(`The saved index is current (${what}); checked in ${seconds} s.\n${indexFile}\n`);
else if (core.index.saveError) {
  process.stderr.write(`Indexed ${what} in ${seconds} s but could not save ${indexFile}: ${core.index.saveError}\n`);
  process.exitCode = 1;
} else process.stdout.write(`Indexed ${what} in ${seconds} s (${core.index.rebuildReason ?? "new index"}).\n${indexFile}\n`);
if (sources.length === 0) process.exitCode = 1;
