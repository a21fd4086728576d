// What `quote` searches need to know about the quotes, kept per archive (a quote's own facts worked
// out the first time a search meets it), so that a search costs what its answer costs: which words a
// quote matches is read from the inverted index (a quote is one of its docs) instead of tokenising
// and stemming every candidate's text at every query. What is kept per quote is in typed arrays: a
// few bytes a quote at any archive size.
//
// The index's terms for a quote are those of "<text> <speaker> <role>", while a quote matches a
// query's words by "<text> <role>" alone (naming the speaker is for the name lookup, not the words).
// Terms are per word, so the two differ only by the speaker's own terms — unless a synonym phrase
// ("local authority", "care homes") runs across the join of two parts, which folds differently when
// the speaker sits in the join. Quotes where that could happen are marked irregular; the search
// tokenises those few as before.

import type { Archive } from "../archive/buildArchive.ts";
import { SYNONYM_GROUPS, terms } from "../text/index.ts";
import type { Quote } from "../types.ts";
import { memo, quotesBySpeaker } from "./views.ts";

const UNKNOWN = 0;
const IRREGULAR = 1;
const AT_END = 2;
const MAPPED = 3;

/** What a quote search reads about the archive's quotes; the per-quote facts are worked out on first need. */
export class QuoteView {
  /**
   * Each quote's article date as a rank, newest first, equal dates equal: answers sort by it with an
   * integer compare, in exactly the order `localeCompare` on the dates gives.
   */
  readonly dateRank: Int32Array;
  private readonly archive: Archive;
  /** Where the archive puts the quotes' docs: last, in quote order. */
  private readonly firstQuoteDoc: number;
  /** Per quote, once first needed: UNKNOWN, then IRREGULAR, or regular with its doc AT_END or MAPPED. */
  private readonly state: Uint8Array;
  private readonly irregularOfSpeaker = new Map<string, number[]>();
  /** Where the quotes' docs are, when they are not where the archive puts them. */
  private docMap: Int32Array | undefined;
  private years: Map<number, Int32Array> | undefined;

  constructor(archive: Archive) {
    this.archive = archive;
    this.firstQuoteDoc = archive.docs.length - archive.quotes.length;
    this.state = new Uint8Array(archive.quotes.length);
    this.dateRank = rankDates(archive.quotes);
  }

  /** Per year of the article, that year's quotes in answer order (newest first, then archive order). */
  get byYear(): Map<number, Int32Array> {
    this.years ??= quotesByYear(this.archive.quotes, this.dateRank);
    return this.years;
  }

  /**
   * The quote's doc in the index when the index's terms vouch for the quote's own words (see
   * `regular`); -1 when they cannot, and its text must be tokenised instead. Known after the first
   * call without touching the quote or its doc again.
   */
  regularDoc(id: number): number {
    let state = this.state[id]!;
    if (state === UNKNOWN) {
      const doc = this.findDoc(id);
      state = doc < 0 || !regular(this.archive.quotes[id]!) ? IRREGULAR : doc === this.firstQuoteDoc + id ? AT_END : MAPPED;
      this.state[id] = state;
    }
    return state === AT_END ? this.firstQuoteDoc + id : state === MAPPED ? this.docMap![id]! : -1;
  }

  private findDoc(id: number): number {
    const { docs, quotes } = this.archive;
    const entry = docs[this.firstQuoteDoc + id];
    if (entry?.kind === "quote" && entry.quote === id) return this.firstQuoteDoc + id;
    if (!this.docMap) {
      const map = new Int32Array(quotes.length).fill(-1);
      docs.forEach((doc, index) => {
        if (doc.kind === "quote" && doc.quote >= 0 && doc.quote < map.length) map[doc.quote] = index;
      });
      this.docMap = map;
    }
    return this.docMap[id] ?? -1;
  }

  /** The speaker's irregular quotes: the index's postings cannot vouch for them either. */
  irregularQuotes(speaker: string): number[] {
    let list = this.irregularOfSpeaker.get(speaker);
    if (!list) {
      list = (quotesBySpeaker(this.archive).get(speaker) ?? []).filter((id) => this.regularDoc(id) < 0);
      // Bounded by the archive's speakers, and nearly every list is empty.
      this.irregularOfSpeaker.set(speaker, list);
    }
    return list;
  }
}

/** The year a `quote` year filter reads from a quote's article; undefined when undated. */
export function quoteYear(quote: Quote): number | undefined {
  return quote.source.date ? Number(quote.source.date.slice(0, 4)) : undefined;
}

export const quoteView = memo((archive) => new QuoteView(archive));

/** Each speaker's terms, counted: the part of a quote's index terms that its own words do not give. */
const speakerTermCache = memo(() => new Map<string, Map<string, number>>());

export function speakerTerms(archive: Archive, speaker: string | null): Map<string, number> | undefined {
  if (!speaker) return undefined;
  const cache = speakerTermCache(archive);
  let counts = cache.get(speaker);
  if (!counts) {
    counts = new Map();
    for (const term of terms(speaker)) counts.set(term, (counts.get(term) ?? 0) + 1);
    // Bounded by the archive's speakers, each a few terms.
    cache.set(speaker, counts);
  }
  return counts;
}

function rankDates(quotes: readonly Quote[]): Int32Array {
  const dates = [...new Set(quotes.map((quote) => quote.source.date ?? ""))].sort((a, b) => b.localeCompare(a));
  const rankOf = new Map<string, number>();
  let rank = 0;
  dates.forEach((date, at) => {
    if (at > 0 && date.localeCompare(dates[at - 1]!) !== 0) rank++;
    rankOf.set(date, rank);
  });
  return Int32Array.from(quotes, (quote) => rankOf.get(quote.source.date ?? "")!);
}

function quotesByYear(quotes: readonly Quote[], dateRank: Int32Array): Map<number, Int32Array> {
  // Counting sort by rank, quotes in archive order within a rank: the answer order, in one pass.
  const starts = new Int32Array(quotes.length + 1);
  for (const rank of dateRank) starts[rank + 1]!++;
  for (let rank = 0; rank < quotes.length; rank++) starts[rank + 1]! += starts[rank]!;
  const order = new Int32Array(quotes.length);
  dateRank.forEach((rank, id) => (order[starts[rank]!++] = id));
  const lists = new Map<number, number[]>();
  for (const id of order) {
    const year = quoteYear(quotes[id]!);
    // A year that is not a number passes no year filter, so it needs no list.
    if (year === undefined || Number.isNaN(year)) continue;
    const list = lists.get(year);
    if (list) list.push(id);
    else lists.set(year, [id]);
  }
  return new Map([...lists].map(([year, list]) => [year, Int32Array.from(list)]));
}

// ---- Where a synonym phrase could run across the join of two parts of a quote's text ----

const APOSTROPHES = /['’‘`]/g;
/** Characters a phrase's words are made of (letters and apostrophes), generously: any letter or mark. */
const WORD_CHAR = /[\p{L}\p{M}'’‘`]/u;
const SPACE = /\s/u;

/** A phrase's words, lower-cased, apostrophes dropped: the patterns make every apostrophe optional. */
const phraseWords = (phrase: string): string[] => phrase.toLowerCase().replace(APOSTROPHES, "").split(" ");

/** Each word of a multi-word phrase that another follows, with the words that can follow it. */
const FOLLOWERS = new Map<string, Set<string>>();
for (const group of SYNONYM_GROUPS) {
  for (const phrase of group.phrases) {
    const parts = phraseWords(phrase);
    parts.slice(1).forEach((word, at) => {
      const followers = FOLLOWERS.get(parts[at]!) ?? new Set<string>();
      FOLLOWERS.set(parts[at]!, followers.add(word));
    });
  }
}

/**
 * Whether some group's canonical word, put in by an earlier fold, could be part of a later group's
 * multi-word phrase, on the left or the right of a join. Neither is the case for today's groups;
 * were it so, any phrase word next to a join would make the quote irregular.
 */
const CANONICAL_JOINS = { left: false, right: false };
SYNONYM_GROUPS.forEach((group, at) => {
  for (const phrase of SYNONYM_GROUPS.slice(at + 1).flatMap((later) => later.phrases)) {
    const parts = phraseWords(phrase);
    if (parts.slice(0, -1).includes(group.canonical)) CANONICAL_JOINS.left = true;
    if (parts.slice(1).includes(group.canonical)) CANONICAL_JOINS.right = true;
  }
});
const PHRASE_WORDS = new Set(SYNONYM_GROUPS.flatMap((group) => group.phrases.flatMap(phraseWords)));

// Most texts end in a full stop and most names in an ASCII letter: those are told without a regex.
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text[at]!);
}

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 96;
  return WORD_CHAR.test(text[at]!);
}

const HAS_APOSTROPHE = /['’‘`]/;

function strip(word: string): string {
  return HAS_APOSTROPHE.test(word) ? word.replace(APOSTROPHES, "") : word;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** The word-like characters at the end of `text`, lower-cased; undefined when it is blank. */
function lastWord(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isSpace(text, end - 1)) end--;
  if (end === 0) return undefined;
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  return text.slice(start, end).toLowerCase();
}

/** The word-like characters at the start of `text`, lower-cased; undefined when it is blank. */
function firstWord(text: string): string | undefined {
  let start = 0;
  while (start < text.length && isSpace(text, start)) start++;
  if (start === text.length) return undefined;
  let end = start;
  while (end < text.length && isWordChar(text, end)) end++;
  return text.slice(start, end).toLowerCase();
}

/**
 * Whether the terms of "<left> <right>" are surely those of the left and of the right together, given
 * the left's last word and the right's first (lastWord and firstWord). A synonym phrase starts and
 * ends with a letter and joins its words with spaces, so a fold across the join needs the left word
 * to end in one phrase word and the right word to start with a word that may follow it; any other
 * character (".", a digit, a dash) stops a phrase, and lower-casing and splitting into words never
 * reach across a space. A phrase word starts where no letter comes before it and ends where no
 * letter follows, so only those cuts are tried. Erring towards "not safe" only costs time.
 */
export function joinSafe(before: string, after: string): boolean {
  if (before === "" || after === "") return true;
  if (CANONICAL_JOINS.left && [...PHRASE_WORDS].some((word) => strip(before).endsWith(word))) return false;
  if (CANONICAL_JOINS.right && [...PHRASE_WORDS].some((word) => strip(after).startsWith(word))) return false;
  for (let start = 0; start < before.length; start++) {
    if (start > 0 && isLetter(before.charCodeAt(start - 1))) continue;
    const followers = FOLLOWERS.get(strip(before.slice(start)));
    if (!followers) continue;
    for (let end = after.length; end > 0; end--) {
      if (end < after.length && isLetter(after.charCodeAt(end))) continue;
      if (followers.has(strip(after.slice(0, end)))) return false;
    }
  }
  return true;
}

/**
 * Whether a quote's index terms are exactly those of its text and role plus those of its speaker, so
 * that a term is among its own words exactly when the index counts it more often than the speaker's
 * name holds it. The index's text is "<text> <speaker> <role>"; the quote's own is "<text> <role>".
 * A blank part joins its neighbours, and that join is the text's with the role, checked first.
 */
function regular(quote: Quote): boolean {
  const textEnd = lastWord(quote.text) ?? "";
  const roleStart = firstWord(quote.role ?? "") ?? "";
  if (!joinSafe(textEnd, roleStart)) return false;
  if (!quote.speaker) return true;
  const speakerStart = firstWord(quote.speaker);
  if (speakerStart === undefined) return true;
  return joinSafe(textEnd, speakerStart) && joinSafe(lastWord(quote.speaker)!, roleStart);
}
