// Adds article files to the corpus folder. Each file is read and extracted first, so a file that
// would not load never enters the archive; exact duplicates (same bytes) are refused; nothing in the
// archive is overwritten, and each copy is written to a temporary name and renamed into place, so a
// failed or interrupted ingest leaves the archive as it was.

import { createHash } from "node:crypto";
import { link, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { extractArticle } from "../archive/buildArchive.ts";
import { isArticleFile, parseArticle } from "./loadCorpus.ts";

export type IngestOutcome =
  | { file: string; status: "added"; savedAs: string; title: string; date?: string; figures: number; quotes: number }
  | { file: string; status: "duplicate"; existing: string }
  | { file: string; status: "rejected"; reason: string };

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function filesUnder(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(full)));
    else if (isArticleFile(entry.name)) files.push(full);
  }
  return files;
}

/** Content hash → corpus-relative name, for every article already in the corpus. */
async function corpusHashes(corpusDir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  let files: string[] = [];
  try {
    files = await filesUnder(corpusDir);
  } catch {
    return hashes;
  }
  for (const file of files) hashes.set(sha256(await readFile(file)), path.relative(corpusDir, file));
  return hashes;
}

/**
 * Writes `bytes` under a name not yet taken in `dir` ("article.md", then "article-2.md", ...).
 * `link` fails if the name exists, so two ingests racing for one name cannot overwrite each other.
 */
async function saveUnderFreeName(dir: string, name: string, bytes: Buffer): Promise<string> {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  const temporary = path.join(dir, `.${stem}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(temporary, bytes, { flag: "wx" });
  try {
    const taken = new Set((await readdir(dir)).map((file) => file.slice(0, file.length - path.extname(file).length).toLowerCase()));
    for (let attempt = 1; attempt < 1000; attempt++) {
      const candidateStem = attempt === 1 ? stem : `${stem}-${attempt}`;
      // An article's id is its name without extension: "caseloads.txt" beside "caseloads.md" would share one.
      if (taken.has(candidateStem.toLowerCase())) continue;
      const candidate = `${candidateStem}${extension}`;
      try {
        await link(temporary, path.join(dir, candidate));
        return candidate;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    throw new Error(`no free file name for ${name}`);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Ingests `targets` (files or folders) into `corpusDir`; one outcome per article file found. */
export async function addArticles(targets: readonly string[], corpusDir: string): Promise<IngestOutcome[]> {
  await mkdir(corpusDir, { recursive: true });
  const known = await corpusHashes(corpusDir);
  const outcomes: IngestOutcome[] = [];
  for (const target of targets) {
    let files: string[];
    try {
      files = await filesUnder(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      outcomes.push({ file: target, status: "rejected", reason: code === "ENOENT" ? "no such file or folder" : `cannot be read (${code ?? "error"})` });
      continue;
    }
    for (const file of files) outcomes.push(await addOne(file, corpusDir, known));
  }
  return outcomes;
}

async function addOne(file: string, corpusDir: string, known: Map<string, string>): Promise<IngestOutcome> {
  if (!isArticleFile(file)) return { file, status: "rejected", reason: "unsupported file type (use .md, .txt or .html)" };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, status: "rejected", reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  const hash = sha256(bytes);
  const existing = known.get(hash);
  if (existing) return { file, status: "duplicate", existing };
  const parsed = parseArticle(path.basename(file), bytes);
  if (!parsed.ok) return { file, status: "rejected", reason: parsed.reason };
  const { figures, quotes } = extractArticle(parsed.value);
  const savedAs = await saveUnderFreeName(corpusDir, path.basename(file), bytes);
  known.set(hash, savedAs);
  const { title, date } = parsed.value.source;
  return { file, status: "added", savedAs, title, ...(date ? { date } : {}), figures: figures.length, quotes: quotes.length };
}
