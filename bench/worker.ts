// One measurement in a fresh process (so each heap figure is that approach's alone): reads its
// configuration from argv, writes its result as JSON to the file the runner named.

import { writeFileSync } from "node:fs";
import { baseline, coreBuild, coreLoad, type WorkerConfig, type WorkerResult } from "./approaches.ts";

const config = JSON.parse(process.argv[2] ?? "{}") as WorkerConfig;

async function measure(): Promise<WorkerResult> {
  switch (config.approach) {
    case "core-build":
      return coreBuild(config);
    case "core-load":
      return coreLoad(config);
    case "fuse":
    case "minisearch":
    case "flexsearch":
      return baseline({ ...config, approach: config.approach });
  }
}

writeFileSync(config.resultFile, JSON.stringify(await measure()));
