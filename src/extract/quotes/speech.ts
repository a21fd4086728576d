// A published speech (a GOV.UK `/speeches/` page, or a title that says "speech") is the speaker's
// own words from start to end, with no quotation marks at all. Each paragraph after the page's
// summary line is one quote by the person the title names, so `quote spielman` finds what she said
// at a conference the same way it finds what she told a newspaper.

import type { Block, QuoteMention, Source } from "../../types.ts";
import { FIRST_PERSON_RE, countWords, endsPossessive, stripPossessive } from "./patterns.ts";
import { parseName } from "./names.ts";

/** Shorter paragraphs are stage directions or cut-off fragments ("And"), not something to cite. */
const MIN_SPEECH_WORDS = 3;
/** A speech paragraph ends on one of these; anything else at the very end is a page cut short. */
const ENDS_SENTENCE = /[.!?…:;)"”’']$/;

/** Of the paragraphs after the summary, at least this share speaks in the first person in a speech. */
const FIRST_PERSON_SHARE = 0.6;

/**
 * A GOV.UK `/speeches/` page; or a page whose title says "speech", names its speaker, and speaks in
 * the first person — a news report about a speech ("Minister's speech criticised") is reported in the
 * third person and is read as news.
 */
export function isSpeechPage(source: Pick<Source, "title" | "url">, blocks: readonly Block[] = []): boolean {
  if (/\/speeches\//.test(source.url ?? "")) return true;
  if (!/\bspeech\b/i.test(source.title) || speechSpeaker(source.title) === null) return false;
  const paragraphs = blocks.filter((block) => block.kind === "paragraph").slice(1);
  if (paragraphs.length === 0) return false;
  const firstPerson = paragraphs.filter((block) => FIRST_PERSON_RE.test(block.text)).length;
  return firstPerson >= paragraphs.length * FIRST_PERSON_SHARE;
}

/**
 * The person a speech page's title names first: "Sir Michael Wilshaw launches …", "Yvette Stanley’s
 * speech to …", "Amanda Spielman at the 2021 ADCS conference". Null when the title names nobody.
 */
export function speechSpeaker(title: string): string | null {
  const taken: string[] = [];
  for (const raw of title.trim().split(/\s+/)) {
    if (!/^[A-Z]/.test(raw)) break;
    taken.push(stripPossessive(raw.replace(/[,:;]$/, "")));
    if (endsPossessive(raw) || /[,:;]$/.test(raw) || taken.length === 5) break;
  }
  // "Amanda Spielman Speech": drop trailing words until what is left reads as a name.
  for (let n = taken.length; n >= 2; n--) {
    const name = parseName(taken.slice(0, n).join(" "));
    if (name) return name.display;
  }
  return null;
}

/**
 * Every paragraph of a speech page as a quote. The first paragraph is the page's summary ("Ofsted's
 * Chief Inspector discussed …") unless it speaks in the first person; headings and lists are not
 * speech. The last paragraph of a page cut off mid-sentence is kept and marked so.
 */
export function speechQuotes(blocks: readonly Block[], source: Pick<Source, "title" | "url">): QuoteMention[] {
  const speaker = speechSpeaker(source.title);
  const out: QuoteMention[] = [];
  let summary: string | undefined;
  const lastText = lastTextBlock(blocks);
  blocks.forEach((block, at) => {
    if (block.kind !== "paragraph") return;
    const text = block.text.trim();
    if (summary === undefined && out.length === 0 && !FIRST_PERSON_RE.test(text)) {
      summary = text;
      return;
    }
    if (countWords(text) < MIN_SPEECH_WORDS) return;
    const quote: QuoteMention = { text, speaker };
    if (summary) quote.leadIn = summary;
    if (at === lastText && !ENDS_SENTENCE.test(text)) quote.cutOff = true;
    out.push(quote);
  });
  return out;
}

function lastTextBlock(blocks: readonly Block[]): number {
  for (let at = blocks.length - 1; at >= 0; at--) if (blocks[at]?.kind !== "heading") return at;
  return -1;
}
