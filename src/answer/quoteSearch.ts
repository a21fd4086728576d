// `quote <speaker and/or words> [year]`: quotes by a speaker found fuzzily by any part of the name
// ("wilshaw", "Sir Michael", "Michael Wilshaw"), narrowed by words and by the article's year.

import type { Archive } from "../archive/buildArchive.ts";
import { isStopword, terms, words } from "../text/index.ts";
import type { Quote } from "../types.ts";
import type { YearRange } from "./parseCommand.ts";
import { quotesBySpeaker, speakerList } from "./views.ts";

export interface QuoteSearchResult {
  quotes: Quote[];
  /** The speakers the words named, if any. */
  speakers: string[];
}

/** fuse.js score under which a word is taken as part of a name ("wilshw" still finds Wilshaw). */
const NAME_MATCH = 0.3;

function inYears(quote: Quote, years: YearRange | undefined): boolean {
  if (!years) return true;
  const year = quote.source.date ? Number(quote.source.date.slice(0, 4)) : undefined;
  return year !== undefined && year >= years.from && year <= years.to;
}

/** Splits the topic into the speakers it names and the remaining topic words. */
function readSpeakers(archive: Archive, topic: string): { speakers: Set<string> | undefined; rest: string[] } {
  const list = speakerList(archive);
  let speakers: Set<string> | undefined;
  const rest: string[] = [];
  for (const word of words(topic)) {
    if (isStopword(word)) continue;
    const named = word.length >= 3 ? list.find(word, 50).filter((match) => match.score <= NAME_MATCH).map((match) => match.item.name) : [];
    if (named.length === 0) {
      rest.push(word);
      continue;
    }
    // Every name word must fit the same person: "michael wilshaw" narrows, it does not widen.
    speakers = speakers ? new Set(named.filter((name) => speakers!.has(name))) : new Set(named);
  }
  return { speakers, rest };
}

/** Quote ids to consider: the named speakers' quotes, or the quotes the index finds for the words. */
function candidateQuotes(archive: Archive, speakers: Set<string> | undefined, wanted: string[]): number[] {
  if (speakers) return [...speakers].flatMap((speaker) => quotesBySpeaker(archive).get(speaker) ?? []);
  // "quote 2016": every quote of the year, narrowed by date below.
  if (wanted.length === 0) return archive.quotes.map((_, index) => index);
  return archive.index.search(wanted, 500).flatMap((hit) => {
    const doc = archive.docs[hit.doc]!;
    return doc.kind === "quote" ? [doc.quote] : [];
  });
}

export function searchQuotes(archive: Archive, topic: string, years: YearRange | undefined): QuoteSearchResult {
  const { speakers, rest } = readSpeakers(archive, topic);
  const wanted = terms(rest.join(" "));
  if (!speakers && wanted.length === 0 && !years) return { quotes: [], speakers: [] };
  const scored: Array<{ quote: Quote; matched: number; index: number }> = [];
  for (const index of candidateQuotes(archive, speakers, wanted)) {
    const quote = archive.quotes[index]!;
    if (!inYears(quote, years)) continue;
    const quoteTerms = new Set(terms(`${quote.text} ${quote.role ?? ""}`));
    const matched = wanted.filter((term) => quoteTerms.has(term)).length;
    // Words narrow: most of them must be in the quote ("kinship care" is not every quote about care).
    if (wanted.length > 0 && matched < Math.ceil(wanted.length * 0.75)) continue;
    scored.push({ quote, matched, index });
  }
  // Most topic words matched first; then newest article; then article order.
  scored.sort((a, b) => b.matched - a.matched || (b.quote.source.date ?? "").localeCompare(a.quote.source.date ?? "") || a.index - b.index);
  return { quotes: scored.map((entry) => entry.quote), speakers: speakers ? [...speakers] : [] };
}
