// Whole synthetic articles as files: Markdown with front matter, raw text with a dateline, or an HTML
// page, each wrapped in the site chrome the ingest must drop, about 30 sentences of body.

import { Random, seedFor } from "./prng.ts";
import type { Target } from "./planted.ts";
import { noiseSentence, quoteBlocks, quoteText, randomSpeaker, type Context } from "./sentences.ts";
import { CHROME_END, CHROME_INLINE, CHROME_TOP, COUNCILS, HEADLINE_PATTERNS, JUDGEMENTS, PUBLISHERS, TOPICS } from "./vocabulary.ts";

export interface SyntheticFile {
  /** Relative path in the corpus folder; the extension says the format. */
  file: string;
  text: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Head {
  title: string;
  publisher: string;
  date: { year: number; month: number; day: number };
  author: string;
  url: string;
}

function headline(random: Random, council: string): string {
  const pattern = random.pick(HEADLINE_PATTERNS);
  return pattern.replace("{council}", council).replace("{judgement}", random.pick(JUDGEMENTS)).replace("{topic}", random.pick(TOPICS));
}

/** Paragraphs of the article body, planted sentence or quote included where `planted` says. */
function body(context: Context, planted: readonly Target[]): string[] {
  const { random } = context;
  const paragraphs: string[] = [];
  const sentences = random.int(26, 34);
  const quoteAt = new Set([random.int(4, 12), random.int(14, 24)]);
  let written = 0;
  let paragraph: string[] = [];
  const plantedAt = new Map<number, Target>();
  for (const target of planted) {
    let at = random.int(1, sentences - 2);
    while (plantedAt.has(at) || quoteAt.has(at)) at = (at + 1) % sentences;
    plantedAt.set(at, target);
  }
  while (written < sentences) {
    const target = plantedAt.get(written);
    if (target?.kind === "figure") paragraph.push(target.sentence);
    else if (quoteAt.has(written) || target?.kind === "quote") {
      if (paragraph.length > 0) paragraphs.push(paragraph.join(" "));
      paragraph = [];
      const speaker = target?.kind === "quote" ? { name: target.speaker, role: target.role } : randomSpeaker(context);
      paragraphs.push(...quoteBlocks(random, speaker, target?.kind === "quote" ? target.text : quoteText(random)));
    } else paragraph.push(noiseSentence(context));
    written++;
    if (paragraph.length >= random.int(2, 4)) {
      paragraphs.push(paragraph.join(" "));
      paragraph = [];
    }
    if (random.chance(0.04)) paragraphs.push(random.pick(CHROME_INLINE));
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(" "));
  return paragraphs;
}

function isoDate({ year, month, day }: Head["date"]): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function markdown(head: Head, paragraphs: string[], chrome: { top: string; end: string[] }): string {
  const front = [`title: "${head.title}"`, `publisher: "${head.publisher}"`, `date: "${isoDate(head.date)}"`, `author: "${head.author}"`, `url: "${head.url}"`];
  return `---\n${front.join("\n")}\n---\n${chrome.top}\n\n${paragraphs.join("\n\n")}\n\n${chrome.end.join("\n\n")}\n`;
}

function plainText(head: Head, paragraphs: string[], chrome: { top: string; end: string[] }): string {
  const dateline = `${head.date.day} ${MONTHS[head.date.month - 1]} ${head.date.year}`;
  return [chrome.top, dateline, head.title, ...paragraphs, ...chrome.end].join("\n\n") + "\n";
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function html(head: Head, paragraphs: string[], chrome: { top: string; end: string[] }): string {
  return [
    "<!doctype html>",
    `<html lang="en"><head><title>${escapeHtml(head.title)} | ${escapeHtml(head.publisher)}</title>`,
    `<meta property="og:site_name" content="${escapeHtml(head.publisher)}"><meta name="author" content="${escapeHtml(head.author)}">`,
    `<meta property="article:published_time" content="${isoDate(head.date)}T08:00:00Z"><link rel="canonical" href="${head.url}"></head>`,
    `<body><div class="cookie-banner"><p>${escapeHtml(chrome.top)}</p></div><nav><ul><li>Home</li><li>Jobs</li></ul></nav>`,
    `<article><h1>${escapeHtml(head.title)}</h1><time datetime="${isoDate(head.date)}">${head.date.day} ${MONTHS[head.date.month - 1]} ${head.date.year}</time>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<aside>${chrome.end.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</aside></article>`,
    `<footer><p>Contact us on 020 7946 0000</p></footer></body></html>`,
  ].join("\n");
}

/** Article `index` of a run: the same text for the same seed and index whatever the archive's size. */
export function generateArticle(seed: number, index: number, planted: readonly Target[], reserved: ReadonlySet<string>): SyntheticFile {
  const random = new Random(seedFor(seed, index));
  const council = random.pick(COUNCILS);
  const year = random.int(2009, 2023);
  const context: Context = { random, year, council, reserved };
  const head: Head = {
    title: headline(random, council),
    publisher: random.pick(PUBLISHERS),
    date: { year, month: random.int(1, 12), day: random.int(1, 28) },
    author: `${random.pick(["Sam", "Jo", "Alex", "Chris"])} ${random.pick(["Reporter", "Writer", "Hughes", "Patel"])}`,
    url: `https://news.example.org/${year}/${index}`,
  };
  const paragraphs = body(context, planted);
  const chrome = { top: random.pick(CHROME_TOP), end: random.pick(CHROME_END) };
  const id = `${String(index).padStart(6, "0")}-${council.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  const format = random.float();
  if (format < 0.6) return { file: `${id}.md`, text: markdown(head, paragraphs, chrome) };
  if (format < 0.9) return { file: `${id}.txt`, text: plainText(head, paragraphs, chrome) };
  return { file: `${id}.html`, text: html(head, paragraphs, chrome) };
}
