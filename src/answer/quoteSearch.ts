// `quote <speaker and/or words> [year]`: quotes by a speaker found fuzzily by any part of the name
// ("wilshaw", "Sir Michael", "Michael Wilshaw"), narrowed by words and by the article's year.
// A search costs what its answer costs, not what the archive holds: the words a quote matches are read
// from the inverted index (see quoteIndex.ts), a speaker with many quotes is narrowed by the postings
// of the words, a year alone reads that year's quotes, and name lookups are remembered per word.

import { LEAD_IN_TERM, type Archive } from "../archive/buildArchive.ts";
import { editDistance, isStopword, terms, words } from "../text/index.ts";
import { isEnglishWord } from "../text/englishWords.ts";
import type { Quote } from "../types.ts";
import type { YearRange } from "./parseCommand.ts";
import { quoteView, quoteYear, speakerTerms, type QuoteView } from "./quoteIndex.ts";
import { correctNameWord } from "./speakerTypos.ts";
import { memo, quotesBySpeaker, speakerIdentities, speakerList, speakerTermSet } from "./views.ts";

export interface QuoteSearchResult {
  quotes: Quote[];
  /** The speakers the words named, if any. */
  speakers: string[];
}

/** fuse.js score under which a word is taken as part of a name ("wilshw" still finds Wilshaw). */
const NAME_MATCH = 0.3;
/** Words whose name lookups are remembered per archive; past this the memory starts afresh. */
const NAME_CACHE_SIZE = 2_000;

/** The query's topic words, stemmed, with the index's id for each (undefined: no doc has the term). */
interface Wanted {
  terms: string[];
  ids: Array<number | undefined>;
  /** The ids of the same terms in quotes' lead-ins (LEAD_IN_TERM + term). */
  leadIds: Array<number | undefined>;
  /** How many of them a quote must hold: most words must be in the quote ("kinship care" is not every quote about care). */
  need: number;
  /** Whether each is a term of some speaker's name. */
  inNames: boolean[];
}

export function inYears(quote: Quote, years: YearRange | undefined): boolean {
  if (!years) return true;
  const year = quoteYear(quote);
  return year !== undefined && year >= years.from && year <= years.to;
}

/** A word's fuzzy lookup over thousands of speaker names costs more than the rest of a search. */
const nameLookups = memo(() => new Map<string, string[]>());

function namesFor(archive: Archive, word: string): string[] {
  const cache = nameLookups(archive);
  let named = cache.get(word);
  if (!named) {
    let matches = speakerList(archive).find(word, 50).filter((match) => match.score <= NAME_MATCH);
    // A word the archive uses ("faster" in "go further and faster") names a speaker only as spelt:
    // it is no slip of "Foster". A misspelt name is a word no article uses.
    // So does an English word: "man" in "who said man-made crisis" is no part of "Spielman" (hry127).
    if (archive.typos.has(word) || isEnglishWord(word)) matches = matches.filter((match) => words(match.item.name).includes(word));
    // fuse.js scores swapped letters and two slips badly ("wlishaw", "wolshew").
    const corrected = matches.length === 0 ? correctNameWord(archive, word) : undefined;
    if (corrected) matches = speakerList(archive).find(corrected, 50).filter((match) => match.score <= NAME_MATCH);
    // Each name found brings every name of the same person ("wilshaw" finds "Michael Wilshaw" and "Sir Michael Wilshaw").
    const identities = speakerIdentities(archive);
    named = [...new Set(matches.flatMap((match) => identities.get(match.item.name) ?? [match.item.name]))];
    if (cache.size >= NAME_CACHE_SIZE) cache.clear();
    cache.set(word, named);
  }
  return named;
}

/** "éloïse" → "eloise": a name typed without its accents is the name as spelt. */
function withoutAccents(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Splits the topic into the speakers it names and the remaining topic words. */
export function readSpeakers(archive: Archive, topic: string): { speakers: Set<string> | undefined; rest: string[] } {
  let speakers: Set<string> | undefined;
  const rest: string[] = [];
  const typed = words(topic).filter((word) => !isStopword(word));
  let otherPerson = false;
  typed.forEach((word, at) => {
    const named = word.length >= 3 ? namesFor(archive, word) : [];
    if (named.length === 0) {
      rest.push(word);
      return;
    }
    // "quote Paul Lelliott": "paul" is a slip of no name but "Saul", and the surname after it is a
    // word no article uses: the question names someone else, not Saul Konviser (hry113).
    const next = typed[at + 1];
    const spelt = named.some((name) => words(name).some((part) => withoutAccents(part) === withoutAccents(word)));
    if (!spelt && next !== undefined && next.length >= 3 && namesFor(archive, next).length === 0 && !archive.typos.has(next) && !isEnglishWord(next) && named.every((name) => editDistance(words(name).at(-1) ?? "", word) > 2)) otherPerson = true;
    // Every name word must fit the same person: "michael wilshaw" narrows, it does not widen.
    speakers = speakers ? new Set(named.filter((name) => speakers!.has(name))) : new Set(named);
  });
  if (otherPerson) return { speakers: undefined, rest: typed };
  return { speakers, rest };
}

/**
 * How many of the wanted terms (repeats counted) are among the quote's own words, its text and role,
 * or also its lead-in when `withLeadIn`.
 */
function matchedTerms(archive: Archive, view: QuoteView, id: number, wanted: Wanted, withLeadIn = false): number {
  const doc = view.regularDoc(id);
  if (doc < 0) {
    const quote = archive.quotes[id]!;
    // The lead-in is a sentence of its own: its terms are read apart, never joined to the role's last word.
    const own = new Set([...terms(`${quote.text} ${quote.role ?? ""}`), ...(withLeadIn && quote.leadIn ? terms(quote.leadIn) : [])]);
    return wanted.terms.filter((term) => own.has(term)).length;
  }
  // The index counts the speaker's name in the quote's doc too: a term is the quote's own when it
  // occurs more often than the name holds it. Most words are in no name, and need no look at the quote.
  let inName: Map<string, number> | undefined;
  let matched = 0;
  for (let at = 0; at < wanted.ids.length; at++) {
    const leadId = wanted.leadIds[at];
    if (withLeadIn && leadId !== undefined && archive.index.occurrences(doc, leadId) > 0) {
      matched++;
      continue;
    }
    const termId = wanted.ids[at];
    if (termId === undefined) continue;
    const count = archive.index.occurrences(doc, termId);
    if (count === 0) continue;
    if (wanted.inNames[at]) inName ??= speakerTerms(archive, archive.quotes[id]!.speaker) ?? new Map<string, number>();
    if (count > (inName?.get(wanted.terms[at]!) ?? 0)) matched++;
  }
  return matched;
}

/**
 * The named speakers' quotes that can hold enough of the wanted terms. A quote that holds none of
 * some set of terms misses their weight, so once the rarest terms carry more than the rest can make
 * up for, every quote that passes holds one of those: their postings (and the speakers' irregular
 * quotes, which the postings cannot vouch for) are the candidates, when that is fewer to look at.
 */
function speakerCandidates(archive: Archive, view: QuoteView, speakers: Set<string>, wanted: Wanted): number[] {
  const all = () => [...speakers].flatMap((speaker) => quotesBySpeaker(archive).get(speaker) ?? []);
  if (wanted.need === 0) return all();
  const spoken = [...speakers].reduce((total, speaker) => total + (quotesBySpeaker(archive).get(speaker)?.length ?? 0), 0);
  const weight = new Map<number | undefined, number>();
  wanted.ids.forEach((termId) => weight.set(termId, (weight.get(termId) ?? 0) + 1));
  const postings = (termId: number | undefined) => (termId === undefined ? 0 : archive.index.docsWith(termId).length);
  let rest = wanted.terms.length;
  const rarest: number[] = [];
  let cost = 0;
  for (const termId of [...weight.keys()].sort((a, b) => postings(a) - postings(b))) {
    if (rest < wanted.need) break;
    rest -= weight.get(termId)!;
    cost += postings(termId);
    if (termId !== undefined) rarest.push(termId);
  }
  // Each of the speakers' quotes costs a lookup per term; each posting about one.
  if (cost >= spoken * wanted.terms.length) return all();
  const found = new Set<number>();
  for (const termId of rarest) {
    for (const doc of archive.index.docsWith(termId)) {
      const entry = archive.docs[doc]!;
      if (entry.kind !== "quote") continue;
      const speaker = archive.quotes[entry.quote]!.speaker;
      if (speaker && speakers.has(speaker)) found.add(entry.quote);
    }
  }
  for (const speaker of speakers) for (const id of view.irregularQuotes(speaker)) found.add(id);
  return [...found];
}

/** "quote 2016": every quote of the years, already in answer order when the years' lists follow on. */
function quotesOfYears(archive: Archive, view: QuoteView, years: YearRange): Quote[] {
  const lists = [...view.byYear].filter(([year]) => year >= years.from && year <= years.to).map(([, list]) => list);
  lists.sort((a, b) => view.dateRank[a[0]!]! - view.dateRank[b[0]!]!);
  let ids: number[] = [];
  for (const list of lists) for (const id of list) ids.push(id);
  const inOrder = lists.every((list, at) => at === 0 || view.dateRank[lists[at - 1]!.at(-1)!]! < view.dateRank[list[0]!]!);
  if (!inOrder) ids = ids.sort((a, b) => view.dateRank[a]! - view.dateRank[b]! || a - b);
  return ids.map((id) => archive.quotes[id]!);
}

/** Quote ids to consider: the named speakers' quotes, or the quotes the index finds for the words. */
function candidateQuotes(archive: Archive, view: QuoteView, speakers: Set<string> | undefined, wanted: Wanted): number[] {
  if (speakers) return speakerCandidates(archive, view, speakers, wanted);
  const ids: number[] = [];
  for (const hit of archive.index.search(wanted.terms, 500)) {
    const doc = archive.docs[hit.doc]!;
    if (doc.kind === "quote") ids.push(doc.quote);
  }
  return ids;
}

/** Quote ids whose lead-in may hold the words: the named speakers' quotes, or the index's hits on lead-in terms. */
function leadInCandidates(archive: Archive, speakers: Set<string> | undefined, wanted: Wanted): number[] {
  if (speakers) return [...speakers].flatMap((speaker) => quotesBySpeaker(archive).get(speaker) ?? []);
  const ids: number[] = [];
  const leadTerms = wanted.terms.map((term) => LEAD_IN_TERM + term);
  for (const hit of archive.index.search([...wanted.terms, ...leadTerms], 500)) {
    const doc = archive.docs[hit.doc]!;
    if (doc.kind === "quote") ids.push(doc.quote);
  }
  return ids;
}

interface Scored {
  quote: Quote;
  matched: number;
  index: number;
}

function scoreCandidates(archive: Archive, view: QuoteView, ids: readonly number[], wanted: Wanted, years: YearRange | undefined, withLeadIn: boolean): Scored[] {
  const scored: Scored[] = [];
  for (const index of ids) {
    const quote = archive.quotes[index]!;
    if (!inYears(quote, years)) continue;
    const matched = wanted.terms.length > 0 ? matchedTerms(archive, view, index, wanted, withLeadIn) : 0;
    if (matched < wanted.need) continue;
    scored.push({ quote, matched, index });
  }
  return scored;
}

/**
 * Quotes whose own words hold most of the topic words, best match first; only when none does, the
 * quotes whose lead-in supplies the rest ("quote kinship" finds the run of quotes a reporter's
 * sentence about kinship care introduced). A named speaker alone gives all their quotes.
 */
export function searchQuotes(archive: Archive, topic: string, years: YearRange | undefined): QuoteSearchResult {
  const { speakers, rest } = readSpeakers(archive, topic);
  const wantedTerms = terms(rest.join(" "));
  if (!speakers && wantedTerms.length === 0 && !years) return { quotes: [], speakers: [] };
  const view = quoteView(archive);
  if (!speakers && wantedTerms.length === 0) return { quotes: quotesOfYears(archive, view, years!), speakers: [] };
  const inNames = speakerTermSet(archive);
  const wanted: Wanted = {
    terms: wantedTerms,
    ids: wantedTerms.map((term) => archive.index.termId(term)),
    leadIds: wantedTerms.map((term) => archive.index.termId(LEAD_IN_TERM + term)),
    need: Math.ceil(wantedTerms.length * 0.75),
    inNames: wantedTerms.map((term) => inNames.has(term)),
  };
  let scored = scoreCandidates(archive, view, candidateQuotes(archive, view, speakers, wanted), wanted, years, false);
  if (scored.length === 0 && wanted.need > 0) scored = scoreCandidates(archive, view, leadInCandidates(archive, speakers, wanted), wanted, years, true);
  // Most topic words matched first; then newest article; then article order.
  scored.sort((a, b) => b.matched - a.matched || view.dateRank[a.index]! - view.dateRank[b.index]! || a.index - b.index);
  return { quotes: scored.map((entry) => entry.quote), speakers: speakers ? [...speakers] : [] };
}
