// Builds the core from a corpus folder. The one object adapters receive: `answer(text)`, plus what
// start-up needs to report (how many articles, which files were skipped and why, whether the saved
// index was used). The archive comes from the saved index when it matches the corpus, so a start
// costs seconds at tens of thousands of articles instead of minutes.

import type { Archive } from "./archive/buildArchive.ts";
import { defaultIndexFile, openArchive, type IndexReport } from "./archive/persist.ts";
import type { IngestProgress, ProgressCallback } from "./archive/indexProgress.ts";
import { createAnswerer, type AnswerFn } from "./answer/answer.ts";
import type { CorpusProblem } from "./ingest/loadCorpus.ts";
import type { Logger } from "./types.ts";

export type { IndexReport, IngestProgress, ProgressCallback };
export { defaultIndexFile };

export interface CoreOptions {
  corpusDir: string;
  logger: Logger;
  /**
   * The saved index. Default: `.index/<corpus folder name>.archive.v<format>.bin` beside the corpus
   * folder (`./.index/` for `./corpus`). `false` builds in memory and saves nothing.
   */
  indexFile?: string | false;
  /** Called about once a second while a slow phase runs (never for a quick start); print it, the core does not. */
  onProgress?: ProgressCallback;
  /** See PersistOptions.acceptSavedCorpus: for loading what an index worker has just saved. */
  acceptSavedCorpus?: boolean;
}

export interface Core {
  answer: AnswerFn;
  archive: Archive;
  problems: CorpusProblem[];
  /** Whether the archive came from the saved index, and if not, why. */
  index: IndexReport;
  /** When this archive went into service: a running bot says how current its archive is. */
  loadedAt: Date;
}

export async function createCore({ corpusDir, logger, indexFile, onProgress, acceptSavedCorpus }: CoreOptions): Promise<Core> {
  const started = performance.now();
  const { archive, problems, index } = await openArchive({
    corpusDir,
    logger,
    indexFile: indexFile ?? defaultIndexFile(corpusDir),
    ...(onProgress ? { onProgress } : {}),
    ...(acceptSavedCorpus ? { acceptSavedCorpus } : {}),
  });
  logger.info(
    {
      articles: archive.sources.length,
      skipped: problems.length,
      figures: archive.figures.length,
      quotes: archive.quotes.length,
      index: index.origin,
      ...(index.rebuildReason ? { rebuildReason: index.rebuildReason } : {}),
      ...(index.reused !== undefined ? { reusedArticles: index.reused } : {}),
      ms: Math.round(performance.now() - started),
    },
    index.origin === "saved" ? "archive loaded from the saved index" : "archive indexed",
  );
  return { answer: createAnswerer(archive), archive, problems, index, loadedAt: new Date() };
}
