// The real core over the bundled corpus, built once per test file.
import { createCore, type Core } from "../../src/core.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { extractArchiveParts, indexArchive } from "../../src/archive/buildArchive.ts";
import { silentLogger, type Article } from "../../src/types.ts";

let core: Promise<Core> | undefined;

export function seedCore(): Promise<Core> {
  core ??= createCore({ corpusDir: "corpus", logger: silentLogger });
  return core;
}

/** The answer to a question over one article of our own, with the shipped statistics of `core` beside it. */
export function answerBesideRecord(core: Core, article: Article, question: string) {
  const articles = indexArchive(extractArchiveParts([article]));
  return createAnswerer({ ...articles, judgements: core.archive.judgements, official: core.archive.official, releases: core.archive.releases })(question);
}

export const SOURCE = {
  communityCare: "community-care-ofsted-first-social-care-annual-report",
  ofsted2016: "2016-06-28-ofsted-strong-leadership-vital",
  cypNow2013: "2013-10-15-cypnow-leadership-instability",
  oneInSeven2013: "2013-10-21-ofsted-finds-one-in-seven-inadequate",
  cypNowFramework: "cypnow-ofsted-moves-to-improve-council-inspections",
} as const;
