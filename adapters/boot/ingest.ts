// Entry point of `npm run ingest`.
import { addArticles } from "../../src/ingest/addArticles.ts";
import { describeOutcome, INGEST_USAGE, ingestExitCode } from "../cli/ingest.ts";
import { prepare } from "./boot.ts";

const targets = process.argv.slice(2).filter((arg) => arg !== "--");
if (targets.length === 0 || targets.includes("--help")) {
  process.stderr.write(`${INGEST_USAGE}\n`);
  process.exit(targets.length === 0 ? 2 : 0);
}
const { config } = prepare(process.env, { defaultLogLevel: () => "error", quietTerminal: () => true });
const outcomes = await addArticles(targets, config.corpusDir);
for (const outcome of outcomes) process.stdout.write(`${describeOutcome(outcome)}\n`);
const added = outcomes.filter((outcome) => outcome.status === "added").length;
process.stdout.write(`${added} of ${outcomes.length} added to ${config.corpusDir}. A running bot picks them up by itself.\n`);
process.exitCode = ingestExitCode(outcomes);
