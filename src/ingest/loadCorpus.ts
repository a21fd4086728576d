// Reads a folder of articles. A file that cannot be read or parsed is named with its reason and
// skipped; it never stops the rest of the archive from being indexed.

import { createHash } from "node:crypto";
import { lstatSync, realpathSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Article, Logger } from "../types.ts";
import { readHtml, readMarkdown, readText, type ParsedArticle, type Result } from "./formats.ts";
import { STATISTICS_FOLDER } from "../statistics/folder.ts";

export interface CorpusProblem {
  file: string;
  reason: string;
}

export interface Corpus {
  articles: Article[];
  problems: CorpusProblem[];
}

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

/** A feature article is tens of kilobytes; anything this large is a dump or a mistake. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const LINK_OUTSIDE = "a symbolic link to a file outside the corpus folder";

/**
 * LINK_OUTSIDE when `full` is a symbolic link whose target is not inside `dir`: the corpus folder is
 * what the operator chose to publish from, and a link must not widen it (to ~/.ssh, say). A link
 * within the folder is read like any file; a broken link fails when read, with its own reason.
 */
export function linkOutside(dir: string, full: string): string | undefined {
  try {
    if (!lstatSync(full).isSymbolicLink()) return undefined;
    const relative = path.relative(realpathSync(dir), realpathSync(full));
    return relative.startsWith("..") || path.isAbsolute(relative) ? LINK_OUTSIDE : undefined;
  } catch {
    return undefined;
  }
}

const READERS: Record<string, (text: string) => Result<ParsedArticle>> = {
  ".txt": readText,
  ".md": readMarkdown,
  ".markdown": readMarkdown,
  ".html": readHtml,
  ".htm": readHtml,
};

export function isArticleFile(file: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const relative = path.join(prefix, entry.name);
    // The statistics folder holds releases (src/statistics), not articles.
    if (entry.isDirectory() && prefix === "" && entry.name === STATISTICS_FOLDER) continue;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else if (isArticleFile(entry.name)) files.push(relative);
  }
  return files;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Turns a file's bytes into an Article, or says why it cannot. `file` names it in messages and ids. */
export function parseArticle(file: string, bytes: Buffer): Result<Article> {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  if (bytes.includes(0)) return { ok: false, reason: "the file is binary, not text" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: "the file is not UTF-8 text" };
  }
  const reader = READERS[path.extname(file).toLowerCase()];
  if (!reader) return { ok: false, reason: `unsupported file type (use ${ARTICLE_EXTENSIONS.join(", ")})` };
  const parsed = reader(text);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: {
      source: { id: plainSourceId(file), ...parsed.value.source },
      file,
      blocks: parsed.value.blocks,
      hash: createHash("sha256").update(bytes).digest("hex"),
    },
  };
}

/** "reports/2016/ofsted.md" → "reports/2016/ofsted": the id a file gets unless another took it. */
function plainSourceId(file: string): string {
  const whole = file.split(path.sep).join("/");
  return whole.slice(0, whole.length - path.extname(whole).length);
}

/**
 * Source ids, unique across a corpus: "caseloads.md" and "caseloads.txt" would share the id
 * "caseloads", so the second keeps its path. Files must be offered in reading order.
 */
export class SourceIds {
  private readonly taken = new Set<string>();

  /** The id `file` would get, given the files already claimed. */
  peek(file: string): string {
    const whole = file.split(path.sep).join("/");
    let id = plainSourceId(file);
    if (this.taken.has(id)) id = whole;
    for (let n = 2; this.taken.has(id); n++) id = `${whole}~${n}`;
    return id;
  }

  /** The id `file` gets; no later file gets it. */
  claim(file: string): string {
    const id = this.peek(file);
    this.taken.add(id);
    return id;
  }
}

/** The article with the id the corpus gives it (see SourceIds). */
export function withSourceId(article: Article, id: string): Article {
  return article.source.id === id ? article : { ...article, source: { ...article.source, id } };
}

export async function loadCorpus(dir: string, logger: Logger): Promise<Corpus> {
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  let files: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return { articles, problems: [{ file: dir, reason: "not a folder" }] };
    files = await listFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { articles, problems: [{ file: dir, reason: code === "ENOENT" ? "the folder does not exist" : `cannot be read (${code ?? "error"})` }] };
  }
  const ids = new SourceIds();
  for (const file of files) {
    const outside = linkOutside(dir, path.join(dir, file));
    if (outside) {
      problems.push({ file, reason: `cannot be read (${outside})` });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(dir, file));
    } catch (error) {
      problems.push({ file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    const result = parseArticle(file, bytes);
    if (!result.ok) {
      problems.push({ file, reason: result.reason });
      continue;
    }
    articles.push(withSourceId(result.value, ids.claim(file)));
  }
  for (const problem of problems) logger.warn({ file: problem.file, reason: problem.reason }, "corpus file skipped");
  return { articles, problems };
}
