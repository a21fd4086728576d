// Direct quotes with speaker and role, from one article's blocks in reading order.
//
// Conventions handled: `“…,” said X` / `‘…,’ she says` / `X said: “…”` / `according to X, “…”`,
// curly or straight, double or single marks (single ones told from apostrophes), quotes running on
// over paragraphs (a paragraph opening with a mark and not closing continues in the next one that
// opens with a mark), press-release intros (`… Debbie Jones, said:`) followed by single-quoted or
// unmarked paragraphs, partial quotes close after a person's speech verb (`she said the figures
// were ‘deeply worrying’`), and speech pages (speech.ts). Scare quotes and borrowed phrases are never
// quotes. Every quote's text, and its lead-in, is a verbatim slice of one block.

import type { Block, QuoteMention, Source } from "../../types.ts";
import { parseAfterQuote, parseBeforeQuote, type Attributed } from "./attribution.ts";
import { BodiesMemory } from "./bodies.ts";
import { interviewQuotes } from "./interview.ts";
import { scanIntros } from "./intros.ts";
import { isSpeechFragment, partialSubject, reportedSpeaker } from "./partial.ts";
import type { SpeakerRef } from "./attribution.ts";
import { DOUBLE_OPENERS, MASK, MIN_QUOTE_WORDS, ORGANISATION_RE, SINGLE_OPENERS, countWords } from "./patterns.ts";
import { UNKNOWN, resolveRef, type ArticleMemory, type Attribution } from "./resolve.ts";
import { mentionOf, runKind, singleQuotedRun, unmarkedRun } from "./runs.ts";
import { parseName } from "./names.ts";
import { PeopleMemory } from "./speakers.ts";
import { findQuoteSpans, innerRange, maskSpans, sentenceRanges, sentenceStart, type Span } from "./spans.ts";
import { isSpeechPage, speechQuotes } from "./speech.ts";

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
  private bodies = new BodiesMemory();
  private quotes: QuoteMention[] = [];
  /** Speaker of a quote the previous paragraph ended in, which a paragraph opening with a mark continues. */
  private carried: Attribution | undefined;
  /** The quote the previous paragraph left open: cut off unless the next paragraph opens with a mark. */
  private open: QuoteMention | undefined;
  /**
   * The last paragraph read so far in this section with prose in it, whose last prose sentence is
   * the lead-in of a quote that opens a paragraph; found only when such a quote asks for it.
   */
  private lastProse: { text: string; masked: string; block: number; quoted: boolean } | undefined;
  private lastHeading = -1;

  extract(blocks: readonly Block[]): QuoteMention[] {
    this.people = new PeopleMemory();
    this.bodies = new BodiesMemory();
    this.quotes = [];
    this.carried = undefined;
    this.open = undefined;
    this.lastProse = undefined;
    this.lastHeading = -1;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      if (!block || typeof block.text !== "string") {
        this.carried = undefined;
        continue;
      }
      this.closeOpenQuote(block);
      if (block.kind === "heading") {
        this.lastHeading = b;
        this.carried = undefined;
        this.lastProse = undefined;
        continue;
      }
      b = this.readBlock(blocks, b);
    }
    // The page ends inside a quote: keep it, marked, rather than guess where it would have closed.
    const stillOpen = this.open as QuoteMention | undefined;
    if (stillOpen) stillOpen.cutOff = true;
    return this.quotes;
  }

  /** A quote left open runs on only into a paragraph that opens with a mark; otherwise its end is lost. */
  private closeOpenQuote(block: Block): void {
    if (!this.open) return;
    const first = block.text.trimStart()[0] ?? "";
    if (block.kind === "heading" || !(DOUBLE_OPENERS.has(first) || SINGLE_OPENERS.has(first))) this.open.cutOff = true;
    this.open = undefined;
  }

  private get memory(): ArticleMemory {
    return { people: this.people, bodies: this.bodies };
  }

  /** Reads block `b` (and any blocks it hands over to); returns the last block consumed. */
  private readBlock(blocks: readonly Block[], b: number): number {
    const text = (blocks[b] as Block).text;
    const spans = findQuoteSpans(text);
    const masked = maskSpans(text, spans);
    scanIntros(masked, b, this.people);
    this.people.scanMentions(masked, b, this.lastHeading);
    this.bodies.scan(masked);
    const proseBefore = this.lastProse;
    // A paragraph with quotes always takes over: when it has no prose sentence, nothing earlier
    // introduces the next quote either. A short line without quotes ("he says.") leaves the thread.
    if (spans.length > 0 || countWords(text) >= MIN_LEAD_IN_WORDS) this.lastProse = { text, masked, block: b, quoted: spans.length > 0 };
    if (spans.length === 0) {
      this.carried = undefined;
      return this.readHandOver(blocks, b, text, masked);
    }
    return this.readSpans(blocks, b, text, masked, spans, proseBefore);
  }

  /** A paragraph ending "… said:" with no quote of its own: the words are in what follows. */
  private readHandOver(blocks: readonly Block[], b: number, text: string, masked: string): number {
    const intro = introOnly(masked);
    if (!intro) return b;
    const who: Attribution = { ...resolveRef(intro.ref, b, this.memory, this.lastHeading), leadIn: text.trim() };
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

  private readSpans(blocks: readonly Block[], b: number, text: string, masked: string, spans: Span[], prose: { text: string; masked: string; block: number; quoted: boolean } | undefined): number {
    let consumed = b;
    // The attribution of the previous quote in this paragraph, and where it ended.
    let previous: { who: Attribution; end: number } | undefined;
    const carried = this.carried;
    this.carried = undefined;
    // Index tests instead of slice().trim(): many quotes in one long paragraph must stay linear.
    const firstText = masked.search(/\S/);
    let lastText = masked.length - 1;
    while (lastText >= 0 && /\s/.test(masked[lastText] ?? "")) lastText--;
    let proseFrom = 0;
    // The earlier paragraph's last prose sentence, found once however many quotes ask for it.
    let earlierLead: string | undefined | null = null;
    const earlier = (): string | undefined => (earlierLead === null ? (earlierLead = prose && lastProseSentence(prose.text, prose.masked)) : earlierLead);
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i] as Span;
      const lead = leadKind(masked, span.open);
      if (lead === "mid") {
        this.partialQuote(text, masked, span, b);
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
        who = { ...resolveRef(before.ref, b, this.memory, this.lastHeading), leadIn: text.slice(sentenceStart(masked, span.open), span.open).trim() };
      } else if (after) {
        who = resolveRef(after.ref, b, this.memory, this.lastHeading);
        attributionEnd = after.end;
      } else if (isLast && span.close >= 0 && span.end > lastText) {
        who = this.detachedAttribution(blocks, b + 1, text, span);
        if (who) {
          consumed = b + 1;
          attributionEnd = text.length;
        }
      }
      if (!who && previous && masked.slice(previous.end, span.open).trim() === "") who = previous.who;
      if (!who && i === 0 && span.open === firstText) who = carried;
      // Only a quote with nobody behind it must read as a full sentence of speech.
      const attributed = who !== undefined;
      // "Lord Marsh disclosed the figures. “We know some of them go missing.”": a quote closing the
      // paragraph after the speaker's reported speech in it is theirs, as across paragraphs below.
      if (!who && lead === "start" && i === 0 && span.open > firstText && isLast && span.close >= 0 && span.end > lastText && standalone(text, span, isLast)) {
        const reporter = reportedSpeaker(masked.slice(proseFrom, span.open));
        if (reporter) who = this.speakerOfReport(reporter, b);
      }
      if (!who && i === 0 && span.open === firstText) {
        who = standalone(text, span, isLast);
        // "Anna Green … said the findings were worrying." ⏎ "“This is a wake-up call …”": a quote
        // paragraph right after one person's reported speech is theirs, as news convention has it.
        const reporter = who === UNKNOWN && prose && !prose.quoted && prose.block === b - 1 ? reportedSpeaker(prose.masked) : undefined;
        if (reporter) who = this.speakerOfReport(reporter, b - 1) ?? who;
      }
      if (!who) {
        previous = undefined;
        continue;
      }
      if (who.leadIn === undefined) {
        const leadIn = proseLeadIn(text, masked, proseFrom, span.open) ?? earlier();
        if (leadIn) who = { ...who, leadIn };
      }
      const { start, end } = innerRange(text, span);
      const inner = text.slice(start, end);
      if (attributed ? isAttributedQuote(inner, text, span, lead) : countWords(inner) >= MIN_QUOTE_WORDS) {
        const q = this.push(inner, who);
        if (span.close < 0 && isLast) this.open = q;
      }
      previous = { who, end: attributionEnd };
      proseFrom = attributionEnd;
      if (isLast && attributionEnd > lastText) this.carried = who;
    }
    return consumed;
  }

  /** The person (or a body's spokesperson) whose reported speech ends the paragraph before; never a bare organisation. */
  private speakerOfReport(ref: SpeakerRef, block: number): Attribution | undefined {
    const who = resolveRef(ref, block, this.memory, this.lastHeading);
    if (!who.speaker) return undefined;
    return parseName(who.speaker) || (ref.kind === "body" && who.role !== undefined) ? who : undefined;
  }

  private push(text: string, who: Attribution): QuoteMention {
    const q = mentionOf(text, who);
    this.quotes.push(q);
    return q;
  }

  /**
   * `Jane Lee said the figures were ‘deeply worrying’`, `A DfE spokesperson said the government was
   * “taking action”`: kept for a person, or an organisation speaking through its spokesperson; never
   * for a bare name of a body ("the report said councils were 'failing'") or a guess.
   */
  private partialQuote(text: string, masked: string, span: Span, b: number): void {
    if (span.close < 0) return;
    const { start, end } = innerRange(text, span);
    const inner = text.slice(start, end);
    if (!isSpeechFragment(inner)) return;
    const subject = partialSubject(masked, span);
    if (!subject) return;
    const who = resolveRef(subject.ref, b, this.memory, this.lastHeading);
    const organisation = (subject.ref.kind === "body" && subject.ref.role !== undefined) || (subject.ref.kind === "phrase" && ORGANISATION_RE.test(subject.ref.text));
    if (!who.speaker || !(parseName(who.speaker) || organisation)) return;
    const q = this.push(inner, { ...who, leadIn: text.slice(subject.start, span.open).trim() });
    q.partial = true;
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
    if (countWords(t) > MAX_DETACHED_ATTRIBUTION_WORDS || findQuoteSpans(t).length > 0) return undefined;
    const attributed = parseAfterQuote(t, 0);
    if (!attributed || t.slice(attributed.end).trim() !== "") return undefined;
    this.people.scanMentions(t, n);
    return resolveRef(attributed.ref, n, this.memory, this.lastHeading);
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
  return introOnly(maskSpans(text, findQuoteSpans(text))) !== undefined;
}

/**
 * A quote with its own attribution may be a word or two (`“No,” she said.`), but then it must read
 * as said: introduced with a colon, or closing on a comma or sentence mark inside the quote.
 * Otherwise a scare-quoted grade at a sentence start (‘Inadequate’ ratings fell, Ofsted said) would
 * pass as speech.
 */
function isAttributedQuote(inner: string, text: string, span: Span, lead: Lead): boolean {
  const words = countWords(inner);
  if (words === 0) return false;
  if (words >= MIN_QUOTE_WORDS || lead === "intro") return true;
  const closing = span.close >= 0 ? text.slice(span.open + 1, span.close).trimEnd() : "";
  return /[,.!?…]$/.test(closing);
}

/** The prose of this paragraph between `from` and the quote at `to`: its last sentence, when it says something. */
function proseLeadIn(text: string, masked: string, from: number, to: number): string | undefined {
  let end = to;
  while (end > from && /\s/.test(masked[end - 1] ?? "")) end--;
  if (end <= from) return undefined;
  const start = Math.max(from, sentenceStart(masked, end - 1));
  const lead = text.slice(start, end).trim();
  return countWords(masked.slice(start, end)) >= MIN_LEAD_IN_WORDS ? lead : undefined;
}

/** The paragraph's last sentence that is mostly prose (a fragment in quote marks may stand in it), verbatim. */
function lastProseSentence(text: string, masked: string): string | undefined {
  const ranges = sentenceRanges(masked);
  for (let at = ranges.length - 1; at >= 0; at--) {
    const [start, end] = ranges[at]!;
    const sentence = masked.slice(start, end);
    let quoted = 0;
    for (const c of sentence) if (c === MASK) quoted++;
    if (quoted * 2 < sentence.length && countWords(sentence) >= MIN_LEAD_IN_WORDS) return text.slice(start, end).trim();
  }
  return undefined;
}

/** A lead-in of fewer words ("He added:") tells a reporter nothing about the topic. */
const MIN_LEAD_IN_WORDS = 3;

/** All direct quotes in one article's main text, in order; a speech page is its speaker's words. Never throws. */
export function extractQuotes(blocks: Block[], source?: Pick<Source, "title" | "url">): QuoteMention[] {
  try {
    const list = Array.isArray(blocks) ? blocks : [];
    if (source && typeof source.title === "string" && isSpeechPage(source, list)) return speechQuotes(list, source);
    const quoted = new QuoteAttributor().extract(list);
    // A question-and-answer interview's answers carry no quotation marks.
    const answers = interviewQuotes(list).filter((answer) => !quoted.some((quote) => answer.text.includes(quote.text)));
    return answers.length > 0 ? [...quoted, ...answers] : quoted;
  } catch {
    // Defensive: extraction is best-effort and must never take down ingestion.
    return [];
  }
}
