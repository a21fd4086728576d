// One reader per file format. Each returns a Result instead of throwing so that the loader can
// name the file and its problem and go on with the rest of the archive.

import { parse as parseHtmlDocument, type HTMLElement } from "node-html-parser";
import type { Block, Source } from "../types.ts";
import { looksLikeHeading, squash, textToBlocks } from "./blocks.ts";
import { isChrome, stripChrome } from "./chrome.ts";
import { parseDateLine, parseDateValue } from "./dates.ts";
import { frontMatterFields } from "./frontMatter.ts";

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What a reader found: the source fields it could read (unknown ones absent) and the body. */
export interface ParsedArticle {
  source: Omit<Source, "id">;
  blocks: Block[];
}

const AUTHOR_LINE = /^(?:by\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u;

function isDateLine(block: Block | undefined): boolean {
  return parseDateLine(block?.text ?? "") !== undefined;
}

/**
 * Reads the head of a raw article: the title is the first line that is not chrome or a date, a
 * whole-line date is the date, and a bare two-or-three-word name beside the date is the byline.
 */
function readHead(blocks: Block[]): { title?: string; date?: string; author?: string; body: Block[] } {
  const body: Block[] = [];
  let title: string | undefined;
  let date: string | undefined;
  let author: string | undefined;
  blocks.forEach((block, index) => {
    const inHead = index < 6;
    const lineDate = inHead && !date ? parseDateLine(block.text) : undefined;
    if (lineDate) {
      date = lineDate;
      return;
    }
    if (inHead && !title && !isChrome(block)) {
      title = block.text.replace(/^press release:\s*/i, "");
      return;
    }
    if (inHead && !author && (isDateLine(blocks[index + 1]) || isDateLine(blocks[index - 1])) && AUTHOR_LINE.test(block.text)) {
      author = block.text.replace(/^by\s+/i, "");
      return;
    }
    body.push(block);
  });
  return { title, date, author, body };
}

export function readText(text: string): Result<ParsedArticle> {
  const { title, date, author, body } = readHead(stripChrome(textToBlocks(text)));
  if (!title) return { ok: false, reason: "no title line found" };
  return finish({ title, date, author }, body);
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function optionalString(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function readMarkdown(text: string): Result<ParsedArticle> {
  const match = FRONT_MATTER.exec(text);
  if (!match) return readText(stripMarkdown(text));
  const meta = frontMatterFields(match[1] ?? "");
  if (!meta.ok) return meta;
  const fields = meta.value;
  const rawDate = fields["date"];
  const date = parseDateValue(rawDate);
  if (optionalString(rawDate) && !date) return { ok: false, reason: `front matter date "${String(rawDate)}" is not a date` };
  const markdownBody = text.slice(match[0].length);
  const head = readHead(stripChrome(withQuotedParagraphs(textToBlocks(stripMarkdown(markdownBody)), markdownBody)));
  const title = optionalString(fields["title"]) ?? head.title;
  if (!title) return { ok: false, reason: "no title in front matter or text" };
  // The body's own title and date lines repeat the front matter; drop them, keep the rest.
  const body = optionalString(fields["title"]) && head.title && head.title !== title ? [{ kind: "paragraph" as const, text: head.title }, ...head.body] : head.body;
  return finish(
    {
      title,
      date: date ?? head.date,
      author: optionalString(fields["author"]) ?? head.author,
      publisher: optionalString(fields["publisher"]),
      url: optionalString(fields["url"]),
    },
    body.filter((block) => block.text !== title),
  );
}

/** Marks the paragraphs written as Markdown block quotes ("> " on every line): the quotes' readers stop a speaker's run where they end. */
function withQuotedParagraphs(blocks: Block[], markdown: string): Block[] {
  if (!/^>/m.test(markdown)) return blocks;
  const quoted = new Set(
    markdown
      .split(/\r?\n\s*\r?\n/)
      .filter((paragraph) => paragraph.trim() !== "" && paragraph.split(/\r?\n/).every((line) => line.trim() === "" || line.trimStart().startsWith(">")))
      .map((paragraph) => squash(stripMarkdown(paragraph.replace(/^\s+/gm, "")))),
  );
  return blocks.map((block) => (block.kind === "paragraph" && quoted.has(block.text) ? { ...block, quoted: true } : block));
}

/** Markdown syntax that would otherwise show up in sentences: headings marks, emphasis, links. */
function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/^>\s?/gm, "");
}

const HTML_DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure figcaption, button, template";

function meta(root: HTMLElement, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = root.querySelector(`meta[property="${name}"]`) ?? root.querySelector(`meta[name="${name}"]`);
    const content = optionalString(element?.getAttribute("content"));
    if (content) return content;
  }
  return undefined;
}

/** `element.closest("td, th")` without compiling a selector for every paragraph of every page (ingest speed). */
function insideTableCell(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element.parentNode; node; node = node.parentNode) {
    const tag = node.rawTagName?.toLowerCase();
    if (tag === "td" || tag === "th") return true;
  }
  return false;
}

/**
 * A table row as a Markdown-style row ("| London | 24.1% |") under its table's first row, which is
 * the header and yields no block of its own; the cells' words are the page's.
 */
function tableRow(row: HTMLElement, headers: Map<HTMLElement, string[]>): Block | undefined {
  const table = row.closest("table");
  const cells = row.querySelectorAll("th, td").map((cell) => squash(cell.text));
  if (!table || cells.every((cell) => cell === "")) return undefined;
  const header = headers.get(table);
  if (!header) {
    headers.set(table, cells);
    return undefined;
  }
  return { kind: "table-row", text: `| ${cells.join(" | ")} |`, header };
}

export function readHtml(text: string): Result<ParsedArticle> {
  const root = parseHtmlDocument(text, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const main = root.querySelector("article") ?? root.querySelector("main") ?? root.querySelector("[role=main]") ?? root.querySelector("body") ?? root;
  for (const element of main.querySelectorAll(HTML_DROP)) element.remove();
  const heading = squash(main.querySelector("h1")?.text ?? "");
  const blocks: Block[] = [];
  const headers = new Map<HTMLElement, string[]>();
  for (const element of main.querySelectorAll("h1, h2, h3, h4, h5, h6, p, li, blockquote > p, tr")) {
    const tag = element.tagName.toLowerCase();
    if (tag === "tr") {
      const row = tableRow(element, headers);
      if (row) blocks.push(row);
      continue;
    }
    // A paragraph inside a table cell is read with its row.
    if (insideTableCell(element)) continue;
    const blockText = squash(element.text);
    if (blockText === "" || blockText === heading) continue;
    const kind: Block["kind"] = tag === "li" ? "list-item" : /^h\d$/.test(tag) || looksLikeHeading(blockText) ? "heading" : "paragraph";
    blocks.push(kind === "paragraph" && element.parentNode?.rawTagName?.toLowerCase() === "blockquote" ? { kind, text: blockText, quoted: true } : { kind, text: blockText });
  }
  const title = heading || optionalString(meta(root, "og:title")) || squash(root.querySelector("title")?.text ?? "");
  if (!title) return { ok: false, reason: "no <h1>, og:title or <title>" };
  const timeElement = main.querySelector("time[datetime]") ?? root.querySelector("time[datetime]");
  const date = parseDateValue(meta(root, "article:published_time", "date", "dc.date")) ?? parseDateValue(timeElement?.getAttribute("datetime"));
  const canonical = optionalString(root.querySelector('link[rel="canonical"]')?.getAttribute("href"));
  return finish(
    {
      title,
      date,
      author: meta(root, "author", "article:author"),
      publisher: meta(root, "og:site_name", "publisher"),
      url: canonical ?? meta(root, "og:url"),
    },
    stripChrome(blocks),
  );
}

function finish(source: ParsedArticle["source"], blocks: Block[]): Result<ParsedArticle> {
  if (!blocks.some((block) => block.kind !== "heading")) return { ok: false, reason: "no article text after removing site chrome" };
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== "")) as ParsedArticle["source"];
  return { ok: true, value: { source: cleaned, blocks } };
}
