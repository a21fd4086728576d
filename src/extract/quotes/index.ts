// Direct quotes with speaker and role, from one article's blocks in reading order.
//
// Conventions handled: `“…,” said X` / `“…,” she says` / `X said: “…”`, quotes running on over
// paragraphs (a paragraph opening with a mark and not closing continues in the next one that
// opens with a mark), and press-release intros (`… Debbie Jones, said:`) followed by single-
// quoted or unmarked paragraphs. Mid-sentence fragments (“recognised and nurtured”) are never
// quotes. Every quote's text is a verbatim slice of one block.

import type { Block, QuoteMention } from "../../types.ts";
import { parseAfterQuote, parseBeforeQuote, type Attributed } from "./attribution.ts";
import { scanIntros } from "./intros.ts";
import { MASK, MIN_QUOTE_WORDS, countWords } from "./patterns.ts";
import { UNKNOWN, resolveRef, type Attribution } from "./resolve.ts";
import { runKind, singleQuotedRun, unmarkedRun } from "./runs.ts";
import { PeopleMemory } from "./speakers.ts";
import { findDoubleSpans, innerRange, maskSpans, type Span } from "./spans.ts";

export { PeopleMemory } from "./speakers.ts";
export type { Attribution } from "./resolve.ts";

/** A bare attribution block after a quote that was split from it (`“…,”` ⏎ `he says.`). */
const MAX_DETACHED_ATTRIBUTION_WORDS = 12;

/**
 * Reads articles one at a time. Each `extract` call starts a fresh memory of who the article
 * introduced (full name, role, gender when the text shows it); `people` is the last article's.
 */
export class QuoteAttributor {
  people = new PeopleMemory();
  private quotes: QuoteMention[] = [];
  /** Speaker of a quote the previous paragraph ended in, which a paragraph opening with a mark continues. */
  private carried: Attribution | undefined;
  private lastHeading = -1;

  extract(blocks: readonly Block[]): QuoteMention[] {
    this.people = new PeopleMemory();
    this.quotes = [];
    this.carried = undefined;
    this.lastHeading = -1;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      if (!block || typeof block.text !== "string") {
        this.carried = undefined;
        continue;
      }
      if (block.kind === "heading") {
        this.lastHeading = b;
        this.carried = undefined;
        continue;
      }
      b = this.readBlock(blocks, b);
    }
    return this.quotes;
  }

  /** Reads block `b` (and any blocks it hands over to); returns the last block consumed. */
  private readBlock(blocks: readonly Block[], b: number): number {
    const text = (blocks[b] as Block).text;
    const spans = findDoubleSpans(text);
    const masked = maskSpans(text, spans);
    scanIntros(masked, b, this.people);
    this.people.scanMentions(masked, b);
    if (spans.length === 0) {
      this.carried = undefined;
      return this.readHandOver(blocks, b, masked);
    }
    return this.readSpans(blocks, b, text, masked, spans);
  }

  /** A paragraph ending "… said:" with no quote of its own: the words are in what follows. */
  private readHandOver(blocks: readonly Block[], b: number, masked: string): number {
    const intro = introOnly(masked);
    if (!intro) return b;
    const who = resolveRef(intro.ref, b, this.people, this.lastHeading);
    switch (runKind(blocks[b + 1])) {
      case "single":
        return singleQuotedRun(blocks, b + 1, who, isIntroText, this.quotes);
      case "double":
        this.carried = who;
        return b;
      case "unmarked":
        return unmarkedRun(blocks, b + 1, who, isIntroText, this.people, this.quotes);
      default:
        return b;
    }
  }

  private readSpans(blocks: readonly Block[], b: number, text: string, masked: string, spans: Span[]): number {
    let consumed = b;
    // The attribution of the previous quote in this paragraph, and where it ended.
    let previous: { who: Attribution; end: number } | undefined;
    const carried = this.carried;
    this.carried = undefined;
    // Index tests instead of slice().trim(): many quotes in one long paragraph must stay linear.
    const firstText = masked.search(/\S/);
    let lastText = masked.length - 1;
    while (lastText >= 0 && /\s/.test(masked[lastText] ?? "")) lastText--;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i] as Span;
      const lead = leadKind(masked, span.open);
      if (lead === "mid") {
        previous = undefined;
        continue;
      }
      const before = lead === "intro" ? parseBeforeQuote(masked, span.open) : undefined;
      const endsSentence = span.close >= 0 && text.slice(span.open + 1, span.close).trimEnd().endsWith(".");
      const after = !before && span.close >= 0 ? parseAfterQuote(masked, span.end, endsSentence) : undefined;
      const isLast = i === spans.length - 1;
      let who: Attribution | undefined;
      let attributionEnd = span.end;
      if (before) {
        who = resolveRef(before.ref, b, this.people, this.lastHeading);
      } else if (after) {
        who = resolveRef(after.ref, b, this.people, this.lastHeading);
        attributionEnd = after.end;
      } else if (isLast && span.close >= 0 && span.end > lastText) {
        who = this.detachedAttribution(blocks, b + 1, text, span);
        if (who) {
          consumed = b + 1;
          attributionEnd = text.length;
        }
      }
      if (!who && previous && masked.slice(previous.end, span.open).trim() === "") who = previous.who;
      if (!who && i === 0 && span.open === firstText) who = carried ?? standalone(text, span, isLast);
      if (!who) {
        previous = undefined;
        continue;
      }
      const { start, end } = innerRange(text, span);
      if (countWords(text.slice(start, end)) >= MIN_QUOTE_WORDS) {
        const q: QuoteMention = { text: text.slice(start, end), speaker: who.speaker };
        if (who.role) q.role = who.role;
        this.quotes.push(q);
      }
      previous = { who, end: attributionEnd };
      if (isLast && attributionEnd > lastText) this.carried = who;
    }
    return consumed;
  }

  /**
   * `“There is a worry …,”` then `he says.` as its own block (a line break the site turned into
   * a paragraph). Only a short block that is nothing but the attribution counts.
   */
  private detachedAttribution(blocks: readonly Block[], n: number, text: string, span: Span): Attribution | undefined {
    const next = blocks[n];
    if (!next || next.kind === "heading" || typeof next.text !== "string") return undefined;
    if (!text.slice(span.open + 1, span.close).trimEnd().endsWith(",")) return undefined;
    const t = next.text;
    if (countWords(t) > MAX_DETACHED_ATTRIBUTION_WORDS || findDoubleSpans(t).length > 0) return undefined;
    const attributed = parseAfterQuote(t, 0);
    if (!attributed || t.slice(attributed.end).trim() !== "") return undefined;
    this.people.scanMentions(t, n);
    return resolveRef(attributed.ref, n, this.people, this.lastHeading);
  }
}

/**
 * A quote filling a whole paragraph with no attribution anywhere: kept, with speaker null, only
 * when it reads as speech (a full sentence of at least MIN_QUOTE_WORDS words), not a pull-quote tag.
 */
function standalone(text: string, span: Span, isLast: boolean): Attribution | undefined {
  if (!isLast || text.slice(span.end).trim() !== "") return undefined;
  const { start, end } = innerRange(text, span);
  const inner = text.slice(start, end);
  return /[.!?]$/.test(inner) ? UNKNOWN : undefined;
}

type Lead = "start" | "intro" | "mid";

/**
 * What stands before a quote's opener: nothing or a sentence end ("start"), `said:` / `said,`
 * ("intro"), or running prose, which makes it a fragment or scare quote ("mid").
 */
function leadKind(masked: string, open: number): Lead {
  let k = open;
  while (k > 0 && /\s/.test(masked[k - 1] ?? "")) k--;
  if (k === 0) return "start";
  const c = masked[k - 1] ?? "";
  if (c === "." || c === "!" || c === "?" || c === MASK || masked.slice(k, open).includes("\n")) return "start";
  if ((c === ":" || c === ",") && parseBeforeQuote(masked, open)) return "intro";
  return "mid";
}

function introOnly(masked: string): Attributed | undefined {
  const t = masked.trimEnd();
  return t.endsWith(":") ? parseBeforeQuote(t, t.length) : undefined;
}

function isIntroText(text: string): boolean {
  return introOnly(maskSpans(text, findDoubleSpans(text))) !== undefined;
}

/** All direct quotes in one article's main text, in order. Never throws. */
export function extractQuotes(blocks: Block[]): QuoteMention[] {
  try {
    return new QuoteAttributor().extract(Array.isArray(blocks) ? blocks : []);
  } catch {
    // Defensive: extraction is best-effort and must never take down ingestion.
    return [];
  }
}
