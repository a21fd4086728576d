// A topic into what the index understands: stemmed terms, with unknown words corrected against the
// archive's own vocabulary, and the metric and speakers the topic names.

import type { Archive } from "../archive/buildArchive.ts";
import { isStopword, stem, words } from "../text/index.ts";
import { metricTerms, speakerTermSet } from "./views.ts";

export interface QueryTerms {
  terms: string[];
  /** Words we changed, to tell the user ("inadequte" → "inadequate"). */
  corrections: Array<{ from: string; to: string }>;
  /** Words that matched nothing and could not be corrected. */
  unknown: string[];
  /** The metric the topic names ("failing" → "inadequate"), if any. */
  metric?: string;
  /** Terms that belong to a speaker's name ("wilshaw"). */
  speakerTerms: string[];
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
  const metric = metricTerms(archive).find((entry) => entry.terms.every((term) => unique.includes(term)))?.metric;
  const speakers = speakerTermSet(archive);
  return { terms: unique, corrections, unknown, ...(metric ? { metric } : {}), speakerTerms: unique.filter((term) => speakers.has(term)) };
}
