// Builds the core from a corpus folder. The one object adapters receive: `answer(text)`, plus what
// start-up needs to report (how many articles, which files were skipped and why).

import { buildArchive, type Archive } from "./archive/buildArchive.ts";
import { createAnswerer, type AnswerFn } from "./answer/answer.ts";
import { loadCorpus, type CorpusProblem } from "./ingest/loadCorpus.ts";
import type { Logger } from "./types.ts";

export interface CoreOptions {
  corpusDir: string;
  logger: Logger;
}

export interface Core {
  answer: AnswerFn;
  archive: Archive;
  problems: CorpusProblem[];
}

export async function createCore({ corpusDir, logger }: CoreOptions): Promise<Core> {
  const started = performance.now();
  const { articles, problems } = await loadCorpus(corpusDir, logger);
  const archive = buildArchive(articles);
  logger.info(
    { articles: articles.length, skipped: problems.length, figures: archive.figures.length, quotes: archive.quotes.length, ms: Math.round(performance.now() - started) },
    "archive indexed",
  );
  return { answer: createAnswerer(archive), archive, problems };
}
