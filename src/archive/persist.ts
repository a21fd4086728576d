// The archive, from the saved index when it still describes the corpus, otherwise built from the
// articles and saved for next time. A saved file is used only when its format version, the code
// that built it and the corpus's content all match; a corrupt, truncated, stale or foreign file is
// rebuilt, never trusted. Saving is best effort: a read-only disk costs the next start a rebuild,
// not this one its answers.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { endianness } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusProblem } from "../ingest/loadCorpus.ts";
import type { Logger } from "../types.ts";
import { indexArchive, type Archive } from "./buildArchive.ts";
import { decodeArchive, encodeArchive, type CodecMeta } from "./indexCodec.ts";
import { currentManifest, describeChange, EarlierExtraction, ingestCorpus, listCorpus, type CorpusManifest } from "./indexCorpus.ts";
import { openIndexFile, UnusableIndex, writeIndexFile } from "./indexFile.ts";
import { ProgressReporter, type ProgressCallback } from "./indexProgress.ts";
import { loadStatistics, STATISTICS_FOLDER, statisticsHash, type LoadedStatistics } from "../statistics/loadStatistics.ts";

/** Bump when the file layout or the meaning of a section changes. */
export const INDEX_FORMAT_VERSION = 4;

interface IndexHeader {
  codeFingerprint: string;
  corpus: CorpusManifest;
  /** statisticsHash of the statistics folder the archive's official figures were read from. */
  statistics: string;
  codec: CodecMeta;
  createdAt: string;
  counts: { sources: number; figures: number; quotes: number; docs: number };
  /** The corpus file of each source, in order: lets a later rebuild keep unchanged articles' extraction. */
  sourceFiles: string[];
}

export interface PersistOptions {
  corpusDir: string;
  /** The saved index; false to build in memory every time. */
  indexFile: string | false;
  /**
   * Load the saved index as the corpus was when it was built, without comparing it with the folder
   * now: for a file another thread has just built (indexInWorker), so that a file copied meanwhile
   * does not send the rebuild back to this thread. The next reload catches up with that file.
   */
  acceptSavedCorpus?: boolean;
  logger: Logger;
  onProgress?: ProgressCallback;
}

export interface IndexReport {
  origin: "saved" | "built";
  /** Milliseconds per phase: check (corpus against the saved index), load, extract (articles: read + parse + extract), statistics (the releases parsed), index, save. */
  timings: Partial<Record<"check" | "load" | "extract" | "statistics" | "index" | "save", number>>;
  file?: string;
  /** Why the saved index was not used (absent when it was, or when saving is off). */
  rebuildReason?: string;
  /** Set when the built archive could not be saved. */
  saveError?: string;
  /** On a rebuild, articles whose extraction was kept from the saved index because their bytes had not changed. */
  reused?: number;
}

export interface OpenedArchive {
  archive: Archive;
  problems: CorpusProblem[];
  index: IndexReport;
}

/** `<corpus parent>/.index/<corpus name>.archive.v<format>.bin`: beside the corpus, never inside it. */
export function defaultIndexFile(corpusDir: string): string {
  const corpus = path.resolve(corpusDir);
  return path.join(path.dirname(corpus), ".index", `${path.basename(corpus)}.archive.v${INDEX_FORMAT_VERSION}.bin`);
}

const SOURCE_ROOT = fileURLToPath(new URL("../", import.meta.url));
/**
 * The modules whose code and data decide what an index holds; a change to any of them makes old
 * files stale. Measures are read at index time (src/measure and its catalogue.yaml), councils named
 * from councils.json.
 */
const INDEX_CODE = ["archive", "extract", "ingest", "measure", "search", "statistics", "text", "types.ts"];

let fingerprint: string | undefined;

/** A hash of the indexing code itself, so an index built by older extraction rules is not reused. */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash("sha256").update(`format ${INDEX_FORMAT_VERSION}\n`);
  const visit = (relative: string): void => {
    const full = path.join(SOURCE_ROOT, relative);
    let entries;
    try {
      entries = readdirSync(full, { withFileTypes: true });
    } catch {
      if (/\.(?:[cm]?[jt]s|ya?ml|json)$/.test(relative)) hash.update(`${relative}\n`).update(readFileSync(full));
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) visit(path.join(relative, entry.name));
  };
  try {
    for (const part of INDEX_CODE) visit(part);
  } catch {
    // Sources not on disk (a bundled build): the format version alone has to tell.
  }
  fingerprint = hash.digest("hex");
  return fingerprint;
}

function reasonOf(error: unknown): string {
  if (error instanceof UnusableIndex) return error.message;
  if ((error as NodeJS.ErrnoException).code === "ENOENT") return "there is no saved index yet";
  return `the saved index could not be read (${error instanceof Error ? error.message : String(error)})`;
}

/** What the saved file can still give when the corpus changed: the unchanged articles' extraction. */
function earlierOf(header: IndexHeader, opened: { archive: Archive; problems: CorpusProblem[] }): EarlierExtraction | undefined {
  const { sourceFiles } = header;
  if (!Array.isArray(sourceFiles) || sourceFiles.length !== opened.archive.sources.length || !sourceFiles.every((file) => typeof file === "string")) return undefined;
  return new EarlierExtraction(header.corpus, sourceFiles, opened.archive, opened.problems);
}

/** The saved statistics when the folder still has the bytes they were read from: parsing spreadsheets costs seconds. */
function statisticsOf(header: IndexHeader, opened: { archive: Archive; problems: CorpusProblem[] }, currentHash: string): LoadedStatistics | undefined {
  if (header.statistics !== currentHash) return undefined;
  const { judgements, official, releases } = opened.archive;
  if (!Array.isArray(judgements) || !Array.isArray(official) || !Array.isArray(releases)) return undefined;
  return { judgements, official, releases, problems: opened.problems.filter((problem) => problem.file.startsWith(`${STATISTICS_FOLDER}/`)) };
}

/** The saved archive if it is current; otherwise why not, and what of it can be reused. */
function loadSaved(options: PersistOptions, file: string, progress: ProgressReporter, timings: IndexReport["timings"]): { opened: OpenedArchive } | { reason: string; earlier?: EarlierExtraction; statistics?: LoadedStatistics } {
  if (endianness() !== "LE") return { reason: "saved indexes are little-endian only" };
  let opened;
  try {
    opened = openIndexFile<IndexHeader>(file, INDEX_FORMAT_VERSION);
  } catch (error) {
    return { reason: reasonOf(error) };
  }
  try {
    const { header } = opened;
    if (header.codeFingerprint !== codeFingerprint()) return { reason: "the indexing code changed since it was saved" };
    let started = performance.now();
    let manifest: CorpusManifest = header.corpus;
    if (!options.acceptSavedCorpus) {
      const listing = listCorpus(options.corpusDir);
      if (!listing.ok) return { reason: `the corpus folder ${listing.problem.reason}` };
      manifest = currentManifest(options.corpusDir, listing.files, header.corpus, progress);
      timings.check = performance.now() - started;
    }
    started = performance.now();
    progress.start("load", 1);
    const decoded = decodeArchive(opened.sections(), header.codec);
    progress.end();
    timings.load = performance.now() - started;
    const currentStatistics = options.acceptSavedCorpus ? header.statistics : statisticsHash(options.corpusDir);
    if (manifest.hash !== header.corpus.hash || currentStatistics !== header.statistics) {
      const earlier = earlierOf(header, decoded);
      const statistics = statisticsOf(header, decoded, currentStatistics);
      const reason = manifest.hash !== header.corpus.hash ? describeChange(header.corpus, manifest) : "statistics files changed";
      return { reason, ...(earlier ? { earlier } : {}), ...(statistics ? { statistics } : {}) };
    }
    return { opened: { ...decoded, index: { origin: "saved", file, timings } } };
  } catch (error) {
    return { reason: reasonOf(error) };
  } finally {
    opened.close();
  }
}

export function saveArchive(file: string, archive: Archive, problems: readonly CorpusProblem[], corpus: CorpusManifest, sourceFiles: readonly string[], statistics = ""): void {
  const { sections, meta } = encodeArchive(archive, problems);
  const header: IndexHeader = {
    codeFingerprint: codeFingerprint(),
    corpus,
    statistics,
    codec: meta,
    createdAt: new Date().toISOString(),
    counts: { sources: archive.sources.length, figures: archive.figures.length, quotes: archive.quotes.length, docs: archive.docs.length },
    sourceFiles: [...sourceFiles],
  };
  writeIndexFile(file, INDEX_FORMAT_VERSION, header, sections);
}

export async function openArchive(options: PersistOptions): Promise<OpenedArchive> {
  const progress = new ProgressReporter(options.onProgress);
  const file = options.indexFile === false ? undefined : path.resolve(options.indexFile);
  const timings: IndexReport["timings"] = {};
  let rebuildReason: string | undefined;
  let earlier: EarlierExtraction | undefined;
  let savedStatistics: LoadedStatistics | undefined;
  if (file) {
    const saved = loadSaved(options, file, progress, timings);
    if ("opened" in saved) {
      // The same warnings a rebuild would give: a skipped file stays skipped until it is fixed.
      for (const problem of saved.opened.problems) options.logger.warn({ file: problem.file, reason: problem.reason }, "corpus file skipped");
      return saved.opened;
    }
    rebuildReason = saved.reason;
    earlier = saved.earlier;
    savedStatistics = saved.statistics;
    options.logger.info({ file, reason: rebuildReason }, "rebuilding the saved index");
  }
  let started = performance.now();
  // Hashed before reading, as the articles are stat'ed before theirs: a change meanwhile shows next time.
  const statisticsDigest = statisticsHash(options.corpusDir);
  const { parts, sourceFiles, problems, manifest, reused } = await ingestCorpus(options.corpusDir, options.logger, progress, earlier);
  timings.extract = performance.now() - started;
  // Timed apart: parsing the releases is a fixed cost (about 2 s for the shipped files) whatever
  // the number of articles, so it is not part of the articles' ingest rate.
  started = performance.now();
  const statistics = savedStatistics ?? loadStatistics(options.corpusDir, options.logger);
  problems.push(...statistics.problems);
  parts.statistics = statistics;
  timings.statistics = performance.now() - started;
  started = performance.now();
  progress.start("index", 1);
  const archive = indexArchive(parts);
  progress.end();
  timings.index = performance.now() - started;
  const index: IndexReport = { origin: "built", timings, ...(file ? { file } : {}), ...(rebuildReason ? { rebuildReason } : {}), ...(earlier ? { reused } : {}) };
  if (file && manifest) {
    started = performance.now();
    progress.start("save", 1);
    try {
      saveArchive(file, archive, problems, manifest, sourceFiles, statisticsDigest);
    } catch (error) {
      index.saveError = error instanceof Error ? error.message : String(error);
      options.logger.warn({ file, error: index.saveError }, "could not save the index; the next start will rebuild it");
    }
    progress.end();
    timings.save = performance.now() - started;
  }
  return { archive, problems, index };
}
