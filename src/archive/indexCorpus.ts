// The corpus as the saved index sees it: which files, and a digest of each file's bytes. The corpus
// hash is built from names and content digests only, so the same bytes always give the same hash
// and any change to any byte gives another. Reading every file at each start costs more than a
// second at 50,000 articles, so a file is re-read only when its stat differs from the one recorded
// with its digest, or when it was changed so shortly before that record that a later change could
// carry the same timestamps (git's "racily clean" rule).
//
// Also the ingest itself: files are read synchronously, one after another, because at tens of
// thousands of small files each asynchronous read costs ten times the synchronous one.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, type BigIntStats } from "node:fs";
import path from "node:path";
import { isArticleFile, linkOutside, parseArticle, SourceIds, withSourceId, type CorpusProblem } from "../ingest/loadCorpus.ts";
import type { CouncilRating, Figure, Logger, Mention, Quote, Source } from "../types.ts";
import { extractArticle, type ArchiveParts } from "./buildArchive.ts";
import type { ProgressReporter } from "./indexProgress.ts";
import { STATISTICS_FOLDER } from "../statistics/folder.ts";

export interface CorpusManifest {
  /** sha256 over every file's name and content digest, in ingest order. */
  hash: string;
  /** Wall-clock ms taken before any file was looked at. */
  recordedAt: number;
  files: string[];
  /** Per file: size, mtime (ns), ctime (ns) and inode, as decimal strings; "" when stat failed. */
  stats: string[];
  /** Per file: sha256 of its bytes, or "unreadable:<code>". */
  digests: string[];
}

/** A file changed this close to the record may change again with the same timestamps. */
const RACY_MS = 5_000;
/** Hand the event loop back this often during a long ingest, so signals and timers still run. */
const YIELD_EVERY_MS = 50;

export type Listing = { ok: true; files: string[] } | { ok: false; problem: CorpusProblem };

/** The article files loadCorpus would read, in the order it reads them. */
export function listCorpus(dir: string): Listing {
  try {
    if (!statSync(dir).isDirectory()) return { ok: false, problem: { file: dir, reason: "not a folder" } };
    return { ok: true, files: listFiles(dir, "") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: { file: dir, reason: code === "ENOENT" ? "the folder does not exist" : `cannot be read (${code ?? "error"})` } };
  }
}

function listFiles(dir: string, prefix: string): string[] {
  const entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const relative = path.join(prefix, entry.name);
    // The statistics folder holds releases (src/statistics), not articles.
    if (entry.isDirectory() && prefix === "" && entry.name === STATISTICS_FOLDER) continue;
    if (entry.isDirectory()) files.push(...listFiles(dir, relative));
    else if (isArticleFile(entry.name)) files.push(relative);
  }
  return files;
}

interface FileStat {
  key: string;
  ctimeMs: number;
  /** False for a pipe, socket or device named like an article: reading one could block for ever. */
  isFile: boolean;
}

function statOf(full: string): FileStat | undefined {
  try {
    const stats: BigIntStats = statSync(full, { bigint: true });
    return { key: `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`, ctimeMs: Number(stats.ctimeNs / 1_000_000n), isFile: stats.isFile() };
  } catch {
    return undefined;
  }
}

function digestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function readFile(dir: string, full: string, stat: FileStat | undefined): { bytes: Buffer } | { code: string } {
  if (stat && !stat.isFile) return { code: "not a regular file" };
  const outside = linkOutside(dir, full);
  if (outside) return { code: outside };
  try {
    return { bytes: readFileSync(full) };
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code ?? "error" };
  }
}

function corpusHash(files: readonly string[], digests: readonly string[]): string {
  // One update over the joined lines: the same bytes as an update per file, without 50,000 calls into the hash.
  return createHash("sha256")
    .update(files.map((file, i) => `${file}\u0000${digests[i]}\n`).join(""))
    .digest("hex");
}

/** The digest a manifest recorded for the file at `at`, if the file's stat says it was not written since. */
function recordedDigest(previous: CorpusManifest | undefined, at: number | undefined, stat: FileStat | undefined): string | undefined {
  if (previous === undefined || at === undefined || stat === undefined) return undefined;
  return previous.stats[at] === stat.key && stat.ctimeMs < previous.recordedAt - RACY_MS ? previous.digests[at] : undefined;
}

/** The corpus's manifest now, re-reading only files whose recorded digest cannot be trusted. */
export function currentManifest(dir: string, files: readonly string[], previous: CorpusManifest | undefined, progress: ProgressReporter): CorpusManifest {
  const recordedAt = Date.now();
  const known = new Map(previous?.files.map((file, i) => [file, i]));
  const stats: string[] = [];
  const digests: string[] = [];
  progress.start("check", files.length);
  files.forEach((file, n) => {
    const full = path.join(dir, file);
    const stat = statOf(full);
    const trusted = recordedDigest(previous, known.get(file), stat);
    stats.push(stat?.key ?? "");
    if (trusted !== undefined) digests.push(trusted);
    else {
      const read = readFile(dir, full, stat);
      digests.push("bytes" in read ? digestOf(read.bytes) : `unreadable:${read.code}`);
    }
    progress.tick(n + 1);
  });
  progress.end();
  return { hash: corpusHash(files, digests), recordedAt, files: [...files], stats, digests };
}

/** "3 files changed, 1 added": for the log line that says why the index was rebuilt. */
export function describeChange(before: CorpusManifest, after: CorpusManifest): string {
  const old = new Map(before.files.map((file, i) => [file, before.digests[i]]));
  const now = new Set(after.files);
  const added = after.files.filter((file) => !old.has(file)).length;
  const removed = before.files.filter((file) => !now.has(file)).length;
  const changed = after.files.filter((file, i) => old.has(file) && old.get(file) !== after.digests[i]).length;
  const parts = [changed > 0 ? `${changed} changed` : "", added > 0 ? `${added} added` : "", removed > 0 ? `${removed} removed` : ""].filter(Boolean);
  return parts.length > 0 ? `corpus files ${parts.join(", ")}` : "corpus files renamed or reordered";
}

export interface Ingested {
  parts: ArchiveParts;
  /** The corpus file each of `parts.sources` came from, in the same order. */
  sourceFiles: string[];
  problems: CorpusProblem[];
  /** Undefined when the folder itself could not be read: there is nothing worth saving. */
  manifest?: CorpusManifest;
  /** Articles whose extraction was taken from the earlier index rather than redone. */
  reused: number;
}

/** One file's extraction as an earlier index holds it: its article's figures and quotes, or why it was skipped. */
type EarlierFile = { source: Source; figures: Figure[]; quotes: Quote[]; mentions: Mention[]; ratings: CouncilRating[] } | { problem: string };

/**
 * What an earlier index extracted, file by file: a file whose bytes are unchanged (and the code
 * that extracted it, which the index's code hash guarantees) gives the same figures and quotes, so
 * adding one article to 50,000 re-extracts one article, not 50,000.
 */
export class EarlierExtraction {
  private readonly byFile = new Map<string, EarlierFile>();
  private readonly positions: Map<string, number>;

  constructor(
    private readonly manifest: CorpusManifest,
    sourceFiles: readonly string[],
    parts: ArchiveParts,
    problems: readonly CorpusProblem[],
  ) {
    this.positions = new Map(manifest.files.map((file, i) => [file, i]));
    const bySource = new Map<Source, { source: Source; figures: Figure[]; quotes: Quote[]; mentions: Mention[]; ratings: CouncilRating[] }>();
    parts.sources.forEach((source, i) => {
      const file = sourceFiles[i];
      if (file === undefined) return;
      const entry = { source, figures: [], quotes: [], mentions: [], ratings: [] };
      bySource.set(source, entry);
      this.byFile.set(file, entry);
    });
    for (const figure of parts.figures) bySource.get(figure.source)?.figures.push(figure);
    for (const quote of parts.quotes) bySource.get(quote.source)?.quotes.push(quote);
    for (const mention of parts.mentions) bySource.get(mention.source)?.mentions.push(mention);
    for (const rating of parts.ratings) bySource.get(rating.source)?.ratings.push(rating);
    // An unreadable file is tried again; a file that did not parse fails the same way while its bytes stay the same.
    for (const problem of problems) if (!problem.reason.startsWith("cannot be read")) this.byFile.set(problem.file, { problem: problem.reason });
  }

  /** The file's earlier extraction, if the file now has the digest it had then. */
  reusable(file: string, digest: string): EarlierFile | undefined {
    const at = this.positions.get(file);
    return at !== undefined && this.manifest.digests[at] === digest ? this.byFile.get(file) : undefined;
  }

  /** The digest recorded for the file, when its stat says it was not written since (no need to read it). */
  trustedDigest(file: string, stat: FileStat | undefined): string | undefined {
    return recordedDigest(this.manifest, this.positions.get(file), stat);
  }
}

/**
 * Reads, parses and extracts every article, as loadCorpus and extractArchiveParts would, with
 * progress; a file unchanged since `earlier` was built keeps its earlier extraction.
 */
export async function ingestCorpus(dir: string, logger: Logger, progress: ProgressReporter, earlier?: EarlierExtraction): Promise<Ingested> {
  const recordedAt = Date.now();
  const parts: ArchiveParts = { sources: [], figures: [], quotes: [], mentions: [], ratings: [] };
  const sourceFiles: string[] = [];
  const listing = listCorpus(dir);
  if (!listing.ok) return { parts, sourceFiles, problems: [listing.problem], reused: 0 };
  const { files } = listing;
  const problems: CorpusProblem[] = [];
  const stats: string[] = [];
  const digests: string[] = [];
  const ids = new SourceIds();
  let reused = 0;
  const add = (file: string, source: Source, figures: readonly Figure[], quotes: readonly Quote[], mentions: readonly Mention[], ratings: readonly CouncilRating[]) => {
    sourceFiles.push(file);
    parts.sources.push(source);
    for (const figure of figures) parts.figures.push(figure);
    for (const quote of quotes) parts.quotes.push(quote);
    for (const mention of mentions) parts.mentions.push(mention);
    for (const rating of ratings) parts.ratings.push(rating);
  };
  /** Takes the earlier extraction if it can stand as is: same bytes, and the id the file gets now. */
  const reuse = (file: string, digest: string): boolean => {
    const before = earlier?.reusable(file, digest);
    if (!before) return false;
    if ("problem" in before) problems.push({ file, reason: before.problem });
    else {
      // Ids depend on the files before ("caseloads.md" beside "caseloads.txt"), and figures point at their source.
      if (ids.peek(file) !== before.source.id) return false;
      ids.claim(file);
      add(file, before.source, before.figures, before.quotes, before.mentions, before.ratings);
    }
    digests.push(digest);
    reused++;
    return true;
  };
  progress.start("extract", files.length);
  let lastYield = performance.now();
  for (const [n, file] of files.entries()) {
    const full = path.join(dir, file);
    // Stat before reading: a change after the stat then shows in the next start's stat.
    const stat = statOf(full);
    stats.push(stat?.key ?? "");
    const trusted = earlier?.trustedDigest(file, stat);
    if (trusted === undefined || !reuse(file, trusted)) {
      const read = readFile(dir, full, stat);
      if (!("bytes" in read)) {
        digests.push(`unreadable:${read.code}`);
        problems.push({ file, reason: `cannot be read (${read.code})` });
      } else {
        // Hashed once here when there is an earlier extraction to compare with; parsing hashes otherwise.
        const digest = earlier ? digestOf(read.bytes) : undefined;
        if (digest === undefined || !reuse(file, digest)) {
          const result = parseArticle(file, read.bytes);
          digests.push(result.ok ? result.value.hash : (digest ?? digestOf(read.bytes)));
          if (result.ok) {
            const article = withSourceId(result.value, ids.claim(file));
            const { figures, quotes, mentions, ratings } = extractArticle(article);
            add(file, article.source, figures, quotes, mentions, ratings);
          } else problems.push({ file, reason: result.reason });
        }
      }
    }
    progress.tick(n + 1);
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
  }
  progress.end();
  for (const problem of problems) logger.warn({ file: problem.file, reason: problem.reason }, "corpus file skipped");
  return { parts, sourceFiles, problems, reused, manifest: { hash: corpusHash(files, digests), recordedAt, files, stats, digests } };
}
