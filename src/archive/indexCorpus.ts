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
import { isArticleFile, parseArticle, type CorpusProblem } from "../ingest/loadCorpus.ts";
import type { Logger } from "../types.ts";
import { extractArticle, type ArchiveParts } from "./buildArchive.ts";
import type { ProgressReporter } from "./indexProgress.ts";

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
    if (entry.isDirectory()) files.push(...listFiles(dir, relative));
    else if (isArticleFile(entry.name)) files.push(relative);
  }
  return files;
}

function statOf(full: string): { key: string; ctimeMs: number } | undefined {
  try {
    const stats: BigIntStats = statSync(full, { bigint: true });
    return { key: `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`, ctimeMs: Number(stats.ctimeNs / 1_000_000n) };
  } catch {
    return undefined;
  }
}

function digestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function readFile(full: string): { bytes: Buffer } | { code: string } {
  try {
    return { bytes: readFileSync(full) };
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code ?? "error" };
  }
}

function corpusHash(files: readonly string[], digests: readonly string[]): string {
  const hash = createHash("sha256");
  files.forEach((file, i) => hash.update(`${file}\u0000${digests[i]}\n`));
  return hash.digest("hex");
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
    const at = known.get(file);
    const trusted = previous !== undefined && at !== undefined && stat !== undefined && previous.stats[at] === stat.key && stat.ctimeMs < previous.recordedAt - RACY_MS;
    stats.push(stat?.key ?? "");
    if (trusted) digests.push(previous.digests[at]!);
    else {
      const read = readFile(full);
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
  problems: CorpusProblem[];
  /** Undefined when the folder itself could not be read: there is nothing worth saving. */
  manifest?: CorpusManifest;
}

/** Reads, parses and extracts every article, as loadCorpus and extractArchiveParts would, with progress. */
export async function ingestCorpus(dir: string, logger: Logger, progress: ProgressReporter): Promise<Ingested> {
  const recordedAt = Date.now();
  const parts: ArchiveParts = { sources: [], figures: [], quotes: [] };
  const listing = listCorpus(dir);
  if (!listing.ok) return { parts, problems: [listing.problem] };
  const { files } = listing;
  const problems: CorpusProblem[] = [];
  const stats: string[] = [];
  const digests: string[] = [];
  progress.start("extract", files.length);
  let lastYield = performance.now();
  for (const [n, file] of files.entries()) {
    const full = path.join(dir, file);
    // Stat before reading: a change after the stat then shows in the next start's stat.
    stats.push(statOf(full)?.key ?? "");
    const read = readFile(full);
    if (!("bytes" in read)) {
      digests.push(`unreadable:${read.code}`);
      problems.push({ file, reason: `cannot be read (${read.code})` });
    } else {
      const result = parseArticle(file, read.bytes);
      digests.push(result.ok ? result.value.hash : digestOf(read.bytes));
      if (result.ok) {
        const { figures, quotes } = extractArticle(result.value);
        parts.sources.push(result.value.source);
        for (const figure of figures) parts.figures.push(figure);
        for (const quote of quotes) parts.quotes.push(quote);
      } else problems.push({ file, reason: result.reason });
    }
    progress.tick(n + 1);
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
  }
  progress.end();
  for (const problem of problems) logger.warn({ file: problem.file, reason: problem.reason }, "corpus file skipped");
  return { parts, problems, manifest: { hash: corpusHash(files, digests), recordedAt, files, stats, digests } };
}
