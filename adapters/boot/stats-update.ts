// Entry point of `npm run stats:update`: fetches the newest edition of every release listed in
// $CORPUS_DIR/statistics/releases.json and replaces a file only when the new one reads. Exit 1 when
// any edition was kept back, so cron mails the reason.
import { updateStatistics } from "../../src/statistics/update/updateReleases.ts";
import { prepare } from "./boot.ts";

const { config } = prepare(process.env, { defaultLogLevel: () => "error" });
const result = await updateStatistics(config.corpusDir, config.statistics);
if (!result.ok) {
  process.stderr.write(`stats:update: ${result.reason}\n`);
  process.exitCode = 1;
} else {
  for (const outcome of result.value) process.stdout.write(`${outcome.status === "kept" ? "KEPT " : outcome.status === "updated" ? "UPDATED " : ""}${outcome.message}\n`);
  const updated = result.value.filter((outcome) => outcome.status === "updated").length;
  process.stdout.write(`${updated} of ${result.value.length} releases updated in ${config.corpusDir}/statistics. A running bot re-indexes by itself.\n`);
  process.exitCode = result.value.some((outcome) => outcome.status === "kept") ? 1 : 0;
}
