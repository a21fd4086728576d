// A topic into what the index understands: stemmed terms, with unknown words corrected against the
// archive's own vocabulary, and the metric and speakers the topic names.

import { isEnglishWord } from "../text/englishWords.ts";
import type { Archive } from "../archive/buildArchive.ts";
import { isStopword, stem, terms, words } from "../text/index.ts";
import { isOutsideEngland } from "../measure/same.ts";
import { readQueryMeasure, type QueryMeasure } from "../measure/query.ts";
import { speakerTermSet } from "./views.ts";

export interface QueryTerms {
  terms: string[];
  /** Words we changed, to tell the user ("inadequte" → "inadequate"). */
  corrections: Array<{ from: string; to: string }>;
  /** Words that matched nothing and could not be corrected. */
  unknown: string[];
  /** The indicator the topic names ("failing" → inadequate), if any: its catalogue id. */
  indicator?: string;
  /** What the topic names of the measure: indicators, population, judgement area. */
  measure: QueryMeasure;
  /** Terms that belong to a speaker's name ("wilshaw"). */
  speakerTerms: string[];
  /**
   * Terms a question may carry without narrowing it ("says Ofsted", "what proportion", "across the
   * country", "in England"): they rank, but a sentence need not hold them to answer.
   */
  fillerTerms: string[];
  /** Terms of the words that named the measure ("inadequate", "councils"): the rest are the question's own evidence. */
  measureTerms: string[];
}

/**
 * Question forms ("how long", "how often"), attributions and places: words a reporter adds around a topic that work anywhere
 * and must never empty an answer. Places rank through the figure's geography instead.
 */
const FILLER = new Set(
  terms(
    "ofsted says according report reports published latest current currently now today proportion percentage share rate number " +
      "total country countrys nationally national across england english uk britain data statistics stats official level levels " +
      "give gives tell me please show long often much many " +
      // "how many local authorities took part in …": verbs of the asking, never the subject (hry63).
      "took take takes taking taken part make made makes making get got gets getting went goes going come came",
  ),
);

/** A word the measure catalogue knows by itself ("failing" names a grade however the archive says it). */
export function namesMeasure(word: string): boolean {
  const read = readQueryMeasure(word);
  // "Scotland", "Wales": a place no article names is absent, never England's figures instead.
  return read.indicators.length > 0 || read.population !== undefined || (read.place !== undefined && !isOutsideEngland(read.place)) || read.aspect !== undefined;
}

export function analyzeTopic(topic: string, archive: Archive): QueryTerms {
  const corrections: QueryTerms["corrections"] = [];
  const unknown: string[] = [];
  const queryTerms: string[] = [];
  for (const word of words(topic)) {
    if (isStopword(word)) continue;
    const stemmed = stem(word);
    if (archive.index.has(stemmed) || /^\p{N}+$/u.test(word)) {
      queryTerms.push(stemmed);
      continue;
    }
    // "what share of …" in an archive that never says "share": a question word or a word the catalogue
    // knows is meant as typed, never corrected to an archive word ("shape").
    // Nor is an ordinary English word: "waiting list" in an archive that never says "list" (hry72).
    const corrected = FILLER.has(stemmed) || namesMeasure(word) ? undefined : archive.typos.correct(word);
    // "worth" is no typo of "north", nor "cost" of "post": a short word with another first letter is a word of its own (hry53).
    if (corrected && !isStopword(corrected) && !(corrected[0] !== word[0] && word.length <= 6) && !isEnglishWord(word)) {
      corrections.push({ from: word, to: corrected });
      queryTerms.push(stem(corrected));
    } else {
      unknown.push(word);
      queryTerms.push(stemmed);
    }
  }
  const unique = [...new Set(queryTerms)];
  // The measure is read from the words as corrected, so "inadequte" names inadequate.
  const corrected = corrections.reduce((text, { from, to }) => text.replace(from, to), topic.toLowerCase());
  const measure = readQueryMeasure(corrected);
  const indicator = measure.indicators[0]?.id;
  const speakers = speakerTermSet(archive);
  const measureTerms = terms([...measure.indicators.flatMap((named) => [named.label, ...named.names]), ...(measure.population ? [measure.population.label, ...measure.population.names] : [])].join(" "));
  return {
    terms: unique,
    corrections,
    unknown,
    ...(indicator ? { indicator } : {}),
    measure,
    // "says Ofsted" attributes; it does not ask for Ofsted's quotes.
    speakerTerms: unique.filter((term) => speakers.has(term) && !FILLER.has(term)),
    fillerTerms: unique.filter((term) => FILLER.has(term)),
    measureTerms: unique.filter((term) => measureTerms.includes(term)),
  };
}

/**
 * The terms inside any run of up to four words of the topic that names a population or indicator the
 * archive says in other words ("independent fostering agencies" where articles say "IFAs"). Not one
 * the archive never names at all ("fostering households" in an archive without "households"), nor a
 * place. Read only when a word is missing from the archive: a few dozen catalogue reads per question.
 */
export function saidOtherwiseTerms(topic: string, saysAll: (terms: readonly string[]) => boolean): string[] {
  const list = words(topic);
  const found = new Set<string>();
  for (let start = 0; start < list.length; start++) {
    for (let end = start + 2; end <= Math.min(list.length, start + 4); end++) {
      const phrase = list.slice(start, end);
      const read = readQueryMeasure(phrase.join(" "));
      const names = [...read.indicators.flatMap((named) => named.names), ...(read.population?.names ?? [])].map((name) => terms(name));
      if (!names.some((nameTerms) => saysAll(nameTerms))) continue;
      // Only the words of the names themselves: "Scotland" in "care in Scotland" is no word of "in care".
      const own = new Set(names.flat());
      for (const word of phrase) if (own.has(stem(word))) found.add(stem(word));
    }
  }
  return [...found];
}
