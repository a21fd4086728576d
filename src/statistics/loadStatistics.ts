// The statistics folder ($CORPUS_DIR/statistics) into judgements, official figures and release
// summaries, at index time only. Every .ods and .csv file there is read; a file that cannot be is
// named with its reason and skipped, and the others still load. releases.json beside them (data,
// optional) cites each file: title, publisher, publication date, link.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { CorpusProblem } from "../ingest/loadCorpus.ts";
import type { Logger, Source } from "../types.ts";
import { councilGazetteer } from "./gazetteer.ts";
import { dedupeFigures, dedupeJudgements } from "./dedupe.ts";
import { isStatisticsFile, readRelease } from "./readRelease.ts";
import type { Judgement, OfficialFigure, StatisticsRelease } from "./records.ts";
import { describeRelease } from "./describeRelease.ts";

import { RELEASES_FILE, STATISTICS_FOLDER } from "./folder.ts";

export { RELEASES_FILE, STATISTICS_FOLDER };

export interface StatisticsParts {
  judgements: Judgement[];
  official: OfficialFigure[];
  releases: StatisticsRelease[];
}

export interface LoadedStatistics extends StatisticsParts {
  problems: CorpusProblem[];
}

export const NO_STATISTICS: StatisticsParts = { judgements: [], official: [], releases: [] };

type Citation = Omit<Source, "id">;

/** The statistics files, sorted, and releases.json if present: what the index's statistics hash covers. */
export function statisticsFiles(corpusDir: string): string[] {
  const dir = path.join(corpusDir, STATISTICS_FOLDER);
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && (isStatisticsFile(entry.name) || entry.name === RELEASES_FILE))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** A hash of every statistics file's name and bytes: changes whenever a release is added, replaced or removed. */
export function statisticsHash(corpusDir: string): string {
  const hash = createHash("sha256");
  for (const file of statisticsFiles(corpusDir)) {
    hash.update(`${file}\u0000`);
    try {
      hash.update(readFileSync(path.join(corpusDir, STATISTICS_FOLDER, file)));
    } catch (error) {
      hash.update(`unreadable:${(error as NodeJS.ErrnoException).code ?? "error"}`);
    }
    hash.update("\n");
  }
  return hash.digest("hex");
}

function readCitations(dir: string, problems: CorpusProblem[]): Map<string, Citation> {
  const citations = new Map<string, Citation>();
  let text: string;
  try {
    text = readFileSync(path.join(dir, RELEASES_FILE), "utf8");
  } catch {
    return citations;
  }
  try {
    const data = JSON.parse(text) as unknown;
    const entries = typeof data === "object" && data !== null ? (data as Record<string, unknown>)["releases"] : undefined;
    if (typeof entries !== "object" || entries === null) throw new Error("it needs an object “releases” keyed by file name");
    for (const [file, entry] of Object.entries(entries)) {
      const fields = entry as Record<string, unknown>;
      if (typeof fields["title"] !== "string") continue;
      const citation: Citation = { title: fields["title"] };
      for (const key of ["publisher", "date", "url"] as const) if (typeof fields[key] === "string") citation[key] = fields[key];
      citations.set(file, citation);
    }
  } catch (error) {
    problems.push({ file: `${STATISTICS_FOLDER}/${RELEASES_FILE}`, reason: `not valid (${error instanceof Error ? error.message : String(error)}); files are cited by their names` });
  }
  return citations;
}

function fallbackCitation(file: string): Citation {
  const title = path.basename(file, path.extname(file)).replace(/[_]+/g, " ").trim();
  return { title, publisher: file.toLowerCase().endsWith(".ods") ? "Ofsted" : "Department for Education" };
}

const MAX_RELEASE_BYTES = 64 * 1024 * 1024;

export function loadStatistics(corpusDir: string, logger: Logger): LoadedStatistics {
  const dir = path.join(corpusDir, STATISTICS_FOLDER);
  const problems: CorpusProblem[] = [];
  const gazetteer = councilGazetteer();
  if (!gazetteer.ok) {
    problems.push({ file: "src/statistics/councils.json", reason: gazetteer.reason });
    return { ...NO_STATISTICS, problems };
  }
  const citations = readCitations(dir, problems);
  const judgements: Judgement[] = [];
  const official: OfficialFigure[] = [];
  const releases: StatisticsRelease[] = [];
  for (const file of statisticsFiles(corpusDir).filter(isStatisticsFile)) {
    const where = `${STATISTICS_FOLDER}/${file}`;
    let bytes: Buffer;
    try {
      if (statSync(path.join(dir, file)).size > MAX_RELEASE_BYTES) {
        problems.push({ file: where, reason: `larger than ${MAX_RELEASE_BYTES / 1024 / 1024} MB` });
        continue;
      }
      bytes = readFileSync(path.join(dir, file));
    } catch (error) {
      problems.push({ file: where, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    const citation = citations.get(file) ?? fallbackCitation(file);
    const source: Source = { id: path.basename(file, path.extname(file)), ...citation };
    const read = readRelease({ file, source, gazetteer: gazetteer.value }, bytes);
    if (!read.ok) {
      problems.push({ file: where, reason: read.reason });
      continue;
    }
    // The cover sheet's "Published on" fills a date releases.json does not give (the source object is shared by every record).
    if (source.date === undefined && read.value.publishedOn) source.date = read.value.publishedOn;
    judgements.push(...read.value.judgements);
    official.push(...read.value.figures);
    releases.push(describeRelease(file, source, read.value));
    for (const table of read.value.unread ?? []) logger.warn({ file: where, reason: table }, "statistics table not read; the rest of the file loaded");
  }
  for (const problem of problems) logger.warn({ file: problem.file, reason: problem.reason }, "statistics file skipped");
  return { judgements: dedupeJudgements(judgements), official: dedupeFigures(official), releases, problems };
}
