// A topic into what the index understands: stemmed terms, with unknown words corrected against the
// archive's own vocabulary, and the metric and speakers the topic names.

import type { Archive } from "../archive/buildArchive.ts";
import { isStopword, stem, terms, words } from "../text/index.ts";
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
      "give gives tell me please show long often much many",
  ),
);

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
    const corrected = archive.typos.correct(word);
    if (corrected && !isStopword(corrected)) {
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
